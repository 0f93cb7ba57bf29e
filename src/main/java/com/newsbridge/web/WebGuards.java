package com.newsbridge.web;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.search.ResultSummaryCache;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.function.Consumer;

/**
 * Installs the request guards and observability on a Javalin configuration, in one call from {@link NewsBridgeApp}:
 *
 * <ol>
 *   <li>a before-handler for every request: {@link SecurityHeaders}, then {@link Cors} (which answers preflights),
 *       then {@link AccessControl}, then {@link RequestLimits};</li>
 *   <li>the JSON mapping of their {@link ApiError}s (401/403/413, with headers such as {@code WWW-Authenticate});</li>
 *   <li>Javalin's body limit ({@code maxRequestSize}) and a Jetty error handler that answers JSON too;</li>
 *   <li>{@code GET /metrics} ({@link Metrics}) and one access-log line per request ({@link RequestLog}).</li>
 * </ol>
 */
public final class WebGuards {

    /** Request attribute a handler sets to {@code true} when its search answered partial results. */
    public static final String PARTIAL_ATTRIBUTE = "newsbridge.partial";

    private WebGuards() {
    }

    /**
     * Installs everything.
     *
     * @param accessLog where access-log lines go ({@link RequestLog#SLF4J}, {@link RequestLog#OFF} or a test sink)
     * @return the metrics, for handlers that count more
     */
    public static Metrics install(JavalinConfig config, SecurityConfig security, NewsIndex index,
                                  Consumer<String> accessLog) {
        return install(config, security, index, null, accessLog);
    }

    /**
     * Installs everything, with the embedded searcher's result cache reported on {@code /metrics} ({@code null}: none).
     */
    public static Metrics install(JavalinConfig config, SecurityConfig security, NewsIndex index,
                                  ResultSummaryCache resultCache, Consumer<String> accessLog) {
        Metrics metrics = new Metrics();
        Cors cors = new Cors(security.corsOrigins());
        AccessControl access = new AccessControl(security);
        RequestLimits limits = new RequestLimits(security);

        // Javalin's limit applies where a handler reads the whole body at once: the single-article writes (the bulk
        // endpoint streams its body and applies its own limit)
        config.http.maxRequestSize = security.maxArticleBytes();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        // Jetty caches header lines per connection and by default matches them ignoring case, so "Bearer ABC" could
        // come back as an earlier "Bearer abc": keys would compare case-insensitively on a reused connection
        config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
        config.routes.before(ctx -> {
            SecurityHeaders.apply(ctx);
            if (cors.handle(ctx)) {
                ctx.skipRemainingHandlers();
                return;
            }
            access.check(ctx);
            limits.check(ctx);
        });
        config.routes.exception(ApiError.class, (e, ctx) -> {
            metrics.rejected(e.code());
            // read the small unread body of a refused request (and an authenticated client's article that is at most
            // twice too large), so that the client sees the answer instead of a connection reset
            drain(ctx, e.status() == 413 ? Math.max(DRAIN_LIMIT, 2 * security.maxArticleBytes()) : DRAIN_LIMIT);
            e.headers().forEach(ctx::header);
            ctx.status(e.status()).json(JsonViews.error(e.code(), e.getMessage()));
        });
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.render(index, resultCache)));
        config.requestLogger.http((ctx, ms) -> {
            String route = route(ctx);
            int status = ctx.statusCode();
            metrics.record(ctx.method().name(), route, status, ms / 1000.0);
            if (Boolean.TRUE.equals(ctx.attribute(PARTIAL_ATTRIBUTE))) {
                metrics.partialSearch();
            }
            String q = ctx.path().startsWith("/api/") ? safeQueryParam(ctx) : null;
            accessLog.accept(RequestLog.line(ctx.method().name(), ctx.path(), route, status, ms,
                    q == null ? 0 : q.length()));
        });
        return metrics;
    }

    /** Largest unread body of a refused request that is read and discarded before answering. */
    static final long DRAIN_LIMIT = 64 * 1024;

    /**
     * Reads and discards the unread body of a refused request when it declares at most {@code limit} bytes and did
     * not ask to be invited ({@code Expect: 100-continue}). A server that answers without reading the body closes the
     * connection with data unread, and the client, often still sending, may see a reset rather than the answer.
     */
    static void drain(Context ctx, long limit) {
        long length = ctx.req().getContentLengthLong();
        if (length <= 0 || length > limit || ctx.header("Expect") != null) {
            return;
        }
        try {
            ctx.req().getInputStream().skipNBytes(length);
        } catch (java.io.IOException | RuntimeException gone) {
            // read already, or the client went away: nothing to drain
        }
    }

    /** The matched route pattern, or {@code static} / {@code unmatched}: a label with few values. */
    static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            if (endpoint != null && endpoint.method.isHttpMethod() && !endpoint.path.equals("*")) {
                return endpoint.path;
            }
        } catch (RuntimeException noEndpoint) {
            // no route matched
        }
        boolean read = HandlerType.GET.equals(ctx.method()) || HandlerType.HEAD.equals(ctx.method());
        return read && ctx.statusCode() < 400 && !ctx.path().startsWith("/api/") ? "static" : "unmatched";
    }

    private static String safeQueryParam(Context ctx) {
        try {
            return ctx.queryParam("q");
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
