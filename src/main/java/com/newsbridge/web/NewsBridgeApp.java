package com.newsbridge.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.backend.LuceneBackend;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.config.SecurityConfig;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.NewsBridgeException;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.search.ArticleSearcher;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NewsBridge HTTP application: the JSON API under {@code /api} and the search page at {@code /}. It takes its
 * dependencies (the index and its searcher) and owns nothing else, so tests can start it on any index.
 *
 * <p>Errors are mapped to HTTP in one place: {@link BadRequestException} (and its subclasses, such as a query that
 * does not parse) → 400, {@link NotFoundException} → 404, anything unexpected → 500 with a logged stack trace. Every
 * error body is JSON {@code {"error": code, "message": text}}; no stack trace reaches a client.
 */
public final class NewsBridgeApp {

    private static final Logger LOG = LoggerFactory.getLogger(NewsBridgeApp.class);

    private final NewsIndex index;
    private final SearchBackend searcher;
    private final Path backupFolder;
    private final SecurityConfig security;
    private Consumer<String> accessLog;

    /** An app with the secure defaults of {@link SecurityConfig#defaults()}: writes disabled (403), reads open. */
    public NewsBridgeApp(NewsIndex index, ArticleSearcher searcher) {
        this(index, searcher, null);
    }

    /** @param backupFolder where {@code POST /api/admin/backup} writes backups ({@code null}: the endpoint answers 503) */
    public NewsBridgeApp(NewsIndex index, ArticleSearcher searcher, Path backupFolder) {
        this(index, searcher, backupFolder, SecurityConfig.defaults());
    }

    /** As {@link #NewsBridgeApp(NewsIndex, ArticleSearcher, Path)}, with the given keys, CORS origins and limits. */
    public NewsBridgeApp(NewsIndex index, ArticleSearcher searcher, Path backupFolder, SecurityConfig security) {
        this(new LuceneBackend(index, searcher, false), index, backupFolder, security);
    }

    /**
     * An app over any backend: the embedded index or an OpenSearch cluster ({@code backupFolder} serves only the
     * embedded index; a cluster is backed up with its own snapshots).
     */
    public NewsBridgeApp(SearchBackend backend, Path backupFolder, SecurityConfig security) {
        this(backend, backend instanceof LuceneBackend lucene ? lucene.index() : null, backupFolder, security);
    }

    private NewsBridgeApp(SearchBackend backend, NewsIndex index, Path backupFolder, SecurityConfig security) {
        this.index = index;
        this.searcher = backend;
        this.backupFolder = backupFolder;
        this.security = security;
        this.accessLog = security.accessLog() ? RequestLog.SLF4J : RequestLog.OFF;
    }

    /** Sends the access log (one line per request) to {@code sink} instead of the {@code newsbridge.access} logger. */
    public NewsBridgeApp accessLog(Consumer<String> sink) {
        this.accessLog = sink;
        return this;
    }

    /** Creates the (not yet started) Javalin server. */
    public Javalin create() {
        ObjectMapper mapper = new ObjectMapper();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.defaultContentType = "application/json";
            config.startup.showJavalinBanner = false;
            // access control, security headers, CORS, size limits, /metrics and the access log (see WebGuards)
            WebGuards.install(config, security, index,
                    searcher instanceof LuceneBackend lucene ? lucene.searcher().resultSummaries() : null, accessLog);
            if (NewsBridgeApp.class.getResource("/public/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/public";
                    files.location = Location.CLASSPATH;
                });
            }
            config.routes.get("/api/health", this::health);
            config.routes.get("/api/search", new SearchHandler(searcher));
            config.routes.get("/api/articles/{id}", new ArticleHandler(searcher));
            config.routes.get("/api/facets/{facet}", new FacetHandler(searcher));
            // Write routes: every one is POST/PUT/DELETE under /api/articles or /api/admin (one place for an auth check).
            ArticleWriteHandler writes = new ArticleWriteHandler(searcher, security.maxBodyBytes(),
                    security.maxArticleBytes());
            config.routes.post("/api/articles", writes::create);
            config.routes.post("/api/articles/bulk", writes::bulk);
            config.routes.put("/api/articles/{id}", writes::replace);
            config.routes.delete("/api/articles/{id}", writes::delete);
            config.routes.post("/api/admin/backup", index != null ? new BackupHandler(index, backupFolder) : ctx -> {
                throw new NewsBridgeException("backup_unavailable", "the " + searcher.name() + " backend is backed up"
                        + " with the cluster's own snapshots, not by NewsBridge");
            });
            config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e));
            config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e));
            config.routes.exception(NewsBridgeException.class, (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                error(ctx, 503, e);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(JsonViews.error(statusCode(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(JsonViews.error("internal", "internal error; the server log has the details"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    ctx.json(JsonViews.error("not_found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, ctx -> ctx.json(JsonViews.error("method_not_allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
        });
    }

    private void health(Context ctx) {
        long documents = searcher.count(); // 503 when the backend is unavailable
        ctx.json(Map.of("status", "ok", "documents", documents, "backend", searcher.name()));
    }

    private static void error(Context ctx, int status, NewsBridgeException e) {
        ctx.status(status).json(JsonViews.error(e.code(), e.getMessage()));
    }

    private static String statusCode(int status) {
        HttpStatus s = HttpStatus.forStatus(status);
        return s.getMessage().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
