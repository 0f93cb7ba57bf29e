package com.newsbridge.cli;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.IndexBackups;
import com.newsbridge.index.IndexLockedException;
import com.newsbridge.index.NewsIndex;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --index DIR --to DIR}: copies a consistent snapshot of an index no server is running on. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy a consistent snapshot of an index into a new or empty folder. While a server runs on the"
                + " index, use its endpoint instead: curl -X POST http://HOST:PORT/api/admin/backup")
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--index", defaultValue = "index-data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--to", required = true, description = "Backup folder to create (must be missing or empty).")
    Path to;

    @Override
    public Integer call() {
        if (!IndexBackups.indexExists(index)) {
            throw new IllegalArgumentException("no index at " + index);
        }
        NewsIndex newsIndex;
        try {
            newsIndex = NewsIndex.open(index, EntityExtractor.bundled());
        } catch (IndexLockedException e) {
            throw new IllegalStateException("index " + index + " is locked by a running NewsBridge server or indexer;"
                    + " take the backup through the server: curl -X POST http://HOST:PORT/api/admin/backup", e);
        }
        try (newsIndex) {
            IndexBackups.Backup backup = newsIndex.backup(to);
            System.out.printf(Locale.ROOT, "backup of %d articles written to %s (%d files, %.1f MB) in %d ms%n",
                    backup.documents(), backup.path(), backup.files(), backup.bytes() / 1e6, backup.tookMs());
            return 0;
        }
    }
}
