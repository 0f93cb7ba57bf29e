package com.newsbridge.web;

import com.newsbridge.config.SecurityConfig;
import io.javalin.http.Context;

/**
 * Size limits checked before a handler reads anything: the request body ({@link SecurityConfig#maxBodyBytes()}) and
 * a single article sent to the write API ({@link SecurityConfig#maxArticleBytes()}), both answered 413 with a JSON
 * message. A single article that declares no length (chunked) is cut off at the article limit when the handler reads
 * it (Javalin's {@code maxRequestSize}, also 413); the bulk endpoint limits its streamed body itself and reports each
 * article over the article limit as a failed item.
 */
public final class RequestLimits {

    private final long maxBodyBytes;
    private final long maxArticleBytes;

    public RequestLimits(SecurityConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxArticleBytes = config.maxArticleBytes();
    }

    /** The before-handler: throws {@link ApiError} 413 when the declared body is too large. */
    public void check(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > maxBodyBytes) {
            throw tooLarge("payload_too_large", "request body is " + length + " bytes; the limit is " + maxBodyBytes
                    + " bytes");
        }
        if (length > maxArticleBytes && isSingleArticleWrite(ctx.method().name(), ctx.path())) {
            throw tooLarge("article_too_large", "article is " + length + " bytes; the limit is " + maxArticleBytes
                    + " bytes per article");
        }
    }

    /** Returns true for a write of one article: POST /api/articles or PUT /api/articles/{id}. */
    static boolean isSingleArticleWrite(String method, String rawPath) {
        String path = AccessControl.canonicalPath(rawPath);
        return (method.equals("POST") && path.equals("/api/articles"))
                || (method.equals("PUT") && path.startsWith("/api/articles/") && path.indexOf('/', 14) < 0
                && !path.equals("/api/articles/bulk"));
    }

    /** Returns the 413 error for an article of {@code bytes} bytes when it is over the limit, else null. */
    public ApiError articleTooLarge(long bytes) {
        return bytes > maxArticleBytes ? tooLarge("article_too_large", "an article is " + bytes
                + " bytes; the limit is " + maxArticleBytes + " bytes per article") : null;
    }

    static ApiError tooLarge(String code, String message) {
        return new ApiError(413, code, message);
    }
}
