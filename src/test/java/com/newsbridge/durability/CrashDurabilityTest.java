package com.newsbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.TestCorpus;
import com.newsbridge.index.Fields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash durability: the server runs as a separate process ({@code newsbridge serve}); several threads write through
 * the HTTP API (POST new articles, PUT new versions, DELETE) while the process is killed with SIGKILL at a random
 * moment; this repeats over 20 times on the same index, sometimes killing the server while it is still starting up
 * (redoing its log). After every kill, Lucene's CheckIndex must find the index clean; after every restart, every
 * change acknowledged with a 2xx must be there (and searchable), and every article exactly once.
 *
 * <p>A change whose request got no answer (the kill came first) may or may not have happened: the test accepts either
 * state for that article, then holds the server to the state it shows.
 */
class CrashDurabilityTest {

    private static final Pattern LISTENING = Pattern.compile("on http://localhost:(\\d+)/");
    private static final int ROUNDS = 22;
    private static final int WRITERS = 4;
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(110);

    @TempDir
    Path tmp;

    /** The expected state of one article written by the test. */
    private static final class Expected {
        final String id;
        final int round;
        /** The acknowledged version (0 = absent). */
        volatile int version;
        /** A version whose request got no answer (-1 = none; 0 = an unanswered delete). */
        volatile int uncertain = -1;
        /** Changed since the last verification. */
        volatile boolean touched;

        Expected(String id, int round) {
            this.id = id;
            this.round = round;
        }
    }

    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    private final List<String> base = DurabilityFixtures.bundledJsonBodies();

    /** Every server process started, so that none outlives a failed test. */
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedChangeSurvivesSigkillAtAnyMoment() throws Exception {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Random random = new Random(42);
        long start = System.nanoTime();
        int kills = 0;
        int killsDuringStartup = 0;
        long acknowledged = 0;
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            if (round > 3 && System.nanoTime() - start > BUDGET_NANOS) {
                break; // a very slow machine: stop early rather than time out (at least 20 kills are still asserted)
            }
            Server server = start(corpus, index, tmp.resolve("server-" + round + ".log"));
            if (round % 6 == 0) {
                // kill while the server is starting: opening the index, redoing its write-ahead log, committing
                Thread.sleep(random.nextInt(1500));
                server.kill();
                killsDuringStartup++;
                kills++;
                assertClean(index, "after a kill during start-up (round " + round + ")");
                continue;
            }
            int port = server.awaitPort();
            DurabilityFixtures.Client client = new DurabilityFixtures.Client(port);
            verify(client, "after restart before round " + round, false);
            long acked = writeUntilKilled(server, client, round, 200 + random.nextInt(1300));
            acknowledged += acked;
            kills++;
            log.add("round " + round + ": " + acked + " acknowledged changes before SIGKILL");
            assertClean(index, "after the kill of round " + round);
        }
        // Final restart: everything acknowledged is there; then a clean stop and a look at the index itself.
        Server server = start(corpus, index, tmp.resolve("server-final.log"));
        DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.awaitPort());
        verify(client, "after the final restart", true);
        server.stop();
        assertClean(index, "after the final clean stop");
        assertIndexHoldsExactlyTheExpectedArticles(index);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "crash test: %d SIGKILLs (%d during start-up), %d acknowledged changes, %d"
                + " articles tracked, %.1f s%n", kills, killsDuringStartup, acknowledged, expected.size(), seconds);
        log.forEach(System.out::println);
        assertThat(kills).isGreaterThanOrEqualTo(20);
        assertThat(acknowledged).isGreaterThan(100);
    }

    private Server start(Path corpus, Path index, Path log) throws IOException {
        Server server = Server.start(corpus, index, log);
        started.add(server.process);
        return server;
    }

    /** Runs the writers until the server is killed after {@code millis}; returns the number of acknowledged changes. */
    private long writeUntilKilled(Server server, DurabilityFixtures.Client client, int round, long millis)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        long[] acks = new long[WRITERS];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread t = new Thread(() -> acks[writer] = writeLoop(client, round, writer, killed), "writer-" + w);
            threads.add(t);
            t.start();
        }
        Thread.sleep(millis);
        server.kill();
        killed.set(true);
        for (Thread t : threads) {
            t.join(60_000);
        }
        long sum = 0;
        for (long a : acks) {
            sum += a;
        }
        return sum;
    }

    private long writeLoop(DurabilityFixtures.Client client, int round, int writer, AtomicBoolean killed) {
        Random random = new Random(round * 100L + writer);
        List<Expected> mine = new ArrayList<>();
        long acks = 0;
        for (int n = 0; !killed.get(); n++) {
            int dice = random.nextInt(100);
            List<Expected> live = mine.stream().filter(e -> e.version > 0).toList();
            Expected target;
            String method;
            int newVersion;
            if (dice < 15 && !live.isEmpty()) {
                target = live.get(random.nextInt(live.size()));
                method = "PUT";
                newVersion = target.version + 1;
            } else if (dice < 30 && !live.isEmpty()) {
                target = live.get(random.nextInt(live.size()));
                method = "DELETE";
                newVersion = 0;
            } else {
                method = "POST";
                newVersion = 1;
                target = registerNew("r" + round + "w" + writer + "n" + n, round);
                mine.add(target);
            }
            target.uncertain = newVersion;
            target.touched = true;
            try {
                DurabilityFixtures.Client.Response r = switch (method) {
                    case "POST" -> client.send("POST", "/api/articles", "application/json", body(target, 1));
                    case "PUT" -> client.send("PUT", "/api/articles/" + target.id, "application/json",
                            body(target, newVersion));
                    default -> client.send("DELETE", "/api/articles/" + target.id, null, null);
                };
                int want = switch (method) {
                    case "POST" -> 201;
                    case "PUT" -> 200;
                    default -> 204;
                };
                if (r.status() != want) {
                    if (killed.get() || r.status() == 503) {
                        return acks; // answered while the server was going down: outcome unknown, stays uncertain
                    }
                    throw new AssertionError(method + " " + target.id + " answered " + r.status() + ": " + r.body());
                }
                target.version = newVersion;
                target.uncertain = -1;
                acks++;
            } catch (IOException e) {
                return acks; // no answer: the kill came first; the change stays uncertain
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acks;
            }
        }
        return acks;
    }

    private Expected registerNew(String token, int round) {
        String source = "http://crash.test/" + token;
        String id = com.newsbridge.ingest.ArticleIds.fromSource(source);
        Expected e = new Expected(id, round);
        e.version = 0;
        expected.put(id, e);
        tokens.put(id, token);
        return e;
    }

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** The JSON body of version {@code version} of an article: searchable by its token, its round and its version. */
    private String body(Expected e, int version) {
        String token = tokens.get(e.id);
        ObjectNode node;
        try {
            node = (ObjectNode) DurabilityFixtures.JSON.readTree(base.get(Math.floorMod(token.hashCode(), base.size())));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        node.put("source", "http://crash.test/" + token);
        node.put("title_en", node.path("title_en").asText() + " " + token);
        node.put("en", node.path("en").asText() + "\n" + token + " crashround" + e.round + " crashversion" + version);
        return node.toString();
    }

    /**
     * Checks the tracked articles changed since the last check ({@code all}: every one) against the server:
     * acknowledged state, or the unanswered change; resolves the latter to what the server shows. Then checks the
     * total count (which covers the articles not looked at) and that each round's articles are searchable.
     */
    private void verify(DurabilityFixtures.Client client, String when, boolean all) throws Exception {
        Map<Integer, Integer> livePerRound = new HashMap<>();
        int live = 0;
        for (Expected e : expected.values()) {
            if (!all && !e.touched) {
                if (e.version > 0) { // unchanged since it was last checked; the total count below covers it
                    live++;
                    livePerRound.merge(e.round, 1, Integer::sum);
                }
                continue;
            }
            e.touched = false;
            int shown = shownVersion(client, e);
            boolean ok = shown == e.version || (e.uncertain >= 0 && shown == e.uncertain);
            assertThat(ok).as("%s: article %s (%s) shows version %d, acknowledged %d, unanswered %d", when, e.id,
                    tokens.get(e.id), shown, e.version, e.uncertain).isTrue();
            e.version = shown; // what a restarted server shows has been made durable (redone and committed)
            e.uncertain = -1;
            if (shown > 0) {
                live++;
                livePerRound.merge(e.round, 1, Integer::sum);
            }
        }
        assertThat(client.get("/api/health").json().get("documents").asInt())
                .as("%s: document count (no duplicates, nothing lost)", when)
                .isEqualTo(TestCorpus.FIXTURES.size() + 1 + live);
        for (Map.Entry<Integer, Integer> r : livePerRound.entrySet()) {
            assertThat((int) client.total("q=crashround" + r.getKey()))
                    .as("%s: searchable articles of round %d", when, r.getKey()).isEqualTo(r.getValue());
        }
    }

    /** Returns the version of the article the server shows (0 when absent). */
    private static int shownVersion(DurabilityFixtures.Client client, Expected e) throws Exception {
        DurabilityFixtures.Client.Response r = client.get("/api/articles/" + e.id);
        if (r.status() == 404) {
            return 0;
        }
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        Matcher m = Pattern.compile("crashversion(\\d+)").matcher(json.at("/text/en").asText());
        assertThat(m.find()).as("version marker of %s", e.id).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void assertIndexHoldsExactlyTheExpectedArticles(Path index) throws IOException {
        Map<String, Integer> copies = new HashMap<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits liveDocs = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (liveDocs == null || liveDocs.get(doc)) {
                        copies.merge(stored.document(doc).get(Fields.ID), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(copies.values()).as("every article exactly once").allMatch(c -> c == 1);
        for (Expected e : expected.values()) {
            assertThat(copies.containsKey(e.id)).as("article %s present", e.id).isEqualTo(e.version > 0);
        }
        long tracked = expected.values().stream().filter(e -> e.version > 0).count();
        assertThat(copies).hasSize((int) tracked + TestCorpus.FIXTURES.size() + 1);
    }

    static void assertClean(Path index, String when) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(new PrintStream(out, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            assertThat(status.clean).as("CheckIndex %s:%n%s", when, out.toString(StandardCharsets.UTF_8)).isTrue();
        }
    }

    /** A {@code newsbridge serve} child process. */
    private static final class Server {

        private final Process process;
        private final Path log;

        private Server(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Server start(Path corpus, Path index, Path log) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    "com.newsbridge.cli.NewsBridgeCli", "serve", "--host", "127.0.0.1", "--port", "0",
                    "--index", index.toString(), "--corpus", corpus.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("NEWSBRIDGE_API_KEY", com.newsbridge.security.TestKeys.WRITE_KEY); // writes need a key
            Process p = builder.start();
            return new Server(p, log);
        }

        int awaitPort() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                Matcher m = LISTENING.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
                if (!process.isAlive()) {
                    throw new AssertionError("server exited with " + process.exitValue() + ":\n" + text);
                }
                Thread.sleep(20);
            }
            process.destroyForcibly();
            throw new AssertionError("server did not start in 60 s:\n" + Files.readString(log));
        }

        /** SIGKILL (Process.destroyForcibly on Linux), and wait until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        /** SIGTERM: the shutdown hook closes the index. */
        void stop() throws Exception {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
