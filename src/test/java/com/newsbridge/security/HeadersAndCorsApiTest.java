package com.newsbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.web.SecurityHeaders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Security headers on every kind of response, and CORS: off by default, an exact allow-list when configured. */
class HeadersAndCorsApiTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    static void assertSecurityHeaders(SecureTestServer.Response r, String what) {
        assertThat(r.header("Content-Security-Policy")).as(what).isEqualTo(CSP);
        assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
        assertThat(r.header("X-Frame-Options")).as(what).isEqualTo("DENY");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Defaults {

        SecureTestServer api;

        @BeforeAll
        void start(@TempDir Path tmp) {
            api = new SecureTestServer(tmp, SecurityConfig.defaults().withWriteKeys(List.of("k".repeat(20))));
        }

        @AfterAll
        void stop() {
            api.close();
        }

        @Test
        void everyResponseCarriesTheSecurityHeaders() {
            assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).isEqualTo(CSP);
            assertSecurityHeaders(api.get("/"), "page");
            assertSecurityHeaders(api.get("/app.js"), "script");
            assertSecurityHeaders(api.get("/api/search?q=UN"), "200 api");
            assertSecurityHeaders(api.get("/api/search?q=" + SecureTestServer.enc("(")), "400");
            assertSecurityHeaders(api.get("/api/articles/nosuch"), "404 article");
            assertSecurityHeaders(api.get("/nosuch.html"), "404 static");
            assertSecurityHeaders(api.send("POST", "/api/articles", "{}"), "401");
            assertSecurityHeaders(api.send("PATCH", "/api/search", "{}"), "write on a read route");
            assertSecurityHeaders(api.get("/metrics"), "metrics");
            assertSecurityHeaders(api.raw("GET /%2e%2e/pom.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                    "jetty 400");
            assertSecurityHeaders(api.raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n"), "jetty 431");
        }

        @Test
        void apiResponsesAreJsonAndNotCached() {
            SecureTestServer.Response r = api.get("/api/search?q=UN");
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void jettyLevelErrorsAreJsonWithoutStackTraces() {
            for (String raw : List.of(
                    "GET /%2e%2e/pom.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                    "GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                    "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
                    "GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
                SecureTestServer.Response r = api.raw(raw);
                assertThat(r.status()).as(raw.substring(0, 30)).isBetween(400, 499);
                assertThat(r.contentType()).startsWith("application/json");
                assertThat(r.json().has("error")).isTrue();
                assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
            }
        }

        @Test
        void corsIsOffByDefault() {
            SecureTestServer.Response r = api.get("/api/search?q=UN", "Origin", "https://evil.example");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            SecureTestServer.Response preflight = api.send("OPTIONS", "/api/articles", null, "Origin",
                    "https://evil.example", "Access-Control-Request-Method", "POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithCorsAllowList {

        SecureTestServer api;

        @BeforeAll
        void start(@TempDir Path tmp) {
            SecurityConfig config = SecurityConfig.fromEnvironment(java.util.Map.of(SecurityConfig.ENV_CORS_ORIGINS,
                    "https://news.example.org, http://localhost:3000"));
            api = new SecureTestServer(tmp, config);
        }

        @AfterAll
        void stop() {
            api.close();
        }

        @Test
        void allowsExactlyTheListedOrigins() {
            SecureTestServer.Response ok = api.get("/api/search?q=UN", "Origin", "https://news.example.org");
            assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("https://news.example.org");
            assertThat(ok.header("Vary")).contains("Origin");
            assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            assertThat(api.get("/api/health", "Origin", "http://localhost:3000").header("Access-Control-Allow-Origin"))
                    .isEqualTo("http://localhost:3000");
            for (String origin : List.of("https://evil.example", "https://news.example.org.evil.example",
                    "http://news.example.org", "https://news.example.org:8443", "null")) {
                SecureTestServer.Response r = api.get("/api/search?q=UN", "Origin", origin);
                assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
            }
        }

        @Test
        void answersPreflightsForListedOriginsOnly() {
            SecureTestServer.Response ok = api.send("OPTIONS", "/api/articles", null, "Origin",
                    "https://news.example.org", "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "authorization, content-type");
            assertThat(ok.status()).isEqualTo(204);
            assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("https://news.example.org");
            assertThat(ok.header("Access-Control-Allow-Methods")).contains("POST").contains("DELETE");
            assertThat(ok.header("Access-Control-Allow-Headers")).contains("Authorization").contains("Content-Type");
            SecureTestServer.Response bad = api.send("OPTIONS", "/api/articles", null, "Origin",
                    "https://evil.example", "Access-Control-Request-Method", "POST");
            assertThat(bad.status()).isEqualTo(403);
            assertThat(bad.json().get("error").asText()).isEqualTo("cors_forbidden");
            assertThat(bad.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        void anAllowedOriginStillNeedsAKeyToWrite() {
            SecureTestServer.Response r = api.send("POST", "/api/articles", "{}", "Origin", "https://news.example.org");
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://news.example.org");
        }
    }
}
