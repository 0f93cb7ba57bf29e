package com.newsbridge.model;

/** The query string does not parse (mapped to HTTP 400 with code {@code bad_query}). */
public class BadQueryException extends BadRequestException {

    public BadQueryException(String message, Throwable cause) {
        super("bad_query", message, cause);
    }

    public BadQueryException(String message) {
        this(message, null);
    }
}
