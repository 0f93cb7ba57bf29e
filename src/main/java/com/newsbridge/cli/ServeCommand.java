package com.newsbridge.cli;

import com.newsbridge.web.NewsBridgeServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws InterruptedException {
        NewsBridgeServer server = NewsBridgeServer.start(corpus, index, host, port,
                backupDir != null ? backupDir : NewsBridgeServer.defaultBackupFolder(index));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        System.err.printf("NewsBridge serving %d articles on http://localhost:%d/%n", server.index().count(), server.port());
        stopped.await();
        return 0;
    }
}
