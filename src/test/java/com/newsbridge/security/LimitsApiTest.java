package com.newsbridge.security;

import static com.newsbridge.security.SecureTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.config.SecurityConfig;
import com.newsbridge.search.ArticleSearcher;
import com.newsbridge.search.NewsQueryParser;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit answers a clear JSON error (400 or 413), never a 500; deep results are reachable with a cursor. */
class LimitsApiTest {

    static final String KEY = "limits-key-0123456789abcdef";

    @TempDir
    static Path tmp;
    static SecureTestServer api;

    @BeforeAll
    static void start() {
        api = new SecureTestServer(tmp, SecurityConfig.defaults().withWriteKeys(List.of(KEY)).withSizeLimits(64 * 1024,
                16 * 1024));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static void assertError(SecureTestServer.Response r, int status, String code, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().fieldNames()).toIterable().containsExactly("error", "message");
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("message").asText()).contains(messagePart);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "x".repeat(64 * 1024 + 1);
        assertError(api.send("POST", "/api/articles/bulk", big, "Authorization", "Bearer " + KEY), 413,
                "payload_too_large", "limit is 65536 bytes");
        // an anonymous client is turned away (401) before anything reads its body
        assertThat(api.send("POST", "/api/articles/bulk", big).status()).isIn(401, 413);
    }

    @Test
    void chunkedBodyOverTheLimitIsNotA500() {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri("/api/articles/bulk"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        try {
            SecureTestServer.Response r = api.send(b, "Authorization", "Bearer " + KEY, "Content-Type",
                    "application/json");
            assertThat(r.status()).as(r.body()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/json");
        } catch (java.io.UncheckedIOException closed) {
            // a body with no declared length is cut off at the limit: the server answers 413 and closes the
            // connection with the rest unread, and a client still sending may see the reset before the answer
            assertThat(closed.getCause()).isInstanceOf(java.io.IOException.class);
        }
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void singleArticleOverTheArticleLimitIs413() {
        String article = "{\"title_en\":\"" + "a".repeat(16 * 1024) + "\"}";
        assertError(api.send("POST", "/api/articles", article, "Authorization", "Bearer " + KEY, "Content-Type",
                "application/json"), 413, "article_too_large", "limit is 16384 bytes per article");
        assertError(api.send("PUT", "/api/articles/0123456789abcdef", article, "Authorization", "Bearer " + KEY,
                "Content-Type", "application/json"), 413, "article_too_large", "per article");
    }

    @Test
    void bulkItemsOverTheArticleLimitFailAlone() {
        String small = "{\"title_en\":\"Small\",\"en\":\"fits\",\"source\":\"https://t.test/small\"}";
        String big = "{\"title_en\":\"Big\",\"en\":\"" + "b".repeat(20 * 1024) + "\",\"source\":\"https://t.test/big\"}";
        SecureTestServer.Response r = api.send("POST", "/api/articles/bulk", small + "\n" + big + "\n",
                "Authorization", "Bearer " + KEY, "Content-Type", "application/x-ndjson");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get(0).get("status").asInt()).isEqualTo(201);
        assertThat(r.json().get(1).get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get(1).get("error").asText()).contains("the limit is 16384 bytes per article");
        String text = "中文。\nTitle: Big\nNews Content:\n" + "word ".repeat(5000) + "\n";
        SecureTestServer.Response t = api.send("POST", "/api/articles/bulk", text, "Authorization", "Bearer " + KEY,
                "Content-Type", "text/plain");
        assertThat(t.json().get(0).get("error").asText()).contains("per article");
    }

    @Test
    void chunkedSingleArticleOverTheLimitIs413() {
        byte[] big = ("{\"en\":\"" + "c".repeat(40 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        try {
            SecureTestServer.Response r = api.send(b, "Authorization", "Bearer " + KEY, "Content-Type",
                    "application/json");
            assertThat(r.status()).as(r.body()).isEqualTo(413);
            assertThat(r.contentType()).startsWith("application/json");
        } catch (java.io.UncheckedIOException closed) {
            // cut off at the limit with the rest unread: the client may see the reset before the answer
            assertThat(closed.getCause()).isInstanceOf(java.io.IOException.class);
        }
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void queryLengthIsLimited() {
        assertError(api.get("/api/search?q=" + "a".repeat(NewsQueryParser.MAX_QUERY_LENGTH + 1)), 400, "bad_query",
                "query is too long");
    }

    @Test
    void clauseCountIsLimited() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < NewsQueryParser.MAX_CLAUSES; i++) {
            q.append("w").append(i).append(' ');
        }
        assertThat(api.get("/api/search?q=" + enc(q.toString())).status()).isEqualTo(200);
        assertError(api.get("/api/search?q=" + enc(q + "one more")), 400, "bad_query", "too many terms (at most 64");
        assertError(api.get("/api/search?q=" + enc("a OR ".repeat(70) + "b")), 400, "bad_query", "too many terms");
    }

    @Test
    void expensiveTermsAreRejectedWithAMessage() {
        assertError(api.get("/api/search?q=" + enc("*term")), 400, "bad_query", "wildcard");
        assertError(api.get("/api/search?q=" + enc("a*")), 400, "bad_query", "too short");
        assertError(api.get("/api/search?q=" + enc("a?c")), 400, "bad_query", "at least 2 letters before");
        assertError(api.get("/api/search?q=" + enc("ab*c*d*e*f*g")), 400, "bad_query", "too many wildcards");
        assertError(api.get("/api/search?q=" + enc("ab~")), 400, "bad_query", "fuzzy term");
        assertError(api.get("/api/search?q=" + enc("climate^999999")), 400, "bad_query", "boost");
        assertError(api.get("/api/search?q=" + enc("climate^99999999999999999999999999999999999999999")), 400,
                "bad_query", "");
        assertError(api.get("/api/search?q=" + enc("(".repeat(40) + "a" + ")".repeat(40))), 400, "bad_query",
                "nested too deeply");
        assertError(api.get("/api/search?q=" + enc("/reg.*ex/")), 400, "bad_query", "regular expression");
        assertError(api.get("/api/search?q=" + enc("title:[a TO z]")), 400, "bad_query", "range");
        // bounded forms still work
        assertThat(api.get("/api/search?q=" + enc("clim*")).status()).isEqualTo(200);
        assertThat(api.get("/api/search?q=" + enc("Guteres~")).status()).isEqualTo(200);
        assertThat(api.get("/api/search?q=" + enc("climate^5")).status()).isEqualTo(200);
        assertThat(api.get("/api/search?q=" + enc("*:*")).status()).isEqualTo(200);
    }

    @Test
    void filterCountIsLimited() {
        StringBuilder p = new StringBuilder("/api/search?q=UN");
        for (int i = 0; i <= ArticleSearcher.MAX_FILTERS; i++) {
            p.append("&person=p").append(i);
        }
        assertError(api.get(p.toString()), 400, "bad_request", "too many filters");
    }

    @Test
    void pageSizeAndDepthAreLimited() {
        assertError(api.get("/api/search?size=101"), 400, "bad_request", "size must be between 1 and 100");
        assertError(api.get("/api/search?size=0"), 400, "bad_request", "size must be between 1 and 100");
        assertError(api.get("/api/search?page=101&size=100"), 400, "bad_request", "page * size must be at most 10000");
        assertError(api.get("/api/search?page=2147483647&size=100"), 400, "bad_request", "page * size");
        assertError(api.get("/api/search?page=0"), 400, "bad_request", "page must be at least 1");
        assertError(api.get("/api/search?page=99999999999"), 400, "bad_request", "page must be an integer");
    }

    @Test
    void cursorPagingWalksEveryHitOnceInOrder() {
        for (String sort : List.of("relevance", "date", "views")) {
            String base = "/api/search?q=" + enc("UN OR climate OR 火星 OR Mars OR markup") + "&sort=" + sort;
            JsonNode all = api.get(base + "&size=100").json();
            List<String> expected = new ArrayList<>();
            all.get("hits").forEach(h -> expected.add(h.get("id").asText()));
            assertThat(expected).hasSizeGreaterThan(2);
            assertThat(all.has("nextCursor")).isFalse();

            List<String> walked = new ArrayList<>();
            String cursor = null;
            for (int guard = 0; guard < 20; guard++) {
                JsonNode page = api.get(base + "&size=2" + (cursor == null ? "" : "&cursor=" + enc(cursor))).json();
                assertThat(page.get("total").asLong()).isEqualTo(expected.size());
                page.get("hits").forEach(h -> walked.add(h.get("id").asText()));
                if (!page.has("nextCursor")) {
                    break;
                }
                cursor = page.get("nextCursor").asText();
                assertThat(cursor).matches("[A-Za-z0-9_-]+");
            }
            assertThat(walked).as(sort).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void pagePagingAlsoOffersTheNextCursor() {
        JsonNode first = api.get("/api/search?sort=date&size=2").json();
        assertThat(first.has("nextCursor")).isTrue();
        JsonNode viaCursor = api.get("/api/search?sort=date&size=2&cursor=" + enc(first.get("nextCursor").asText())).json();
        JsonNode viaPage = api.get("/api/search?sort=date&size=2&page=2").json();
        assertThat(viaCursor.get("hits").toString()).isEqualTo(viaPage.get("hits").toString());
        // other tests of this class write articles, which become visible within ~100 ms: take the last page of a
        // response whose own total says it is the last
        long total = first.get("total").asLong();
        JsonNode last = api.get("/api/search?sort=date&size=1&page=" + total).json();
        for (int attempt = 0; attempt < 20 && last.get("total").asLong() != total; attempt++) {
            total = last.get("total").asLong();
            last = api.get("/api/search?sort=date&size=1&page=" + total).json();
        }
        assertThat(last.get("total").asLong()).isEqualTo(total);
        assertThat(last.get("hits")).hasSize(1);
        assertThat(last.has("nextCursor")).as("the last page offers no cursor").isFalse();
        assertThat(api.get("/api/search?sort=date&size=1&page=" + (total - 1)).json().has("nextCursor")).isTrue();
    }

    @Test
    void badCursorsAre400() {
        String good = api.get("/api/search?q=UN&size=1").json().get("nextCursor").asText();
        assertError(api.get("/api/search?q=UN&size=1&cursor=" + enc("not a cursor!")), 400, "bad_request",
                "invalid cursor");
        assertError(api.get("/api/search?q=UN&size=1&cursor=" + good.substring(0, good.length() - 4)), 400,
                "bad_request", "invalid cursor");
        assertError(api.get("/api/search?q=UN&size=1&cursor=" + "A".repeat(300)), 400, "bad_request",
                "invalid cursor");
        assertError(api.get("/api/search?q=climate&size=1&cursor=" + good), 400, "bad_request",
                "cursor belongs to another query");
        assertError(api.get("/api/search?q=UN&size=1&sort=date&cursor=" + good), 400, "bad_request",
                "cursor belongs to another query");
        assertError(api.get("/api/search?q=UN&size=1&page=2&cursor=" + good), 400, "bad_request",
                "page and cursor cannot be combined");
        // a tampered cursor: flip bits in the sort values and document number
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(good);
        for (int i = 18; i < bytes.length; i++) {
            byte[] copy = bytes.clone();
            copy[i] ^= (byte) 0xFF;
            String tampered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
            SecureTestServer.Response r = api.get("/api/search?q=UN&size=1&cursor=" + tampered);
            assertThat(r.status()).as("byte " + i).isIn(200, 400);
        }
    }
}
