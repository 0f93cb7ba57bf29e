package com.newsbridge.backend;

import com.newsbridge.model.NewsBridgeException;

/**
 * The search backend (an OpenSearch cluster) cannot be reached or did not answer in time. The web layer answers 503
 * with code {@code backend_unavailable} and this message; the request may be retried.
 */
public class BackendUnavailableException extends NewsBridgeException {

    public BackendUnavailableException(String message, Throwable cause) {
        super("backend_unavailable", message, cause);
    }
}
