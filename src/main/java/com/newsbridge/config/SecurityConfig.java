package com.newsbridge.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The access-control and limit settings of a NewsBridge server, read from the environment and the {@code serve}
 * flags. The defaults are the secure ones: no write key (so the write API answers 403), open reads, CORS off.
 *
 * <p>Keys are secrets: {@link #toString()} never shows them, and nothing in NewsBridge logs them.
 *
 * @param writeKeys        bearer keys accepted for writes (POST/PUT/DELETE under {@code /api}, all of {@code /api/admin});
 *                         empty = the write API is disabled
 * @param readKeys         bearer keys required for reads of {@code /api} and {@code /metrics} (a write key also works);
 *                         empty = reads are open
 * @param corsOrigins      origins (scheme://host[:port]) allowed to call the API from a browser; empty = CORS off
 * @param maxBodyBytes     largest request body accepted, in practice the largest bulk upload (413 above)
 * @param maxArticleBytes  largest single article accepted by the write API (413 above; a bulk item over it is
 *                         reported as a failed item)
 * @param searchTimeBudget time one search may spend collecting hits before it answers with {@code "partial": true}
 * @param accessLog        whether to write one log line per request
 */
public record SecurityConfig(
        List<String> writeKeys,
        List<String> readKeys,
        List<String> corsOrigins,
        long maxBodyBytes,
        long maxArticleBytes,
        Duration searchTimeBudget,
        boolean accessLog) {

    /** Environment variable with the write key(s), comma-separated. */
    public static final String ENV_API_KEY = "NEWSBRIDGE_API_KEY";
    /** Environment variable with the read key(s), comma-separated. */
    public static final String ENV_READ_KEY = "NEWSBRIDGE_READ_KEY";
    /** Environment variable with the allowed CORS origins, comma-separated. */
    public static final String ENV_CORS_ORIGINS = "NEWSBRIDGE_CORS_ORIGINS";
    /** Environment variable with the largest request body, in bytes. */
    public static final String ENV_MAX_BODY_BYTES = "NEWSBRIDGE_MAX_BODY_BYTES";
    /** Environment variable with the largest article, in bytes. */
    public static final String ENV_MAX_ARTICLE_BYTES = "NEWSBRIDGE_MAX_ARTICLE_BYTES";
    /** Environment variable with the search time budget, in milliseconds. */
    public static final String ENV_SEARCH_TIMEOUT_MS = "NEWSBRIDGE_SEARCH_TIMEOUT_MS";
    /** Environment variable that turns the access log off when {@code off}, {@code false} or {@code 0}. */
    public static final String ENV_ACCESS_LOG = "NEWSBRIDGE_ACCESS_LOG";

    /** Default largest request body: 64 MiB, the bulk endpoint's own limit (a bulk upload of many articles). */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;
    /** Default largest article: 1 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 1024L * 1024;
    /** Default search time budget: 2 seconds. */
    public static final Duration DEFAULT_SEARCH_TIME_BUDGET = Duration.ofSeconds(2);
    /** Shortest accepted key, in characters: short keys are guessable. */
    public static final int MIN_KEY_LENGTH = 16;

    public SecurityConfig {
        writeKeys = keys(writeKeys, "API");
        readKeys = keys(readKeys, "read");
        corsOrigins = origins(corsOrigins);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the largest request body must be at least 1 byte, got " + maxBodyBytes);
        }
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("the largest article must be at least 1 byte, got " + maxArticleBytes);
        }
        Objects.requireNonNull(searchTimeBudget, "searchTimeBudget");
        if (searchTimeBudget.isNegative() || searchTimeBudget.isZero()) {
            throw new IllegalArgumentException("the search time budget must be positive, got " + searchTimeBudget);
        }
    }

    /** The secure defaults: writes disabled, reads open, CORS off, default limits, access log on. */
    public static SecurityConfig defaults() {
        return new SecurityConfig(List.of(), List.of(), List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ARTICLE_BYTES,
                DEFAULT_SEARCH_TIME_BUDGET, true);
    }

    /** Reads the settings from environment variables (see the {@code ENV_} constants); unset ones keep the defaults. */
    public static SecurityConfig fromEnvironment(Map<String, String> env) {
        SecurityConfig c = defaults();
        return new SecurityConfig(
                split(env.get(ENV_API_KEY)),
                split(env.get(ENV_READ_KEY)),
                split(env.get(ENV_CORS_ORIGINS)),
                number(env.get(ENV_MAX_BODY_BYTES), ENV_MAX_BODY_BYTES, c.maxBodyBytes),
                number(env.get(ENV_MAX_ARTICLE_BYTES), ENV_MAX_ARTICLE_BYTES, c.maxArticleBytes),
                Duration.ofMillis(number(env.get(ENV_SEARCH_TIMEOUT_MS), ENV_SEARCH_TIMEOUT_MS,
                        c.searchTimeBudget.toMillis())),
                !isOff(env.get(ENV_ACCESS_LOG)));
    }

    /** Returns true when writes are enabled (some write key is configured). */
    public boolean writesEnabled() {
        return !writeKeys.isEmpty();
    }

    /** Returns true when reads need a key. */
    public boolean readsRestricted() {
        return !readKeys.isEmpty();
    }

    /** Returns a copy that also accepts {@code keys} (each may hold several, comma-separated) for writes. */
    public SecurityConfig withWriteKeys(List<String> keys) {
        return new SecurityConfig(concat(writeKeys, keys), readKeys, corsOrigins, maxBodyBytes, maxArticleBytes,
                searchTimeBudget, accessLog);
    }

    /** Returns a copy that also accepts {@code keys} for reads, and so requires a key for reads. */
    public SecurityConfig withReadKeys(List<String> keys) {
        return new SecurityConfig(writeKeys, concat(readKeys, keys), corsOrigins, maxBodyBytes, maxArticleBytes,
                searchTimeBudget, accessLog);
    }

    /** Returns a copy that also allows the given CORS origins. */
    public SecurityConfig withCorsOrigins(List<String> origins) {
        return new SecurityConfig(writeKeys, readKeys, concat(corsOrigins, origins), maxBodyBytes, maxArticleBytes,
                searchTimeBudget, accessLog);
    }

    /** Returns a copy with other body and article size limits. */
    public SecurityConfig withSizeLimits(long newMaxBodyBytes, long newMaxArticleBytes) {
        return new SecurityConfig(writeKeys, readKeys, corsOrigins, newMaxBodyBytes, newMaxArticleBytes,
                searchTimeBudget, accessLog);
    }

    /** Returns a copy with another search time budget. */
    public SecurityConfig withSearchTimeBudget(Duration budget) {
        return new SecurityConfig(writeKeys, readKeys, corsOrigins, maxBodyBytes, maxArticleBytes, budget, accessLog);
    }

    /** Returns a copy with the access log on or off. */
    public SecurityConfig withAccessLog(boolean on) {
        return new SecurityConfig(writeKeys, readKeys, corsOrigins, maxBodyBytes, maxArticleBytes, searchTimeBudget, on);
    }

    /** Describes the settings without the keys themselves. */
    @Override
    public String toString() {
        return "SecurityConfig[writeKeys=" + writeKeys.size() + " configured, readKeys=" + readKeys.size()
                + " configured, corsOrigins=" + corsOrigins + ", maxBodyBytes=" + maxBodyBytes + ", maxArticleBytes="
                + maxArticleBytes + ", searchTimeBudget=" + searchTimeBudget.toMillis() + "ms, accessLog=" + accessLog
                + "]";
    }

    private static List<String> keys(List<String> values, String kind) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(splitAll(values)));
        for (String key : keys) {
            if (key.length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException("every " + kind + " key must be at least " + MIN_KEY_LENGTH
                        + " characters long (one has " + key.length() + "); generate one with: openssl rand -hex 32");
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c <= 0x20 || c >= 0x7F) {
                    throw new IllegalArgumentException("every " + kind
                            + " key may only contain printable ASCII characters without spaces");
                }
            }
        }
        return List.copyOf(keys);
    }

    private static List<String> origins(List<String> values) {
        List<String> origins = new ArrayList<>();
        for (String origin : splitAll(values)) {
            String o = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
            if (!o.equals("*") && !o.matches("(?i)https?://[a-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("a CORS origin must look like https://example.org[:port], got '"
                        + origin + "'");
            }
            if (o.equals("*")) {
                throw new IllegalArgumentException("CORS origin '*' is not allowed; list the origins that may call the API");
            }
            if (!origins.contains(o.toLowerCase(Locale.ROOT))) {
                origins.add(o.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(origins);
    }

    private static List<String> splitAll(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                parts.addAll(split(value));
            }
        }
        return parts;
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static long number(String value, String name, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private static boolean isOff(String value) {
        return value != null && List.of("off", "false", "0", "no").contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
