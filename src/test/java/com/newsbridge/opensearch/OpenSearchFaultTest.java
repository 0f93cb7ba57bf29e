package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.Article;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the node holding a primary shard while NewsBridge searches and writes: searches keep answering
 * with the same results (the replica is promoted), writes succeed once the cluster has recovered, and no write that
 * NewsBridge acknowledged is lost — also after the killed node comes back.
 */
@Tag("opensearch")
class OpenSearchFaultTest {

    static final List<String> QUERIES = List.of("联合国 OR UN", "climate", "刘建超", "\"global civilization initiative\"",
            "Mars OR 火星", "Xi Jinping", "世界遗产");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killingThePrimaryLosesNoAcknowledgedWriteAndSearchesGoOn() throws Exception {
        OpenSearchTestCluster cluster = OpenSearchTestCluster.shared();
        OpenSearchConfig config = OpenSearchConfig.of(cluster.uris(), "fault").withLayout(3, 1)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30));
        // searches go to "fault" (the bundled corpus), writes to "fault-writes", so that the writes do not change the
        // term statistics, and so the ranking, of the searches compared before and after the kill
        try (OpenSearchBackend backend = OpenSearchBackend.connect(config, EntityExtractor.bundled());
             OpenSearchBackend writes = OpenSearchBackend.connect(config.withIndex("fault-writes"), EntityExtractor.bundled())) {
            backend.deleteIndex();
            writes.deleteIndex();
            writes.ensureIndex();
            backend.indexFolder(Path.of("index-data"), 2, null);
            cluster.awaitStatus("green", Duration.ofSeconds(60));
            long corpusSize = backend.count();
            Map<String, List<String>> baseline = new LinkedHashMap<>();
            for (String q : QUERIES) {
                baseline.put(q, top(backend.search(SearchRequest.of(q).withPage(1, 20))));
            }

            // the victim holds the primary of shard 0 of the written index, and a primary of the searched one if it can
            JsonNode shards = JSON.readTree(cluster.request("GET",
                    "/_cat/shards/fault,fault-writes?format=json&h=index,shard,prirep,state,node", null));
            String victim = null;
            java.util.Set<String> searchPrimaries = new java.util.HashSet<>();
            for (JsonNode s : shards) {
                if (s.get("prirep").asText().equals("p") && s.get("index").asText().equals("fault")) {
                    searchPrimaries.add(s.get("node").asText());
                }
            }
            for (JsonNode s : shards) {
                if (s.get("prirep").asText().equals("p") && s.get("index").asText().equals("fault-writes")
                        && (victim == null || searchPrimaries.contains(s.get("node").asText())
                            && !searchPrimaries.contains(victim))) {
                    victim = s.get("node").asText();
                }
            }
            assertThat(victim).as("a primary of fault-writes in " + shards).isNotNull();

            // a writer that keeps adding articles through the kill; only acknowledged ids are counted
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicInteger failedWrites = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    Article a = article(i);
                    long t = System.nanoTime();
                    try {
                        writes.save(a);
                        acknowledged.add(a.id());
                    } catch (RuntimeException e) {
                        failedWrites.incrementAndGet();
                        System.err.println("write " + a.id() + " failed: " + e.getMessage());
                    }
                    System.err.printf("write %s: %d ms%n", a.id(), (System.nanoTime() - t) / 1_000_000);
                }
            }, "fault-writer");
            writer.start();
            OpenSearchTestCluster.sleep(500);

            long killedAt = System.nanoTime();
            cluster.kill9(victim);
            List<String> held = new ArrayList<>();
            for (JsonNode s : shards) {
                if (s.get("node").asText().equals(victim)) {
                    held.add(s.get("index").asText() + "/" + s.get("shard").asText() + s.get("prirep").asText());
                }
            }
            System.err.println("killed " + victim + " with SIGKILL; it held " + held);

            // searches keep answering, with the same results, while the cluster notices and promotes the replica
            int searches = 0;
            while (System.nanoTime() - killedAt < Duration.ofSeconds(4).toNanos()) {
                for (String q : QUERIES) {
                    assertThat(top(backend.search(SearchRequest.of(q).withPage(1, 20)))).as(q)
                            .isEqualTo(baseline.get(q));
                    searches++;
                }
            }
            // every primary is active again (yellow: the lost copies are replicas now); writes succeed
            cluster.awaitStatus("yellow", Duration.ofSeconds(60));
            int before = acknowledged.size();
            OpenSearchTestCluster.sleep(1_000);
            stop.set(true);
            writer.join(30_000);
            List<String> afterRecovery = new ArrayList<>();
            List<Article> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                Article a = article(100_000 + i);
                if (i < 5) {
                    writes.save(a); // must not throw
                } else {
                    batch.add(a);
                }
                afterRecovery.add(a.id());
            }
            assertThat(writes.saveAll(batch)).allSatisfy(r -> assertThat(r.ok()).as(String.valueOf(r.error())).isTrue());
            System.err.printf("after the kill: %d searches answered; writer: %d acknowledged (%d after recovery),"
                    + " %d failed%n", searches, acknowledged.size(), acknowledged.size() - before, failedWrites.get());
            assertThat(acknowledged.size()).as("the writer went on").isGreaterThan(before);

            // the killed node comes back; nothing acknowledged was lost, searches are unchanged
            cluster.restart(victim);
            cluster.awaitStatus("green", Duration.ofSeconds(90));
            for (String id : acknowledged) {
                assertThat(writes.article(id).article().id()).isEqualTo(id);
            }
            for (String id : afterRecovery) {
                assertThat(writes.article(id).article().id()).isEqualTo(id);
            }
            assertThat(writes.count()).isGreaterThanOrEqualTo(acknowledged.size() + afterRecovery.size());
            assertThat(backend.count()).isEqualTo(corpusSize);
            for (String q : List.of("联合国 OR UN", "climate", "刘建超")) {
                assertThat(top(backend.search(SearchRequest.of(q).withPage(1, 20)))).as(q).isEqualTo(baseline.get(q));
            }
            SearchResult written = writes.search(SearchRequest.of("\"fault tolerance drill\"").withPage(1, 100));
            assertThat(written.total()).isGreaterThanOrEqualTo(acknowledged.size() + afterRecovery.size());
        }
    }

    static Article article(int i) {
        String id = String.format("f%015d", i);
        return new Article(id, "Fault tolerance drill " + i, "第" + i + "次容错演练。", "Fault tolerance drill number " + i
                + " wrote this article while a node was killed.", "第" + i + "次容错演练写入了这篇文章。",
                List.of("fault tolerance"), "https://example.invalid/fault/" + i, LocalDate.of(2025, 1, 1), 1L);
    }

    private static List<String> top(SearchResult result) {
        List<String> ids = new ArrayList<>();
        ids.add("total=" + result.total());
        for (SearchHit h : result.hits()) {
            ids.add(h.id());
        }
        return ids;
    }
}
