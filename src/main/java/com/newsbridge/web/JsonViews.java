package com.newsbridge.web;

import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON shapes of the HTTP API from model records, with field names and order fixed here in one place.
 */
final class JsonViews {

    private JsonViews() {
    }

    static Map<String, Object> searchResult(SearchResult result) {
        return searchResult(result, false, null);
    }

    /**
     * As {@link #searchResult(SearchResult)}, plus {@code "partial": true} when the search ran out of time and
     * {@code nextCursor} when more hits follow (both omitted otherwise).
     */
    static Map<String, Object> searchResult(SearchResult result, boolean partial, String nextCursor) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", result.total());
        json.put("tookMs", result.tookMs());
        json.put("page", result.page());
        json.put("size", result.size());
        List<Object> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            hits.add(hit(hit));
        }
        json.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, values) -> facets.put(dim, facetValues(values)));
        json.put("facets", facets);
        if (nextCursor != null) {
            json.put("nextCursor", nextCursor);
        }
        if (partial) {
            json.put("partial", true);
        }
        return json;
    }

    static List<Object> facetValues(List<FacetValue> values) {
        List<Object> list = new ArrayList<>();
        for (FacetValue v : values) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", v.value());
            m.put("label", v.label());
            m.put("count", v.count());
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hit.id());
        json.put("score", Float.isFinite(hit.score()) ? hit.score() : null);
        json.put("title", pair(hit.titleEn(), hit.titleZh()));
        json.put("snippet", pair(hit.snippetEn(), hit.snippetZh()));
        json.put("url", hit.url());
        json.put("published", date(hit.published()));
        json.put("views", hit.views());
        json.put("keywords", hit.keywords());
        json.put("people", hit.people());
        json.put("organizations", hit.organizations());
        json.put("places", hit.places());
        return json;
    }

    static Map<String, Object> article(IndexedArticle indexed) {
        Article a = indexed.article();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("title", pair(a.titleEn(), a.titleZh()));
        json.put("text", pair(a.textEn(), a.textZh()));
        json.put("url", a.url());
        json.put("source", a.source());
        json.put("published", date(a.published()));
        json.put("views", a.views());
        json.put("keywords", a.keywords());
        json.put("people", indexed.names(EntityType.PERSON));
        json.put("organizations", indexed.names(EntityType.ORGANIZATION));
        json.put("places", indexed.names(EntityType.PLACE));
        List<Object> entities = new ArrayList<>();
        for (Entity e : indexed.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type().label());
            m.put("en", e.en().isEmpty() ? null : e.en());
            m.put("zh", e.zh().isEmpty() ? null : e.zh());
            entities.add(m);
        }
        json.put("entities", entities);
        return json;
    }

    static Map<String, Object> error(String code, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", code);
        json.put("message", message);
        return json;
    }

    private static Map<String, Object> pair(String en, String zh) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("en", en == null || en.isEmpty() ? null : en);
        json.put("zh", zh == null || zh.isEmpty() ? null : zh);
        return json;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
