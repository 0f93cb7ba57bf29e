package com.newsbridge.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.TestCorpus;
import com.newsbridge.web.NewsBridgeServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-real-time visibility: after a write is acknowledged, searches (and their facet counts) show it within one
 * second; deletions and replacements disappear as fast. The delay is measured from the acknowledgement to the first
 * search that shows the change.
 */
class NrtVisibilityTest {

    private static final int ROUNDS = 15;
    private static final long LIMIT_MS = 1000;

    @TempDir
    Path tmp;

    @Test
    void writesReplacementsAndDeletesAreSearchableWithinOneSecondFacetsIncluded() throws Exception {
        List<String> base = DurabilityFixtures.bundledJsonBodies();
        List<Double> added = new ArrayList<>();
        List<Double> replaced = new ArrayList<>();
        List<Double> deleted = new ArrayList<>();
        try (NewsBridgeServer server = NewsBridgeServer.start(TestCorpus.write(tmp.resolve("corpus")),
                tmp.resolve("index"), "127.0.0.1", 0, null, com.newsbridge.security.TestKeys.config())) {
            DurabilityFixtures.Client client = new DurabilityFixtures.Client(server.port());
            for (int i = 0; i < ROUNDS; i++) {
                String token = "nrtvisible" + i;
                String keyword = "NrtKeyword" + i;
                ObjectNode node = (ObjectNode) DurabilityFixtures.JSON.readTree(
                        DurabilityFixtures.variant(base.get(i % base.size()), token));
                ((ArrayNode) node.get("keywords")).insert(0, keyword);
                String body = node.toString();
                String id = client.postJson(body);
                long acked = System.nanoTime();
                JsonNode shown = await(client, "q=" + token, j -> j.get("total").asInt() == 1
                        && DurabilityFixtures.facetCount(j.get("facets"), keyword) == 1);
                added.add(ms(acked));
                assertThat(shown.get("total").asInt()).as("article %d visible within %d ms", i, LIMIT_MS).isEqualTo(1);

                node.put("en", node.get("en").asText() + " nrtreplaced" + i);
                String v2 = node.toString();
                assertThat(client.send("PUT", "/api/articles/" + id, "application/json", v2).status()).isEqualTo(200);
                acked = System.nanoTime();
                shown = await(client, "q=nrtreplaced" + i, j -> j.get("total").asInt() == 1);
                replaced.add(ms(acked));
                assertThat(shown.get("total").asInt()).as("replacement %d visible", i).isEqualTo(1);

                assertThat(client.delete(id)).isEqualTo(204);
                acked = System.nanoTime();
                shown = await(client, "q=" + token, j -> j.get("total").asInt() == 0
                        && DurabilityFixtures.facetCount(j.get("facets"), keyword) == 0);
                deleted.add(ms(acked));
                assertThat(shown.get("total").asInt()).as("deletion %d visible", i).isZero();
            }
        }
        System.out.printf(Locale.ROOT, "visibility delay after the acknowledgement (%d rounds): add %s; replace %s;"
                + " delete %s%n", ROUNDS, stats(added), stats(replaced), stats(deleted));
        assertThat(added).allMatch(d -> d < LIMIT_MS);
        assertThat(replaced).allMatch(d -> d < LIMIT_MS);
        assertThat(deleted).allMatch(d -> d < LIMIT_MS);
    }

    /** Searches every 5 ms until {@code shown} holds or the limit has passed; returns the last answer. */
    private static JsonNode await(DurabilityFixtures.Client client, String query, Predicate<JsonNode> shown)
            throws Exception {
        long deadline = System.nanoTime() + LIMIT_MS * 1_000_000;
        JsonNode json;
        do {
            json = client.get("/api/search?" + query).json();
            if (shown.test(json)) {
                return json;
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        return json;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %.0f ms, max %.0f ms", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
