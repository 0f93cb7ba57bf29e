package com.newsbridge.web;

import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per request in {@code key=value} form, e.g.
 * <pre>method=GET path=/api/search route=/api/search status=200 ms=4.2 query_chars=12</pre>
 *
 * <p>It holds no secret and no content: never a header (so no key), never the query string (only its length), never
 * a body. The path is cut to {@value #MAX_PATH} characters and anything but printable ASCII in it is percent-escaped,
 * so a request cannot forge log lines.
 */
public final class RequestLog {

    /** Longest path written, in characters. */
    static final int MAX_PATH = 200;
    private static final Logger ACCESS = LoggerFactory.getLogger("newsbridge.access");

    /** Writes lines to the {@code newsbridge.access} logger at INFO. */
    public static final Consumer<String> SLF4J = ACCESS::info;
    /** Discards lines. */
    public static final Consumer<String> OFF = line -> { };

    private RequestLog() {
    }

    /** Formats one line. */
    public static String line(String method, String path, String route, int status, double ms, int queryChars) {
        StringBuilder b = new StringBuilder(96);
        b.append("method=").append(safe(method, 16));
        b.append(" path=").append(safe(path, MAX_PATH));
        b.append(" route=").append(safe(route, MAX_PATH));
        b.append(" status=").append(status);
        b.append(" ms=").append(String.format(Locale.ROOT, "%.1f", ms));
        if (queryChars > 0) {
            b.append(" query_chars=").append(queryChars);
        }
        return b.toString();
    }

    /** Percent-escapes spaces, quotes, backslashes, control characters and non-ASCII bytes, cutting at {@code max}. */
    static String safe(String s, int max) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte by : bytes) {
            int c = by & 0xFF;
            if (b.length() >= max) {
                b.append("…");
                break;
            }
            if (c > 0x20 && c < 0x7F && c != '"' && c != '\\') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }
}
