package com.newsbridge.web;

import com.newsbridge.index.NewsIndex;
import com.newsbridge.search.ResultSummaryCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.SegmentInfos;

/**
 * Request counters and latency histograms, rendered with the index's gauges in the Prometheus text format (version
 * 0.0.4) for {@code GET /metrics}. Labels have bounded values: the route is the matched route pattern (such as {@code
 * /api/articles/{id}}), {@code static} or {@code unmatched} — never the raw path — and the method is one of the
 * standard ones or {@code OTHER}. Thread-safe and lock-free on the request path.
 */
public final class Metrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    private record RequestKey(String method, String route, int status) {
    }

    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejections = new ConcurrentHashMap<>();
    private final LongAdder partialSearches = new LongAdder();

    /** Records one finished request. */
    public void record(String method, String route, int status, double seconds) {
        String m = METHODS.contains(method) ? method : "OTHER";
        int s = status >= 100 && status <= 599 ? status : 0;
        requests.computeIfAbsent(new RequestKey(m, route, s), k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(Math.max(0, seconds));
    }

    /** Counts a request refused by a guard, by error code ({@code unauthorized}, {@code payload_too_large}, …). */
    public void rejected(String code) {
        rejections.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** Counts a search that ran out of time and answered partial results. */
    public void partialSearch() {
        partialSearches.increment();
    }

    /** Renders every metric, with the index's document count, size and last commit time. */
    public String render(NewsIndex index) {
        return render(index, null);
    }

    /** As {@link #render(NewsIndex)}, plus the hits and misses of the searcher's result cache when there is one. */
    public String render(NewsIndex index, ResultSummaryCache resultCache) {
        StringBuilder out = new StringBuilder(4096);
        header(out, "newsbridge_http_requests_total", "counter", "HTTP requests by method, route and status.");
        new TreeMap<String, Long>(toStrings()).forEach((labels, n) ->
                out.append("newsbridge_http_requests_total{").append(labels).append("} ").append(n).append('\n'));

        header(out, "newsbridge_http_request_duration_seconds", "histogram", "HTTP request latency by route.");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            String route = "route=\"" + escape(e.getKey()) + "\"";
            Histogram h = e.getValue();
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append("newsbridge_http_request_duration_seconds_bucket{").append(route).append(",le=\"")
                        .append(format(BUCKETS[i])).append("\"} ").append(h.buckets[i].sum()).append('\n');
            }
            long count = h.count.sum();
            out.append("newsbridge_http_request_duration_seconds_bucket{").append(route).append(",le=\"+Inf\"} ")
                    .append(count).append('\n');
            out.append("newsbridge_http_request_duration_seconds_sum{").append(route).append("} ")
                    .append(format(h.sum.sum())).append('\n');
            out.append("newsbridge_http_request_duration_seconds_count{").append(route).append("} ").append(count)
                    .append('\n');
        }

        header(out, "newsbridge_http_rejected_total", "counter", "Requests refused by access control, CORS or limits.");
        new TreeMap<>(rejections).forEach((code, n) -> out.append("newsbridge_http_rejected_total{code=\"")
                .append(escape(code)).append("\"} ").append(n.sum()).append('\n'));

        header(out, "newsbridge_search_partial_total", "counter", "Searches that ran out of time (partial results).");
        out.append("newsbridge_search_partial_total ").append(partialSearches.sum()).append('\n');

        if (resultCache != null) {
            header(out, "newsbridge_result_cache_hits_total", "counter",
                    "Searches whose total and facets came from the result cache.");
            out.append("newsbridge_result_cache_hits_total ").append(resultCache.hits()).append('\n');
            header(out, "newsbridge_result_cache_misses_total", "counter",
                    "Searches that counted their total and facets (and then remembered them).");
            out.append("newsbridge_result_cache_misses_total ").append(resultCache.misses()).append('\n');
        }
        if (index == null) { // another backend than the embedded index: no local index to measure
            return out.toString();
        }
        header(out, "newsbridge_documents", "gauge", "Articles visible to searches.");
        out.append("newsbridge_documents ").append(index.count()).append('\n');
        header(out, "newsbridge_facet_ordinals_bytes", "gauge",
                "Heap held by the in-heap facet ordinals of the index's segments.");
        out.append("newsbridge_facet_ordinals_bytes ").append(index.facetOrdinals().ramBytesUsed()).append('\n');
        header(out, "newsbridge_index_size_bytes", "gauge", "Size of the index folder's files.");
        out.append("newsbridge_index_size_bytes ").append(indexSizeBytes(index.path())).append('\n');
        header(out, "newsbridge_last_commit_timestamp_seconds", "gauge",
                "Unix time of the last index commit (0 when there is none).");
        out.append("newsbridge_last_commit_timestamp_seconds ").append(lastCommitSeconds(index.path())).append('\n');
        return out.toString();
    }

    private Map<String, Long> toStrings() {
        Map<String, Long> m = new TreeMap<>();
        requests.forEach((k, v) -> m.put("method=\"" + k.method() + "\",route=\"" + escape(k.route()) + "\",status=\""
                + k.status() + "\"", v.sum()));
        return m;
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Returns the total size of the regular files in {@code dir} (files deleted meanwhile by a merge are skipped). */
    static long indexSizeBytes(Path dir) {
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f)) {
                        total += Files.size(f);
                    }
                } catch (NoSuchFileException gone) {
                    // merged away while listing
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Returns the modification time, in Unix seconds, of the newest commit point ({@code segments_N}), or 0. */
    static long lastCommitSeconds(Path dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "segments_*")) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            return 0;
        }
        if (names.isEmpty()) {
            return 0;
        }
        try {
            String last = SegmentInfos.getLastCommitSegmentsFileName(names.toArray(String[]::new));
            return last == null ? 0 : Files.getLastModifiedTime(dir.resolve(last)).toMillis() / 1000;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }
}
