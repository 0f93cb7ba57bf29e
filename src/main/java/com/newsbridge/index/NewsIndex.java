package com.newsbridge.index;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.NewsBridgeException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of a NewsBridge corpus: one {@link IndexWriter} for all writes, a {@link SearcherManager} for
 * near-real-time searchers reopened in the background, a write-ahead log for durable single writes and a
 * {@link SnapshotDeletionPolicy} for live backups. Thread-safe: any number of threads may write and search at once,
 * and searches never wait for writes.
 *
 * <p>Two kinds of writes:
 * <ul>
 *   <li>{@link #save}, {@link #saveAll} and {@link #remove} are <b>durable</b>: when they return, the change survives
 *       a crash ({@code kill -9}, power loss after the fsync). With the default {@link Durability#WAL} the change is
 *       appended to the write-ahead log, which is fsync'd (one fsync shared by concurrent writers) before returning;
 *       the index is committed in the background (a checkpoint) and the log replayed at the next open. With
 *       {@link Durability#COMMIT} every durable write waits for an {@code IndexWriter.commit()} shared by the writers
 *       waiting at the same time (group commit). DURABILITY.md has the measurements behind the default.</li>
 *   <li>{@link #upsert} and {@link #delete} are for batch indexing: not durable until {@link #commit()}.</li>
 * </ul>
 * Every change is visible to searches (facet counts included) within {@value #REOPEN_MAX_STALE_MS} ms, the period of
 * the background reopen thread, plus the reopen time.
 */
public final class NewsIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsIndex.class);

    /** How durable writes are made durable. */
    public enum Durability {
        /** Append to the write-ahead log and fsync it; commit the index now and then (the default). */
        WAL,
        /** Commit the index before returning, one commit shared by concurrent writers. */
        COMMIT;

        /** The mode named by the system property {@value #PROPERTY} ({@code wal} or {@code commit}), else WAL. */
        public static Durability configured() {
            String value = System.getProperty(PROPERTY, "wal").strip().toUpperCase(Locale.ROOT);
            try {
                return valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be wal or commit, got " + value);
            }
        }

        /** System property that selects the mode. */
        public static final String PROPERTY = "newsbridge.durability";
    }

    /** The RAM buffer before a segment is flushed; larger buffers mean fewer merges when bulk indexing. */
    public static final double RAM_BUFFER_MB = 128;
    /** Longest time between two reopens of the searcher while there are changes. */
    public static final long REOPEN_MAX_STALE_MS = 100;
    /** A checkpoint (index commit, log truncation) runs after this many logged changes... */
    static final int CHECKPOINT_EVERY_CHANGES = 2_000;
    /** ...or this long after the first change not yet in a commit. */
    static final long CHECKPOINT_EVERY_MS = 10_000;
    /** Commit data key: replay the write-ahead log from this generation on. */
    static final String WAL_GENERATION = "newsbridge.wal.generation";
    /**
     * Commit data key: the {@link NewsAnalyzers#ANALYSIS_VERSION} of the analysis that built the index. Set when the
     * index is created and kept as it is afterwards: an index made by older analysis chains keeps their number (and
     * is reported when opened) until it is rebuilt. An index from before this key existed holds articles of version 1.
     */
    static final String ANALYSIS_VERSION = "newsbridge.analysis.version";
    private static final int STRIPES = 256;
    /** A reopen slower than this is logged: changes took that long to become searchable. */
    static final long SLOW_REOPEN_MS = 1000;
    /**
     * Longest time between two reopens of the searcher during a bulk load ({@link #beginBulkLoad}). Every reopen
     * flushes the writer's buffered documents into a new segment, so reopening every {@link #REOPEN_MAX_STALE_MS}
     * during a bulk load writes a small segment every fraction of a second (and then merges them) instead of one per
     * {@link #RAM_BUFFER_MB} of buffered documents.
     */
    static final long BULK_REOPEN_MAX_STALE_MS = 30_000;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SnapshotDeletionPolicy snapshots;
    private final SearcherManager searcherManager;
    /** The background reopen; replaced by a slower one during a bulk load. Guarded by {@link #reopenLock}. */
    private ControlledRealTimeReopenThread<IndexSearcher> reopenThread;
    private final Object reopenLock = new Object();
    /** Bulk loads under way ({@link #beginBulkLoad}). Guarded by {@link #reopenLock}. */
    private int bulkLoads;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = ArticleDocuments.newFacetsConfig();
    private final EntityExtractor entityExtractor;
    private final ArticleDocuments documents;
    private final Durability durability;
    /** The analysis version of the index's contents (commit data {@link #ANALYSIS_VERSION}). */
    private final int analysisVersion;
    private final WriteAheadLog wal;
    private final GroupCommitter groupCommitter;
    /** Writers hold it shared while they apply and log a change; a checkpoint holds it exclusively to rotate the log. */
    private final ReentrantReadWriteLock rotationLock = new ReentrantReadWriteLock();
    /** Per-id locks: changes to one id reach the index and the log in the same order. */
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Object checkpointLock = new Object();
    private final AtomicLong changesSinceCheckpoint = new AtomicLong();
    private volatile long firstUncheckpointedNanos;
    private final ScheduledExecutorService checkpointer;
    private final ExecutorService bulkPool;
    private final int bulkThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private volatile FacetState facetState;
    private final FacetOrdinalsCache facetOrdinals = new FacetOrdinalsCache();
    /** Set when a search used facets since the last reopen: the next reopen then computes the facet state. */
    private volatile boolean facetsInUse;
    private volatile boolean closed;
    /** Changes of {@link #save}/{@link #remove} not yet shown by the searchers, for {@link #exists}. */
    private final Map<String, RecentChange> recentChanges = new ConcurrentHashMap<>();

    private NewsIndex(Path path, EntityExtractor entityExtractor, Durability durability) throws IOException {
        this.path = path;
        this.entityExtractor = entityExtractor;
        this.durability = durability;
        this.documents = new ArticleDocuments(facetsConfig, entityExtractor.gazetteer());
        this.analyzer = newAnalyzer();
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexDeletionPolicy(snapshots)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setSimilarity(new BM25Similarity())
                .setCommitOnClose(true);
        ((ConcurrentMergeScheduler) config.getMergeScheduler()).setDefaultMaxMergesAndThreads(false);
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.writer = w;
        this.analysisVersion = recordedAnalysisVersion();
        if (analysisVersion != NewsAnalyzers.ANALYSIS_VERSION) {
            LOG.warn("index {} was built with analysis version {}, this NewsBridge analyzes with version {}: some "
                    + "queries may miss articles until the index is rebuilt (newsbridge index --corpus ... --index "
                    + "NEW_FOLDER)", path, analysisVersion, NewsAnalyzers.ANALYSIS_VERSION);
        }
        WriteAheadLog log = null;
        try {
            relearnAliases(); // before the log's replay, which extracts entities again
            log = recover(durability);
            this.searcherManager = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    boolean eager = facetsInUse;
                    facetsInUse = false;
                    return new NewsSearcher(reader, facetsConfig, eager ? facetOrdinals : null);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (log != null) {
                log.close();
            }
            writer.rollback();
            directory.close();
            throw e;
        }
        this.wal = log;
        this.groupCommitter = durability == Durability.COMMIT ? new GroupCommitter(writer::commit) : null;
        searcherManager.addListener(new PruneRecentChanges());
        this.reopenThread = startReopenThread(REOPEN_MAX_STALE_MS / 1000.0);
        this.bulkPool = Executors.newFixedThreadPool(bulkThreads, daemon("newsbridge-bulk"));
        if (wal != null) {
            checkpointer = Executors.newSingleThreadScheduledExecutor(daemon("newsbridge-checkpoint"));
            checkpointer.scheduleWithFixedDelay(this::maybeCheckpoint, 1, 1, TimeUnit.SECONDS);
        } else {
            checkpointer = null;
        }
    }

    /** Teaches the extractor the name pairs of the articles already indexed ({@link LearnedAliases}). */
    private void relearnAliases() throws IOException {
        if (writer.getDocStats().numDocs == 0) {
            return;
        }
        long start = System.nanoTime();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            int pairs = LearnedAliases.relearn(reader, entityExtractor);
            LOG.debug("learned {} English-Chinese name pairs from index {} in {} ms", pairs, path,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Replays the write-ahead log from the generation recorded in the last commit, commits the result and opens a new
     * log segment (in WAL mode).
     */
    private WriteAheadLog recover(Durability mode) throws IOException {
        long fromGen = 0;
        for (Map.Entry<String, String> e : liveCommitData()) {
            if (e.getKey().equals(WAL_GENERATION)) {
                fromGen = Long.parseLong(e.getValue());
            }
        }
        List<Long> existing = WriteAheadLog.generations(path);
        long startNanos = System.nanoTime();
        Replayer replayer = new Replayer();
        long replayed;
        try {
            replayed = WriteAheadLog.replay(path, fromGen, replayer::add);
            replayer.flush();
        } finally {
            replayer.pool.shutdown();
        }
        long failed = replayer.failed.get();
        long newGen = Math.max(1, fromGen);
        if (!existing.isEmpty()) {
            newGen = Math.max(newGen, existing.get(existing.size() - 1) + 1);
        }
        if (replayed > 0) {
            LOG.info("index {}: redid {} logged change(s) from the write-ahead log in {} ms ({} failed)", path, replayed,
                    (System.nanoTime() - startNanos) / 1_000_000, failed);
        }
        writer.setLiveCommitData(commitData(newGen));
        if (replayed > 0 || !existing.isEmpty()) {
            writer.commit();
            WriteAheadLog.deleteBefore(path, newGen);
        }
        return mode == Durability.WAL ? WriteAheadLog.create(path, newGen) : null;
    }

    /**
     * Redoes logged changes on all cores: records are dealt to one queue per core by id, so each id's changes are
     * redone in log order, in batches that bound the memory used.
     */
    private final class Replayer {

        private static final int BATCH = 10_000;
        private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("newsbridge-replay"));
        private final List<List<WriteAheadLog.Record>> queues = new ArrayList<>();
        private final AtomicLong failed = new AtomicLong();
        private int size;

        Replayer() {
            for (int i = 0; i < threads; i++) {
                queues.add(new ArrayList<>());
            }
        }

        void add(WriteAheadLog.Record record) {
            queues.get(Math.floorMod(record.id().hashCode(), threads)).add(record);
            if (++size >= BATCH) {
                flush();
            }
        }

        void flush() {
            List<Future<?>> futures = new ArrayList<>();
            for (List<WriteAheadLog.Record> queue : queues) {
                List<WriteAheadLog.Record> records = List.copyOf(queue);
                queue.clear();
                futures.add(pool.submit(() -> {
                    for (WriteAheadLog.Record record : records) {
                        redo(record);
                    }
                    return null;
                }));
            }
            size = 0;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while redoing the write-ahead log", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            }
        }

        private void redo(WriteAheadLog.Record record) throws IOException {
            try {
                switch (record) {
                    case WriteAheadLog.Upsert u -> writer.updateDocument(ArticleDocuments.idTerm(u.id()),
                            documents.toDocument(entityExtractor.extract(u.article())));
                    case WriteAheadLog.Delete d -> writer.deleteDocuments(ArticleDocuments.idTerm(d.id()));
                }
            } catch (IllegalArgumentException e) {
                failed.incrementAndGet();
                LOG.warn("write-ahead log: cannot redo the change of article {}: {}", record.id(), e.getMessage());
            }
        }
    }

    /** The commit data of the next commit: the write-ahead log generation to replay from, the analysis version. */
    private Iterable<Map.Entry<String, String>> commitData(long walGeneration) {
        return Map.of(WAL_GENERATION, Long.toString(walGeneration),
                ANALYSIS_VERSION, Integer.toString(analysisVersion)).entrySet();
    }

    /**
     * The analysis version recorded in the last commit; for an index without one, the current version when it holds
     * no document (new), else 1 (built before versions were recorded).
     */
    private int recordedAnalysisVersion() {
        for (Map.Entry<String, String> e : liveCommitData()) {
            if (e.getKey().equals(ANALYSIS_VERSION)) {
                try {
                    return Integer.parseInt(e.getValue());
                } catch (NumberFormatException ignored) {
                    return 0;
                }
            }
        }
        return writer.getDocStats().maxDoc == 0 ? NewsAnalyzers.ANALYSIS_VERSION : 1;
    }

    /**
     * Returns the version of the analysis chains that built this index's articles ({@link NewsAnalyzers#ANALYSIS_VERSION}
     * when it is current; an older index matches some queries differently until it is rebuilt).
     */
    public int analysisVersion() {
        return analysisVersion;
    }

    private Iterable<Map.Entry<String, String>> liveCommitData() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        return data == null ? List.of() : data;
    }

    /**
     * Opens (creating when needed) the index in folder {@code path}, redoing the changes of the write-ahead log that
     * the last commit lacks, with the durability mode of {@link Durability#configured()}.
     *
     * @throws IndexLockedException when another writer (a running server or indexer) holds the index
     * @throws UncheckedIOException when the folder cannot be opened
     */
    public static NewsIndex open(Path path, EntityExtractor entityExtractor) {
        return open(path, entityExtractor, Durability.configured());
    }

    /** As {@link #open(Path, EntityExtractor)} with an explicit durability mode. */
    public static NewsIndex open(Path path, EntityExtractor entityExtractor, Durability durability) {
        try {
            return new NewsIndex(path, entityExtractor, durability);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexLockedException(path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + path + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot open index " + path + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Returns the per-field analyzer used to index and to query. */
    public static Analyzer newAnalyzer() {
        return NewsAnalyzers.perField(Fields.CHINESE_FIELDS, Fields.BIGRAM_FIELDS, Fields.ENGLISH_FIELDS, Fields.NAME_FIELDS);
    }

    /** Returns the analyzer of this index. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Returns the index folder. */
    public Path path() {
        return path;
    }

    /** Returns the durability mode of {@link #save}, {@link #saveAll} and {@link #remove}. */
    public Durability durability() {
        return durability;
    }

    /** Returns the facets configuration. */
    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    // ---- batch writes (durable after commit) -----------------------------------------------------------------------

    /** Extracts the article's entities and adds it, replacing any article with the same id. Not yet visible. */
    public IndexedArticle upsert(Article article) {
        IndexedArticle indexed = entityExtractor.extract(article);
        try {
            writer.updateDocument(ArticleDocuments.idTerm(article.id()), toDocument(indexed));
        } catch (IllegalArgumentException e) {
            throw unindexable(article.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
        return indexed;
    }

    /** Builds the document; a value Lucene cannot take (e.g. a facet label over 8 KB) is a bad article. */
    private Document toDocument(IndexedArticle indexed) {
        try {
            return documents.toDocument(indexed);
        } catch (IllegalArgumentException e) {
            throw unindexable(indexed.article().id(), e);
        }
    }

    private static ArticleParseException unindexable(String id, IllegalArgumentException e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (reason.length() > 300) {
            reason = reason.substring(0, 300) + "…";
        }
        return new ArticleParseException("article " + id, 0, "cannot be indexed: " + reason);
    }

    /** Deletes the article with {@code id} (no effect when absent). Not yet visible. */
    public void delete(String id) {
        try {
            writer.deleteDocuments(ArticleDocuments.idTerm(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + id, e);
        }
    }

    /**
     * Makes all changes durable in an index commit (in WAL mode this is a checkpoint: the log is rotated and the
     * segments the commit covers are deleted).
     */
    public void commit() {
        try {
            if (wal != null) {
                checkpoint();
            } else {
                groupCommitter.awaitCommit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed", e);
        }
    }

    /**
     * Starts a bulk load: until the matching {@link #endBulkLoad()}, changes become searchable only every {@value
     * #BULK_REOPEN_MAX_STALE_MS} ms (or on {@link #refresh()}) instead of every {@value #REOPEN_MAX_STALE_MS} ms, so the
     * writer flushes full RAM buffers instead of a small segment per reopen. Calls nest.
     */
    public void beginBulkLoad() {
        synchronized (reopenLock) {
            if (bulkLoads++ == 0 && !closed) {
                reopenThread.close();
                reopenThread = startReopenThread(BULK_REOPEN_MAX_STALE_MS / 1000.0);
            }
        }
    }

    /** Ends a bulk load started by {@link #beginBulkLoad()} (the searcher is not refreshed here). */
    public void endBulkLoad() {
        synchronized (reopenLock) {
            if (bulkLoads > 0 && --bulkLoads == 0 && !closed) {
                reopenThread.close();
                reopenThread = startReopenThread(REOPEN_MAX_STALE_MS / 1000.0);
            }
        }
    }

    private ControlledRealTimeReopenThread<IndexSearcher> startReopenThread(double maxStaleSeconds) {
        ControlledRealTimeReopenThread<IndexSearcher> thread = new ControlledRealTimeReopenThread<>(writer,
                searcherManager, maxStaleSeconds, 0.01);
        thread.setName("newsbridge-reopen");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments, commits and refreshes. Worth it after a bulk
     * load: a search over one segment needs about a third less CPU than over the dozen a bulk load leaves (measured in
     * BENCHMARKS.md), for about 5% more indexing time. Documents are unchanged, so the write-ahead log is unaffected.
     */
    public void forceMerge(int maxSegments) {
        try {
            writer.forceMerge(maxSegments);
        } catch (IOException e) {
            throw new UncheckedIOException("merge failed", e);
        }
        commit();
        refresh();
    }

    /** Returns the number of segments of the current searcher's reader. */
    public int segmentCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            release(searcher);
        }
    }

    // ---- durable writes --------------------------------------------------------------------------------------------

    /** Outcome of one article of {@link #saveAll}: its id, and the reason when it was not stored. */
    public record SaveResult(String id, RuntimeException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Adds or replaces an article and returns once the change is durable (see the class comment).
     *
     * @throws BadRequestException when Lucene refuses the document (e.g. a term longer than 32,766 bytes)
     * @throws NewsBridgeException code {@code write_failed} when the change could not be made durable
     */
    public IndexedArticle save(Article article) {
        IndexedArticle indexed = entityExtractor.extract(article);
        Document doc = toDocument(indexed);
        awaitDurable(List.of(applyUpsert(article, doc)));
        return indexed;
    }

    /**
     * Adds or replaces several articles (in parallel on all cores) and returns once all are durable, with one fsync or
     * commit for the batch. An article Lucene refuses does not stop the others. When several articles have the same
     * id, the last one wins.
     *
     * @throws NewsBridgeException code {@code write_failed} when the batch could not be made durable
     */
    public List<SaveResult> saveAll(List<Article> articles) {
        int n = articles.size();
        SaveResult[] results = new SaveResult[n];
        Object[] positions = new Object[n];
        Map<String, Integer> lastOfId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lastOfId.put(articles.get(i).id(), i);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
                Article article = articles.get(i);
                if (lastOfId.get(article.id()) != i) {
                    results[i] = new SaveResult(article.id(), null); // a later article with the same id replaces it
                    continue;
                }
                try {
                    Document doc = toDocument(entityExtractor.extract(article));
                    positions[i] = applyUpsert(article, doc);
                    results[i] = new SaveResult(article.id(), null);
                } catch (BadRequestException e) {
                    results[i] = new SaveResult(article.id(), e);
                }
            }
        };
        int helpers = Math.min(bulkThreads, (n + 7) / 8) - 1;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < helpers; t++) {
            futures.add(bulkPool.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = writeFailed("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        for (int i = 0; i < n; i++) {
            int last = lastOfId.get(articles.get(i).id());
            if (last != i && !results[last].ok()) {
                results[i] = new SaveResult(articles.get(i).id(), new BadRequestException("article "
                        + articles.get(i).id() + " was not stored: the later article with the same id (item " + last
                        + ") failed"));
            }
        }
        List<Object> pending = new ArrayList<>();
        for (Object p : positions) {
            if (p != null) {
                pending.add(p);
            }
        }
        awaitDurable(pending);
        return List.of(results);
    }

    /**
     * Deletes the article with {@code id} and returns once the deletion is durable; returns false (and changes
     * nothing) when there is no such article.
     */
    public boolean remove(String id) {
        Object position;
        lockForWrite(id);
        try {
            if (!exists(id)) {
                return false;
            }
            long seqNo = writer.deleteDocuments(ArticleDocuments.idTerm(id));
            recentChanges.put(id, new RecentChange(seqNo, false));
            position = wal == null ? null : wal.append(new WriteAheadLog.Delete(id));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed("cannot delete article " + id, e);
        } finally {
            unlockForWrite(id);
        }
        awaitDurable(List.of(position == null ? Boolean.TRUE : position));
        return true;
    }

    /**
     * Returns true when an article with {@code id} exists, counting every change applied so far (also those the
     * searchers do not show yet).
     */
    public boolean exists(String id) {
        RecentChange recent = recentChanges.get(id); // look here first: pruned only once a searcher shows the change
        if (recent != null) {
            return recent.exists;
        }
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new TermQuery(ArticleDocuments.idTerm(id))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Applies an upsert to the writer and logs it; returns what {@link #awaitDurable} needs. */
    private Object applyUpsert(Article article, Document doc) {
        String id = article.id();
        lockForWrite(id);
        try {
            long seqNo = writer.updateDocument(ArticleDocuments.idTerm(id), doc);
            recentChanges.put(id, new RecentChange(seqNo, true));
            return wal == null ? Boolean.TRUE : wal.append(new WriteAheadLog.Upsert(article));
        } catch (IllegalArgumentException e) {
            throw unindexable(id, e); // Lucene refused the document before changing anything (e.g. an immense term)
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed("cannot index article " + id, e);
        } finally {
            unlockForWrite(id);
        }
    }

    private void lockForWrite(String id) {
        if (closed) {
            throw writeFailed("the index is closing", null);
        }
        rotationLock.readLock().lock();
        stripes[Math.floorMod(id.hashCode(), STRIPES)].lock();
    }

    private void unlockForWrite(String id) {
        stripes[Math.floorMod(id.hashCode(), STRIPES)].unlock();
        rotationLock.readLock().unlock();
    }

    /** Waits until the applied changes (WAL positions, or markers in COMMIT mode) are durable. */
    private void awaitDurable(List<Object> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (wal == null) {
                groupCommitter.awaitCommit();
                return;
            }
            Map<WriteAheadLog.Segment, WriteAheadLog.Position> last = new HashMap<>();
            for (Object o : pending) {
                WriteAheadLog.Position p = (WriteAheadLog.Position) o;
                last.merge(p.segment(), p, (a, b) -> a.end() >= b.end() ? a : b);
            }
            for (WriteAheadLog.Position p : last.values()) {
                wal.awaitDurable(p);
            }
            if (changesSinceCheckpoint.getAndAdd(pending.size()) == 0) {
                firstUncheckpointedNanos = System.nanoTime();
            }
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed("the change may not have been stored", e);
        }
    }

    private static NewsBridgeException writeFailed(String what, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new NewsBridgeException("write_failed", what + detail, cause);
    }

    // ---- checkpoints (WAL mode) ------------------------------------------------------------------------------------

    private void maybeCheckpoint() {
        long changes = changesSinceCheckpoint.get();
        if (changes == 0 || closed) {
            return;
        }
        if (changes >= CHECKPOINT_EVERY_CHANGES
                || System.nanoTime() - firstUncheckpointedNanos >= TimeUnit.MILLISECONDS.toNanos(CHECKPOINT_EVERY_MS)) {
            try {
                checkpoint();
            } catch (IOException | RuntimeException e) {
                LOG.error("checkpoint of index {} failed (the write-ahead log keeps the changes)", path, e);
            }
        }
    }

    /** Rotates the log, commits the index with the new generation and deletes the log segments the commit covers. */
    private void checkpoint() throws IOException {
        synchronized (checkpointLock) {
            WriteAheadLog.Segment previous;
            rotationLock.writeLock().lock();
            try {
                previous = wal.rotate();
                changesSinceCheckpoint.set(0);
            } finally {
                rotationLock.writeLock().unlock();
            }
            previous.seal();
            long generation = wal.generation();
            writer.setLiveCommitData(commitData(generation));
            writer.commit();
            wal.deleteBefore(generation);
        }
    }

    // ---- searching -------------------------------------------------------------------------------------------------

    /** Makes all changes so far visible to new searches (blocks until the new searcher is open). */
    public void refresh() {
        try {
            searcherManager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refresh failed", e);
        }
    }

    /** Acquires a searcher; callers must {@link #release} it in a finally block. */
    public IndexSearcher acquire() {
        try {
            return searcherManager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases a searcher from {@link #acquire()}. */
    public void release(IndexSearcher searcher) {
        try {
            searcherManager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the facet ordinal state of the searcher's reader, computed once per reader (it maps every facet value
     * of the index to an ordinal, which is too costly to redo per query). While searches use facets, the background
     * reopen computes it for each new searcher, so searches do not pay for it.
     */
    public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        if (searcher instanceof NewsSearcher ns) {
            facetsInUse = true;
            SortedSetDocValuesReaderState state = ns.facetState();
            if (state != null) {
                return state;
            }
        }
        IndexReader reader = searcher.getIndexReader();
        FacetState current = facetState;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader == reader) {
                return current.state;
            }
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    /** The gazetteer this index's entity extraction uses (queries consult it too). */
    public com.newsbridge.entity.Gazetteer gazetteer() {
        return entityExtractor.gazetteer();
    }

    /** The in-heap facet ordinals of this index's segments, shared by every searcher of it. */
    public FacetOrdinalsCache facetOrdinals() {
        return facetOrdinals;
    }

    /** Returns the number of live articles visible to searches. */
    public int count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Returns the number of articles in the last commit (what a restart would find); 0 for a new index. */
    public static int committedCount(Path path) {
        if (!Files.isDirectory(path)) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + path, e);
        }
    }

    // ---- backup ----------------------------------------------------------------------------------------------------

    /**
     * Copies a consistent snapshot of the index into {@code target} (a new or empty folder) while writes go on: every
     * change acknowledged before the call is in it. The snapshot is a commit held by the {@link SnapshotDeletionPolicy}
     * while its files are copied.
     */
    public IndexBackups.Backup backup(Path target) {
        long start = System.nanoTime();
        commit();
        IndexCommit commit;
        try {
            commit = snapshots.snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot index " + path, e);
        }
        try {
            return IndexBackups.copy(commit, path, target, start);
        } finally {
            try {
                snapshots.release(commit);
                writer.deleteUnusedFiles();
            } catch (IOException | AlreadyClosedException e) {
                LOG.warn("cannot release backup snapshot of {}: {}", path, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // never interrupt a thread that may be inside Lucene: an interrupt closes its file channels
            if (checkpointer != null) {
                checkpointer.shutdown();
                awaitTermination(checkpointer);
            }
            bulkPool.shutdown();
            awaitTermination(bulkPool);
            synchronized (reopenLock) {
                reopenThread.close();
            }
            if (wal != null) {
                synchronized (checkpointLock) {
                    rotationLock.writeLock().lock(); // waits for the writes under way
                    try {
                        wal.close();
                        if (writer.isOpen()) {
                            long next = wal.generation() + 1;
                            writer.setLiveCommitData(commitData(next));
                            writer.commit();
                            WriteAheadLog.deleteBefore(path, next);
                        }
                    } finally {
                        rotationLock.writeLock().unlock();
                    }
                }
            }
            searcherManager.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + path, e);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("background tasks still running after 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A searcher that carries the facet state of its reader. The background reopen computes it right away when the
     * previous searcher's state was used (searches with facets are being served), so those searches do not pay for
     * it; otherwise (e.g. a bulk load with no searches) it is computed on first use.
     */
    private static final class NewsSearcher extends IndexSearcher {

        private final FacetsConfig facetsConfig;
        private volatile SortedSetDocValuesReaderState facetState;
        private volatile boolean facetStateUnavailable;

        /** @param warm when not null, the facet state and the in-heap ordinals of new segments are built now */
        NewsSearcher(IndexReader reader, FacetsConfig facetsConfig, FacetOrdinalsCache warm) {
            super(reader);
            this.facetsConfig = facetsConfig;
            setSimilarity(new BM25Similarity());
            if (warm != null) {
                SortedSetDocValuesReaderState state = facetState();
                if (state != null) {
                    warm.warm(reader, state.getField());
                }
            }
        }

        /** Returns the state, or null when the reader has none (e.g. an empty index without facet fields). */
        SortedSetDocValuesReaderState facetState() {
            SortedSetDocValuesReaderState state = facetState;
            if (state != null || facetStateUnavailable) {
                return state;
            }
            synchronized (this) {
                if (facetState == null && !facetStateUnavailable) {
                    try {
                        facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), facetsConfig);
                    } catch (IOException | IllegalArgumentException e) {
                        facetStateUnavailable = true; // computed (and reported) by the caller's fallback
                    }
                }
                return facetState;
            }
        }
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** The last durable-API change of an id, kept until a searcher shows it. */
    private record RecentChange(long seqNo, boolean exists) {
    }

    /** Forgets the recent changes that the searcher just opened shows. */
    private final class PruneRecentChanges implements ReferenceManager.RefreshListener {

        private long refreshStartSeqNo;
        private long refreshStartNanos;

        @Override
        public void beforeRefresh() {
            refreshStartSeqNo = writer.getMaxCompletedSequenceNumber();
            refreshStartNanos = System.nanoTime();
        }

        @Override
        public void afterRefresh(boolean didRefresh) {
            long shown = refreshStartSeqNo;
            recentChanges.values().removeIf(change -> change.seqNo <= shown);
            long ms = (System.nanoTime() - refreshStartNanos) / 1_000_000;
            if (didRefresh && ms >= SLOW_REOPEN_MS) {
                LOG.warn("reopening the searcher of {} took {} ms: changes became searchable late", path, ms);
            }
        }
    }
}
