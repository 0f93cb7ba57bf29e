package com.newsbridge.model;

/** A requested resource, such as an article id, does not exist (mapped to HTTP 404). */
public class NotFoundException extends NewsBridgeException {

    public NotFoundException(String message) {
        super("not_found", message);
    }
}
