package com.newsbridge.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access for browsers. Off by default: no CORS headers at all, so browsers keep other sites from reading
 * the API. With an allow-list, a request whose {@code Origin} is on it gets {@code Access-Control-Allow-Origin} for
 * exactly that origin (never {@code *}, never credentials: the API uses bearer keys, not cookies), and a preflight
 * {@code OPTIONS} is answered 204 here; a preflight from any other origin is refused with 403.
 */
public final class Cors {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Returns true when some origin is allowed. */
    public boolean enabled() {
        return !origins.isEmpty();
    }

    /**
     * The before-handler. Returns true when it answered the request itself (a preflight), in which case no other
     * handler may run.
     */
    public boolean handle(Context ctx) {
        if (!enabled()) {
            return false;
        }
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        boolean allowed = origins.contains(origin.strip().toLowerCase(Locale.ROOT));
        boolean preflight = HandlerType.OPTIONS.equals(ctx.method()) && ctx.header("Access-Control-Request-Method") != null;
        if (!allowed) {
            if (preflight) {
                throw new ApiError(403, "cors_forbidden", "cross-origin requests from this origin are not allowed");
            }
            return false;
        }
        ctx.header("Access-Control-Allow-Origin", origin.strip());
        ctx.header("Access-Control-Expose-Headers", "WWW-Authenticate");
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204);
            return true;
        }
        return false;
    }
}
