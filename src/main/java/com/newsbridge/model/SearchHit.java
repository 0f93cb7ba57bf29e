package com.newsbridge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One ranked result.
 *
 * @param id            article id
 * @param score         relevance score ({@code NaN} when sorted by another key and scores were not computed)
 * @param titleEn       English title or empty
 * @param titleZh       Chinese title or empty
 * @param snippetEn     HTML-escaped English snippet with {@code <mark>} around matches, or {@code null}
 * @param snippetZh     HTML-escaped Chinese snippet with {@code <mark>} around matches, or {@code null}
 * @param url           source URL or {@code null}
 * @param published     publication date or {@code null}
 * @param views         view count or {@code null}
 * @param keywords      all keywords in file order
 * @param people        display names of the people in the article
 * @param organizations display names of the organizations
 * @param places        display names of the places
 */
public record SearchHit(
        String id,
        float score,
        String titleEn,
        String titleZh,
        String snippetEn,
        String snippetZh,
        String url,
        LocalDate published,
        Long views,
        List<String> keywords,
        List<String> people,
        List<String> organizations,
        List<String> places) {
}
