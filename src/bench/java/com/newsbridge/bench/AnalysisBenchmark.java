package com.newsbridge.bench;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One analysis chain over article texts, one article's text per operation (cycling through the sample). The
 * {@code bytes} counter gives the throughput in UTF-8 bytes of input per second (÷ 1e6 = MB/s, single thread).
 *
 * <ul>
 *   <li>{@code zh}: {@link NewsAnalyzers#chinese()} (traditional→simplified char filter, SmartChinese HMM, NFKC on
 *       the tokens, stop filter) over the Chinese text;</li>
 *   <li>{@code zh-v1}: the Chinese chain of analysis version 1 (NFKC + traditional→simplified char filters,
 *       SmartChinese HMM, stop filter), for comparison;</li>
 *   <li>{@code zh-bigrams}: {@link NewsAnalyzers#chineseBigrams()} over the same text;</li>
 *   <li>{@code zh-bare}: Lucene's HMMChineseTokenizer alone (no char filters, no stop filter) over the same text —
 *       what the char filters cost is the difference to {@code zh};</li>
 *   <li>{@code zh-nfkc}, {@code zh-simp}: the bare tokenizer behind only the ICU NFKC_Casefold char filter, or only
 *       the traditional→simplified one;</li>
 *   <li>{@code zh-prenorm}: the bare tokenizer over text normalized beforehand (NFKC_Casefold + folding, as a string),
 *       to tell the cost of the char-filter mechanics from the effect of the normalized text on segmentation;</li>
 *   <li>{@code en}: {@link NewsAnalyzers#english()} over the English text;</li>
 *   <li>{@code names}: {@link NewsAnalyzers#names()} over the keyword line's entries.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    @Param({"zh", "zh-v1", "zh-bigrams", "zh-bare", "zh-nfkc", "zh-simp", "zh-prenorm", "en", "names"})
    public String chain;

    private Analyzer analyzer;
    private String field;
    private String[] texts;
    private int[] bytes;

    /** Input bytes analyzed, reported as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;

        @Setup(Level.Iteration)
        public void clean() {
            bytes = 0;
        }
    }

    /** Per-thread position in the sample. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setUp() {
        List<String> list = new ArrayList<>();
        for (Article a : BenchCorpus.sample()) {
            switch (chain) {
                case "zh", "zh-v1", "zh-bigrams", "zh-bare", "zh-nfkc", "zh-simp" -> add(list, a.textZh());
                case "zh-prenorm" -> add(list, com.newsbridge.analysis.ChineseScriptFolding.fold(
                        com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(a.textZh())));
                case "en" -> add(list, a.textEn());
                case "names" -> add(list, String.join("\n", a.keywords()));
                default -> throw new IllegalArgumentException(chain);
            }
        }
        texts = list.toArray(String[]::new);
        bytes = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
        }
        field = chain.startsWith("zh") ? "text_zh" : chain.equals("en") ? "text_en" : "keywords";
        analyzer = switch (chain) {
            case "zh" -> NewsAnalyzers.chinese();
            case "zh-v1" -> chineseV1();
            case "zh-bigrams" -> NewsAnalyzers.chineseBigrams();
            case "zh-bare", "zh-prenorm" -> bareHmm(r -> r);
            case "zh-nfkc" -> bareHmm(r -> new org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter(r,
                    com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance()));
            case "zh-simp" -> bareHmm(com.newsbridge.analysis.SimplifiedChineseCharFilter::new);
            case "en" -> NewsAnalyzers.english();
            default -> NewsAnalyzers.names();
        };
    }

    /** The Chinese chain of analysis version 1: NFKC_Casefold + traditional→simplified char filters, HMM, stop. */
    static Analyzer chineseV1() {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new com.newsbridge.analysis.SimplifiedChineseCharFilter(
                        new org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter(reader,
                                com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance()));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.Tokenizer tokenizer = new org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer();
                return new TokenStreamComponents(tokenizer, new org.apache.lucene.analysis.StopFilter(tokenizer,
                        org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer.getDefaultStopSet()));
            }
        };
    }

    private static Analyzer bareHmm(java.util.function.UnaryOperator<java.io.Reader> charFilter) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return charFilter.apply(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer());
            }
        };
    }

    private static void add(List<String> list, String text) {
        if (!text.isBlank()) {
            list.add(text);
        }
    }

    @Benchmark
    public long analyze(Cursor cursor, Counters counters) throws IOException {
        int i = cursor.next++ % texts.length;
        counters.bytes += bytes[i];
        long sink = 0;
        try (TokenStream ts = analyzer.tokenStream(field, texts[i])) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink += term.length() + offset.startOffset();
            }
            ts.end();
        }
        return sink;
    }
}
