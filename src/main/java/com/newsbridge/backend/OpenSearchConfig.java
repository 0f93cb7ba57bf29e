package com.newsbridge.backend;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How NewsBridge reaches and lays out its OpenSearch index.
 *
 * @param urls            the cluster's HTTP endpoints; requests go to any of them and fail over to the next
 * @param index           the index name
 * @param shards          primary shards of a newly created index
 * @param replicas        replicas of each shard of a newly created index
 * @param connectTimeout  TCP connect timeout per node
 * @param requestTimeout  how long a search, get or single write may wait for its answer
 * @param bulkTimeout     how long a bulk request may wait for its answer
 * @param deepPageFrom    hits from this offset on are reached with {@code search_after} instead of {@code from}
 * @param globalStats     use {@code dfs_query_then_fetch} for relevance ranking, so that scores use index-wide term
 *                        statistics exactly as the embedded index does (one more round trip per search)
 */
public record OpenSearchConfig(List<URI> urls, String index, int shards, int replicas, Duration connectTimeout,
                               Duration requestTimeout, Duration bulkTimeout, int deepPageFrom, boolean globalStats) {

    public static final String DEFAULT_INDEX = "news";
    public static final int DEFAULT_SHARDS = 3;
    public static final int DEFAULT_REPLICAS = 1;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BULK_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_DEEP_PAGE_FROM = 1_000;

    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    public OpenSearchConfig {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch URL given (--opensearch-url http://host:9200)");
        }
        urls = List.copyOf(urls);
        if (index == null || !INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("bad OpenSearch index name '" + index
                    + "': lower-case letters, digits, '.', '_' and '-', not starting with '.', '_' or '-'");
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
        }
    }

    /** A configuration with the defaults for everything but the URLs and the index name. */
    public static OpenSearchConfig of(List<URI> urls, String index) {
        return new OpenSearchConfig(urls, index, DEFAULT_SHARDS, DEFAULT_REPLICAS, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_BULK_TIMEOUT, DEFAULT_DEEP_PAGE_FROM, true);
    }

    /**
     * Parses {@code http://host:9200[,http://host2:9200]} (also repeated values); a bare {@code host:port} means http.
     *
     * @throws IllegalArgumentException with a message naming the bad URL
     */
    public static List<URI> parseUrls(List<String> values) {
        List<URI> urls = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String s = part.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!s.contains("://")) {
                    s = "http://" + s;
                }
                URI uri;
                try {
                    uri = URI.create(s);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("bad OpenSearch URL '" + part.strip() + "': " + e.getMessage());
                }
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    throw new IllegalArgumentException("bad OpenSearch URL '" + part.strip()
                            + "': expected http://host:port or https://host:port");
                }
                urls.add(uri);
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch URL given (--opensearch-url http://host:9200)");
        }
        return urls;
    }

    public OpenSearchConfig withIndex(String newIndex) {
        return new OpenSearchConfig(urls, newIndex, shards, replicas, connectTimeout, requestTimeout, bulkTimeout,
                deepPageFrom, globalStats);
    }

    public OpenSearchConfig withLayout(int newShards, int newReplicas) {
        return new OpenSearchConfig(urls, index, newShards, newReplicas, connectTimeout, requestTimeout, bulkTimeout,
                deepPageFrom, globalStats);
    }

    public OpenSearchConfig withTimeouts(Duration connect, Duration request, Duration bulk) {
        return new OpenSearchConfig(urls, index, shards, replicas, connect, request, bulk, deepPageFrom, globalStats);
    }

    public OpenSearchConfig withDeepPageFrom(int offset) {
        return new OpenSearchConfig(urls, index, shards, replicas, connectTimeout, requestTimeout, bulkTimeout, offset,
                globalStats);
    }

    /** The URLs as one comma-separated string, for messages. */
    public String urlList() {
        return String.join(",", urls.stream().map(URI::toString).toList());
    }
}
