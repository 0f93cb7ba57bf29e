package com.newsbridge.durability;

import com.newsbridge.index.NewsIndex;
import com.newsbridge.web.NewsBridgeServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures write throughput of the HTTP write API under both durability modes, and the visibility delay. Not a test:
 * run it by hand (see DURABILITY.md):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.newsbridge.durability.WriteBenchmark \
 *     [seconds] [modes: wal,commit] [articles.jsonl or -] [index to start from]
 * </pre>
 *
 * Every configuration runs on a fresh index in a temporary folder (empty, or a copy of the given index): a warm-up
 * of 2 s, then {@code seconds} of measurement. Articles are variants of the bundled corpus or of the first 2,000
 * articles of a JSON Lines file (make_bench_corpus.py --format jsonl), each with a new source URL, so every write
 * adds an article.
 */
public final class WriteBenchmark {

    /** An index copied as the starting point of every run, or null to start empty. */
    private static Path baseIndex;

    private WriteBenchmark() {
    }

    private static Path freshIndex(Path tmp) throws java.io.IOException {
        Path index = tmp.resolve("index");
        if (baseIndex != null) {
            Files.createDirectories(index);
            try (var files = Files.list(baseIndex)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
                        Files.copy(f, index.resolve(f.getFileName()));
                    }
                }
            }
        }
        return index;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        String modes = args.length > 1 ? args[1] : "wal,commit";
        List<String> corpus = args.length > 2 && !args[2].equals("-")
                ? DurabilityFixtures.jsonLines(Path.of(args[2]), 2000) : DurabilityFixtures.bundledJsonBodies();
        baseIndex = args.length > 3 ? Path.of(args[3]) : null;
        System.out.printf(Locale.ROOT, "cores %d, %d s per run, %d distinct base articles (%s), starting index: %s%n",
                Runtime.getRuntime().availableProcessors(), seconds, corpus.size(),
                args.length > 2 ? args[2] : "bundled corpus", baseIndex == null ? "empty" : baseIndex);
        for (String mode : modes.split(",")) {
            System.setProperty(NewsIndex.Durability.PROPERTY, mode);
            for (int clients : new int[] {1, 4, 16}) {
                run(mode, "single", clients, 1, seconds, corpus);
            }
            for (int clients : new int[] {1, 2}) {
                run(mode, "bulk100", clients, 100, seconds, corpus);
            }
            visibility(mode, corpus);
        }
    }

    private static void run(String mode, String kind, int clients, int batch, int seconds, List<String> corpus)
            throws Exception {
        Path tmp = Files.createTempDirectory("nb-bench");
        try (NewsBridgeServer server = NewsBridgeServer.start(null, freshIndex(tmp), "127.0.0.1", 0, null,
                com.newsbridge.security.TestKeys.config())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicLong seq = new AtomicLong();
            AtomicLong acked = new AtomicLong();
            AtomicInteger errors = new AtomicInteger();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            String base = "http://127.0.0.1:" + server.port();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        StringBuilder body = new StringBuilder();
                        for (int i = 0; i < batch; i++) {
                            long n = seq.incrementAndGet();
                            body.append(DurabilityFixtures.variant(corpus.get((int) (n % corpus.size())),
                                    "bench-" + mode + "-" + n)).append('\n');
                        }
                        String path = batch == 1 ? "/api/articles" : "/api/articles/bulk";
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json")
                                .header("Authorization", com.newsbridge.security.TestKeys.AUTHORIZATION)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            boolean ok = batch == 1 ? r.statusCode() == 201
                                    : r.statusCode() == 200 && !r.body().contains("\"status\":400");
                            if (!ok) {
                                if (errors.incrementAndGet() <= 3) {
                                    System.out.println("  error: " + r.statusCode() + " " + r.body());
                                }
                            } else if (measuring.get()) {
                                acked.addAndGet(batch);
                                latencies.add(System.nanoTime() - start);
                            }
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("  error: " + e);
                            }
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            Thread.sleep(2000);
            measuring.set(true);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            measuring.set(false);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT,
                    "%-6s %-8s clients %2d: %7.0f articles/s  (request latency p50 %.1f ms, p99 %.1f ms; %d errors; index %d)%n",
                    mode, kind, clients, acked.get() / elapsed, pct(sorted, 50), pct(sorted, 99), errors.get(),
                    server.index().count());
        } finally {
            DurabilityFixtures.deleteTree(tmp);
        }
    }

    /** Writes one article at a time and polls the search API until it is found; then the same for its deletion. */
    private static void visibility(String mode, List<String> corpus) throws Exception {
        Path tmp = Files.createTempDirectory("nb-bench");
        try (NewsBridgeServer server = NewsBridgeServer.start(null, freshIndex(tmp), "127.0.0.1", 0, null,
                com.newsbridge.security.TestKeys.config())) {
            DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.port());
            List<Double> add = new ArrayList<>();
            List<Double> del = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String token = "visibletoken" + mode + i;
                String id = client.postJson(DurabilityFixtures.variant(corpus.get(i % corpus.size()), token));
                long acked = System.nanoTime();
                while (client.total("q=" + token) != 1) {
                    Thread.sleep(2);
                }
                add.add((System.nanoTime() - acked) / 1e6);
                client.delete(id);
                acked = System.nanoTime();
                while (client.total("q=" + token) != 0) {
                    Thread.sleep(2);
                }
                del.add((System.nanoTime() - acked) / 1e6);
            }
            Collections.sort(add);
            Collections.sort(del);
            System.out.println("  slowest adds (ms): " + add.subList(add.size() - 5, add.size()));
            System.out.printf(Locale.ROOT, "%-6s visibility after 201: median %.0f ms, max %.0f ms; after 204 (delete):"
                    + " median %.0f ms, max %.0f ms%n", mode, add.get(add.size() / 2), add.get(add.size() - 1),
                    del.get(del.size() / 2), del.get(del.size() - 1));
        } finally {
            DurabilityFixtures.deleteTree(tmp);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
