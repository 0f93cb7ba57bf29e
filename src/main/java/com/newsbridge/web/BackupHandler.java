package com.newsbridge.web;

import com.newsbridge.index.IndexBackups;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.NewsBridgeException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/admin/backup}: writes a consistent snapshot of the live index into a new folder
 * {@code backup-YYYYMMDD-HHMMSS-mmm} of the configured backup folder and answers 201 with its {@code path},
 * {@code documents}, {@code files}, {@code bytes}, {@code generation} and {@code tookMs}. Every change acknowledged
 * before the request is in it; writes go on meanwhile.
 */
final class BackupHandler implements Handler {

    private final NewsIndex index;
    private final Path backupFolder;

    /** @param backupFolder where backups go, or {@code null} when none is configured (the endpoint answers 503) */
    BackupHandler(NewsIndex index, Path backupFolder) {
        this.index = index;
        this.backupFolder = backupFolder;
    }

    @Override
    public void handle(Context ctx) {
        if (backupFolder == null) {
            throw new NewsBridgeException("backup_unavailable", "no backup folder is configured (serve --backup-dir DIR)");
        }
        IndexBackups.Backup backup = index.backup(IndexBackups.newBackupFolder(backupFolder.toAbsolutePath()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", backup.path().toString());
        json.put("documents", backup.documents());
        json.put("files", backup.files());
        json.put("bytes", backup.bytes());
        json.put("generation", backup.generation());
        json.put("tookMs", backup.tookMs());
        ctx.status(201).json(json);
    }
}
