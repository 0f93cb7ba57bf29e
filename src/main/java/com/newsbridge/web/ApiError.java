package com.newsbridge.web;

import java.util.Map;

/**
 * An HTTP error raised by the request guards (access control, CORS, size limits): a status, a short machine-readable
 * code, a message for people and response headers (such as {@code WWW-Authenticate}). Answered as JSON
 * {@code {"error": code, "message": text}} like every other error.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiError(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
