package com.newsbridge.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for precision, recall and F1. Precision and recall may have different true-positive counts (a prediction
 * that matches two gold items counts once for precision and twice for recall), so both are kept.
 *
 * @param predicted        predicted items
 * @param gold             gold items
 * @param correctPredicted predicted items that are correct
 * @param foundGold        gold items that were found
 */
public record Prf(long predicted, long gold, long correctPredicted, long foundGold) {

    public static final Prf ZERO = new Prf(0, 0, 0, 0);

    /** Counts where one correct prediction finds exactly one gold item. */
    public static Prf of(long predicted, long gold, long correct) {
        return new Prf(predicted, gold, correct, correct);
    }

    public Prf plus(Prf o) {
        return new Prf(predicted + o.predicted, gold + o.gold, correctPredicted + o.correctPredicted,
                foundGold + o.foundGold);
    }

    /** Precision; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    /** Recall; 0 when there is no gold item. */
    public double recall() {
        return gold == 0 ? 0 : (double) foundGold / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns the counts and scores as a JSON-ready map. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("correctPredicted", correctPredicted);
        m.put("foundGold", foundGold);
        m.put("precision", precision());
        m.put("recall", recall());
        m.put("f1", f1());
        return m;
    }
}
