package com.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/health} and unknown routes. */
class HealthApiTest {

    @TempDir
    static Path tmp;
    static ApiTestServer api;

    @BeforeAll
    static void start() {
        api = new ApiTestServer(tmp);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void reportsStatusAndDocumentCount() {
        ApiTestServer.Response r = api.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("documents").asInt()).isEqualTo(6);
    }

    @Test
    void unknownApiRouteIs404Json() {
        ApiTestServer.Response r = api.get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void startupIndexedTheCorpusOnce() {
        assertThat(api.server.buildReport().indexed()).isEqualTo(6);
        assertThat(api.server.buildReport().skipped()).isZero();
    }
}
