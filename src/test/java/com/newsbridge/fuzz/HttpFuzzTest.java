package com.newsbridge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.security.SecureTestServer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded HTTP fuzz run on loopback: {@value #REQUESTS} random and hostile requests (well-formed ones through
 * {@link java.net.http.HttpClient}, malformed ones over a raw socket) from {@value #THREADS} threads against a real
 * server with a write key. Never a 5xx; every answer under {@code /api} is JSON. Seeded, so a failure names the seed
 * and request that reproduce it.
 */
class HttpFuzzTest {

    static final int REQUESTS = 10_500;
    static final int RAW_REQUESTS = 600;
    static final int THREADS = 8;
    static final long SEED = Long.getLong("newsbridge.fuzz.seed", 20_260_428L);
    static final String KEY = "fuzz-write-key-0123456789abcdef";

    @TempDir
    static Path tmp;
    static SecureTestServer api;

    @BeforeAll
    static void start() {
        api = new SecureTestServer(tmp, SecurityConfig.defaults().withWriteKeys(List.of(KEY)).withAccessLog(false)
                .withSizeLimits(256 * 1024, 64 * 1024));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** One generated request. */
    record Fuzz(String method, String target, String body, List<String> headers, boolean raw, String rawText) {

        @Override
        public String toString() {
            String shown = raw ? rawText : method + " " + target + " headers=" + headers
                    + (body == null ? "" : " body=" + body);
            return shown.length() > 400 ? shown.substring(0, 400) + "…" : shown;
        }
    }

    @Test
    void tenThousandRandomRequestsNeverAnswer5xxAndApiAnswersAreJson() throws Exception {
        long start = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger[] byClass = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                new AtomicInteger(), new AtomicInteger()};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    Random random = new Random(SEED * 31 + thread);
                    int mine = REQUESTS / THREADS;
                    for (int i = 0; i < mine && failures.size() < 20; i++) {
                        Fuzz fuzz = i < RAW_REQUESTS / THREADS ? raw(random) : wellFormed(random);
                        try {
                            SecureTestServer.Response r = sendRetryingStaleConnections(fuzz);
                            sent.incrementAndGet();
                            byClass[Math.min(5, r.status() / 100)].incrementAndGet();
                            check(fuzz, r, failures);
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(fuzz + " → " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("HTTP fuzz: %d requests in %d s (seed %d): 2xx=%d 3xx=%d 4xx=%d 5xx=%d; %d resent after a"
                + " stale keep-alive connection%n", sent.get(), seconds, SEED, byClass[2].get(), byClass[3].get(),
                byClass[4].get(), byClass[5].get(), RETRIES.get());
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(sent.get()).isGreaterThanOrEqualTo(10_000);
        assertThat(api.get("/api/health").status()).as("the server survived").isEqualTo(200);
    }

    static void check(Fuzz fuzz, SecureTestServer.Response r, List<String> failures) {
        if (r.status() >= 500) {
            failures.add(r.status() + " for " + fuzz + " → " + r.body());
            return;
        }
        boolean api = fuzz.raw ? fuzz.rawText.startsWith(fuzz.method + " /api") : fuzz.target.startsWith("/api");
        boolean hasBody = !fuzz.method.equals("HEAD") && r.status() != 204 && r.status() != 304;
        if (api && hasBody && !r.contentType().startsWith("application/json")) {
            failures.add("not JSON (" + r.status() + " " + r.contentType() + ") for " + fuzz + " → " + r.body());
        }
        if (r.json() != null && hasBody && !r.body().isEmpty() && r.status() >= 400) {
            if (!r.json().has("error") || !r.json().has("message")) {
                failures.add("error without error/message for " + fuzz + " → " + r.body());
            }
        }
        if (r.body().contains("\tat ") || r.body().contains("Exception")) {
            failures.add("stack trace or exception name in the body for " + fuzz + " → " + r.body());
        }
    }

    static final AtomicInteger RETRIES = new AtomicInteger();

    /**
     * Sends, retrying (twice at most) when a pooled keep-alive connection turns out to have been closed by the server
     * after an earlier answer (as it does after refusing a request whose body it did not read): the client's
     * {@code HttpClient} retries only GETs by itself. A request the server really drops fails all three times.
     */
    static SecureTestServer.Response sendRetryingStaleConnections(Fuzz fuzz) {
        for (int attempt = 0; ; attempt++) {
            try {
                return send(fuzz);
            } catch (java.io.UncheckedIOException e) {
                if (fuzz.raw || attempt == 2 || !String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                RETRIES.incrementAndGet();
            }
        }
    }

    static SecureTestServer.Response send(Fuzz fuzz) {
        if (fuzz.raw) {
            return api.raw(fuzz.rawText);
        }
        HttpRequest.BodyPublisher body = fuzz.body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(fuzz.body, StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(fuzz.target)).method(fuzz.method, body);
        if (fuzz.body != null && fuzz.body.length() > 16 * 1024) {
            // large uploads ask first, as curl does: a server that refuses early (401, 413) closes the connection
            // without reading the body, and a client still sending would see the reset instead of the answer
            b.expectContinue(true);
        }
        return api.send(b, fuzz.headers.toArray(String[]::new));
    }

    // ---- generators ----

    static final String[] WORDS = {"climate", "UN", "Guterres", "联合国", "刘建超", "火星", "Mars", "markup", "a", "ab",
        "the", "*", "a*", "clim*", "*:*", "~", "Guteres~", "^999999", "^2", "\"", "(", ")", "[", "]", "{", "}", "AND",
        "OR", "NOT", "+", "-", "!", "&&", "||", "\\", "/", ":", "title:", "text:", "keywords:", "nosuch:", "TO",
        "[a TO z]", "😀", "مرحبا", "\u202E", "\u0000", "\u0007", "\u001F", "\uFEFF", "\u3000", "%", "&", "=", "?",
        "#", "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x/a}", "{{7*7}}", "../../etc/passwd"};

    static String words(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(4) > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static String randomString(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(4)) {
                case 0 -> b.append((char) r.nextInt(0x80));
                case 1 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 2 -> b.appendCodePoint(r.nextInt(0x110000) & ~0xF800 | (r.nextBoolean() ? 0 : 0x800));
                default -> b.append("\"()*?~^:\\/[]{}+-!&|%".charAt(r.nextInt(20)));
            }
        }
        return b.toString();
    }

    static String param(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> words(r, 8);
            case 1 -> randomString(r, 40);
            case 2 -> String.valueOf(r.nextInt(Integer.MAX_VALUE) - r.nextInt(Integer.MAX_VALUE));
            case 3 -> List.of("", " ", "0", "-1", "1", "2", "10", "100", "101", "10000", "99999999999", "1e3", "NaN",
                    "2024-01-10", "2024-02-30", "9999-99-99", "relevance", "date", "views", "zh", "en", "both", "fr")
                    .get(r.nextInt(23));
            case 4 -> "x".repeat(r.nextInt(1200));
            default -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(r, 40));
        };
    }

    static byte[] bytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        if (b.length > 0 && r.nextBoolean()) {
            b[0] = 1;
        }
        return b;
    }

    static String asciiToken(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().limit(200).forEach(c -> b.append(c > 0x20 && c < 0x7F ? (char) c : 'x'));
        return b.isEmpty() ? "x" : b.toString();
    }

    static final String[] PARAMS = {"q", "q", "q", "person", "org", "place", "keyword", "from", "to", "lang", "sort",
        "page", "size", "cursor", "prefix", "x", "q[]", "", "%", "Q"};

    static String query(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : "&").append(SecureTestServer.enc(PARAMS[r.nextInt(PARAMS.length)]));
            if (r.nextInt(10) > 0) {
                b.append('=').append(SecureTestServer.enc(param(r)));
            }
        }
        if (r.nextInt(20) == 0) {
            b.append(n == 0 ? "?" : "&");
            for (int i = 0; i < 40; i++) {
                b.append("person=p").append(i).append('&');
            }
        }
        return b.toString();
    }

    static String segment(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "592a699e0a8c4bc1";
            case 1 -> Long.toHexString(r.nextLong());
            case 2 -> List.of("people", "organizations", "places", "keywords", "bulk", "backup", "admin", "..", ".",
                    "%2e%2e", "%2F", "%5C", "%00", "index.html", "app.js").get(r.nextInt(15));
            case 3 -> SecureTestServer.enc(randomString(r, 20)).replace("+", "%20");
            case 4 -> SecureTestServer.enc(words(r, 3)).replace("+", "%20");
            default -> "x" + r.nextInt(1000);
        };
    }

    static final String[] PATHS = {"/api/search", "/api/search", "/api/search", "/api/search", "/api/articles/",
        "/api/facets/", "/api/health", "/api/articles", "/api/articles/bulk", "/api/admin/backup", "/api/", "/metrics",
        "/", "/index.html", "/app.js", "/nosuch", "/api"};

    static Fuzz wellFormed(Random r) {
        String base = PATHS[r.nextInt(PATHS.length)];
        String path = base.endsWith("/") && base.length() > 1 ? base + segment(r) : base;
        if (r.nextInt(10) == 0) {
            path += "/" + segment(r);
        }
        String method = r.nextInt(100) < 70 ? "GET"
                : List.of("HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS").get(r.nextInt(6));
        List<String> headers = new ArrayList<>();
        boolean validKey = r.nextInt(100) < 4 && !path.contains("admin");
        switch (r.nextInt(6)) {
            // HttpClient sends printable ASCII header values only; other bytes go through the raw requests
            case 0 -> headers.addAll(List.of("Authorization", "Bearer " + (validKey ? KEY : asciiToken(param(r)))));
            case 1 -> headers.addAll(List.of("Authorization", validKey ? "Bearer " + KEY : "Basic dXNlcjpwYXNz"));
            case 2 -> headers.addAll(List.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
            case 3 -> headers.addAll(List.of("Accept", List.of("text/html", "*/*", "application/xml", "")
                    .get(r.nextInt(4)).isEmpty() ? "text/plain" : "text/html"));
            default -> {
            }
        }
        String body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && r.nextBoolean()) {
            body = switch (r.nextInt(5)) {
                case 0 -> "{\"title_en\":\"" + words(r, 6).replace("\\", "").replace("\"", "") + "\",\"en\":\"fuzz\"}";
                case 1 -> "[" + "{\"zh\":\"联合国\"},".repeat(r.nextInt(5)) + "{}]";
                case 2 -> randomString(r, 300);
                case 3 -> "{".repeat(r.nextInt(3000));
                default -> "x".repeat(r.nextInt(300_000));
            };
            headers.addAll(List.of("Content-Type", r.nextBoolean() ? "application/json" : "text/plain"));
        }
        String target = path + (path.startsWith("/api/search") || path.startsWith("/api/facets") || r.nextInt(5) == 0
                ? query(r) : "");
        return new Fuzz(method, target, body, headers, false, null);
    }

    static final String[] RAW_TARGETS = {"/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/api/articles/..%2f..%2fpom.xml",
        "/api/articles/%2e%2e", "/..\\..\\pom.xml", "/%5c..%5cpom.xml", "/api/search?q=%", "/api/search?q=%zz",
        "/api/search?q=%C0%AE", "/api/search?q=%ED%A0%80", "/api/%zz", "/api/articles/%00", "/api//search?q=a",
        "/api/search?q=a&q=b&q=c", "/api/search#frag", "/api/search?q=\u00ff", "*", "/api/admin/../admin/backup",
        "/api/admin%2fbackup", "/API/ADMIN/BACKUP", "/api/search?" + "x=1&".repeat(2000), "/;jsessionid=x",
        "http://127.0.0.1/api/search?q=UN", "/api/search?q=" + "%28".repeat(3000), "/api/articles/" + "a".repeat(5000),
        "/api/search?size=1&cursor=" + "A".repeat(3000)};
    static final String[] RAW_METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "TRACE", "CONNECT", "FOO",
        "GET", "GET"};

    static Fuzz raw(Random r) {
        String method = RAW_METHODS[r.nextInt(RAW_METHODS.length)];
        String target = r.nextInt(3) == 0 ? wellFormed(r).target() : RAW_TARGETS[r.nextInt(RAW_TARGETS.length)];
        StringBuilder req = new StringBuilder();
        req.append(method).append(' ').append(target).append(r.nextInt(30) == 0 ? " HTTP/1.0" : " HTTP/1.1").append("\r\n");
        req.append("Host: 127.0.0.1\r\nConnection: close\r\n");
        switch (r.nextInt(8)) {
            case 0 -> req.append("Content-Length: ").append(List.of("abc", "-1", "99999999999999999999", "5, 6", "")
                    .get(r.nextInt(5))).append("\r\n");
            case 1 -> req.append("Transfer-Encoding: chunked\r\nContent-Length: 4\r\n");
            case 2 -> req.append("X-Big: ").append("a".repeat(10_000 + r.nextInt(10_000))).append("\r\n");
            case 3 -> req.append("Authorization: Bearer ").append("\u00e9".repeat(r.nextInt(5))).append("\r\n");
            case 4 -> req.append("Bad Header Without Colon\r\n");
            case 5 -> req.append("Content-Type: application/json\r\nContent-Length: 5\r\n");
            default -> {
            }
        }
        req.append("\r\n");
        if (r.nextInt(4) == 0) {
            req.append("{\"a\":1}");
        }
        return new Fuzz(method, target, null, List.of(), true, req.toString());
    }
}
