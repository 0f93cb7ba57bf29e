package com.newsbridge.web;

import com.newsbridge.model.FacetValue;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.backend.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/facets/{people|organizations|places|keywords}?prefix=…&q=…&size=20}: the values of one facet over
 * the results of {@code q} and the usual filters whose name starts with {@code prefix}, most frequent first.
 */
final class FacetHandler implements Handler {

    static final int DEFAULT_SIZE = 20;

    private final SearchBackend searcher;

    FacetHandler(SearchBackend searcher) {
        this.searcher = searcher;
    }

    @Override
    public void handle(Context ctx) {
        String facet = ctx.pathParam("facet");
        SearchRequest request = SearchHandler.request(ctx);
        String sizeParam = ctx.queryParam("size");
        int size = sizeParam == null || sizeParam.isBlank() ? DEFAULT_SIZE : request.size();
        String prefix = ctx.queryParam("prefix");
        List<FacetValue> values = searcher.facetValues(request.withPage(1, 1), facet, prefix, size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("facet", facet);
        json.put("prefix", prefix == null ? "" : prefix);
        json.put("values", JsonViews.facetValues(values));
        ctx.json(json);
    }
}
