package com.newsbridge.backend;

import com.newsbridge.entity.EntityExtractor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The command-line choice of backend, shared by {@code serve} and {@code index} as a picocli mixin:
 * {@code --backend lucene|opensearch --opensearch-url http://host:9200[,http://host2:9200] [--opensearch-index news]
 * [--opensearch-shards 3] [--opensearch-replicas 1] [--opensearch-timeout 10]}. Each option can also come from the
 * environment ({@code NEWSBRIDGE_BACKEND}, {@code NEWSBRIDGE_OPENSEARCH_URL}, {@code NEWSBRIDGE_OPENSEARCH_INDEX}).
 */
public final class BackendOptions {

    @Option(names = "--backend", defaultValue = "${env:NEWSBRIDGE_BACKEND:-lucene}", paramLabel = "lucene|opensearch",
            description = "Where articles are indexed and searched: lucene (the embedded index in --index, default) or"
                    + " opensearch (a cluster at --opensearch-url).")
    String backend = "lucene";

    @Option(names = "--opensearch-url", defaultValue = "${env:NEWSBRIDGE_OPENSEARCH_URL}", split = ",",
            paramLabel = "URL", description = "The OpenSearch cluster's HTTP endpoints, comma-separated"
                    + " (http://host:9200,http://host2:9200); requests fail over between them.")
    List<String> urls;

    @Option(names = "--opensearch-index", defaultValue = "${env:NEWSBRIDGE_OPENSEARCH_INDEX:-news}",
            description = "OpenSearch index name (default: ${DEFAULT-VALUE}); created at start-up when missing.")
    String index = OpenSearchConfig.DEFAULT_INDEX;

    @Option(names = "--opensearch-shards", defaultValue = "3",
            description = "Primary shards when the index is created (default: ${DEFAULT-VALUE}).")
    int shards = OpenSearchConfig.DEFAULT_SHARDS;

    @Option(names = "--opensearch-replicas", defaultValue = "1",
            description = "Replicas per shard when the index is created (default: ${DEFAULT-VALUE}).")
    int replicas = OpenSearchConfig.DEFAULT_REPLICAS;

    @Option(names = "--opensearch-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long a search or write waits for the cluster before answering 503 (default:"
                    + " ${DEFAULT-VALUE}).")
    int timeoutSeconds = (int) OpenSearchConfig.DEFAULT_REQUEST_TIMEOUT.toSeconds();

    /** Whether the OpenSearch backend was chosen. */
    public boolean isOpenSearch() {
        String b = backend == null ? "lucene" : backend.strip().toLowerCase(Locale.ROOT);
        return switch (b) {
            case "lucene", "" -> false;
            case "opensearch" -> true;
            default -> throw new IllegalArgumentException("--backend must be lucene or opensearch, got '" + backend + "'");
        };
    }

    /** The OpenSearch configuration of these options; throws {@link IllegalArgumentException} when incomplete. */
    public OpenSearchConfig openSearchConfig() {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("--backend opensearch needs --opensearch-url http://host:9200");
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--opensearch-timeout must be at least 1 second");
        }
        return OpenSearchConfig.of(OpenSearchConfig.parseUrls(urls), index)
                .withLayout(shards, replicas)
                .withTimeouts(OpenSearchConfig.DEFAULT_CONNECT_TIMEOUT, Duration.ofSeconds(timeoutSeconds),
                        OpenSearchConfig.DEFAULT_BULK_TIMEOUT);
    }

    /** Connects to the configured cluster (creating the index when missing). */
    public OpenSearchBackend connectOpenSearch(EntityExtractor extractor) {
        return OpenSearchBackend.connect(openSearchConfig(), extractor);
    }

    /** For tests: options as given on a command line. */
    public static BackendOptions openSearch(List<String> urls, String index) {
        BackendOptions options = new BackendOptions();
        options.backend = "opensearch";
        options.urls = urls;
        options.index = index;
        return options;
    }
}
