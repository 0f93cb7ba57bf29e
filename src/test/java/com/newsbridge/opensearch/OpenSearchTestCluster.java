package com.newsbridge.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 cluster for the tests: one node per JVM (so one can be killed with {@code kill -9}), each a
 * separate process started from {@code src/opensearch-launcher} (built here with Maven on first use, from Maven
 * Central; OpenSearch's Lucene 9 never shares a classpath with NewsBridge's Lucene 10).
 *
 * <p>{@link #shared()} is one 3-node cluster for the whole test JVM, stopped when the JVM exits (and, should the JVM
 * be killed, by the nodes themselves, which exit when their standard input closes). Starting fails the test, never
 * skips it: {@link IllegalStateException} with the node log's tail.
 */
final class OpenSearchTestCluster implements AutoCloseable {

    static final Path LAUNCHER_POM = Path.of("src", "opensearch-launcher", "pom.xml");
    static final Path LAUNCHER_TARGET = Path.of("target", "opensearch-launcher");
    static final Path WORK = Path.of("target", "opensearch-test");
    static final String NODE_HEAP = System.getProperty("newsbridge.opensearch.heap", "320m");
    /**
     * JVM flags of the nodes. The default favours a fast start on a small machine (C1 only, serial GC); the benchmark
     * runs with {@code -Dnewsbridge.opensearch.jvmflags="-XX:+UseSerialGC"} (full JIT).
     */
    static final String NODE_JVM_FLAGS = System.getProperty("newsbridge.opensearch.jvmflags",
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true");
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static OpenSearchTestCluster shared;

    final String name;
    final Path home;
    final List<Node> nodes = new ArrayList<>();

    /** One node process. */
    static final class Node {
        final String name;
        final int httpPort;
        final int transportPort;
        final Path home;
        Process process;

        Node(String name, int httpPort, int transportPort, Path home) {
            this.name = name;
            this.httpPort = httpPort;
            this.transportPort = transportPort;
            this.home = home;
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + httpPort);
        }

        Path log() {
            return home.resolve("node.log");
        }

        boolean alive() {
            return process != null && process.isAlive();
        }
    }

    private OpenSearchTestCluster(String name, int size) {
        this.name = name;
        this.home = WORK.resolve(name).toAbsolutePath();
        deleteTree(home);
        for (int i = 1; i <= size; i++) {
            nodes.add(new Node("n" + i, freePort(), freePort(), home.resolve("n" + i)));
        }
    }

    /** The cluster shared by the OpenSearch tests of this JVM (started on first use, green when returned). */
    static synchronized OpenSearchTestCluster shared() {
        if (shared == null) {
            OpenSearchTestCluster cluster = start("shared", 3);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "opensearch-test-cluster-stop"));
            shared = cluster;
        }
        shared.awaitStatus("green", Duration.ofSeconds(60));
        return shared;
    }

    /** Builds the launcher if needed, starts {@code size} nodes and waits until the cluster is green. */
    static OpenSearchTestCluster start(String name, int size) {
        buildLauncher();
        OpenSearchTestCluster cluster = new OpenSearchTestCluster(name, size);
        long t0 = System.nanoTime();
        try {
            for (Node node : cluster.nodes) {
                cluster.launch(node);
            }
            cluster.awaitStatus("green", START_TIMEOUT);
        } catch (RuntimeException e) {
            String logs = cluster.logTails();
            cluster.close();
            throw new IllegalStateException("the OpenSearch test cluster did not start: " + e.getMessage() + "\n" + logs, e);
        }
        System.err.printf(Locale.ROOT, "OpenSearch test cluster '%s' (%d nodes, %s) green in %.1f s%n", name, size,
                cluster.urls(), (System.nanoTime() - t0) / 1e9);
        return cluster;
    }

    /** The nodes' HTTP URLs, comma-separated. */
    String urls() {
        return String.join(",", nodes.stream().map(n -> n.url().toString()).toList());
    }

    List<URI> uris() {
        return nodes.stream().map(Node::url).toList();
    }

    Node node(String nodeName) {
        return nodes.stream().filter(n -> n.name.equals(nodeName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + nodeName));
    }

    /** A node that is running, to send admin requests to. */
    Node anyAlive() {
        return nodes.stream().filter(Node::alive).findFirst().orElseThrow(() -> new IllegalStateException("no node alive"));
    }

    private void launch(Node node) {
        try {
            Files.createDirectories(node.home);
            String seeds = String.join(",", nodes.stream().map(n -> "127.0.0.1:" + n.transportPort).toList());
            String managers = String.join(",", nodes.stream().map(n -> n.name).toList());
            Path launcher = LAUNCHER_TARGET.toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(nodeJava(), "-Xms" + NODE_HEAP, "-Xmx" + NODE_HEAP));
            command.addAll(List.of(NODE_JVM_FLAGS.trim().split("\\s+")));
            command.addAll(List.of("-cp", launcher.resolve("opensearch-launcher.jar") + java.io.File.pathSeparator + launcher.resolve("lib") + "/*",
                    "com.newsbridge.opensearchlauncher.OpenSearchNodeLauncher",
                    "--name", node.name, "--cluster", "newsbridge-" + name,
                    "--http-port", Integer.toString(node.httpPort),
                    "--transport-port", Integer.toString(node.transportPort),
                    "--home", node.home.toString(), "--seeds", seeds, "--cluster-managers", managers));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log().toFile()));
            node.process = pb.start(); // stdin stays an open pipe: the node exits when it closes
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start OpenSearch node " + node.name, e);
        }
    }

    /** Kills a node with SIGKILL (no shutdown of any kind) and waits until the process is gone. */
    void kill9(String nodeName) {
        Node node = node(nodeName);
        try {
            new ProcessBuilder("kill", "-9", Long.toString(node.process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            if (!node.process.waitFor(10, TimeUnit.SECONDS)) {
                node.process.destroyForcibly();
            }
        } catch (IOException e) {
            node.process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a killed node again (same ports and data). */
    void restart(String nodeName) {
        Node node = node(nodeName);
        if (node.alive()) {
            throw new IllegalStateException(nodeName + " is running");
        }
        launch(node);
    }

    /** Waits until the cluster health is at least {@code status} with every running node joined. */
    void awaitStatus(String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            long alive = nodes.stream().filter(Node::alive).count();
            if (alive == 0) {
                throw new IllegalStateException("every node process has exited");
            }
            for (Node node : nodes) {
                if (!node.alive()) {
                    continue;
                }
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node.url()
                                    + "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + alive + "&timeout=2s"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    last = r.body();
                    if (r.statusCode() == 200 && r.body().contains("\"timed_out\":false")) {
                        return;
                    }
                    break;
                } catch (IOException e) {
                    last = node.name + ": " + e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            sleep(250);
        }
        throw new IllegalStateException("cluster not " + status + " within " + timeout.toSeconds() + " s: " + last);
    }

    /** GET (or another method) on a running node; returns the body. */
    String request(String method, String path, String body) {
        Node node = anyAlive();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String logTails() {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            out.append("---- ").append(node.name).append(" (").append(node.log()).append(") ----\n");
            try {
                List<String> lines = Files.exists(node.log()) ? Files.readAllLines(node.log()) : List.of();
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> out.append(l).append('\n'));
            } catch (IOException e) {
                out.append(e).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public synchronized void close() {
        for (Node node : nodes) {
            if (node.process != null) {
                node.process.destroyForcibly();
            }
        }
        for (Node node : nodes) {
            if (node.process != null) {
                try {
                    node.process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    // ---- building the launcher -------------------------------------------------------------------------------------

    /**
     * Builds {@code src/opensearch-launcher} into {@code target/opensearch-launcher} when the jar is missing or older
     * than its sources: offline first (fast when Maven's local repository has everything), then online (first run on
     * a fresh machine downloads OpenSearch from Maven Central).
     */
    static synchronized void buildLauncher() {
        Path jar = LAUNCHER_TARGET.resolve("opensearch-launcher.jar");
        Path lib = LAUNCHER_TARGET.resolve("lib");
        if (Files.exists(jar) && Files.isDirectory(lib) && !newerThan(LAUNCHER_POM.getParent(), lastModified(jar))) {
            return;
        }
        Path log = WORK.resolve("launcher-build.log");
        try {
            Files.createDirectories(WORK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        if (runMaven(true, log) != 0 && runMaven(false, log) != 0) {
            throw new IllegalStateException("building the OpenSearch launcher failed (" + log.toAbsolutePath() + "):\n"
                    + tail(log, 40));
        }
        System.err.printf(Locale.ROOT, "built the OpenSearch launcher in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static int runMaven(boolean offline, Path log) {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-q", "-ntp"));
        if (offline) {
            command.add("-o");
        }
        String repo = System.getProperty("maven.repo.local");
        if (repo != null && !repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(List.of("-f", LAUNCHER_POM.toString(), "package"));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run Maven (" + command.get(0) + ") to build the OpenSearch launcher", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code newsbridge.mvn}, else {@code $MAVEN_HOME/bin/mvn}, else {@code mvn} on the PATH. */
    private static String mavenExecutable() {
        String configured = System.getProperty("newsbridge.mvn");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn").toString();
            }
        }
        return "mvn";
    }

    /**
     * The java that runs the nodes: {@code newsbridge.opensearch.java}, else a JDK 21 or 17 under /usr/lib/jvm
     * (OpenSearch 2.19's supported range), else this JVM's.
     */
    static String nodeJava() {
        String configured = System.getProperty("newsbridge.opensearch.java");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                List<Path> candidates = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                        .filter(h -> h.getFileName().toString().matches(".*(-|jdk|openjdk)(21|17)([^0-9].*|$)"))
                        .sorted(Comparator.comparing((Path h) -> h.getFileName().toString().contains("21")).reversed()
                                .thenComparing(Path::toString))
                        .toList();
                if (!candidates.isEmpty()) {
                    return candidates.get(0).resolve("bin/java").toString();
                }
            } catch (IOException ignored) {
                // fall back to this JVM
            }
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ---- small helpers ---------------------------------------------------------------------------------------------

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean newerThan(Path dir, FileTime time) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> lastModified(f).compareTo(time) > 0);
        } catch (IOException e) {
            return true;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
