package com.newsbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.Article;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery of {@link NewsIndex} in-process: a copy of the index folder taken right after durable writes returned is
 * what a crash at that moment leaves on disk (the process's writes are all in the page cache, which a SIGKILL does not
 * lose). Opening the copy must show every change, once.
 */
class WriteAheadLogRecoveryTest {

    private static final EntityExtractor EXTRACTOR = EntityExtractor.bundled();

    @TempDir
    Path tmp;

    static Article article(int n, int version) {
        return new Article("wal-" + n, "Title " + n, "", "Body of article " + n + " version" + version, "中文正文" + n,
                List.of("walkeyword"), "http://wal.test/" + n, null, (long) version);
    }

    @Test
    void aCrashCopyHasEveryAcknowledgedChangeInWalMode() throws IOException {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            for (int i = 0; i < 30; i++) {
                live.save(article(i, 1));
            }
            live.commit(); // a checkpoint: 0..29 in the commit, the log starts again
            live.saveAll(List.of(article(30, 1), article(31, 1), article(5, 2)));
            assertThat(live.remove("wal-7")).isTrue();
            assertThat(live.remove("wal-7")).isFalse();
            assertThat(live.remove("no-such-id")).isFalse();
            copyTree(index, crash); // the disk as a kill -9 now would leave it
        }
        CrashDurabilityTest.assertClean(crash, "of the crash copy");
        assertThat(NewsIndex.committedCount(crash)).isEqualTo(30); // the last commit lacks the logged changes...
        Map<String, Long> versions = openAndRead(crash);
        assertThat(versions).hasSize(31); // ...which the open redoes
        assertThat(versions).doesNotContainKey("wal-7").containsEntry("wal-5", 2L).containsEntry("wal-31", 1L);
        assertThat(walSegments(crash)).isEmpty(); // redone and committed; a clean close leaves no log
    }

    @Test
    void checkpointsRacingWritersNeverFailAWrite() throws Exception {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread checkpoints = new Thread(() -> {
                while (!done.get()) {
                    try {
                        live.commit(); // log rotation while writers append and wait for their fsyncs
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
            checkpoints.start();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    for (int i = 0; i < 100; i++) {
                        try {
                            int n = writer * 1000 + i;
                            live.save(article(n, 1));
                            if (i % 10 == 9) {
                                live.remove("wal-" + (n - 5));
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
                writers.add(t);
                t.start();
            }
            for (Thread t : writers) {
                t.join();
            }
            done.set(true);
            checkpoints.join();
            copyTree(index, crash);
        }
        assertThat(failures).isEmpty();
        assertThat(openAndRead(crash)).hasSize(4 * (100 - 10));
    }

    @Test
    void aTornRecordAtTheEndOfTheLogIsIgnored() throws IOException {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            for (int i = 0; i < 5; i++) {
                live.save(article(i, 1));
            }
            copyTree(index, crash);
        }
        List<Path> segments = walSegments(crash);
        Path last = segments.get(segments.size() - 1);
        // a record header promising 1000 bytes, then only a few: a write cut by the crash
        Files.write(last, new byte[] {0, 0, 3, (byte) 232, 1, 2, 3, 4, 5, 6, 7}, StandardOpenOption.APPEND);
        assertThat(openAndRead(crash)).hasSize(5);
    }

    @Test
    void redoingTheLogTwiceChangesNothing() throws IOException {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            for (int i = 0; i < 10; i++) {
                live.save(article(i, 1));
            }
            live.save(article(3, 2));
            live.remove("wal-4");
            copyTree(index, crash);
        }
        List<Path> segments = walSegments(crash);
        Path last = segments.get(segments.size() - 1);
        Files.copy(last, last.resolveSibling("wal-0000000000000099.log")); // the same changes again, later
        Map<String, Long> versions = openAndRead(crash);
        assertThat(versions).hasSize(9).containsEntry("wal-3", 2L).doesNotContainKey("wal-4");
    }

    @Test
    void aCrashCopyHasEveryAcknowledgedChangeInCommitMode() throws IOException {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.COMMIT)) {
            for (int i = 0; i < 5; i++) {
                live.save(article(i, 1));
            }
            live.remove("wal-2");
            copyTree(index, crash);
        }
        assertThat(NewsIndex.committedCount(crash)).isEqualTo(4);
        assertThat(openAndRead(crash)).hasSize(4).doesNotContainKey("wal-2");
    }

    @Test
    void switchingModesKeepsLoggedChanges() throws IOException {
        Path index = tmp.resolve("index");
        Path crash = tmp.resolve("crash");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            live.save(article(1, 1));
            copyTree(index, crash);
        }
        try (NewsIndex reopened = NewsIndex.open(crash, EXTRACTOR, NewsIndex.Durability.COMMIT)) {
            assertThat(reopened.count()).isEqualTo(1);
        }
        assertThat(walSegments(crash)).isEmpty();
    }

    @Test
    void aCleanCloseLeavesNoLogToRedo() throws IOException {
        Path index = tmp.resolve("index");
        try (NewsIndex live = NewsIndex.open(index, EXTRACTOR, NewsIndex.Durability.WAL)) {
            live.save(article(1, 1));
        }
        assertThat(walSegments(index)).isEmpty();
        assertThat(NewsIndex.committedCount(index)).isEqualTo(1);
    }

    /** Opens the index (redoing its log), closes it, and returns id → version of every live article. */
    static Map<String, Long> openAndRead(Path folder) throws IOException {
        try (NewsIndex reopened = NewsIndex.open(folder, EXTRACTOR, NewsIndex.Durability.WAL)) {
            assertThat(reopened.exists("wal-0") || reopened.count() >= 0).isTrue();
        }
        Map<String, Long> versions = new HashMap<>();
        try (Directory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        var doc = stored.document(d);
                        Long previous = versions.put(doc.get(Fields.ID), doc.getField(Fields.VIEWS).numericValue().longValue());
                        assertThat(previous).as("duplicate of %s", doc.get(Fields.ID)).isNull();
                    }
                }
            }
        }
        return versions;
    }

    static List<Path> walSegments(Path index) throws IOException {
        Path folder = index.resolve("wal");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList());
        }
    }

    /**
     * Copies the index folder as a crash now would leave it. Background merges may still be running: a file they delete
     * between the listing and the copy was not part of the last commit, so it is skipped wherever it vanishes (while
     * walking or while copying), never failing the copy.
     */
    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().equals("write.lock")) {
                    try {
                        Files.copy(file, to.resolve(from.relativize(file).toString()));
                    } catch (NoSuchFileException e) {
                        // deleted meanwhile by a merge: not part of the last commit (CheckIndex would tell)
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // listed, then deleted by a merge before its attributes were read
                }
                throw e;
            }
        });
    }
}
