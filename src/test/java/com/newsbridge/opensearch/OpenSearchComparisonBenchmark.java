package com.newsbridge.opensearch;

import com.newsbridge.backend.LuceneBackend;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import com.newsbridge.model.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded index vs 3-node OpenSearch cluster on one corpus: top-10 agreement, facet agreement, query latency (p50,
 * p95; highlighting included). Not part of the test suite: runs only when {@code newsbridge.bench.corpus} names a
 * corpus folder, e.g.
 * {@code mvn -B test -Dtest=OpenSearchComparisonBenchmark -Dnewsbridge.bench.corpus=/tmp/bench20k}. Writes
 * {@code target/opensearch-comparison.txt}.
 */
@Tag("opensearch")
@EnabledIfSystemProperty(named = "newsbridge.bench.corpus", matches = ".+")
class OpenSearchComparisonBenchmark {

    static final int ROUNDS = 3;

    @TempDir
    Path tmp;

    @Test
    void compare() throws IOException {
        Path corpus = Path.of(System.getProperty("newsbridge.bench.corpus"));
        int threads = Integer.getInteger("newsbridge.bench.threads", 1);
        OpenSearchTestCluster cluster = OpenSearchTestCluster.shared();
        StringBuilder out = new StringBuilder();
        line(out, "corpus %s, OpenSearch 2.19.6: 3 nodes (%s heap each, one JVM each), 3 shards, 1 replica", corpus,
                OpenSearchTestCluster.NODE_HEAP);
        line(out, "machine: %d cores; each backend indexed with %d thread(s) and its own entity extractor; node JVM"
                + " flags: %s", Runtime.getRuntime().availableProcessors(), threads, OpenSearchTestCluster.NODE_JVM_FLAGS);

        try (LuceneBackend lucene = new LuceneBackend(NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled()), true);
             OpenSearchBackend opensearch = OpenSearchBackend.connect(
                     OpenSearchConfig.of(cluster.uris(), "bench").withTimeouts(Duration.ofSeconds(2),
                             Duration.ofSeconds(30), Duration.ofSeconds(300)), EntityExtractor.bundled())) {
            IndexReport lr = lucene.indexFolder(corpus, threads, System.err);
            line(out, "lucene indexing: %s", lr.summary());
            opensearch.deleteIndex();
            IndexReport or = opensearch.indexFolder(corpus, threads, System.err);
            line(out, "opensearch indexing: %s", or.summary());
            cluster.awaitStatus("green", Duration.ofSeconds(120));
            line(out, "documents: lucene %d, opensearch %d", lucene.count(), opensearch.count());

            List<SearchRequest> requests = new ArrayList<>();
            for (String q : queries(corpus)) {
                requests.add(SearchRequest.of(q));
            }
            line(out, "%d queries (first page of 10, relevance)", requests.size());

            BackendComparison comparison = new BackendComparison(lucene, opensearch);
            for (SearchRequest r : requests) {
                comparison.compare(r);
            }
            line(out, "agreement: %s", comparison.summary());
            for (String p : comparison.problems.subList(0, Math.min(10, comparison.problems.size()))) {
                line(out, "  e.g. %s", p.length() > 400 ? p.substring(0, 400) + "…" : p);
            }
            for (SearchBackend backend : List.of(lucene, opensearch)) {
                for (SearchRequest r : requests) {
                    backend.search(r); // warm-up
                }
                long[] millis = new long[requests.size() * ROUNDS];
                long[] waiting = new long[millis.length];
                long[] highlight = new long[millis.length];
                int k = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (SearchRequest r : requests) {
                        OpenSearchBackend.SearchTimings before = opensearch.timings();
                        long s = System.nanoTime();
                        backend.search(r);
                        millis[k] = (System.nanoTime() - s) / 1_000;
                        OpenSearchBackend.SearchTimings after = opensearch.timings();
                        waiting[k] = (after.clusterNanos() - before.clusterNanos()) / 1_000;
                        highlight[k] = (after.highlightNanos() - before.highlightNanos()) / 1_000;
                        k++;
                    }
                }
                line(out, "%-10s query latency over %d searches: %s", backend.name(), millis.length, percentiles(millis));
                if (backend == opensearch) {
                    line(out, "%-10s   of which waiting for the cluster: %s", "", percentiles(waiting));
                    line(out, "%-10s   of which highlighting in NewsBridge: %s", "", percentiles(highlight));
                }
            }
        }
        String report = out.toString();
        System.err.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "opensearch-comparison.txt"), report);
    }

    private static String percentiles(long[] micros) {
        long[] m = micros.clone();
        Arrays.sort(m);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", m[m.length / 2] / 1000.0,
                m[(int) (m.length * 0.95)] / 1000.0, m[m.length - 1] / 1000.0);
    }

    /** Fixed queries plus keywords (in both languages) drawn from the corpus with a fixed seed. */
    static List<String> queries(Path corpus) {
        Set<String> queries = new LinkedHashSet<>(List.of("economy", "经济", "government", "政府", "中国 经济",
                "\"prime minister\"", "oil prices", "石油", "election", "选举", "football OR 足球", "bank -China",
                "trade AND 贸易", "\"interest rates\"", "人民 生活", "market*", "United Nations", "联合国", "China", "中国"));
        List<Path> files = CorpusReader.listArticleFiles(corpus);
        Random random = new Random(42);
        CorpusReader reader = new CorpusReader();
        for (int i = 0; i < 200 && queries.size() < 100 && !files.isEmpty(); i++) {
            Path file = files.get(random.nextInt(files.size()));
            reader.read(file, (Article a) -> {
                if (!a.keywords().isEmpty()) {
                    String k = a.keywords().get(random.nextInt(a.keywords().size()));
                    queries.add(k.contains(" ") ? "\"" + k.replace("\"", "") + "\"" : k);
                }
            }, failure -> { });
        }
        return new ArrayList<>(queries);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
