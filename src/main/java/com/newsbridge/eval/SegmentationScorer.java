package com.newsbridge.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Span-based word segmentation scoring. A word is the character span [start, end) it covers in the raw line; a
 * predicted word is correct when the gold has a word with exactly the same span. Words made only of punctuation,
 * symbols or white space are left out on both sides (the NewsBridge chain drops punctuation; a symbol-only word such
 * as {@code ——} says nothing about segmentation). Out-of-vocabulary recall counts the gold words absent from a
 * training word list that were found. Accumulates over lines; not thread-safe.
 */
public final class SegmentationScorer {

    /** A span [start, end) of a raw line. */
    public record Span(int start, int end) {
    }

    private final Set<String> trainingWords;
    private long gold;
    private long predicted;
    private long correct;
    private long oov;
    private long oovFound;

    /** @param trainingWords the training vocabulary, or {@code null} when unknown (no OOV figures) */
    public SegmentationScorer(Set<String> trainingWords) {
        this.trainingWords = trainingWords;
    }

    /**
     * Returns the spans of gold words laid end to end, or {@code null} when their concatenation is not {@code raw}.
     */
    public static List<Span> goldSpans(List<String> words, String raw) {
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (String w : words) {
            if (!raw.startsWith(w, pos)) {
                return null;
            }
            spans.add(new Span(pos, pos + w.length()));
            pos += w.length();
        }
        return pos == raw.length() ? spans : null;
    }

    /** Scores one line: gold spans and predicted spans (token offsets) of {@code raw}. */
    public void add(String raw, List<Span> goldSpans, List<Span> predictedSpans) {
        Set<Span> predictedSet = new HashSet<>();
        for (Span s : predictedSpans) {
            if (s.start() >= 0 && s.end() <= raw.length() && s.start() < s.end() && !isPunctuation(raw, s)) {
                predictedSet.add(s);
            }
        }
        predicted += predictedSet.size();
        for (Span s : goldSpans) {
            if (isPunctuation(raw, s)) {
                continue;
            }
            gold++;
            boolean found = predictedSet.contains(s);
            if (found) {
                correct++;
            }
            if (trainingWords != null && !trainingWords.contains(raw.substring(s.start(), s.end()))) {
                oov++;
                if (found) {
                    oovFound++;
                }
            }
        }
    }

    /** Returns true when every character of the span is punctuation, a symbol or white space. */
    static boolean isPunctuation(String raw, Span s) {
        for (int i = s.start(); i < s.end(); ) {
            int cp = raw.codePointAt(i);
            if (!isPunctuation(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isPunctuation(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Returns the counts so far: predicted, gold, correct (precision and recall share it). */
    public Prf words() {
        return Prf.of(predicted, gold, correct);
    }

    /** Returns true when OOV figures are available. */
    public boolean hasOov() {
        return trainingWords != null;
    }

    /** Gold words not in the training vocabulary. */
    public long oovWords() {
        return oov;
    }

    /** Recall on out-of-vocabulary gold words; NaN when unknown or none. */
    public double oovRecall() {
        return trainingWords == null || oov == 0 ? Double.NaN : (double) oovFound / oov;
    }
}
