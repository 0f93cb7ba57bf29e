package com.newsbridge.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics, computed as trec_eval does for one query:
 * <ul>
 *   <li>nDCG@k: DCG = sum over ranks i = 1..k of gain(i) / log2(i + 1), gain = the judged relevance (0 when unjudged),
 *       divided by the DCG of the ideal ranking of all judged documents;</li>
 *   <li>MRR@k: 1 / rank of the first relevant document within the top k, else 0;</li>
 *   <li>P@k: relevant documents in the top k divided by k (always k, also when fewer were retrieved);</li>
 *   <li>Recall@k: relevant documents in the top k divided by all relevant documents.</li>
 * </ul>
 * A document is relevant when its relevance is above 0. A ranking that repeats a document counts it at its first
 * rank only. Queries without any relevant document have no defined value; callers skip them.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Returns {@code ranking} without repeated ids, keeping first occurrences. */
    static List<String> dedupe(List<String> ranking) {
        return new ArrayList<>(new LinkedHashSet<>(ranking));
    }

    public static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
        List<String> ranked = dedupe(ranking);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int gain = Math.max(0, judgments.getOrDefault(ranked.get(i), 0));
            dcg += gain / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judgments.values().stream().filter(r -> r > 0).toList());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double reciprocalRank(List<String> ranking, Map<String, Integer> judgments, int k) {
        List<String> ranked = dedupe(ranking);
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double precision(List<String> ranking, Map<String, Integer> judgments, int k) {
        return (double) relevantInTop(ranking, judgments, k) / k;
    }

    public static double recall(List<String> ranking, Map<String, Integer> judgments, int k) {
        long relevant = judgments.values().stream().filter(r -> r > 0).count();
        return relevant == 0 ? 0 : (double) relevantInTop(ranking, judgments, k) / relevant;
    }

    /** Computes the four reported metrics (nDCG@10, MRR@10, P@10, Recall@100) of one query. */
    public static MetricSet of(List<String> ranking, Map<String, Integer> judgments) {
        return new MetricSet(ndcg(ranking, judgments, 10), reciprocalRank(ranking, judgments, 10),
                precision(ranking, judgments, 10), recall(ranking, judgments, 100));
    }

    private static int relevantInTop(List<String> ranking, Map<String, Integer> judgments, int k) {
        List<String> ranked = dedupe(ranking);
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
                found++;
            }
        }
        return found;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
