package com.newsbridge.model;

/**
 * Base of the unchecked exceptions NewsBridge raises on purpose; the web layer maps each subclass to one HTTP status.
 */
public class NewsBridgeException extends RuntimeException {

    private final String code;

    public NewsBridgeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public NewsBridgeException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Returns the short machine-readable error code sent to clients, e.g. {@code bad_query}. */
    public String code() {
        return code;
    }
}
