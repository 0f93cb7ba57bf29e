package com.newsbridge.web;

import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.search.ArticleSearcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /api/search}: reads and validates the query parameters, searches, answers JSON. */
final class SearchHandler implements Handler {

    private final SearchBackend searcher;

    SearchHandler(SearchBackend searcher) {
        this.searcher = searcher;
    }

    @Override
    public void handle(Context ctx) {
        ArticleSearcher.Page page = searcher.searchPage(request(ctx), ctx.queryParam("cursor"));
        if (page.partial()) {
            ctx.attribute(WebGuards.PARTIAL_ATTRIBUTE, true);
        }
        ctx.json(JsonViews.searchResult(page.result(), page.partial(), page.nextCursor()));
    }

    /** Builds a {@link SearchRequest} from query parameters; throws {@link BadRequestException} on bad values. */
    static SearchRequest request(Context ctx) {
        String lang = ctx.queryParam("lang");
        String sort = ctx.queryParam("sort");
        LocalDate from = date(ctx.queryParam("from"), "from");
        LocalDate to = date(ctx.queryParam("to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
        }
        return new SearchRequest(
                ctx.queryParam("q"),
                values(ctx, "person"),
                values(ctx, "org"),
                values(ctx, "place"),
                values(ctx, "keyword"),
                from,
                to,
                lang == null || lang.isBlank() || lang.equalsIgnoreCase("both") ? null : SearchRequest.Language.parse(lang),
                sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.parse(sort),
                integer(ctx.queryParam("page"), "page", 1),
                integer(ctx.queryParam("size"), "size", 10));
    }

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static int integer(String value, String name, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be an integer, got '" + value + "'");
        }
    }
}
