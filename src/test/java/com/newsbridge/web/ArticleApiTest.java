package com.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.ingest.ArticleIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/articles/{id}} against a real server. */
class ArticleApiTest {

    static final String SEED = ArticleIds.fromSource("http://www.chinanews.com/gj/2024/01-10/10143414.shtml");

    @RegisterExtension
    static final ApiTestServer api = new ApiTestServer();

    @Test
    void returnsTheWholeArticleWithTypedEntities() {
        ApiTestServer.Response r = api.get("/api/articles/" + SEED);
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.fieldNames()).toIterable().containsExactly("id", "title", "text", "url", "source", "published",
                "views", "keywords", "people", "organizations", "places", "entities");
        assertThat(a.get("id").asText()).isEqualTo(SEED);
        assertThat(a.at("/text/zh").asText()).startsWith("中共中央对外联络部部长刘建超").endsWith("作出贡献。");
        assertThat(a.at("/text/en").asText()).startsWith("Liu Jianchao, Minister").endsWith("prosperity.");
        assertThat(a.at("/text/en").asText().split("\n")).hasSize(4);
        assertThat(a.get("keywords").toString()).isEqualTo(
                "[\"Liu Jianchao\",\"Antonio Guterres\",\"UN\",\"cooperation\",\"global civilization initiative\"]");
        assertThat(a.get("people").toString()).isEqualTo("[\"Liu Jianchao\",\"Antonio Guterres\"]");
        assertThat(a.get("organizations").toString()).isEqualTo("[\"UN\"]");
        assertThat(a.get("places").toString()).isEqualTo("[]");
        assertThat(a.get("entities").toString()).isEqualTo("["
                + "{\"name\":\"Liu Jianchao\",\"type\":\"person\",\"en\":\"Liu Jianchao\",\"zh\":\"刘建超\"},"
                + "{\"name\":\"Antonio Guterres\",\"type\":\"person\",\"en\":\"Antonio Guterres\",\"zh\":\"古特雷斯\"},"
                + "{\"name\":\"UN\",\"type\":\"organization\",\"en\":\"UN\",\"zh\":\"联合国\"},"
                + "{\"name\":\"cooperation\",\"type\":\"topic\",\"en\":\"cooperation\",\"zh\":null},"
                + "{\"name\":\"global civilization initiative\",\"type\":\"topic\",\"en\":\"global civilization initiative\",\"zh\":null}]");
    }

    @Test
    void unknownIdIs404WithJson() {
        ApiTestServer.Response r = api.get("/api/articles/0000000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
        assertThat(r.json().get("message").asText()).isEqualTo("no article with id '0000000000000000'");
    }

    @Test
    void malformedIdsAre404AndNeverEscape() {
        for (String id : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%00b"}) {
            ApiTestServer.Response r = api.get("/api/articles/" + id);
            assertThat(r.status()).as(id).isIn(400, 404);
            assertThat(r.body()).doesNotContain("root:");
        }
    }
}
