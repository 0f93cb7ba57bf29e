package com.newsbridge.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Shared helpers of the durability tests and the write benchmark: realistic articles and a small HTTP client. */
final class DurabilityFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private DurabilityFixtures() {
    }

    /** The bundled corpus (index-data/*.txt) as JSON article bodies without id or source. */
    static List<String> bundledJsonBodies() {
        ArticleParser parser = new ArticleParser();
        List<String> bodies = new ArrayList<>();
        for (Path file : CorpusReader.listArticleFiles(Path.of("index-data"))) {
            if (!file.toString().endsWith(".txt")) {
                continue;
            }
            try {
                Article a = parser.parse(Files.readAllBytes(file), file.toString());
                ObjectNode node = JSON.createObjectNode();
                node.put("title_en", a.titleEn());
                node.put("en", a.textEn());
                node.put("zh", a.textZh());
                node.putArray("keywords").addAll(a.keywords().stream().map(k -> JSON.getNodeFactory().textNode(k)).toList());
                if (a.published() != null) {
                    node.put("date", a.published().toString());
                }
                bodies.add(node.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    /** The first {@code max} lines of a JSON Lines corpus (e.g. from make_bench_corpus.py --format jsonl). */
    static List<String> jsonLines(Path file, int max) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).limit(max).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of a JSON article body that is a new article: source {@code http://test.newsbridge/TOKEN} (so its id is
     * new) and {@code token} appended to its English text and title (so it can be searched for).
     */
    static String variant(String jsonBody, String token) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(jsonBody);
            node.remove("id");
            node.put("source", "http://test.newsbridge/" + token);
            node.put("title_en", node.path("title_en").asText() + " " + token);
            node.put("en", node.path("en").asText() + "\n" + token);
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the count of facet value {@code value} in a search response's {@code facets}, whatever dimension the
     * entity typer put it in (person, organization, place or keyword), or 0 when absent.
     */
    static int facetCount(JsonNode facets, String value) {
        for (JsonNode values : facets) {
            for (JsonNode v : values) {
                if (v.get("value").asText().equals(value)) {
                    return v.get("count").asInt();
                }
            }
        }
        return 0;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort
        }
    }

    /** A blocking HTTP client for one server. */
    static final class Client {

        final String base;
        final HttpClient http;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        record Response(int status, String body) {
            JsonNode json() {
                try {
                    return JSON.readTree(body);
                } catch (IOException e) {
                    throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
                }
            }
        }

        Response send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", com.newsbridge.security.TestKeys.AUTHORIZATION); // writes need a key
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        }

        Response get(String path) throws IOException, InterruptedException {
            return send("GET", path, null, null);
        }

        /** POSTs a JSON article and returns its id; fails unless the answer is 201. */
        String postJson(String body) throws IOException, InterruptedException {
            Response r = send("POST", "/api/articles", "application/json", body);
            if (r.status() != 201) {
                throw new IllegalStateException("POST answered " + r.status() + ": " + r.body());
            }
            return r.json().get("id").asText();
        }

        /** DELETEs an article; returns the status. */
        int delete(String id) throws IOException, InterruptedException {
            return send("DELETE", "/api/articles/" + id, null, null).status();
        }

        /** Returns the {@code total} of {@code /api/search?QUERY}. */
        long total(String query) throws IOException, InterruptedException {
            Response r = get("/api/search?" + query);
            if (r.status() != 200) {
                throw new IllegalStateException("search answered " + r.status() + ": " + r.body());
            }
            return r.json().get("total").asLong();
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
