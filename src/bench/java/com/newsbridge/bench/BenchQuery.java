package com.newsbridge.bench;

import com.newsbridge.model.SearchRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query of the benchmark mix: a type label (for per-type tables) and the {@code /api/search} parameters. The same
 * query is sent over HTTP (as a query string) and in-process (as a {@link SearchRequest}, built the way
 * {@code SearchHandler} builds it).
 */
record BenchQuery(String type, Map<String, List<String>> params) {

    /** Parses a line of a query file: {@code type<TAB>url-encoded query string}. */
    static BenchQuery parseLine(String line) {
        int tab = line.indexOf('\t');
        String type = line.substring(0, tab);
        Map<String, List<String>> params = new LinkedHashMap<>();
        String qs = line.substring(tab + 1);
        if (!qs.isEmpty()) {
            for (String pair : qs.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return new BenchQuery(type, params);
    }

    /** Returns the line form, {@code type<TAB>query string}. */
    String toLine() {
        return type + "\t" + queryString();
    }

    /** Returns the URL-encoded query string (no leading {@code ?}). */
    String queryString() {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, values) -> {
            for (String v : values) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    /** Returns the request path, {@code /api/search?...}. */
    String path() {
        return "/api/search?" + queryString();
    }

    private String first(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private List<String> all(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** Builds the in-process request (the parameters this mix uses: q, person, org, keyword, sort, page, size, lang). */
    SearchRequest toRequest() {
        String sort = first("sort");
        String page = first("page");
        String size = first("size");
        String lang = first("lang");
        return new SearchRequest(first("q"), all("person"), all("org"), all("place"), all("keyword"), null, null,
                lang == null ? null : SearchRequest.Language.parse(lang),
                sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.parse(sort),
                page == null ? 1 : Integer.parseInt(page), size == null ? 10 : Integer.parseInt(size));
    }

    /** Builder helper. */
    static BenchQuery of(String type, String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], x -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return new BenchQuery(type, params);
    }
}
