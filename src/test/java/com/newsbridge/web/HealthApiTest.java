package com.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/health} and unknown routes. */
class HealthApiTest {

    @RegisterExtension
    static final ApiTestServer api = new ApiTestServer();

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
