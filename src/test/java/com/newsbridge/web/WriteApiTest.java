package com.newsbridge.web;

import static com.newsbridge.web.ApiTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.ingest.ArticleIds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The write API: {@code POST/PUT/DELETE /api/articles}, {@code POST /api/articles/bulk}, {@code POST /api/admin/backup}. */
class WriteApiTest {

    @RegisterExtension
    static final ApiTestServer api = new ApiTestServer();

    static String textArticle(String token, String source) {
        return "关于" + token + "的中文报道。\n"
                + "Title: Report on " + token + "\n"
                + "Keywords: NASA, " + token + "\n"
                + "Date: 2024-03-05\n"
                + "News Content:\n"
                + "English text mentioning " + token + ".\n"
                + "【来源】" + source + "\n";
    }

    static ApiTestServer.Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return api.send(b.build());
    }

    static ApiTestServer.Response send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Polls a search until {@code condition} holds (at most 10 s: how fast writes show is NrtVisibilityTest's concern,
     * this one only needs them to show, on a machine that may be busy); returns the last response.
     */
    static JsonNode awaitSearch(String query, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode json;
        do {
            json = api.get("/api/search?" + query).json();
            if (condition.test(json)) {
                return json;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return json;
    }

    @Test
    void postTextArticleIs201WithIdAndLocationAndBecomesSearchable() throws Exception {
        String source = "https://write.test/text/1";
        ApiTestServer.Response r = send("POST", "/api/articles", "text/plain; charset=utf-8",
                textArticle("quokkatoken", source));
        String id = ArticleIds.fromSource(source);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().toString()).isEqualTo("{\"id\":\"" + id + "\"}");
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/articles")).POST(HttpRequest.BodyPublishers.ofString(
                textArticle("quokkatoken", source))).header("Content-Type", "text/plain").build()).status()).isEqualTo(201);
        JsonNode found = awaitSearch("q=quokkatoken", j -> j.get("total").asInt() == 1);
        assertThat(found.get("total").asInt()).isEqualTo(1); // posted twice, stored once
        assertThat(found.at("/hits/0/id").asText()).isEqualTo(id);
        ApiTestServer.Response article = api.get("/api/articles/" + id);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.json().at("/title/en").asText()).isEqualTo("Report on quokkatoken");
        assertThat(article.json().get("published").asText()).isEqualTo("2024-03-05");
    }

    @Test
    void locationHeaderPointsAtTheArticle() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/api/articles"))
                .header("Content-Type", "text/plain").header("Authorization", com.newsbridge.security.TestKeys.AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(textArticle("wombattoken", "https://write.test/text/loc")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location"))
                .hasValue("/api/articles/" + ArticleIds.fromSource("https://write.test/text/loc"));
    }

    @Test
    void postJsonArticleIs201AndFacetsCountIt() throws Exception {
        String body = "{\"title_en\":\"Koala census\",\"en\":\"The koalatoken census counted many koalas.\","
                + "\"keywords\":[\"KoalaKeyword\"],\"source\":\"https://write.test/json/1\",\"date\":\"2024-05-06\","
                + "\"views\":12}";
        ApiTestServer.Response r = send("POST", "/api/articles", "application/json", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("id").asText()).isEqualTo(ArticleIds.fromSource("https://write.test/json/1"));
        JsonNode found = awaitSearch("q=koalatoken", j -> j.get("total").asInt() == 1);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        // whichever facet the entity typer files the keyword under
        assertThat(found.get("facets").toString()).contains("{\"value\":\"KoalaKeyword\",\"label\":\"KoalaKeyword\",\"count\":1}");
    }

    @Test
    void invalidTextArticleIs400NamingTheLine() {
        ApiTestServer.Response r = send("POST", "/api/articles", "text/plain",
                "Title: Bad date\nDate: 2024-02-31\nNews Content:\ntext\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("bad_article");
        assertThat(r.json().get("message").asText()).startsWith("request body:2: invalid date '2024-02-31'");

        r = send("POST", "/api/articles", "text/plain", "");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).isEqualTo("request body: empty file");
    }

    @Test
    void invalidJsonArticleIs400() {
        ApiTestServer.Response r = send("POST", "/api/articles", "application/json", "{\"title_en\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).startsWith("request body: invalid JSON");

        r = send("POST", "/api/articles", "application/json", "{\"views\": 3}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("no English or Chinese text");

        r = send("POST", "/api/articles", "application/json", "{\"en\":\"x\",\"id\":\"../etc\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("id may only contain");
    }

    @Test
    void otherContentTypesAre415() {
        ApiTestServer.Response r = send("POST", "/api/articles", "application/xml", "<a/>");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().get("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(send("POST", "/api/articles/bulk", "image/png", "x").status()).isEqualTo(415);
    }

    @Test
    void gb18030TextIsDetectedAndExplicitCharsetsAreHonoured() throws Exception {
        Charset gb = Charset.forName("GB18030");
        String text = textArticle("丹顶鹤保护", "https://write.test/gb/1");
        assertThat(send("POST", "/api/articles", "text/plain", text.getBytes(gb)).status()).isEqualTo(201);
        text = textArticle("大熊猫繁育", "https://write.test/gb/2");
        assertThat(send("POST", "/api/articles", "text/plain; charset=GB18030", text.getBytes(gb)).status()).isEqualTo(201);
        JsonNode found = awaitSearch("q=" + enc("大熊猫繁育"), j -> j.get("total").asInt() == 1);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/articles/" + ArticleIds.fromSource("https://write.test/gb/1")).json().at("/title/zh")
                .asText()).isEqualTo("关于丹顶鹤保护的中文报道");
    }

    @Test
    void putReplacesTheArticleWithTheSameSource() throws Exception {
        String source = "https://write.test/put/1";
        String id = ArticleIds.fromSource(source);
        assertThat(send("POST", "/api/articles", "text/plain", textArticle("firstversiontoken", source)).status())
                .isEqualTo(201);
        ApiTestServer.Response r = send("PUT", "/api/articles/" + id, "text/plain", textArticle("secondversiontoken", source));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(id);
        assertThat(awaitSearch("q=secondversiontoken", j -> j.get("total").asInt() == 1).get("total").asInt()).isEqualTo(1);
        assertThat(awaitSearch("q=firstversiontoken", j -> j.get("total").asInt() == 0).get("total").asInt()).isZero();
    }

    @Test
    void putWhoseBodyNamesAnotherArticleIs400() {
        ApiTestServer.Response r = send("PUT", "/api/articles/0123456789abcdef", "text/plain",
                textArticle("mismatch", "https://write.test/put/other"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("id_mismatch");
        assertThat(r.json().get("message").asText()).contains("from its source line").contains("0123456789abcdef");

        r = send("PUT", "/api/articles/0123456789abcdef", "application/json", "{\"id\":\"other-id\",\"en\":\"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("from its id field");

        r = send("PUT", "/api/articles/bad%20id", "application/json", "{\"en\":\"x\"}");
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void putOfAnArticleWithoutSourceOrIdUsesThePathId() throws Exception {
        ApiTestServer.Response r = send("PUT", "/api/articles/my-note-1", "application/json",
                "{\"title_en\":\"Note\",\"en\":\"An unsourced platypustoken note.\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo("my-note-1");
        r = send("PUT", "/api/articles/my-note-1", "text/plain", "Title: Note\nNews Content:\nEdited platypustoken note.\n");
        assertThat(r.status()).isEqualTo(200);
        JsonNode found = awaitSearch("q=platypustoken", j -> j.get("total").asInt() == 1
                && j.at("/hits/0/snippet/en").asText().contains("Edited"));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.at("/hits/0/id").asText()).isEqualTo("my-note-1");
    }

    @Test
    void deleteIs204ThenTheArticleIsGoneAnd404() throws Exception {
        String source = "https://write.test/delete/1";
        String id = ArticleIds.fromSource(source);
        assertThat(send("POST", "/api/articles", "text/plain", textArticle("deletemetoken", source)).status()).isEqualTo(201);
        assertThat(awaitSearch("q=deletemetoken", j -> j.get("total").asInt() == 1).get("total").asInt()).isEqualTo(1);
        assertThat(send("DELETE", "/api/articles/" + id, null, (String) null).status()).isEqualTo(204);
        ApiTestServer.Response again = send("DELETE", "/api/articles/" + id, null, (String) null);
        assertThat(again.status()).isEqualTo(404); // exact right away, even before the searchers show the deletion
        assertThat(again.json().get("error").asText()).isEqualTo("not_found");
        assertThat(awaitSearch("q=deletemetoken", j -> j.get("total").asInt() == 0).get("total").asInt()).isZero();
        assertThat(api.get("/api/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void deleteOfAnUnknownOrMalformedIdIs404() {
        assertThat(send("DELETE", "/api/articles/0000000000000000", null, (String) null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/articles/a%20b", null, (String) null).status()).isEqualTo(404);
    }

    @Test
    void bulkJsonLinesReportsEveryItemByPositionAndStoresTheGoodOnes() throws Exception {
        String body = "{\"title_en\":\"Bulk one\",\"en\":\"bulkjsontoken one\",\"source\":\"https://write.test/bulk/j1\"}\n"
                + "{\"title_en\":\"Bulk two\",\"date\":\"05/06/2024\"}\n"
                + "\n"
                + "not json at all\n"
                + "{\"title_en\":\"Bulk three\",\"en\":\"bulkjsontoken three\",\"source\":\"https://write.test/bulk/j3\"}\n";
        ApiTestServer.Response r = send("POST", "/api/articles/bulk", "application/x-ndjson", body);
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json();
        assertThat(items).hasSize(4);
        assertThat(items.get(0).toString()).isEqualTo("{\"index\":0,\"status\":201,\"id\":\""
                + ArticleIds.fromSource("https://write.test/bulk/j1") + "\"}");
        assertThat(items.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(items.get(1).get("error").asText()).isEqualTo("line 2: invalid date '05/06/2024' (expected YYYY-MM-DD)");
        assertThat(items.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(items.get(2).get("status").asInt()).isEqualTo(400);
        assertThat(items.get(2).get("error").asText()).startsWith("line 4: invalid JSON");
        assertThat(items.get(3).get("status").asInt()).isEqualTo(201);
        assertThat(awaitSearch("q=bulkjsontoken", j -> j.get("total").asInt() == 2).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void bulkJsonArrayIsAccepted() {
        ApiTestServer.Response r = send("POST", "/api/articles/bulk", "application/json",
                "[{\"en\":\"array item\",\"source\":\"https://write.test/bulk/a1\"},{\"en\":5}]");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get(0).get("status").asInt()).isEqualTo(201);
        assertThat(r.json().get(1).get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get(1).get("error").asText()).isEqualTo("item 1: field 'en' must be a string");
    }

    @Test
    void bulkTextArticlesAreSeparatedByDashLinesOrFormFeeds() throws Exception {
        String body = textArticle("bulktexttoken", "https://write.test/bulk/t1")
                + "---\n"
                + "Title: Broken\nViews: many\n"
                + "---\n"
                + textArticle("bulktexttoken", "https://write.test/bulk/t2")
                + "\f"
                + textArticle("bulktexttoken", "https://write.test/bulk/t3")
                + "---\n";
        ApiTestServer.Response r = send("POST", "/api/articles/bulk", "text/plain; charset=utf-8", body);
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json();
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(items.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(items.get(1).get("line").asInt()).isEqualTo(10); // the Views: line, counted in the whole body
        assertThat(items.get(1).get("error").asText()).startsWith("line 10: invalid view count 'many'");
        assertThat(items.get(2).get("id").asText()).isEqualTo(ArticleIds.fromSource("https://write.test/bulk/t2"));
        assertThat(items.get(3).get("id").asText()).isEqualTo(ArticleIds.fromSource("https://write.test/bulk/t3"));
        assertThat(awaitSearch("q=bulktexttoken", j -> j.get("total").asInt() == 3).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void bulkWithTheSameIdTwiceKeepsTheLastOne() throws Exception {
        String body = "{\"en\":\"dupbulktoken early\",\"source\":\"https://write.test/bulk/dup\"}\n"
                + "{\"en\":\"dupbulktoken late\",\"source\":\"https://write.test/bulk/dup\"}\n";
        ApiTestServer.Response r = send("POST", "/api/articles/bulk", "application/json", body);
        assertThat(r.json().get(0).get("status").asInt()).isEqualTo(201);
        assertThat(r.json().get(1).get("status").asInt()).isEqualTo(201);
        JsonNode found = awaitSearch("q=dupbulktoken", j -> j.get("total").asInt() == 1);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.at("/hits/0/snippet/en").asText()).contains("late");
    }

    @Test
    void emptyBulkIsAnEmptyList() {
        ApiTestServer.Response r = send("POST", "/api/articles/bulk", "application/json", "\n\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo("[]");
    }

    @Test
    void oversizedTermIs400NotA500() {
        String huge = "x".repeat(40_000);
        ApiTestServer.Response r = send("POST", "/api/articles", "application/json",
                "{\"en\":\"text\",\"keywords\":[\"" + huge + "\"],\"source\":\"https://write.test/huge\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("cannot be indexed");
    }

    @Test
    void backupEndpointWritesASnapshotAndReportsIt() throws Exception {
        ApiTestServer.Response r = send("POST", "/api/admin/backup", null, (String) null);
        assertThat(r.status()).isEqualTo(201);
        Path path = Path.of(r.json().get("path").asText());
        assertThat(path.getParent()).isEqualTo(NewsBridgeServer.defaultBackupFolder(api.index()));
        assertThat(path.getFileName().toString()).startsWith("backup-");
        assertThat(r.json().get("documents").asInt()).isGreaterThanOrEqualTo(6);
        try (var files = Files.list(path)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("segments_"));
        }
    }

    @Test
    void writeRoutesOnlyAcceptTheirMethods() {
        assertThat(send("PATCH", "/api/articles/x", "application/json", "{}").status()).isIn(404, 405);
        assertThat(api.get("/api/admin/backup").status()).isIn(404, 405);
    }
}
