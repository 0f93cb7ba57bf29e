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
import java.nio.file.Path;

/** A real NewsBridge server on a free port over the fixture corpus, with a small HTTP client for tests. */
final class ApiTestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final NewsBridgeServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiTestServer(Path tmp) {
        Path index = tmp.resolve("index");
        // writes need a key (SECURITY.md): the server accepts the test key and send() presents it
        server = NewsBridgeServer.start(TestCorpus.write(tmp.resolve("corpus")), index, "127.0.0.1", 0,
                NewsBridgeServer.defaultBackupFolder(index), TestKeys.config());
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

    @Override
    public void close() {
        server.close();
    }
}
