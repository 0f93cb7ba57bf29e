package com.newsbridge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.TestCorpus;
import com.newsbridge.security.TestKeys;
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
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real NewsBridge server on a free port over the fixture corpus, with a small HTTP client for tests. Register it as
 * a static {@code @RegisterExtension} field: it starts before the class's first test, in a temporary folder of its
 * own, and stops (and deletes the folder) after the last.
 */
final class ApiTestServer implements BeforeAllCallback, AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    NewsBridgeServer server;
    private Path folder;
    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("newsbridge-api-test");
        Path index = index();
        // writes need a key (SECURITY.md): the server accepts the test key and send() presents it
        server = NewsBridgeServer.start(TestCorpus.write(folder.resolve("corpus")), index, "127.0.0.1", 0,
                NewsBridgeServer.defaultBackupFolder(index), TestKeys.config());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The index folder of the server. */
    Path index() {
        return folder.resolve("index");
    }

    /** A response with its parsed JSON body (or null when the body is not JSON). */
    record Response(int status, String contentType, String body, JsonNode json) {
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    Response send(HttpRequest request) {
        if (request.headers().firstValue("Authorization").isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", TestKeys.AUTHORIZATION).build();
        }
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("content-type").orElse("");
            JsonNode json = null;
            if (type.startsWith("application/json")) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), type, r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
