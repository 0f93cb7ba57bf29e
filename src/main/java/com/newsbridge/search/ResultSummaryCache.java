package com.newsbridge.search;

import com.newsbridge.model.FacetValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * Remembers, per index reader, the total hit count and the facet counts of recent queries, so that the next page of a
 * result, a repeated query or the back button does not visit and count every matching article again.
 *
 * <p>Facets and totals depend only on the query with its filters and on the reader, never on sort or paging, so the key
 * is the reader's cache key plus the built {@link Query} (Lucene queries compare by value). A reader opened after a
 * write has a new key, so nothing is served from before the write: entries of old readers are simply never asked for
 * again and age out. Least recently used entries are dropped past the capacity; a capacity of 0 disables the cache.
 * Thread-safe.
 */
public final class ResultSummaryCache {

    /** Default number of remembered queries: a few megabytes at most (4 facets × 30 values each). */
    public static final int DEFAULT_CAPACITY = 1024;
    /** System property that sets the capacity of the servers' caches ({@code -Dnewsbridge.resultCache=0}: off). */
    public static final String CAPACITY_PROPERTY = "newsbridge.resultCache";

    /**
     * Returns the capacity set by {@link #CAPACITY_PROPERTY}, else {@link #DEFAULT_CAPACITY}.
     *
     * @throws IllegalArgumentException when the property is set to anything but a whole number ≥ 0
     */
    public static int configuredCapacity() {
        String value = System.getProperty(CAPACITY_PROPERTY);
        if (value == null) {
            return DEFAULT_CAPACITY;
        }
        try {
            int capacity = Integer.parseInt(value.strip());
            if (capacity >= 0) {
                return capacity;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + CAPACITY_PROPERTY + " must be a whole number of queries, 0 or more"
                + " (0 turns the cache off), got '" + value + "'");
    }

    /**
     * What a search over the whole result set produced.
     *
     * @param totalHits exact number of matching articles
     * @param facets    the facet values, as {@link ArticleSearcher} returns them
     */
    public record Summary(long totalHits, Map<String, List<FacetValue>> facets) {
    }

    private record Key(Object reader, Query query) {
    }

    private final int capacity;
    private final Map<Key, Summary> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity most queries remembered; 0 turns the cache off */
    public ResultSummaryCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Summary> eldest) {
                return size() > ResultSummaryCache.this.capacity;
            }
        };
    }

    /** Returns the summary of {@code query} on {@code reader}, or null when it is not remembered. */
    public Summary get(IndexReader reader, Query query) {
        Key key = key(reader, query);
        if (key == null) {
            return null;
        }
        Summary summary;
        synchronized (entries) {
            summary = entries.get(key);
        }
        (summary == null ? misses : hits).incrementAndGet();
        return summary;
    }

    /** Remembers the summary of {@code query} on {@code reader}; complete results only (not cut by a time budget). */
    public void put(IndexReader reader, Query query, Summary summary) {
        Key key = key(reader, query);
        if (key != null) {
            synchronized (entries) {
                entries.put(key, summary);
            }
        }
    }

    /** Number of lookups answered from the cache since start. */
    public long hits() {
        return hits.get();
    }

    /** Number of lookups that had to search since start. */
    public long misses() {
        return misses.get();
    }

    /** Number of remembered queries. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private Key key(IndexReader reader, Query query) {
        if (capacity == 0) {
            return null;
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? null : new Key(helper.getKey(), query);
    }
}
