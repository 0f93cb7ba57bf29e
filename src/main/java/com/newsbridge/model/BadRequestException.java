package com.newsbridge.model;

/** A request parameter is missing or malformed (mapped to HTTP 400). */
public class BadRequestException extends NewsBridgeException {

    public BadRequestException(String message) {
        super("bad_request", message);
    }

    protected BadRequestException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
