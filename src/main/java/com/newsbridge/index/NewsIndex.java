package com.newsbridge.index;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.Article;
import com.newsbridge.model.IndexedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a NewsBridge corpus: one {@link IndexWriter} for all writes and a {@link SearcherManager} for
 * near-real-time searchers. Thread-safe: any number of threads may write and search at once.
 *
 * <p>Writes become visible to searchers after {@link #refresh()} and durable after {@link #commit()}; a crash loses
 * at most the changes since the last commit, never a committed article.
 */
public final class NewsIndex implements Closeable {

    /** The RAM buffer before a segment is flushed; larger buffers mean fewer merges when bulk indexing. */
    static final double RAM_BUFFER_MB = 128;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = ArticleDocuments.newFacetsConfig();
    private final EntityExtractor entityExtractor;
    private final ArticleDocuments documents;
    private volatile FacetState facetState;

    private NewsIndex(Path path, EntityExtractor entityExtractor) throws IOException {
        this.path = path;
        this.entityExtractor = entityExtractor;
        this.documents = new ArticleDocuments(facetsConfig, entityExtractor.gazetteer());
        this.analyzer = newAnalyzer();
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setSimilarity(new BM25Similarity())
                .setCommitOnClose(true);
        ((ConcurrentMergeScheduler) config.getMergeScheduler()).setDefaultMaxMergesAndThreads(false);
        this.writer = new IndexWriter(directory, config);
        this.searcherManager = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                return searcher;
            }
        });
    }

    /**
     * Opens (creating when needed) the index in folder {@code path}.
     *
     * @throws UncheckedIOException when the folder cannot be opened or is locked by another writer
     */
    public static NewsIndex open(Path path, EntityExtractor entityExtractor) {
        try {
            return new NewsIndex(path, entityExtractor);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexLockedException(path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + path + ": " + e.getMessage(), e);
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

    /** Returns the facets configuration. */
    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Extracts the article's entities and adds it, replacing any article with the same id. Not yet visible. */
    public IndexedArticle upsert(Article article) {
        IndexedArticle indexed = entityExtractor.extract(article);
        try {
            writer.updateDocument(ArticleDocuments.idTerm(article.id()), documents.toDocument(indexed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + article.id(), e);
        }
        return indexed;
    }

    /** Deletes the article with {@code id} (no effect when absent). Not yet visible. */
    public void delete(String id) {
        try {
            writer.deleteDocuments(ArticleDocuments.idTerm(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + id, e);
        }
    }

    /** Makes all changes durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed", e);
        }
    }

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
     * of the index to an ordinal, which is too costly to redo per query).
     */
    public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
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

    @Override
    public void close() {
        try {
            searcherManager.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + path, e);
        }
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
