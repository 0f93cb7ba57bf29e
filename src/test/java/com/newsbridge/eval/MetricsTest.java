package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact metric values on hand-made rankings (checked against the formulas by hand / trec_eval's definitions). */
class MetricsTest {

    private static final double EPS = 1e-12;

    @Test
    void oneRelevantAtRankTwoOfTwoRelevant() {
        List<String> ranking = List.of("d1", "d2", "d3");
        Map<String, Integer> qrels = Map.of("d2", 1, "d4", 1);
        // DCG = 1/log2(3); IDCG = 1 + 1/log2(3)
        assertThat(Metrics.ndcg(ranking, qrels, 10)).isCloseTo(0.38685280723454163, within(EPS));
        assertThat(Metrics.reciprocalRank(ranking, qrels, 10)).isEqualTo(0.5);
        assertThat(Metrics.precision(ranking, qrels, 10)).isEqualTo(0.1);
        assertThat(Metrics.recall(ranking, qrels, 100)).isEqualTo(0.5);
    }

    @Test
    void perfectRankingScoresOne() {
        Map<String, Integer> qrels = Map.of("a", 1, "b", 1);
        MetricSet m = Metrics.of(List.of("a", "b", "x"), qrels);
        assertThat(m.ndcg10()).isCloseTo(1.0, within(EPS));
        assertThat(m.mrr10()).isEqualTo(1.0);
        assertThat(m.p10()).isEqualTo(0.2);
        assertThat(m.recall100()).isEqualTo(1.0);
    }

    @Test
    void gradedGainsUseTheRelevanceValue() {
        // DCG = 1/log2(2) + 2/log2(4) = 2; IDCG = 2/log2(2) + 1/log2(3)
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), Map.of("a", 1, "c", 2), 10))
                .isCloseTo(0.7601875334318685, within(EPS));
    }

    @Test
    void unjudgedAndNonRelevantDocumentsGainNothing() {
        // only c (rank 3) is relevant among three relevant: DCG = 1/log2(4); IDCG = 1 + 1/log2(3) + 1/log2(4)
        Map<String, Integer> qrels = Map.of("a", 0, "c", 1, "d", 1, "e", 1);
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), qrels, 10)).isCloseTo(0.23463936301137822, within(EPS));
        assertThat(Metrics.reciprocalRank(List.of("a", "b", "c"), qrels, 10)).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void cutoffsAreRespected() {
        List<String> ranking = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ranking.add("n" + i);
        }
        ranking.add("rel"); // rank 11
        Map<String, Integer> qrels = Map.of("rel", 1);
        assertThat(Metrics.ndcg(ranking, qrels, 10)).isZero();
        assertThat(Metrics.reciprocalRank(ranking, qrels, 10)).isZero();
        assertThat(Metrics.precision(ranking, qrels, 10)).isZero();
        assertThat(Metrics.recall(ranking, qrels, 100)).isEqualTo(1.0);
        assertThat(Metrics.recall(ranking, qrels, 10)).isZero();
    }

    @Test
    void repeatedDocumentsCountOnceAtTheirFirstRank() {
        Map<String, Integer> qrels = Map.of("a", 1, "b", 1);
        MetricSet m = Metrics.of(List.of("a", "a", "b"), qrels);
        assertThat(m.ndcg10()).isCloseTo(1.0, within(EPS));
        assertThat(m.p10()).isEqualTo(0.2);
        assertThat(m.recall100()).isEqualTo(1.0);
    }

    @Test
    void emptyRankingScoresZero() {
        MetricSet m = Metrics.of(List.of(), Map.of("a", 1));
        assertThat(m).isEqualTo(new MetricSet(0, 0, 0, 0));
    }

    @Test
    void precisionDividesByTheCutoffEvenWithFewerHits() {
        assertThat(Metrics.precision(List.of("a"), Map.of("a", 1), 10)).isEqualTo(0.1);
    }

    @Test
    void meansAreArithmeticPerMetric() {
        MetricSet mean = MetricSet.mean(List.of(new MetricSet(1, 1, 0.2, 1), new MetricSet(0, 0.5, 0, 0.5)));
        assertThat(mean).isEqualTo(new MetricSet(0.5, 0.75, 0.1, 0.75));
        assertThat(mean.get("nDCG@10")).isEqualTo(0.5);
        assertThat(mean.get("r@100")).isEqualTo(0.75);
        assertThat(MetricSet.mean(List.of())).isEqualTo(new MetricSet(0, 0, 0, 0));
    }

    @Test
    void runsAggregateOverallAndPerType() {
        RetrievalSystem fake = new RetrievalSystem() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public int size() {
                return 3;
            }

            @Override
            public List<String> search(String query, int depth) {
                if (query.equals("boom")) {
                    throw new IllegalArgumentException("cannot parse");
                }
                return List.of("a", "b");
            }

            @Override
            public void close() {
            }
        };
        Qrels qrels = new Qrels(Map.of("q1", Map.of("a", 1), "q2", Map.of("b", 1), "q3", Map.of("a", 1)));
        List<EvalQuery> queries = List.of(new EvalQuery("q1", "x", "t1"), new EvalQuery("q2", "y", "t2"),
                new EvalQuery("q3", "boom", "t2"));
        SystemRun run = SystemRun.run(fake, queries, qrels, 100);
        assertThat(run.counts()).containsExactly(Map.entry("all", 3), Map.entry("t1", 1), Map.entry("t2", 2));
        assertThat(run.byType().get("t1").mrr10()).isEqualTo(1.0);
        assertThat(run.byType().get("t2").mrr10()).isEqualTo(0.25); // (0.5 + 0) / 2
        assertThat(run.byType().get("all").mrr10()).isCloseTo(0.5, within(EPS)); // (1 + 0.5 + 0) / 3
        assertThat(run.errors()).hasSize(1);
        assertThat(run.errors().get(0).error()).contains("cannot parse");
    }
}
