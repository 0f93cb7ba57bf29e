package com.newsbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.TestCorpus;
import com.newsbridge.cli.NewsBridgeCli;
import com.newsbridge.index.Fields;
import com.newsbridge.web.NewsBridgeServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of a live index ({@code POST /api/admin/backup}, taken while writers write) and of an idle one
 * ({@code backup} command), {@code restore}, and the command line's one-line refusals while a server holds the index.
 */
class BackupRestoreTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void saveStreams() {
        savedOut = System.out;
        savedErr = System.err;
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** Runs a command with stdout and stderr captured. */
    private int cli(String... args) {
        out.reset();
        err.reset();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return NewsBridgeCli.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBackupTakenDuringWritesRestoresToAConsistentIndexWithEverythingAcknowledgedBeforeIt() throws Exception {
        List<String> base = DurabilityFixtures.bundledJsonBodies();
        Path index = tmp.resolve("index");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> ackedBeforeBackup;
        JsonNode backup;
        try (NewsBridgeServer server = NewsBridgeServer.start(TestCorpus.write(tmp.resolve("corpus")), index,
                "127.0.0.1", 0, tmp.resolve("backups"), com.newsbridge.security.TestKeys.config())) {
            DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.port());
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        String token = "backupw" + writer + "n" + n;
                        String body = DurabilityFixtures.variant(base.get(n % base.size()), token);
                        attempted.add(com.newsbridge.ingest.ArticleIds.fromSource("http://test.newsbridge/" + token));
                        try {
                            acked.add(client.postJson(body));
                        } catch (Exception e) {
                            synchronized (failures) {
                                failures.add(e.toString());
                            }
                        }
                    }
                });
                writers.add(t);
                t.start();
            }
            Thread.sleep(1000);
            ackedBeforeBackup = Set.copyOf(acked);
            DurabilityFixtures.Client.Response r = client.send("POST", "/api/admin/backup", null, null);
            assertThat(r.status()).isEqualTo(201);
            backup = r.json();
            Thread.sleep(500); // writes go on after the backup
            stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(acked.size()).isGreaterThan(ackedBeforeBackup.size());
        }
        Path backupPath = Path.of(backup.get("path").asText());
        assertThat(backupPath.getParent()).isEqualTo(tmp.resolve("backups").toAbsolutePath());

        Path restored = tmp.resolve("restored");
        assertThat(cli("restore", "--from", backupPath.toString(), "--index", restored.toString())).isZero();
        assertThat(out()).startsWith("restored " + backup.get("documents").asInt() + " articles from " + backupPath);
        CrashDurabilityTest.assertClean(restored, "of the restored backup");

        Map<String, Integer> copies = liveIds(restored);
        assertThat(copies.values()).as("each article once").allMatch(c -> c == 1);
        assertThat(copies).hasSize(backup.get("documents").asInt());
        assertThat(copies.keySet()).containsAll(ackedBeforeBackup);
        Set<String> possible = new HashSet<>(attempted);
        possible.addAll(liveIds(index).keySet()); // the corpus articles
        assertThat(possible).containsAll(copies.keySet());
        assertThat(copies.size()).isLessThan(liveIds(index).size()); // later writes are not in it

        try (NewsBridgeServer server = NewsBridgeServer.start(null, restored, "127.0.0.1", 0)) {
            DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.port());
            assertThat(client.get("/api/health").json().get("documents").asInt()).isEqualTo(copies.size());
            String some = ackedBeforeBackup.iterator().next();
            assertThat(client.get("/api/articles/" + some).status()).isEqualTo(200);
        }
    }

    @Test
    void backupAndRestoreCommandsWorkOnAnIdleIndexAndRestoreRefusesANonEmptyTarget() throws IOException {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        assertThat(cli("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();

        Path backup = tmp.resolve("backup");
        assertThat(cli("backup", "--index", index.toString(), "--to", backup.toString())).isZero();
        assertThat(out()).startsWith("backup of 6 articles written to " + backup);

        assertThat(cli("backup", "--index", index.toString(), "--to", backup.toString())).isEqualTo(1);
        assertThat(err().strip()).startsWith("error: backup to " + backup + " failed").doesNotContain("\n");

        Path target = tmp.resolve("target");
        assertThat(cli("restore", "--from", backup.toString(), "--index", target.toString())).isZero();
        assertThat(NewsIndexCount.of(target)).isEqualTo(6);

        assertThat(cli("restore", "--from", backup.toString(), "--index", target.toString())).isEqualTo(1);
        assertThat(err().strip()).isEqualTo("error: index folder " + target
                + " is not empty; pass --force to replace it with the backup");

        assertThat(cli("restore", "--from", backup.toString(), "--index", target.toString(), "--force")).isZero();
        assertThat(NewsIndexCount.of(target)).isEqualTo(6);
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains(".restoring-") || n.contains(".replaced-"));
        }

        assertThat(cli("restore", "--from", tmp.resolve("nothing").toString(), "--index", target.toString()))
                .isEqualTo(1);
        assertThat(err().strip()).isEqualTo("error: backup folder not found: " + tmp.resolve("nothing"));
        assertThat(cli("backup", "--index", tmp.resolve("none").toString(), "--to", tmp.resolve("b2").toString()))
                .isEqualTo(1);
        assertThat(err().strip()).isEqualTo("error: no index at " + tmp.resolve("none"));
    }

    @Test
    void commandsRefuseWithOneLineWhileAServerHoldsTheIndex() throws IOException {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Path backup = tmp.resolve("backup");
        try (NewsBridgeServer server = NewsBridgeServer.start(corpus, index, "127.0.0.1", 0)) {
            assertThat(cli("index", "--corpus", corpus.toString(), "--index", index.toString())).isEqualTo(1);
            assertThat(err()).isEqualTo("error: index " + index + " is locked by another NewsBridge process (a running"
                    + " server or indexer); stop it or use its write API" + System.lineSeparator());

            assertThat(cli("backup", "--index", index.toString(), "--to", backup.toString())).isEqualTo(1);
            assertThat(err()).isEqualTo("error: index " + index + " is locked by a running NewsBridge server or"
                    + " indexer; take the backup through the server: curl -X POST http://HOST:PORT/api/admin/backup"
                    + System.lineSeparator());

            Path other = tmp.resolve("other");
            assertThat(cli("index", "--corpus", corpus.toString(), "--index", other.toString())).isZero();
            assertThat(cli("backup", "--index", other.toString(), "--to", backup.toString())).isZero();
            assertThat(cli("restore", "--from", backup.toString(), "--index", index.toString(), "--force")).isEqualTo(1);
            assertThat(err().strip()).startsWith("error: index " + index + " is locked").doesNotContain("\n");
            assertThat(server.index().count()).isEqualTo(6); // untouched
        }
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".restoring-"));
        }
    }

    @Test
    void backupAndRestoreHaveHelp() {
        for (String command : new String[] {"backup", "restore"}) {
            assertThat(cli(command, "--help")).isZero();
            assertThat(out()).startsWith("Usage: newsbridge " + command);
        }
    }

    static Map<String, Integer> liveIds(Path index) throws IOException {
        Map<String, Integer> copies = new HashMap<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        copies.merge(stored.document(d).get(Fields.ID), 1, Integer::sum);
                    }
                }
            }
        }
        return copies;
    }

    /** The number of articles in an index's last commit. */
    private static final class NewsIndexCount {
        static int of(Path index) {
            return com.newsbridge.index.NewsIndex.committedCount(index);
        }
    }
}
