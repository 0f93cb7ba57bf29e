package com.newsbridge.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for a NewsBridge server in the tests (with a timeout, so a hanging server fails the test). */
final class NbHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String writeKey;

    NbHttp(int port) {
        this(port, null);
    }

    /** @param writeKey sent as {@code Authorization: Bearer KEY} with POST, PUT and DELETE requests */
    NbHttp(int port, String writeKey) {
        this.port = port;
        this.writeKey = writeKey;
    }

    /** A response, its JSON body (or null) and how long it took. */
    record Response(int status, String body, JsonNode json, long millis) {
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    Response send(String method, String pathAndQuery, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (writeKey != null) {
            b.header("Authorization", "Bearer " + writeKey);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(b);
    }

    private Response send(HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            if (r.headers().firstValue("content-type").orElse("").startsWith("application/json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r.body(), json, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
