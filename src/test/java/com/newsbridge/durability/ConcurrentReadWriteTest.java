package com.newsbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.TestCorpus;
import com.newsbridge.ingest.ArticleIds;
import com.newsbridge.web.NewsBridgeServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent readers and writers on loopback for a bounded time: writers POST, PUT, DELETE and bulk-POST while readers
 * search (with facets), list facet values, read articles and check health. No request may fail, and once the writers
 * stop the document count, the search total and the facet count are exactly what the writers' acknowledged changes
 * add up to.
 */
class ConcurrentReadWriteTest {

    private static final long RUN_MILLIS = 6_000;
    private static final int WRITERS = 3;
    private static final int READERS = 3;
    private static final String MARKER = "concurrencymarker";
    private static final String KEYWORD = "ConcurrencyKeyword";

    @TempDir
    Path tmp;

    private final List<String> base = DurabilityFixtures.bundledJsonBodies();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, Boolean> live = new ConcurrentHashMap<>();

    @Test
    void readersAndWritersRunTogetherWithoutErrorsAndFinalCountsAreExact() throws Exception {
        try (NewsBridgeServer server = NewsBridgeServer.start(TestCorpus.write(tmp.resolve("corpus")),
                tmp.resolve("index"), "127.0.0.1", 0, null, com.newsbridge.security.TestKeys.config())) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
            AtomicLong writes = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            List<Long> readLatencies = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                threads.add(new Thread(() -> write(server.port(), writer, deadline, writes), "writer-" + w));
            }
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                threads.add(new Thread(() -> read(server.port(), reader, deadline, reads, readLatencies), "reader-" + r));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(TimeUnit.MILLISECONDS.toMillis(RUN_MILLIS) + 60_000);
            }
            assertThat(errors).as("failed requests").isEmpty();
            assertThat(writes.get()).isGreaterThan(30);
            assertThat(reads.get()).isGreaterThan(30);

            DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.port());
            int expected = live.size();
            // the last writes show after the next reopen; wait generously, the loop ends as soon as all of them show
            long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int documents;
            long total;
            int facetCount;
            do {
                documents = client.get("/api/health").json().get("documents").asInt();
                total = client.total("q=" + MARKER);
                facetCount = keywordFacetCount(client);
                if (documents == 6 + expected && total == expected && facetCount == expected) {
                    break;
                }
                Thread.sleep(20);
            } while (System.nanoTime() < settle);
            assertThat(documents).isEqualTo(6 + expected);
            assertThat(total).isEqualTo(expected);
            assertThat(facetCount).isEqualTo(expected);

            List<Long> sorted = new ArrayList<>(readLatencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "concurrency: %d acknowledged writes, %d reads in %d ms; read latency p50 %.1f"
                    + " ms, p99 %.1f ms, max %.1f ms; %d live test articles%n", writes.get(), reads.get(), RUN_MILLIS,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, expected);
            assertThat(sorted.get(sorted.size() - 1)).as("no search waits seconds for writes")
                    .isLessThan(TimeUnit.SECONDS.toNanos(5));
        }
    }

    private int keywordFacetCount(DurabilityFixtures.Client client) throws Exception {
        JsonNode facets = client.get("/api/search?size=1&q=" + MARKER).json().get("facets");
        return DurabilityFixtures.facetCount(facets, KEYWORD);
    }

    private String body(String token, int version) {
        try {
            ObjectNode node = (ObjectNode) DurabilityFixtures.JSON.readTree(base.get(Math.floorMod(token.hashCode(),
                    base.size())));
            node.put("source", "http://concurrency.test/" + token);
            node.put("en", node.path("en").asText() + "\n" + MARKER + " " + token + " version" + version);
            node.putArray("keywords").add(KEYWORD).add("Kw" + token);
            return node.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(int port, int writer, long deadline, AtomicLong writes) {
        DurabilityFixtures.Client client = new DurabilityFixtures.Client(port);
        Random random = new Random(writer);
        List<String> mine = new ArrayList<>(); // tokens of this writer's live articles
        AtomicInteger n = new AtomicInteger();
        while (System.nanoTime() < deadline) {
            try {
                int dice = random.nextInt(100);
                if (dice < 15 && !mine.isEmpty()) {
                    String token = mine.get(random.nextInt(mine.size()));
                    expect("PUT", client.send("PUT", "/api/articles/" + id(token), "application/json",
                            body(token, 2)), 200);
                } else if (dice < 30 && !mine.isEmpty()) {
                    String token = mine.remove(random.nextInt(mine.size()));
                    expect("DELETE", client.send("DELETE", "/api/articles/" + id(token), null, null), 204);
                    live.remove(id(token));
                } else if (dice < 40) {
                    StringBuilder bulk = new StringBuilder();
                    List<String> tokens = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        String token = "cw" + writer + "n" + n.incrementAndGet();
                        tokens.add(token);
                        bulk.append(body(token, 1)).append('\n');
                    }
                    DurabilityFixtures.Client.Response r = client.send("POST", "/api/articles/bulk",
                            "application/x-ndjson", bulk.toString());
                    expect("bulk", r, 200);
                    for (JsonNode item : r.json()) {
                        if (item.get("status").asInt() != 201) {
                            errors.add("bulk item: " + item);
                        }
                    }
                    for (String token : tokens) {
                        mine.add(token);
                        live.put(id(token), true);
                    }
                } else {
                    String token = "cw" + writer + "n" + n.incrementAndGet();
                    expect("POST", client.send("POST", "/api/articles", "application/json", body(token, 1)), 201);
                    mine.add(token);
                    live.put(id(token), true);
                }
                writes.incrementAndGet();
            } catch (Exception e) {
                errors.add("writer " + writer + ": " + e);
            }
        }
    }

    private void read(int port, int reader, long deadline, AtomicLong reads, List<Long> latencies) {
        DurabilityFixtures.Client client = new DurabilityFixtures.Client(port);
        Random random = new Random(100 + reader);
        String[] paths = {
            "/api/search?q=" + MARKER,
            "/api/search?q=" + DurabilityFixtures.Client.enc("联合国 OR UN"),
            "/api/search?q=&sort=date&size=20",
            "/api/facets/organizations?q=" + MARKER,
            "/api/health",
            "/api/articles/" + ArticleIds.fromSource("http://www.chinanews.com/gj/2024/01-10/10143414.shtml"),
        };
        while (System.nanoTime() < deadline) {
            String path = paths[random.nextInt(paths.length)];
            long start = System.nanoTime();
            try {
                DurabilityFixtures.Client.Response r = client.get(path);
                latencies.add(System.nanoTime() - start);
                if (r.status() != 200) {
                    errors.add("GET " + path + " answered " + r.status() + ": " + r.body());
                }
                reads.incrementAndGet();
            } catch (Exception e) {
                errors.add("reader " + reader + ": " + e);
            }
        }
    }

    private void expect(String what, DurabilityFixtures.Client.Response r, int status) {
        if (r.status() != status) {
            errors.add(what + " answered " + r.status() + ": " + r.body());
        }
    }

    private static String id(String token) {
        return ArticleIds.fromSource("http://concurrency.test/" + token);
    }
}
