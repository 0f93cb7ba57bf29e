package com.newsbridge.opensearchlauncher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch 2.19 node in this JVM, for NewsBridge's OpenSearch backend tests (no Docker, no distribution
 * download: only Maven Central artifacts). One node per JVM, so a test can {@code kill -9} a single node.
 *
 * <p>Usage: {@code java -cp opensearch-launcher.jar:lib/* com.newsbridge.opensearchlauncher.OpenSearchNodeLauncher
 * --name n1 --http-port 19201 --transport-port 19301 --home DIR --seeds 127.0.0.1:19301,127.0.0.1:19302
 * --cluster-managers n1,n2,n3 [--cluster NAME] [--processors N] [--exit-on-stdin-eof true|false]
 * [--setting key=value ...]}
 *
 * <p>Prints {@code NODE-STARTED name http=PORT} on stdout once the node has joined the cluster. The node exits when its
 * standard input reaches end of file, i.e. when the parent process dies or closes the pipe, so no orphan node survives
 * a test run that was killed ({@code --exit-on-stdin-eof false} to run it by hand until Ctrl-C).
 */
public final class OpenSearchNodeLauncher {

    /** A node with an explicit plugin list, as the OpenSearch test framework's MockNode builds one. */
    static final class PluginNode extends Node {
        PluginNode(Settings settings, List<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null,
                    () -> settings.get("node.name")), plugins, true);
        }
    }

    private OpenSearchNodeLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            if (!key.startsWith("--") || i + 1 >= args.length) {
                usage("bad argument " + key);
            }
            String value = args[++i];
            if (key.equals("--setting")) {
                extra.add(value);
            } else {
                options.put(key.substring(2), value);
            }
        }
        String name = required(options, "name");
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", options.getOrDefault("cluster", "newsbridge-test"))
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", required(options, "http-port"))
                .put("transport.port", required(options, "transport-port"))
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .putList("discovery.seed_hosts", List.of(required(options, "seeds").split(",")))
                .putList("cluster.initial_cluster_manager_nodes", List.of(required(options, "cluster-managers").split(",")))
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("node.processors", options.getOrDefault("processors", "1"));
        for (String kv : extra) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                usage("--setting needs key=value, got " + kv);
            }
            settings.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Node node = new PluginNode(settings.build(), List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException | RuntimeException ignored) {
                // exiting anyway
            }
        }, "node-shutdown"));
        node.start();
        System.out.println("NODE-STARTED " + name + " http=" + options.get("http-port"));
        System.out.flush();
        if (Boolean.parseBoolean(options.getOrDefault("exit-on-stdin-eof", "true"))) {
            watchParent(System.in);
        } else {
            Thread.currentThread().join(); // until killed (Ctrl-C runs the shutdown hook)
        }
    }

    /** Blocks until standard input ends (parent gone), then exits. */
    private static void watchParent(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // ignore input
            }
        } catch (IOException ignored) {
            // treat as end of input
        }
        System.out.println("stdin closed: stopping");
        System.exit(0);
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            usage("missing --" + key);
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("opensearch-launcher: " + problem);
        System.err.println("usage: --name N --http-port P --transport-port P --home DIR --seeds H:P,... "
                + "--cluster-managers N,... [--cluster NAME] [--processors N] [--exit-on-stdin-eof true|false]"
                + " [--setting key=value]...");
        System.exit(64);
    }
}
