package com.newsbridge.web;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.backend.BackendUnavailableException;
import com.newsbridge.backend.LuceneBackend;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running NewsBridge server: an open index plus the HTTP app on a port. Used by the {@code serve} command and by
 * tests.
 */
public final class NewsBridgeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsBridgeServer.class);

    private final NewsIndex index;
    private final Javalin javalin;
    private final IndexReport buildReport;
    private final SearchBackend backend;

    private NewsBridgeServer(NewsIndex index, Javalin javalin, IndexReport buildReport) {
        this(index, javalin, buildReport, null);
    }

    private NewsBridgeServer(NewsIndex index, Javalin javalin, IndexReport buildReport, SearchBackend backend) {
        this.index = index;
        this.javalin = javalin;
        this.buildReport = buildReport;
        this.backend = backend;
    }

    /**
     * Opens the index in {@code indexDir}, first indexing {@code corpusDir} when the index is missing or empty (pass
     * {@code null} to never index), and serves it on {@code port} (0 picks a free port).
     */
    public static NewsBridgeServer start(Path corpusDir, Path indexDir, int port) {
        return start(corpusDir, indexDir, "0.0.0.0", port);
    }

    /**
     * As {@link #start(Path, Path, int)}, listening on {@code host}; backups of {@code POST /api/admin/backup} go to
     * {@link #defaultBackupFolder(Path)}.
     */
    public static NewsBridgeServer start(Path corpusDir, Path indexDir, String host, int port) {
        return start(corpusDir, indexDir, host, port, defaultBackupFolder(indexDir));
    }

    /** The backup folder used when none is given: {@code INDEX-backups} beside the index folder. */
    public static Path defaultBackupFolder(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-backups");
    }

    /**
     * As {@link #start(Path, Path, String, int)}, with the folder where {@code POST /api/admin/backup} writes backups
     * ({@code null}: no backups over HTTP). Writes made through the API are durable before they are acknowledged
     * (durability mode: {@link NewsIndex.Durability#configured()}).
     */
    public static NewsBridgeServer start(Path corpusDir, Path indexDir, String host, int port, Path backupFolder) {
        return start(corpusDir, indexDir, host, port, backupFolder, SecurityConfig.defaults());
    }

    /**
     * As {@link #start(Path, Path, String, int, Path)}, with the given keys, CORS origins and limits. The other
     * overloads use {@link SecurityConfig#defaults()}: writes disabled (403), reads open, CORS off.
     */
    public static NewsBridgeServer start(Path corpusDir, Path indexDir, String host, int port, Path backupFolder,
                                         SecurityConfig security) {
        NewsIndex index = NewsIndex.open(indexDir, EntityExtractor.bundled());
        try {
            IndexReport report = null;
            if (corpusDir != null && index.count() == 0) {
                LOG.info("index {} is empty: indexing {}", indexDir, corpusDir);
                report = new CorpusIndexer(index, 0, System.err).indexFolder(corpusDir);
                LOG.info("{}", report.summary());
                report.problems().forEach(p -> LOG.warn("skipped {}", p));
            }
            ArticleSearcher searcher = new ArticleSearcher(index, security.searchTimeBudget());
            Javalin javalin = new NewsBridgeApp(index, searcher, backupFolder, security).create();
            javalin.start(host, port);
            warmUp(searcher);
            return new NewsBridgeServer(index, javalin, report);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Runs a few searches of each kind on a background thread once the server listens, so that the first users do not
     * pay for loading and compiling the search path (0.5–3 s on a 2-core machine): a blank browse (whose facets are
     * then remembered), Chinese and English words, a phrase and a person filter. Failures are only logged.
     */
    private static void warmUp(ArticleSearcher searcher) {
        List<SearchRequest> requests = List.of(SearchRequest.of(""), SearchRequest.of("中国 OR 新闻"),
                SearchRequest.of("news OR world").withSort(SearchRequest.Sort.DATE), SearchRequest.of("\"United Nations\""),
                SearchRequest.of("").withPeople(List.of("Xi Jinping")).withPage(2, 10));
        Thread thread = new Thread(() -> {
            try {
                for (SearchRequest request : requests) {
                    searcher.search(request);
                }
            } catch (RuntimeException e) {
                LOG.debug("warm-up search failed: {}", e.toString());
            }
        }, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** As {@link #startWith(SearchBackend, Path, String, int, SecurityConfig)} with the secure defaults. */
    public static NewsBridgeServer startWith(SearchBackend backend, Path corpusDir, String host, int port) {
        return startWith(backend, corpusDir, host, port, SecurityConfig.defaults());
    }

    /**
     * Serves {@code backend} (for instance an {@link com.newsbridge.backend.OpenSearchBackend}) on {@code host:port},
     * first indexing {@code corpusDir} into it when it holds no article ({@code null}: never). A backend that cannot be
     * reached now does not stop the server: the corpus is not indexed, requests answer 503 until it is back. The
     * server closes the backend. No backups over HTTP (a cluster has its own snapshots).
     */
    public static NewsBridgeServer startWith(SearchBackend backend, Path corpusDir, String host, int port,
                                         SecurityConfig security) {
        try {
            IndexReport report = null;
            if (corpusDir != null) {
                try {
                    if (backend.count() == 0) {
                        LOG.info("the {} backend holds no article: indexing {}", backend.name(), corpusDir);
                        report = backend.indexFolder(corpusDir, 0, System.err);
                        LOG.info("{}", report.summary());
                        report.problems().forEach(p -> LOG.warn("skipped {}", p));
                    }
                } catch (BackendUnavailableException e) {
                    LOG.warn("not indexing {}: {}", corpusDir, e.getMessage());
                }
            }
            Javalin javalin = new NewsBridgeApp(backend, null, security).create();
            javalin.start(host, port);
            NewsIndex local = backend instanceof LuceneBackend lucene ? lucene.index() : null;
            return new NewsBridgeServer(local, javalin, report, backend);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Returns the backend the server serves ({@link LuceneBackend} over {@link #index()} for the embedded index). */
    public SearchBackend backend() {
        return backend != null ? backend : new LuceneBackend(index, false);
    }

    /** Returns the port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /** Returns the embedded index the server serves, or {@code null} when it serves another backend. */
    public NewsIndex index() {
        return index;
    }

    /** Returns the report of the start-up indexing run, or {@code null} when the index already had articles. */
    public IndexReport buildReport() {
        return buildReport;
    }

    @Override
    public void close() {
        javalin.stop();
        if (backend != null) {
            backend.close();
        } else {
            index.close();
        }
    }
}
