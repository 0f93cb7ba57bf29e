package com.newsbridge.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A validated search request.
 *
 * @param query         the user's query string; blank means "all articles"
 * @param people        person filters (English or Chinese name), all required
 * @param organizations organization filters, all required
 * @param places        place filters, all required
 * @param keywords      keyword filters, all required
 * @param from          earliest publication date (inclusive), or {@code null}
 * @param to            latest publication date (inclusive), or {@code null}
 * @param language      restrict to articles with this language part, or {@code null} for both
 * @param sort          result order
 * @param page          1-based page number
 * @param size          hits per page
 */
public record SearchRequest(
        String query,
        List<String> people,
        List<String> organizations,
        List<String> places,
        List<String> keywords,
        LocalDate from,
        LocalDate to,
        Language language,
        Sort sort,
        int page,
        int size) {

    public SearchRequest {
        query = query == null ? "" : query;
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        places = places == null ? List.of() : List.copyOf(places);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Returns a request for the first page of {@code query} with no filters, 10 hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
    }

    /** Returns a copy with the given person filters. */
    public SearchRequest withPeople(List<String> values) {
        return new SearchRequest(query, values, organizations, places, keywords, from, to, language, sort, page, size);
    }

    /** Returns a copy with the given organization filters. */
    public SearchRequest withOrganizations(List<String> values) {
        return new SearchRequest(query, people, values, places, keywords, from, to, language, sort, page, size);
    }

    /** Returns a copy with the given page and size. */
    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(query, people, organizations, places, keywords, from, to, language, sort, newPage, newSize);
    }

    /** Returns a copy with the given sort order. */
    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(query, people, organizations, places, keywords, from, to, language, newSort, page, size);
    }

    /** Returns a copy restricted to one language. */
    public SearchRequest withLanguage(Language newLanguage) {
        return new SearchRequest(query, people, organizations, places, keywords, from, to, newLanguage, sort, page, size);
    }

    /** Returns a copy with a publication date range. */
    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, people, organizations, places, keywords, newFrom, newTo, language, sort, page, size);
    }

    /** Returns a copy with the given keyword filters. */
    public SearchRequest withKeywords(List<String> values) {
        return new SearchRequest(query, people, organizations, places, values, from, to, language, sort, page, size);
    }

    /** The language parts of an article. */
    public enum Language {
        ZH, EN;

        /** Parses {@code zh} or {@code en} (any case); throws {@link BadRequestException} otherwise. */
        public static Language parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "zh" -> ZH;
                case "en" -> EN;
                default -> throw new BadRequestException("lang must be zh or en, got '" + value + "'");
            };
        }
    }

    /** Result orders. */
    public enum Sort {
        RELEVANCE, DATE, VIEWS;

        /** Parses {@code relevance}, {@code date} or {@code views}; throws {@link BadRequestException} otherwise. */
        public static Sort parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "relevance", "" -> RELEVANCE;
                case "date" -> DATE;
                case "views" -> VIEWS;
                default -> throw new BadRequestException("sort must be relevance, date or views, got '" + value + "'");
            };
        }
    }
}
