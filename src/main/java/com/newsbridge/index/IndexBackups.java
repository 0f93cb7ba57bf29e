package com.newsbridge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Backups of a NewsBridge index: a copy of the files of one commit (taken from a live index through its
 * {@link org.apache.lucene.index.SnapshotDeletionPolicy}, see {@link NewsIndex#backup}), and restoring such a copy into
 * an index folder.
 *
 * <p>A backup folder is a plain Lucene index: {@code segments_N} and the files it references, each fsync'd. It holds
 * no write-ahead log, because a backup is taken right after a checkpoint.
 */
public final class IndexBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private IndexBackups() {
    }

    /**
     * A finished backup.
     *
     * @param path       the backup folder
     * @param documents  live articles in it
     * @param files      number of files copied
     * @param bytes      bytes copied
     * @param generation the generation of the commit it copies
     * @param tookMs     time taken, commit and copy included
     */
    public record Backup(Path path, int documents, int files, long bytes, long generation, long tookMs) {
    }

    /** A finished restore: the index folder and the number of articles it now holds. */
    public record Restore(Path index, int documents, int files, long bytes) {
    }

    /**
     * Creates and returns a new empty folder for a backup taken now inside {@code parent}:
     * {@code backup-YYYYMMDD-HHMMSS-mmm} (UTC), with a {@code -2}, {@code -3}… suffix when that exists.
     */
    public static Path newBackupFolder(Path parent) {
        String base = "backup-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        try {
            Files.createDirectories(parent);
            for (int i = 1; ; i++) {
                Path candidate = parent.resolve(i == 1 ? base : base + "-" + i);
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException e) {
                    // taken by a concurrent backup: try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a backup folder in " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Returns true when {@code folder} holds a NewsBridge index (a Lucene commit or a write-ahead log). */
    public static boolean indexExists(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.isDirectory(folder.resolve(WriteAheadLog.FOLDER))) {
            return true;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Copies the files of {@code commit} from {@code indexFolder} into the new or empty folder {@code target}. */
    static Backup copy(IndexCommit commit, Path indexFolder, Path target, long startNanos) {
        try {
            requireEmptyOrMissing(target, "backup folder");
            Files.createDirectories(target);
            List<String> names = new ArrayList<>(commit.getFileNames());
            names.sort(Comparator.comparing((String n) -> n.startsWith("segments_")).thenComparing(n -> n));
            long bytes = copyFiles(indexFolder, target, names); // segments_N last: a partial copy is no index
            int documents;
            try (DirectoryReader reader = DirectoryReader.open(commit)) {
                documents = reader.numDocs();
            }
            return new Backup(target, documents, names.size(), bytes, commit.getGeneration(),
                    (System.nanoTime() - startNanos) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores the backup in {@code from} into the index folder {@code index}. The backup is first copied beside the
     * target and verified (checksums of every file), then swapped in, so a failed restore leaves the target as it was.
     *
     * @param force replace a target folder that is not empty (never one a running server holds)
     * @throws IllegalArgumentException when {@code from} holds no index or the target is not empty and not forced
     * @throws IndexLockedException when a running server or indexer holds the target index
     */
    public static Restore restore(Path from, Path index, boolean force) {
        try {
            if (!Files.isDirectory(from)) {
                throw new IllegalArgumentException("backup folder not found: " + from);
            }
            SegmentInfos infos;
            try (Directory dir = FSDirectory.open(from)) {
                if (!DirectoryReader.indexExists(dir)) {
                    throw new IllegalArgumentException("no index in backup folder " + from);
                }
                infos = SegmentInfos.readLatestCommit(dir);
            }
            boolean targetHasFiles = Files.isDirectory(index) && !isEmpty(index);
            if (Files.exists(index) && !Files.isDirectory(index)) {
                throw new IllegalArgumentException("index path " + index + " is not a folder");
            }
            if (targetHasFiles && !force) {
                throw new IllegalArgumentException("index folder " + index
                        + " is not empty; pass --force to replace it with the backup");
            }
            Path absolute = index.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
            Path staging = absolute.resolveSibling(absolute.getFileName() + ".restoring-" + stamp);
            List<String> names = new ArrayList<>(infos.files(true));
            names.sort(Comparator.comparing((String n) -> n.startsWith("segments_")).thenComparing(n -> n));
            long bytes = copyFiles(from, staging, names);
            int documents = verify(staging);
            if (targetHasFiles || Files.isDirectory(absolute)) {
                Path old = absolute.resolveSibling(absolute.getFileName() + ".replaced-" + stamp);
                try (Directory dir = FSDirectory.open(absolute); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    // nobody writes the target while we hold its lock; moving the folder keeps the lock file with it
                    Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (LockObtainFailedException e) {
                    deleteTree(staging);
                    throw new IndexLockedException(index, e);
                }
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
            IOUtils.fsync(absolute.getParent(), true);
            return new Restore(index, documents, names.size(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("restore from " + from + " failed: " + e.getMessage(), e);
        }
    }

    /** Checks every file's checksum (CheckIndex level 1) and returns the number of live articles. */
    private static int verify(Path folder) throws IOException {
        try (Directory dir = FSDirectory.open(folder); CheckIndex check = new CheckIndex(dir)) {
            check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
            CheckIndex.Status status = check.checkIndex();
            if (!status.clean) {
                throw new IOException("the copy of the backup in " + folder + " is damaged (CheckIndex failed)");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        }
    }

    private static long copyFiles(Path fromFolder, Path toFolder, List<String> names) throws IOException {
        Files.createDirectories(toFolder);
        long bytes = 0;
        for (String name : names) {
            Path to = toFolder.resolve(name);
            Files.copy(fromFolder.resolve(name), to);
            IOUtils.fsync(to, false);
            bytes += Files.size(to);
        }
        IOUtils.fsync(toFolder, true);
        return bytes;
    }

    private static void requireEmptyOrMissing(Path folder, String what) throws IOException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new FileAlreadyExistsException(what + " " + folder + " exists and is not empty");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
