package com.newsbridge.security;

import static com.newsbridge.security.SecureTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.web.RequestLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log (one line per request, nothing secret) and {@code GET /metrics}. */
class ObservabilityApiTest {

    static final String KEY = "observability-key-0123456789";

    @TempDir
    static Path tmp;
    static SecureTestServer api;

    @BeforeAll
    static void start() {
        api = new SecureTestServer(tmp, SecurityConfig.defaults().withWriteKeys(List.of(KEY)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void logsOneLineOfMethodPathStatusAndTimePerRequest() throws InterruptedException {
        api.log.clear();
        api.get("/api/search?q=" + enc("刘建超 confidential"));
        api.send("POST", "/api/articles", "{\"en\":\"article body text\"}", "Authorization", "Bearer " + KEY);
        api.get("/api/nothing");
        api.get("/");
        for (int i = 0; i < 50 && api.log.size() < 4; i++) {
            Thread.sleep(20); // the line is written after the response is sent
        }
        assertThat(api.log).hasSize(4); // lines are written after each response, so their order may vary
        assertThat(api.log).anySatisfy(l -> assertThat(l).matches(
                "method=GET path=/api/search route=/api/search status=200 ms=\\d+\\.\\d query_chars=16"));
        assertThat(api.log).anySatisfy(l -> assertThat(l).startsWith("method=POST path=/api/articles ")
                .contains(" status="));
        assertThat(api.log).anySatisfy(l -> assertThat(l).startsWith(
                "method=GET path=/api/nothing route=unmatched status=404 ms="));
        assertThat(api.log).anySatisfy(l -> assertThat(l).startsWith("method=GET path=/ route=static status=200 ms="));
        String all = String.join("\n", api.log);
        assertThat(all).doesNotContain(KEY).doesNotContain("刘建超").doesNotContain("confidential")
                .doesNotContain("article body");
    }

    @Test
    void logLinesCannotBeForged() {
        String line = RequestLog.line("GET", "/a b\nmethod=GET path=/forged\r\"\\", "unmatched", 404, 1.25, 0);
        assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain(" path=/forged")
                .startsWith("method=GET path=/a%20b%0Amethod=GET%20path=/forged%0D%22%5C route=unmatched status=404 ms=1.3");
        assertThat(RequestLog.line("GET", "/" + "x".repeat(5000), "static", 200, 0, 0)).hasSizeLessThan(300);
    }

    @Test
    void metricsCountResultCacheHitsAndMisses() {
        long hits = counter("newsbridge_result_cache_hits_total");
        long misses = counter("newsbridge_result_cache_misses_total");
        api.get("/api/search?q=" + enc("metricscachecheck"));
        api.get("/api/search?q=" + enc("metricscachecheck") + "&page=2");
        assertThat(counter("newsbridge_result_cache_misses_total")).isEqualTo(misses + 1);
        assertThat(counter("newsbridge_result_cache_hits_total")).isEqualTo(hits + 1);
    }

    @Test
    void metricsShowTheHeapOfTheFacetOrdinalsOnceASearchCountedFacets() {
        api.get("/api/search?q=" + enc("联合国"));
        long bytes = counter("newsbridge_facet_ordinals_bytes");
        // 4 bytes per document (+1 per segment) and 4 per facet value of a document: 6 fixture articles, some entities
        assertThat(bytes).isPositive();
        assertThat(bytes % 4).isZero();
    }

    private long counter(String name) {
        String text = api.get("/metrics").body();
        return Long.parseLong(text.replaceAll("(?s).*\n" + name + " (\\d+)\n.*", "$1"));
    }

    @Test
    void metricsArePrometheusText() {
        api.get("/api/search?q=UN");
        api.get("/api/search?q=" + enc("("));
        api.send("DELETE", "/api/articles/0123456789abcdef", null);
        SecureTestServer.Response r = api.get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain; version=0.0.4");
        String text = r.body();
        assertThat(text).contains("# TYPE newsbridge_http_requests_total counter")
                .containsPattern("newsbridge_http_requests_total\\{method=\"GET\",route=\"/api/search\",status=\"200\"} \\d+")
                .containsPattern("newsbridge_http_requests_total\\{method=\"GET\",route=\"/api/search\",status=\"400\"} \\d+")
                .contains("# TYPE newsbridge_http_request_duration_seconds histogram")
                .containsPattern("newsbridge_http_request_duration_seconds_bucket\\{route=\"/api/search\",le=\"0.005\"} \\d+")
                .containsPattern("newsbridge_http_request_duration_seconds_bucket\\{route=\"/api/search\",le=\"\\+Inf\"} \\d+")
                .containsPattern("newsbridge_http_request_duration_seconds_count\\{route=\"/api/search\"} \\d+")
                .containsPattern("newsbridge_http_rejected_total\\{code=\"unauthorized\"} \\d+")
                .contains("newsbridge_documents " + api.index.count() + "\n")
                .containsPattern("newsbridge_index_size_bytes [1-9]\\d*\n")
                .containsPattern("newsbridge_last_commit_timestamp_seconds 1\\d{9}\n");
        long commit = Long.parseLong(text.replaceAll("(?s).*newsbridge_last_commit_timestamp_seconds (\\d+).*", "$1"));
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - commit)).isLessThan(Duration.ofHours(1).toSeconds());
        for (String line : text.split("\n")) {
            assertThat(line).as("every line is a comment or 'name{labels} value'")
                    .matches("# (HELP|TYPE) .*|[a-z_]+(\\{([a-z]+=\"[^\"]*\",?)+})? -?[0-9.eE+-]+");
        }
        assertThat(text).doesNotContain(KEY);
    }

    @Test
    void metricsLabelsNeverHoldRawPaths() {
        api.get("/api/articles/zzzz-unique-id-1");
        api.get("/no/such/file-unique-2.html");
        String text = api.get("/metrics").body();
        assertThat(text).doesNotContain("zzzz-unique-id-1").doesNotContain("file-unique-2")
                .contains("route=\"/api/articles/{id}\"");
    }
}
