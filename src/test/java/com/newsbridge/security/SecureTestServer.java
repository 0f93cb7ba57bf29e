package com.newsbridge.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.TestCorpus;
import com.newsbridge.config.SecurityConfig;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.search.ArticleSearcher;
import com.newsbridge.web.NewsBridgeApp;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real NewsBridge app on a loopback port over the fixture corpus, with the given {@link SecurityConfig}, its access
 * log captured in {@link #log}, and small HTTP clients: {@link HttpClient} for well-formed requests and a raw socket
 * for requests no well-behaved client would send.
 */
public final class SecureTestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final NewsIndex index;
    public final Javalin javalin;
    public final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SecureTestServer(Path tmp, SecurityConfig config) {
        try {
            Path indexDir = tmp.resolve("index");
            boolean fresh = !Files.isDirectory(indexDir);
            index = NewsIndex.open(indexDir, EntityExtractor.bundled());
            if (fresh || index.count() == 0) {
                Path corpus = tmp.resolve("corpus");
                if (!Files.isDirectory(corpus)) {
                    TestCorpus.write(corpus);
                }
                new CorpusIndexer(index, 0, new PrintStream(OutputStream.nullOutputStream())).indexFolder(corpus);
            }
            javalin = new NewsBridgeApp(index, new ArticleSearcher(index, config.searchTimeBudget()),
                    tmp.resolve("backups"), config).accessLog(log::add).create();
            javalin.start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            throw e;
        }
    }

    /** A response with its parsed JSON body (null when the body is not JSON). */
    public record Response(int status, HttpHeaders headers, String body, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return headers.firstValue("content-type").orElse("");
        }
    }

    public int port() {
        return javalin.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public Response get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
    }

    public Response send(String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).method(method, publisher);
        if (body != null && body.length() > 64 * 1024) {
            // as curl does for large bodies: the server may refuse (401, 413) without reading the body, and a
            // client still sending it could see the connection reset instead of the answer
            builder.expectContinue(true);
        }
        return send(builder, headers);
    }

    public Response send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code request} as raw bytes (request line, headers, blank line, body) and parses the answer. */
    public Response raw(String request) {
        return parseRaw(rawText(request));
    }

    /** Sends {@code request} as raw bytes, half-closes the connection and returns everything the server answers. */
    public String rawText(String request) {
        return rawText(request, true);
    }

    /**
     * Sends {@code requests} (several may be pipelined; the last should say {@code Connection: close} when {@code
     * halfClose} is false) as raw bytes and returns everything the server answers until it closes the connection.
     */
    public String rawText(String request, boolean halfClose) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code requests} one after another on one keep-alive connection, each after the previous answer. */
    public List<Response> rawSequence(List<String> requests) {
        List<Response> responses = new java.util.ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            for (String request : requests) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                responses.add(parseRaw(readOneResponse(in)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return responses;
    }

    private static String readOneResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(headText);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (length.find()) {
            body.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (headText.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            while (!body.toString(StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                body.write(b);
            }
        }
        return headText + body.toString(StandardCharsets.UTF_8);
    }

    private static Response parseRaw(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("not an HTTP response: " + head);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).strip();
                String value = lines[i].substring(colon + 1).strip();
                headers.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
                chunked |= name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked");
            }
        }
        if (chunked) {
            body = dechunk(body);
        }
        return response(status, HttpHeaders.of(headers, (a, b) -> true), body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < body.length()) {
            int eol = body.indexOf("\r\n", pos);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(pos, eol).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            pos = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static Response response(int status, HttpHeaders headers, String body) {
        JsonNode json = null;
        if (headers.firstValue("content-type").orElse("").startsWith("application/json")) {
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("invalid JSON body for status " + status + ": " + body, e);
            }
        }
        return new Response(status, headers, body, json);
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        javalin.stop();
        index.close();
    }
}
