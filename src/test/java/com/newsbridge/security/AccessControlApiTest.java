package com.newsbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.config.SecurityConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Write and read access over HTTP: keys, 401 versus 403, every spelling of a protected path. */
class AccessControlApiTest {

    static final String WRITE_KEY = "write-key-0123456789abcdef";
    static final String OTHER_WRITE_KEY = "second-write-key-fedcba9876543210";
    static final String READ_KEY = "read-key-0123456789abcdef";

    /** Method and path of the writes the access control protects (the write API and its admin endpoint). */
    static final List<String[]> WRITES = List.of(
            new String[] {"POST", "/api/articles"},
            new String[] {"PUT", "/api/articles/0123456789abcdef"},
            new String[] {"DELETE", "/api/articles/0123456789abcdef"},
            new String[] {"POST", "/api/articles/bulk"},
            new String[] {"POST", "/api/admin/backup"});

    /** Spellings of the admin path that a sloppy check might miss. */
    static final List<String> ADMIN_SPELLINGS = List.of("/api/admin/backup", "/API/ADMIN/backup", "/api/Admin/backup",
            "/api//admin/backup", "/api/%61dmin/backup", "/api/admin%2fbackup", "/api/./admin/backup",
            "/api/admin/./backup", "/api/admin;x=1/backup", "/api/%2561dmin/backup", "/api/admin");

    static void assertUnauthorized(SecureTestServer.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer realm=\"newsbridge\"");
        assertThat(r.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(r.contentType()).startsWith("application/json");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithoutKeys {

        SecureTestServer api;

        @BeforeAll
        void start(@TempDir Path tmp) {
            api = new SecureTestServer(tmp, SecurityConfig.defaults());
        }

        @AfterAll
        void stop() {
            api.close();
        }

        @Test
        void writesAreDisabledWith403AndSayHowToEnableThem() {
            for (String[] w : WRITES) {
                SecureTestServer.Response r = api.send(w[0], w[1], "{}", "Content-Type", "application/json");
                assertThat(r.status()).as(w[0] + " " + w[1]).isEqualTo(403);
                assertThat(r.json().get("error").asText()).isEqualTo("writes_disabled");
                assertThat(r.json().get("message").asText()).contains("NEWSBRIDGE_API_KEY").contains("--api-key")
                        .contains("Authorization: Bearer");
            }
        }

        @Test
        void anyBearerKeyIsStill403WhenNoneIsConfigured() {
            SecureTestServer.Response r = api.send("POST", "/api/articles", "{}", "Authorization", "Bearer " + WRITE_KEY);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.body()).doesNotContain(WRITE_KEY);
        }

        @Test
        void adminIsClosedInEverySpelling() {
            for (String path : ADMIN_SPELLINGS) {
                SecureTestServer.Response r = api.get(path);
                assertThat(r.status()).as(path).isIn(400, 403, 404);
                if (r.status() == 404) {
                    // a 404 only where the router could not reach the admin endpoint either
                    assertThat(r.json().get("error").asText()).as(path).isEqualTo("not_found");
                }
            }
            assertThat(api.get("/api/admin/backup").status()).isEqualTo(403);
            assertThat(api.get("/API/ADMIN/backup").status()).isEqualTo(403);
            assertThat(api.get("/api/%61dmin/backup").status()).isEqualTo(403);
        }

        @Test
        void readsAndThePageAreOpen() {
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/search?q=UN").status()).isEqualTo(200);
            assertThat(api.get("/api/facets/people").status()).isEqualTo(200);
            assertThat(api.get("/metrics").status()).isEqualTo(200);
            assertThat(api.get("/").status()).isEqualTo(200);
            assertThat(api.get("/app.js").status()).isEqualTo(200);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithWriteKeys {

        SecureTestServer api;

        @BeforeAll
        void start(@TempDir Path tmp) {
            SecurityConfig config = SecurityConfig.fromEnvironment(
                    java.util.Map.of(SecurityConfig.ENV_API_KEY, WRITE_KEY + " , " + OTHER_WRITE_KEY));
            api = new SecureTestServer(tmp, config);
        }

        @AfterAll
        void stop() {
            api.close();
        }

        @Test
        void missingKeyIs401WithAChallenge() {
            for (String[] w : WRITES) {
                SecureTestServer.Response r = api.send(w[0], w[1], "{}");
                assertUnauthorized(r);
                assertThat(r.header("WWW-Authenticate")).doesNotContain("invalid_token");
            }
        }

        @Test
        void wrongKeysAre401() {
            for (String header : List.of("Bearer nope", "Bearer " + WRITE_KEY + "x", "Bearer " + WRITE_KEY.substring(1),
                    "Bearer " + WRITE_KEY.toUpperCase(java.util.Locale.ROOT), "Basic " + WRITE_KEY, WRITE_KEY,
                    "Bearer", "Bearer  ", "Bearer " + READ_KEY)) {
                SecureTestServer.Response r = api.send("POST", "/api/articles", "{}", "Authorization", header);
                assertThat(r.status()).as(header).isEqualTo(401);
                assertUnauthorized(r);
                assertThat(r.body()).doesNotContain(WRITE_KEY);
            }
        }

        @Test
        void keysCompareCaseSensitivelyEvenOnAReusedConnection() {
            // requests on one keep-alive connection: Jetty's per-connection header cache must not hand a later
            // request an earlier one's Authorization value because the two differ only in letter case
            String valid = "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + WRITE_KEY
                    + "\r\nContent-Length: 0\r\n\r\n";
            String upper = "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + WRITE_KEY.toUpperCase(java.util.Locale.ROOT) + "\r\nContent-Length: 0\r\n\r\n";
            List<SecureTestServer.Response> answers = api.rawSequence(List.of(valid, valid, upper, valid, upper));
            assertThat(answers).extracting(SecureTestServer.Response::status).doesNotContain(500);
            assertThat(answers.get(0).status()).isNotIn(401, 403);
            assertThat(answers.get(1).status()).isNotIn(401, 403);
            assertUnauthorized(answers.get(2));
            assertThat(answers.get(3).status()).isNotIn(401, 403);
            assertUnauthorized(answers.get(4));
        }

        @Test
        void everyConfiguredKeyPassesTheGuard() {
            for (String key : List.of(WRITE_KEY, OTHER_WRITE_KEY)) {
                for (String[] w : WRITES) {
                    SecureTestServer.Response r = api.send(w[0], w[1], "{}", "Authorization", "Bearer " + key,
                            "Content-Type", "application/json");
                    // past the guard: whatever the endpoint answers, it is not an access error
                    assertThat(r.status()).as(w[0] + " " + w[1] + ": " + r.body()).isNotIn(401, 403);
                }
            }
            SecureTestServer.Response r = api.send("POST", "/api/articles", "{}", "Authorization", "bearer " + WRITE_KEY);
            assertThat(r.status()).as("scheme is case-insensitive").isNotIn(401, 403);
        }

        @Test
        void adminNeedsTheKeyInEverySpelling() {
            for (String path : ADMIN_SPELLINGS) {
                SecureTestServer.Response r = api.get(path);
                assertThat(r.status()).as(path).isIn(400, 401, 404);
            }
            assertUnauthorized(api.get("/api/admin/backup"));
            assertUnauthorized(api.get("/API/Admin/backup"));
            assertUnauthorized(api.get("/api/%61dmin/backup"));
            assertUnauthorized(api.get("/api//admin/backup"));
        }

        @Test
        void theWriteApiWorksWithAKey() {
            String auth = "Bearer " + OTHER_WRITE_KEY;
            SecureTestServer.Response created = api.send("POST", "/api/articles",
                    "{\"title_en\":\"Okapi sighting\",\"en\":\"An okapitoken was seen.\",\"source\":\"https://t.test/okapi\"}",
                    "Authorization", auth, "Content-Type", "application/json");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(awaitStatus("/api/articles/" + id, 200)).as("searchable within moments").isEqualTo(200);
            assertUnauthorized(api.send("DELETE", "/api/articles/" + id, null));
            assertThat(api.get("/api/articles/" + id).status()).as("a refused delete deletes nothing").isEqualTo(200);
            assertThat(api.send("DELETE", "/api/articles/" + id, null, "Authorization", auth).status()).isEqualTo(204);
            SecureTestServer.Response backup = api.send("POST", "/api/admin/backup", null, "Authorization", auth);
            assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        }

        /** Polls a GET until it answers {@code status} (writes become visible within about 100 ms); returns the last. */
        int awaitStatus(String path, int status) {
            int last = 0;
            for (int i = 0; i < 200 && last != status; i++) {
                last = api.get(path).status();
                if (last != status) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return last;
        }

        @Test
        void readsStayOpen() {
            assertThat(api.get("/api/search?q=UN").status()).isEqualTo(200);
            assertThat(api.get("/api/health").status()).isEqualTo(200);
        }

        @Test
        void keysNeverReachTheLogOrAResponse() {
            api.send("POST", "/api/articles", "{}", "Authorization", "Bearer " + WRITE_KEY);
            api.send("POST", "/api/articles", "{}", "Authorization", "Bearer wrong-" + WRITE_KEY);
            api.get("/api/search?q=" + SecureTestServer.enc("secret words"), "Authorization", "Bearer " + WRITE_KEY);
            assertThat(api.log).isNotEmpty();
            assertThat(String.join("\n", api.log)).doesNotContain(WRITE_KEY).doesNotContain("Bearer")
                    .doesNotContain("secret").doesNotContain("words");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithReadKey {

        SecureTestServer api;

        @BeforeAll
        void start(@TempDir Path tmp) {
            api = new SecureTestServer(tmp, SecurityConfig.defaults().withWriteKeys(List.of(WRITE_KEY))
                    .withReadKeys(List.of(READ_KEY)));
        }

        @AfterAll
        void stop() {
            api.close();
        }

        @Test
        void readsNeedAReadOrWriteKey() {
            for (String path : List.of("/api/search?q=UN", "/api/health", "/api/articles/0123456789abcdef",
                    "/api/facets/people", "/metrics", "/API/search", "/api//search")) {
                SecureTestServer.Response r = api.get(path);
                assertThat(r.status()).as(path).isIn(401, 404);
                if (r.status() == 401) {
                    assertUnauthorized(r);
                }
            }
            assertUnauthorized(api.get("/api/search?q=UN"));
            assertUnauthorized(api.get("/metrics"));
            assertUnauthorized(api.get("/api/search?q=UN", "Authorization", "Bearer wrong-key-0123456789"));
            assertThat(api.get("/api/search?q=UN", "Authorization", "Bearer " + READ_KEY).status()).isEqualTo(200);
            assertThat(api.get("/api/search?q=UN", "Authorization", "Bearer " + WRITE_KEY).status()).isEqualTo(200);
            assertThat(api.get("/metrics", "Authorization", "Bearer " + READ_KEY).status()).isEqualTo(200);
        }

        @Test
        void aReadKeyDoesNotWrite() {
            assertUnauthorized(api.send("POST", "/api/articles", "{}", "Authorization", "Bearer " + READ_KEY));
            assertUnauthorized(api.send("DELETE", "/api/articles/0123456789abcdef", null, "Authorization",
                    "Bearer " + READ_KEY));
        }

        @Test
        void thePageItselfStaysOpen() {
            assertThat(api.get("/").status()).isEqualTo(200);
            assertThat(api.get("/style.css").status()).isEqualTo(200);
        }
    }
}
