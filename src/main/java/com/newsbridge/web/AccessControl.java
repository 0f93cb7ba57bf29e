package com.newsbridge.web;

import com.newsbridge.config.SecurityConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a request may proceed, before any handler runs.
 *
 * <ul>
 *   <li><b>Writes</b> — any method other than GET, HEAD and OPTIONS, and every request under {@code /api/admin} —
 *       need {@code Authorization: Bearer <write key>}. With no write key configured they answer 403 with a message
 *       saying how to enable them (secure by default); with a missing or wrong key, 401 with
 *       {@code WWW-Authenticate: Bearer}.</li>
 *   <li><b>Reads</b> of {@code /api} and {@code /metrics} are open, unless read keys are configured: then they need a
 *       read key or a write key. The page and its static files stay open.</li>
 * </ul>
 *
 * <p>Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual} (constant time, and the same work
 * whatever the key's length), against every configured key without stopping at the first match. Keys and the
 * Authorization header are never logged or echoed.
 */
public final class AccessControl {

    static final String REALM = "newsbridge";

    private final List<byte[]> writeDigests;
    private final List<byte[]> readDigests;

    public AccessControl(SecurityConfig config) {
        this.writeDigests = config.writeKeys().stream().map(AccessControl::digest).toList();
        this.readDigests = config.readKeys().stream().map(AccessControl::digest).toList();
    }

    /** What a request needs. */
    public enum Need { NOTHING, READ_KEY, WRITE_KEY }

    /** Returns what a request with {@code method} on {@code path} (raw, as sent) needs. */
    public Need need(String method, String path) {
        String p = canonicalPath(path);
        String m = method.toUpperCase(Locale.ROOT);
        boolean api = p.equals("/api") || p.startsWith("/api/");
        if (p.equals("/api/admin") || p.startsWith("/api/admin/")) {
            return Need.WRITE_KEY;
        }
        if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS")) {
            return Need.WRITE_KEY;
        }
        if (!readDigests.isEmpty() && !m.equals("OPTIONS") && (api || p.equals("/metrics"))) {
            return Need.READ_KEY;
        }
        return Need.NOTHING;
    }

    /** The before-handler: throws {@link ApiError} (401 or 403) when the request may not proceed. */
    public void check(Context ctx) {
        Need need = need(ctx.method().name(), ctx.path());
        if (need == Need.NOTHING) {
            return;
        }
        String token = bearerToken(ctx.header("Authorization"));
        if (need == Need.WRITE_KEY) {
            if (writeDigests.isEmpty()) {
                throw new ApiError(403, "writes_disabled", "The write API is disabled because no API key is configured."
                        + " Start the server with --api-key KEY or set " + SecurityConfig.ENV_API_KEY
                        + "=KEY (several keys comma-separated; at least " + SecurityConfig.MIN_KEY_LENGTH
                        + " characters each), then send the header 'Authorization: Bearer KEY'.");
            }
            if (!matches(token, writeDigests)) {
                throw unauthorized(token, "this request needs 'Authorization: Bearer <API key>' with a valid write key");
            }
            return;
        }
        if (!matches(token, readDigests) && !matches(token, writeDigests)) {
            throw unauthorized(token, "reads need 'Authorization: Bearer <read key>' on this server");
        }
    }

    private static ApiError unauthorized(String token, String message) {
        String challenge = "Bearer realm=\"" + REALM + "\"" + (token == null ? "" : ", error=\"invalid_token\"");
        return new ApiError(401, "unauthorized", (token == null ? "missing API key: " : "invalid API key: ") + message,
                Map.of("WWW-Authenticate", challenge));
    }

    /** Returns the token of an {@code Authorization: Bearer <token>} header, or null. */
    static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = h.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static boolean matches(String token, List<byte[]> digests) {
        if (token == null || digests.isEmpty()) {
            return false;
        }
        byte[] given = digest(token);
        boolean ok = false;
        for (byte[] expected : digests) {
            ok |= MessageDigest.isEqual(given, expected); // no early exit: every key costs the same
        }
        return ok;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The path as a router might see it after decoding: percent-decoded (twice, to see through double encoding),
     * backslashes as slashes, repeated slashes and {@code .} segments removed, {@code ..} resolved, lower case. Used
     * only to classify, so that no spelling of {@code /api/admin} slips past the check.
     */
    static String canonicalPath(String raw) {
        String p = raw == null ? "/" : raw;
        for (int i = 0; i < 2 && p.indexOf('%') >= 0; i++) {
            try {
                p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                break;
            }
        }
        p = p.replace('\\', '/');
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : p.split("/")) {
            int semicolon = segment.indexOf(';');
            String s = semicolon >= 0 ? segment.substring(0, semicolon) : segment;
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(s);
        }
        return ("/" + String.join("/", segments)).toLowerCase(Locale.ROOT);
    }
}
