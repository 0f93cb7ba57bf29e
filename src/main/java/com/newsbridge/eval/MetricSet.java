package com.newsbridge.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reported metrics of one query, or their means over a group of queries.
 *
 * @param ndcg10   nDCG@10
 * @param mrr10    MRR@10 (reciprocal rank cut at 10)
 * @param p10      precision at 10
 * @param recall100 recall at 100
 */
public record MetricSet(double ndcg10, double mrr10, double p10, double recall100) {

    /** The metric names, in column order, as used in tables, JSON and the regression file. */
    public static final List<String> NAMES = List.of("nDCG@10", "MRR@10", "P@10", "R@100");

    /** Returns the mean of each metric (all zeros for an empty list). */
    public static MetricSet mean(List<MetricSet> sets) {
        if (sets.isEmpty()) {
            return new MetricSet(0, 0, 0, 0);
        }
        double n = 0, m = 0, p = 0, r = 0;
        for (MetricSet s : sets) {
            n += s.ndcg10;
            m += s.mrr10;
            p += s.p10;
            r += s.recall100;
        }
        int size = sets.size();
        return new MetricSet(n / size, m / size, p / size, r / size);
    }

    /** Returns the value of the metric named {@code name} (one of {@link #NAMES}, any case). */
    public double get(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "ndcg@10" -> ndcg10;
            case "mrr@10" -> mrr10;
            case "p@10" -> p10;
            case "r@100", "recall@100" -> recall100;
            default -> throw new IllegalArgumentException("unknown metric '" + name + "' (expected one of " + NAMES + ")");
        };
    }

    /** Returns the metrics by name, in {@link #NAMES} order. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String name : NAMES) {
            map.put(name, get(name));
        }
        return map;
    }
}
