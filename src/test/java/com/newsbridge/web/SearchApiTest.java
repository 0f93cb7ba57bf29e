package com.newsbridge.web;

import static com.newsbridge.web.ApiTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.ingest.ArticleIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/search} against a real server. */
class SearchApiTest {

    static final String SEED = ArticleIds.fromSource("http://www.chinanews.com/gj/2024/01-10/10143414.shtml");

    @RegisterExtension
    static final ApiTestServer api = new ApiTestServer();

    static List<String> ids(JsonNode json) {
        List<String> ids = new ArrayList<>();
        json.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void answersTheDocumentedJsonShape() {
        ApiTestServer.Response r = api.get("/api/search?q=" + enc("刘建超"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode json = r.json();
        assertThat(json.fieldNames()).toIterable().containsExactly("total", "tookMs", "page", "size", "hits", "facets");
        assertThat(json.get("total").asLong()).isEqualTo(1);
        assertThat(json.get("page").asInt()).isEqualTo(1);
        assertThat(json.get("size").asInt()).isEqualTo(10);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().containsExactly("id", "score", "title", "snippet", "url", "published",
                "views", "keywords", "people", "organizations", "places");
        assertThat(hit.get("id").asText()).isEqualTo(SEED);
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.at("/title/en").asText()).isEqualTo(
                "Chinese official meets UN chief to discuss cooperation, global civilization initiative");
        assertThat(hit.at("/title/zh").asText()).isEqualTo("中共中央对外联络部部长刘建超于1月9日在纽约联合国总部会见了联合国秘书长古特雷斯");
        assertThat(hit.at("/snippet/zh").asText()).contains("<mark>刘建超</mark>");
        // the Chinese name is also searched as its pinyin in English text, so the English snippet marks it too
        assertThat(hit.at("/snippet/en").asText()).startsWith("<mark>Liu Jianchao</mark>, Minister");
        assertThat(hit.get("url").asText()).isEqualTo("http://www.chinanews.com/gj/2024/01-10/10143414.shtml");
        assertThat(hit.get("published").asText()).isEqualTo("2024-01-10");
        assertThat(hit.get("views").asLong()).isEqualTo(1);
        assertThat(hit.get("keywords")).hasSize(5);
        assertThat(hit.get("people").toString()).isEqualTo("[\"Liu Jianchao\",\"Antonio Guterres\"]");
        assertThat(hit.get("organizations").toString()).isEqualTo("[\"UN\"]");
        assertThat(json.get("facets").fieldNames()).toIterable()
                .containsExactly("keywords", "people", "organizations", "places");
        assertThat(json.at("/facets/organizations").toString())
                .isEqualTo("[{\"value\":\"UN\",\"label\":\"UN · 联合国\",\"count\":1}]");
    }

    @Test
    void filtersByPersonInEitherLanguage() {
        String q = "/api/search?q=" + enc("Guterres");
        assertThat(api.get(q).json().get("total").asLong()).isEqualTo(3);
        assertThat(ids(api.get(q + "&person=" + enc("Liu Jianchao")).json())).containsExactly(SEED);
        assertThat(ids(api.get(q + "&person=" + enc("刘建超")).json())).containsExactly(SEED);
        assertThat(api.get(q + "&person=" + enc("Joe Biden")).json().get("total").asLong()).isZero();
        assertThat(api.get(q + "&person=" + enc("Liu Jianchao") + "&person=" + enc("Joe Biden")).json()
                .get("total").asLong()).isZero();
    }

    @Test
    void filtersByOrganizationKeywordDateAndLanguage() {
        assertThat(api.get("/api/search?org=UN").json().get("total").asLong()).isEqualTo(3);
        assertThat(api.get("/api/search?keyword=" + enc("climate change")).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/search?from=2023-01-01&to=2024-12-31").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/search?lang=en").json().get("total").asLong()).isEqualTo(6);
        assertThat(api.get("/api/search?lang=zh").json().get("total").asLong()).isEqualTo(5);
    }

    @Test
    void sortsAndPages() {
        JsonNode page2 = api.get("/api/search?sort=date&page=2&size=4").json();
        assertThat(page2.get("total").asLong()).isEqualTo(6);
        assertThat(page2.get("page").asInt()).isEqualTo(2);
        assertThat(page2.get("size").asInt()).isEqualTo(4);
        assertThat(page2.get("hits")).hasSize(2);
        JsonNode byViews = api.get("/api/search?sort=views&size=1").json();
        assertThat(byViews.at("/hits/0/views").asLong()).isEqualTo(9000);
    }

    @Test
    void rejectsBadParametersWith400AndAJsonMessage() {
        assertError(api.get("/api/search?q=" + enc("(unbalanced")), "bad_query", "Cannot parse query: ");
        assertError(api.get("/api/search?q=" + enc("\"open")), "bad_query", "Cannot parse query: ");
        assertError(api.get("/api/search?q=" + enc("nosuch:x")), "bad_query", "Cannot parse query: unknown field 'nosuch'");
        assertError(api.get("/api/search?size=1000"), "bad_request", "size must be between 1 and 100, got 1000");
        assertError(api.get("/api/search?page=abc"), "bad_request", "page must be an integer, got 'abc'");
        assertError(api.get("/api/search?from=2024-02-30"), "bad_request", "from must be a date YYYY-MM-DD");
        assertError(api.get("/api/search?from=2024-02-01&to=2024-01-01"), "bad_request", "from (2024-02-01) is after to");
        assertError(api.get("/api/search?lang=fr"), "bad_request", "lang must be zh or en, got 'fr'");
        assertError(api.get("/api/search?sort=random"), "bad_request", "sort must be relevance, date or views");
        assertError(api.get("/api/search?q=" + "a".repeat(1001)), "bad_query", "query is too long: 1001 characters");
    }

    static void assertError(ApiTestServer.Response r, String code, String messagePrefix) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().fieldNames()).toIterable().containsExactly("error", "message");
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("message").asText()).startsWith(messagePrefix);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
