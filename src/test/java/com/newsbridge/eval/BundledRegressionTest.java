package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anserini-style regression over the bundled corpus: the query sets of {@code src/test/resources/regression/sets.tsv}
 * (known-item, entity and traditional-script queries over {@code index-data/}, cross-language queries over its
 * Chinese-only view) are run through NewsBridge, indexed into a temporary folder, and every figure of
 * {@code bundled.tsv} must be met within {@value #TOLERANCE} (query counts exactly).
 *
 * <p>After an intended change of ranking, analysis or entities, regenerate the expected figures with
 * {@code newsbridge eval --suite src/test/resources/regression/sets.tsv --no-baseline --write-expected
 * src/test/resources/regression/bundled.tsv} and review the diff.
 */
class BundledRegressionTest {

    static final Path DIR = Path.of("src", "test", "resources", "regression");
    static final double TOLERANCE = 0.005;

    private static List<SetResult> results;

    @BeforeAll
    static void runSuite() {
        List<EvalSet> sets = Suite.read(DIR.resolve("sets.tsv"));
        results = RetrievalEvaluation.evaluate(sets,
                new RetrievalEvaluation.Options(false, false, null, false, null, 1, null));
    }

    @Test
    void everyExpectedFigureIsMet() {
        List<RegressionFile.Expectation> expected = RegressionFile.read(DIR.resolve("bundled.tsv"));
        assertThat(expected).as("expected figures").isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (RegressionFile.Expectation e : expected) {
            Double actual = RegressionFile.actual(results, NewsBridgeSystem.NAME, e);
            boolean ok = actual != null && (e.metric().equals(RegressionFile.QUERIES)
                    ? actual == e.value()
                    : Math.abs(actual - e.value()) <= TOLERANCE);
            if (!ok) {
                failures.add(String.format(Locale.ROOT, "%s %s %s: expected %.4f, got %s", e.set(), e.type(), e.metric(),
                        e.value(), actual == null ? "nothing (set or type missing)" : String.format(Locale.ROOT, "%.4f", actual)));
            }
        }
        assertThat(failures).as("figures off by more than %s (regenerate bundled.tsv only for an intended change)",
                TOLERANCE).isEmpty();
    }

    @Test
    void everyFigureOfTheRunIsCovered() {
        Set<String> expected = new HashSet<>();
        for (RegressionFile.Expectation e : RegressionFile.read(DIR.resolve("bundled.tsv"))) {
            expected.add(e.set() + " " + e.type() + " " + e.metric());
        }
        List<String> unchecked = new ArrayList<>();
        for (RegressionFile.Expectation e : RegressionFile.of(results, NewsBridgeSystem.NAME)) {
            if (!expected.contains(e.set() + " " + e.type() + " " + e.metric())) {
                unchecked.add(e.set() + " " + e.type() + " " + e.metric());
            }
        }
        assertThat(unchecked).as("figures without an expected value in bundled.tsv").isEmpty();
    }

    @Test
    void noQueryFails() {
        for (SetResult r : results) {
            for (SystemRun run : r.runs()) {
                assertThat(run.errors()).as(r.name() + " errors").isEmpty();
            }
        }
    }

    @Test
    void checkedInQuerySetsAreWhatTheBuilderMakes(@TempDir Path tmp) throws Exception {
        QuerySetBuilder.Config config = QuerySetBuilder.Config.defaults(null, Path.of("index-data"),
                Path.of("src", "test", "resources", "gold", "bundled-entities.tsv"));
        new QuerySetBuilder(config, null).buildAll(tmp);
        for (String set : List.of("bundled", "bundled-xlang", "bundled-xlang-zh")) {
            for (String file : List.of("queries.tsv", "qrels.txt")) {
                assertThat(Files.readString(tmp.resolve(set).resolve(file)))
                        .as(set + "/" + file + " differs from what 'eval --build-queries src/test/resources/regression"
                                + " --shared none' makes now (bundled corpus, its gold or article ids changed?)")
                        .isEqualTo(Files.readString(DIR.resolve(set).resolve(file)));
            }
        }
    }
}
