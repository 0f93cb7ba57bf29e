package com.newsbridge.cli;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.backend.BackendOptions;
import com.newsbridge.backend.BackendUnavailableException;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.web.NewsBridgeServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: serves the search page and API, indexing the corpus first when the index is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search page and the HTTP API. With no flags, serves the bundled corpus in index-data/.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:NEWSBRIDGE_PORT:-7070}", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--index", defaultValue = "index-data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--corpus", defaultValue = "index-data",
            description = "Corpus indexed when the index is missing or empty (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--backup-dir",
            description = "Folder for POST /api/admin/backup (default: INDEX-backups beside the index folder).")
    Path backupDir;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "Key that enables the write API (Authorization: Bearer KEY); repeatable or comma-separated."
                    + " Prefer the NEWSBRIDGE_API_KEY environment variable: flags show in process lists.")
    List<String> apiKeys = new ArrayList<>();

    @Option(names = "--read-key", paramLabel = "KEY",
            description = "Require this key for reads of /api and /metrics (also NEWSBRIDGE_READ_KEY); repeatable.")
    List<String> readKeys = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser calls from this origin, e.g. https://news.example.org (also"
                    + " NEWSBRIDGE_CORS_ORIGINS); repeatable. Default: CORS off.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "Largest request body, i.e. bulk upload (default: NEWSBRIDGE_MAX_BODY_BYTES or 67108864).")
    Long maxBodyBytes;

    @Option(names = "--max-article-bytes", paramLabel = "N",
            description = "Largest single article (default: NEWSBRIDGE_MAX_ARTICLE_BYTES or 1048576).")
    Long maxArticleBytes;

    @Option(names = "--search-timeout-ms", paramLabel = "MS",
            description = "Time budget of one search; past it the answer is partial (default:"
                    + " NEWSBRIDGE_SEARCH_TIMEOUT_MS or 2000).")
    Long searchTimeoutMs;

    /** The security settings: the environment, then the flags on top. */
    SecurityConfig security(Map<String, String> env) {
        SecurityConfig c = SecurityConfig.fromEnvironment(env)
                .withWriteKeys(apiKeys)
                .withReadKeys(readKeys)
                .withCorsOrigins(corsOrigins);
        c = c.withSizeLimits(maxBodyBytes == null ? c.maxBodyBytes() : maxBodyBytes,
                maxArticleBytes == null ? c.maxArticleBytes() : maxArticleBytes);
        return searchTimeoutMs == null ? c : c.withSearchTimeBudget(Duration.ofMillis(searchTimeoutMs));
    }

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws InterruptedException {
        SecurityConfig security = security(System.getenv()); // a bad setting ends here with one clear line
        NewsBridgeServer server = backend.isOpenSearch()
                ? NewsBridgeServer.startWith(backend.connectOpenSearch(EntityExtractor.bundled()), corpus, host, port, security)
                : NewsBridgeServer.start(corpus, index, host, port,
                        backupDir != null ? backupDir : NewsBridgeServer.defaultBackupFolder(index), security);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        String articles;
        try {
            articles = Long.toString(server.backend().count());
        } catch (BackendUnavailableException e) {
            articles = "? (" + e.getMessage() + ")";
        }
        System.err.printf("NewsBridge serving %s articles from %s on http://localhost:%d/%n", articles,
                server.backend().name(), server.port());
        System.err.println(security.writesEnabled()
                ? "Write API enabled (" + security.writeKeys().size() + " key(s))."
                : "Write API disabled: set NEWSBRIDGE_API_KEY or pass --api-key to enable it.");
        stopped.await();
        return 0;
    }
}
