package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.TestCorpus;
import com.newsbridge.backend.BackendUnavailableException;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.cli.NewsBridgeCli;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.web.NewsBridgeServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster that is not there, or that goes away: NewsBridge answers 503 JSON with a message, within its timeouts (no
 * hang), and recovers by itself when the cluster is back. The cluster is made to go away with a TCP proxy in front of
 * one node: closed port (connection refused) or accepted connections that never get an answer (black hole).
 */
@Tag("opensearch")
class OpenSearchUnavailableTest {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path tmp;
    static OpenSearchTestCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = OpenSearchTestCluster.shared();
    }

    private static OpenSearchConfig config(String url, String index) {
        return OpenSearchConfig.of(List.of(URI.create(url)), index)
                .withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT, Duration.ofSeconds(10));
    }

    @Test
    void badClusterUrlAnswers503QuicklyAndRecoversWhenTheClusterComesUp() {
        try (TcpProxy proxy = new TcpProxy(cluster.nodes.get(0).httpPort)) { // nothing listens yet
            long t0 = System.nanoTime();
            OpenSearchBackend backend = OpenSearchBackend.connect(config(proxy.url(), "unavailable-start"),
                    EntityExtractor.bundled());
            try (NewsBridgeServer server = NewsBridgeServer.startWith(backend, null, "127.0.0.1", 0)) {
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("start-up with no cluster").isLessThan(Duration.ofSeconds(10));
                NbHttp http = new NbHttp(server.port());
                for (String path : List.of("/api/search?q=UN", "/api/health", "/api/articles/0123456789abcdef",
                        "/api/facets/people?prefix=li")) {
                    NbHttp.Response r = http.get(path);
                    assertThat(r.status()).as(path).isEqualTo(503);
                    assertThat(r.json().get("error").asText()).isEqualTo("backend_unavailable");
                    assertThat(r.json().get("message").asText()).contains("OpenSearch cluster at " + proxy.url())
                            .contains("unavailable");
                    assertThat(r.millis()).as(path + " answered in ms").isLessThan(4_000);
                }
                proxy.mode(TcpProxy.Mode.FORWARD); // the cluster comes up
                NbHttp.Response r = http.get("/api/search?q=UN");
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.json().get("total").asLong()).isZero(); // the index was created on the first request
                assertThat(http.get("/api/health").json().get("backend").asText()).isEqualTo("opensearch");
            }
        }
    }

    @Test
    void clusterThatGoesAwayAnswers503WithinTheTimeoutAndRecovers() throws Exception {
        try (TcpProxy proxy = new TcpProxy(cluster.nodes.get(1).httpPort)) {
            proxy.mode(TcpProxy.Mode.FORWARD);
            OpenSearchBackend backend = OpenSearchBackend.connect(config(proxy.url(), "unavailable-away"),
                    EntityExtractor.bundled());
            backend.deleteIndex();
            try (NewsBridgeServer server = NewsBridgeServer.startWith(backend, TestCorpus.write(tmp.resolve("corpus")),
                    "127.0.0.1", 0)) {
                NbHttp http = new NbHttp(server.port());
                NbHttp.Response before = http.get("/api/search?q=" + NbHttp.enc("联合国 OR UN"));
                assertThat(before.status()).as(before.body()).isEqualTo(200);
                assertThat(before.json().get("total").asLong()).isPositive();
                assertThat(http.get("/api/health").json().get("documents").asInt()).isEqualTo(6);

                proxy.mode(TcpProxy.Mode.REFUSE); // cluster stopped
                NbHttp.Response refused = http.get("/api/search?q=UN");
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.json().get("message").asText()).contains("unavailable");
                assertThat(refused.millis()).isLessThan(4_000);

                proxy.mode(TcpProxy.Mode.BLACKHOLE); // cluster hangs: every request must end with the timeout
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<NbHttp.Response>> answers = new ArrayList<>();
                    for (String path : List.of("/api/search?q=UN", "/api/health", "/api/articles/0123456789abcdef",
                            "/api/search?q=climate&sort=date")) {
                        answers.add(pool.submit(() -> http.get(path)));
                    }
                    for (Future<NbHttp.Response> f : answers) {
                        NbHttp.Response r = f.get();
                        assertThat(r.status()).as(r.body()).isEqualTo(503);
                        assertThat(r.json().get("error").asText()).isEqualTo("backend_unavailable");
                        assertThat(r.json().get("message").asText()).contains("unavailable");
                        assertThat(r.millis()).as("answered in ms").isLessThan(3 * REQUEST_TIMEOUT.toMillis() + 2_000);
                    }
                } finally {
                    pool.shutdownNow();
                }

                proxy.mode(TcpProxy.Mode.FORWARD); // back
                NbHttp.Response after = http.get("/api/search?q=" + NbHttp.enc("联合国 OR UN"));
                assertThat(after.status()).as(after.body()).isEqualTo(200);
                assertThat(after.json().get("hits")).isEqualTo(before.json().get("hits"));
                assertThat(http.get("/api/health").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void backendAndCliReportAnUnreachableClusterClearly() {
        int closed = OpenSearchTestCluster.freePort();
        String url = "http://127.0.0.1:" + closed;
        try (OpenSearchBackend backend = OpenSearchBackend.connect(config(url, "nowhere"), EntityExtractor.bundled())) {
            assertThatThrownBy(() -> backend.search(SearchRequest.of("UN")))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("the OpenSearch cluster at " + url + " is unavailable");
            assertThatThrownBy(backend::count).isInstanceOf(BackendUnavailableException.class);
        }
        long t0 = System.nanoTime();
        int exit = NewsBridgeCli.execute("index", "--corpus", TestCorpus.write(tmp.resolve("c")).toString(),
                "--backend", "opensearch", "--opensearch-url", url, "--opensearch-timeout", "2");
        assertThat(exit).isEqualTo(NewsBridgeCli.EXIT_ERROR);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(NewsBridgeCli.execute("index", "--corpus", tmp.toString(), "--backend", "opensearch"))
                .as("no --opensearch-url").isEqualTo(NewsBridgeCli.EXIT_ERROR);
        assertThat(NewsBridgeCli.execute("index", "--corpus", tmp.toString(), "--backend", "solr"))
                .as("unknown backend").isEqualTo(NewsBridgeCli.EXIT_ERROR);
    }
}
