package com.newsbridge.cli;

import com.newsbridge.index.IndexBackups;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --from DIR --index DIR [--force]}: puts a backup in place of an index. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup (from the backup command or POST /api/admin/backup) into an index folder."
                + " The copy is verified (checksums) before it replaces anything. Stop the server first.")
final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "Backup folder.")
    Path from;

    @Option(names = "--index", defaultValue = "index-data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--force", description = "Replace an index folder that is not empty.")
    boolean force;

    @Override
    public Integer call() {
        IndexBackups.Restore restore = IndexBackups.restore(from, index, force);
        System.out.printf(Locale.ROOT, "restored %d articles from %s into %s (%d files, %.1f MB)%n",
                restore.documents(), from, restore.index(), restore.files(), restore.bytes() / 1e6);
        return 0;
    }
}
