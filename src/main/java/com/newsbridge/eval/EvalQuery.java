package com.newsbridge.eval;

import java.util.Objects;

/**
 * One evaluation query.
 *
 * @param id   the query id (as in the qrels)
 * @param text the query string, in the NewsBridge / Lucene classic syntax (quotes make a phrase)
 * @param type the query type used to group figures (e.g. {@code zh-person}); {@link #UNTYPED} when the file has none
 */
public record EvalQuery(String id, String text, String type) {

    /** The type of queries whose file has no third column. */
    public static final String UNTYPED = "untyped";

    public EvalQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        type = type == null || type.isBlank() ? UNTYPED : type.strip();
    }
}
