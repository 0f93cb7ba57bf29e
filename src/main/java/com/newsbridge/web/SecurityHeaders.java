package com.newsbridge.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers sent with every response, pages, API and errors alike. The page loads its scripts and styles
 * from its own origin only (it has no inline script or style), so the Content-Security-Policy can be strict.
 */
public final class SecurityHeaders {

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** Header name to value, in the order they are sent. */
    public static final Map<String, String> HEADERS;

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        HEADERS = java.util.Collections.unmodifiableMap(h);
    }

    private SecurityHeaders() {
    }

    /** Sets the headers on {@code ctx}'s response. */
    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/metrics")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
