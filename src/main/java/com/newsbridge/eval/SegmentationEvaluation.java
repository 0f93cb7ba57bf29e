package com.newsbridge.eval;

import com.newsbridge.analysis.NewsAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Scores Chinese word segmentation against gold segmentations: the plain {@link SmartChineseAnalyzer} (no char
 * filters) and NewsBridge's chain {@link NewsAnalyzers#chinese()} (NFKC case folding and traditional → simplified
 * char filters before the same HMM tokenizer). Tokens are compared by their offsets in the raw line, so the char
 * filters' folding does not matter. See {@link SegmentationScorer} for the rules.
 */
public final class SegmentationEvaluation {

    /** A gold data set: gold (words separated by white space) and raw files, line-aligned, and optional vocabulary. */
    public record Dataset(String name, Path gold, Path raw, Path trainingWords) {
    }

    /**
     * The figures of one segmenter on one data set.
     *
     * @param dataset    data set name
     * @param segmenter  {@code smartcn} or {@code newsbridge}
     * @param lines      lines scored
     * @param skipped    lines skipped because gold and raw differ
     * @param words      word counts
     * @param oovWords   gold words outside the training vocabulary (0 when unknown)
     * @param oovRecall  recall on those, NaN when unknown
     */
    public record Result(String dataset, String segmenter, int lines, int skipped, Prf words, long oovWords,
                         double oovRecall) {
    }

    /** The segmenters compared, by name. */
    public static Map<String, Analyzer> segmenters() {
        Map<String, Analyzer> map = new LinkedHashMap<>();
        map.put("smartcn", new SmartChineseAnalyzer());
        map.put("newsbridge", NewsAnalyzers.chinese());
        return map;
    }

    private SegmentationEvaluation() {
    }

    /** Scores every segmenter on {@code dataset}, at most {@code limit} lines (0 = all). */
    public static List<Result> evaluate(Dataset dataset, int limit) {
        List<String> goldLines = lines(dataset.gold());
        List<String> rawLines = lines(dataset.raw());
        if (goldLines.size() != rawLines.size()) {
            throw new IllegalArgumentException(dataset.gold() + " has " + goldLines.size() + " lines but " + dataset.raw()
                    + " has " + rawLines.size());
        }
        Set<String> vocabulary = dataset.trainingWords() == null ? null : new HashSet<>(lines(dataset.trainingWords())
                .stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<Result> results = new ArrayList<>();
        for (var e : segmenters().entrySet()) {
            SegmentationScorer scorer = new SegmentationScorer(vocabulary);
            int lines = 0;
            int skipped = 0;
            try (Analyzer analyzer = e.getValue()) {
                for (int i = 0; i < goldLines.size() && (limit <= 0 || i < limit); i++) {
                    String raw = rawLines.get(i);
                    List<String> words = Arrays.stream(goldLines.get(i).strip().split("[ \\t\\u3000]+"))
                            .filter(w -> !w.isEmpty()).toList();
                    List<SegmentationScorer.Span> gold = SegmentationScorer.goldSpans(words, raw);
                    if (gold == null) {
                        skipped++;
                        continue;
                    }
                    scorer.add(raw, gold, tokenSpans(analyzer, raw));
                    lines++;
                }
            }
            results.add(new Result(dataset.name(), e.getKey(), lines, skipped, scorer.words(), scorer.oovWords(),
                    scorer.oovRecall()));
        }
        return results;
    }

    /** Returns the offsets of the analyzer's tokens in {@code text}. */
    public static List<SegmentationScorer.Span> tokenSpans(Analyzer analyzer, String text) {
        List<SegmentationScorer.Span> spans = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                spans.add(new SegmentationScorer.Span(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** Reads a UTF-8 file's lines without trailing carriage returns and without a leading byte-order mark. */
    static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Formats results as a text or Markdown table. */
    public static String table(List<Result> results, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("| data set | segmenter | gold words | predicted | P | R | F1 | OOV words | OOV recall |\n");
            sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        } else {
            sb.append(String.format(Locale.ROOT, "%-12s %-11s %6s %9s %9s %7s %7s %7s %8s %8s%n", "data set", "segmenter",
                    "lines", "gold", "predicted", "P", "R", "F1", "OOV", "OOV-R"));
        }
        for (Result r : results) {
            String oovRecall = Double.isNaN(r.oovRecall()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.oovRecall());
            String oov = Double.isNaN(r.oovRecall()) ? "n/a" : Long.toString(r.oovWords());
            if (markdown) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %s | %s |%n", r.dataset(),
                        r.segmenter(), r.words().gold(), r.words().predicted(), r.words().precision(), r.words().recall(),
                        r.words().f1(), oov, Double.isNaN(r.oovRecall()) ? "n/a"
                        : String.format(Locale.ROOT, "%.3f", r.oovRecall())));
            } else {
                sb.append(String.format(Locale.ROOT, "%-12s %-11s %6d %9d %9d %7.4f %7.4f %7.4f %8s %8s%n", r.dataset(),
                        r.segmenter(), r.lines(), r.words().gold(), r.words().predicted(), r.words().precision(),
                        r.words().recall(), r.words().f1(), oov, oovRecall));
                if (r.skipped() > 0) {
                    sb.append(String.format(Locale.ROOT, "  (%d lines skipped: gold words do not spell the raw line)%n",
                            r.skipped()));
                }
            }
        }
        return sb.toString();
    }

    /** JSON-ready form of results. */
    public static List<Map<String, Object>> json(List<Result> results) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataset", r.dataset());
            m.put("segmenter", r.segmenter());
            m.put("lines", r.lines());
            m.put("skippedLines", r.skipped());
            m.put("words", r.words().asMap());
            m.put("oovWords", r.oovWords());
            m.put("oovRecall", Double.isNaN(r.oovRecall()) ? null : r.oovRecall());
            list.add(m);
        }
        return list;
    }
}
