package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.config.SecurityConfig;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.web.NewsBridgeServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The write API ({@code POST}/{@code PUT}/{@code DELETE /api/articles}, {@code POST /api/articles/bulk}) on a server
 * whose backend is the cluster: every change is visible to the very next search.
 */
@Tag("opensearch")
class OpenSearchWriteApiTest {

    static final String KEY = "opensearch-write-test-key-0123456789";
    static NewsBridgeServer server;
    static NbHttp http;

    @BeforeAll
    static void start() {
        OpenSearchTestCluster cluster = OpenSearchTestCluster.shared();
        OpenSearchBackend backend = OpenSearchBackend.connect(OpenSearchConfig.of(cluster.uris(), "write-api"),
                EntityExtractor.bundled());
        backend.deleteIndex();
        server = NewsBridgeServer.startWith(backend, null, "127.0.0.1", 0,
                SecurityConfig.defaults().withWriteKeys(List.of(KEY)));
        http = new NbHttp(server.port(), KEY);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static JsonNode search(String q) {
        NbHttp.Response r = http.get("/api/search?q=" + NbHttp.enc(q));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void createUpdateDeleteThroughTheApiAreVisibleToTheNextSearch() {
        String article = "志愿者在罗特尼斯岛清点短尾矮袋鼠。\nTitle: Quokka census on Rottnest Island\nKeywords: quokka\n"
                + "Date: 2024-05-01\nNews Content:\nVolunteers counted quokkas on Rottnest Island.\n"
                + "【来源】https://example.invalid/quokka-census\n";
        int before = http.get("/api/health").json().get("documents").asInt();
        NbHttp.Response created = http.send("POST", "/api/articles", "text/plain; charset=utf-8", article);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(search("quokka").get("total").asInt()).isEqualTo(1);
        assertThat(search("短尾矮袋鼠").get("hits").get(0).get("id").asText()).isEqualTo(id);
        assertThat(http.get("/api/articles/" + id).json().get("title").get("en").asText())
                .isEqualTo("Quokka census on Rottnest Island");

        NbHttp.Response updated = http.send("PUT", "/api/articles/" + id, "text/plain; charset=utf-8",
                article.replace("Quokka census", "Wombat census").replace("counted quokkas", "counted wombats"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(search("wombat").get("total").asInt()).isEqualTo(1);
        assertThat(search("quokkas").get("total").asInt()).isZero();
        assertThat(search("wombat").get("hits").get(0).get("snippet").get("en").asText()).contains("<mark>wombats</mark>");
        assertThat(http.get("/api/health").json().get("documents").asInt()).isEqualTo(before + 1);

        assertThat(http.send("DELETE", "/api/articles/" + id, null, null).status()).isEqualTo(204);
        assertThat(search("wombat").get("total").asInt()).isZero();
        assertThat(http.get("/api/articles/" + id).status()).isEqualTo(404);
        assertThat(http.send("DELETE", "/api/articles/" + id, null, null).status()).isEqualTo(404);
    }

    @Test
    void bulkReportsEachArticle() {
        String body = "{\"id\":\"okapi-1\",\"title_en\":\"Okapi sighting\",\"en\":\"An okapi was seen in Ituri.\"}\n"
                + "{\"id\":\"bad\",\"title_en\":\"\"}\n"
                + "{\"id\":\"pangolin-1\",\"title_en\":\"Pangolin rescue\",\"en\":\"A pangolin was rescued.\","
                + "\"keywords\":[\"" + OpenSearchWriteTest.IMMENSE_AFTER_NORMALIZATION + "\"]}\n"
                + "{\"id\":\"narwhal-1\",\"title_en\":\"Narwhal\",\"en\":\"A narwhal was spotted.\"}\n";
        NbHttp.Response r = http.send("POST", "/api/articles/bulk", "application/x-ndjson", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).hasSize(4);
        assertThat(r.json().get(0).get("status").asInt()).isEqualTo(201);
        assertThat(r.json().get(1).get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get(2).get("status").asInt()).isEqualTo(400); // rejected by the cluster
        assertThat(r.json().get(2).get("error").asText()).contains("OpenSearch rejected");
        assertThat(r.json().get(3).get("status").asInt()).isEqualTo(201);
        assertThat(search("okapi OR narwhal OR pangolin").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void cursorPagingWalksEveryHitOnce() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 23; i++) {
            body.append("{\"id\":\"walk-").append(i).append("\",\"title_en\":\"Walk ").append(i)
                    .append("\",\"en\":\"A cursor walk article.\",\"date\":\"2024-03-").append(10 + i % 5).append("\"}\n");
        }
        assertThat(http.send("POST", "/api/articles/bulk", "application/x-ndjson", body.toString()).status()).isEqualTo(200);
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            NbHttp.Response r = http.get("/api/search?q=cursor&sort=date&size=5"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().get("hits").forEach(h -> assertThat(seen.add(h.get("id").asText())).isTrue());
            cursor = r.json().has("nextCursor") ? r.json().get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).hasSize(23);
        assertThat(pages).isEqualTo(5);
        assertThat(http.get("/api/search?q=other&sort=date&size=5&cursor=" + http.get("/api/search?q=cursor&sort=date&size=5")
                .json().get("nextCursor").asText()).status()).isEqualTo(400);
        assertThat(http.get("/api/search?q=cursor&cursor=garbage").status()).isEqualTo(400);
    }
}
