package com.newsbridge.web;

import com.newsbridge.ingest.ArticleIds;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.backend.SearchBackend;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/articles/{id}}: the whole article with its typed entities. */
final class ArticleHandler implements Handler {

    private final SearchBackend searcher;

    ArticleHandler(SearchBackend searcher) {
        this.searcher = searcher;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isWellFormed(id)) {
            throw new NotFoundException("no article with id '" + id + "'");
        }
        ctx.json(JsonViews.article(searcher.article(id)));
    }
}
