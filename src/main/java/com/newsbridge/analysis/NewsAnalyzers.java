package com.newsbridge.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of NewsBridge. Every chain applies the same normalization, as char filters so that offsets
 * (and therefore highlights) still point into the original text (the Chinese word chain normalizes its tokens
 * instead, see {@link #chinese()}):
 * <ol>
 *   <li>NFKC with case folding: full-width Latin and digits, the ideographic space and compatibility forms become
 *       their plain forms ({@code ＵＮ} → {@code un});</li>
 *   <li>traditional → simplified Chinese, character by character ({@code 臺灣} → {@code 台湾}).</li>
 * </ol>
 * Chains are stateless factories; the returned analyzers are thread-safe, as all Lucene analyzers are.
 */
public final class NewsAnalyzers {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    /** Compiled once: {@link #normalizeText} runs for every keyword, entity name and gazetteer lookup. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * Version of the analysis chains, recorded in every index commit ({@code NewsIndex}): an index built by other
     * chains has other terms, so it must be rebuilt to match queries analyzed by these ones.
     * <ol>
     *   <li>NFKC_Casefold and traditional→simplified char filters before every tokenizer;</li>
     *   <li>{@link #chinese()}: only the traditional→simplified char filter before SmartChinese, NFKC_Casefold on the
     *       tokens (the other chains are unchanged).</li>
     * </ol>
     */
    public static final int ANALYSIS_VERSION = 2;

    private NewsAnalyzers() {
    }

    /** Applies the shared normalization char filters to a reader. */
    static Reader normalizeReader(Reader reader) {
        return new SimplifiedChineseCharFilter(new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
    }

    /** Normalizes a short string the way the char filters do (used for filter and facet keys). */
    public static String normalizeText(String text) {
        return WHITESPACE.matcher(ChineseScriptFolding.fold(NFKC_CASEFOLD.normalize(text)).strip()).replaceAll(" ");
    }

    /**
     * Chinese text: SmartChinese's HMM word segmentation, punctuation removed. Unlike {@link SmartChineseAnalyzer},
     * Latin words inside Chinese text are not Porter-stemmed, so an acronym or name keeps its form.
     *
     * <p>Only the traditional→simplified folding runs before segmentation (the segmenter's dictionary is simplified,
     * so traditional text must be folded to be cut into words). NFKC with case folding runs on the <em>tokens</em>
     * instead of the text: SmartChinese segments NFKC-normalized text at about half the speed of the raw text (its
     * full-width digits and punctuation become ASCII, which the segmenter handles more slowly), and its own token
     * filter already folds full-width Latin letters and digits to half-width and lower-cases them, which is what NFKC
     * did for it. The tokens then end up as NFKC_Casefold + folded text, as before, and offsets still point into the
     * original text. See {@link #ANALYSIS_VERSION}.
     */
    public static Analyzer chinese() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SimplifiedChineseCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new ICUNormalizer2Filter(tokenizer, NFKC_CASEFOLD);
                stream = new SimplifiedChineseTokenFilter(stream);
                stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return NewsAnalyzers.normalizeReader(reader);
            }
        };
    }

    /**
     * Chinese text as overlapping character bigrams (unigrams only for isolated characters). This companion field
     * matches any substring of two or more characters, whatever the segmenter did, so names and words it does not
     * know are still found as exact strings.
     */
    public static Analyzer chineseBigrams() {
        return onNormalizedText(StandardTokenizer::new, CJKBigramFilter::new);
    }

    /**
     * English text: standard tokenization, possessives removed, stop words removed, Porter stemming, after NFKC case
     * folding.
     */
    public static Analyzer english() {
        return english(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    static Analyzer english(CharArraySet stopWords) {
        return onNormalizedText(StandardTokenizer::new, tokens -> {
            TokenStream stream = new EnglishPossessiveFilter(tokens);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, stopWords);
            return new PorterStemFilter(stream);
        });
    }

    /**
     * Names and keywords in either language: no stemming and no stop words (a name is matched as written), accents
     * folded, Chinese as bigrams.
     */
    public static Analyzer names() {
        return onNormalizedText(StandardTokenizer::new, tokens -> new CJKBigramFilter(new ASCIIFoldingFilter(tokens)));
    }

    /**
     * An analyzer whose text goes through {@link #normalizeReader} (NFKC case folding) before {@code tokenizer}, then
     * through {@code filters}. The terms of wildcard, prefix and fuzzy queries are normalized the same way, so that
     * {@code ＧＵＴＥＲ*} finds what {@code guter*} finds.
     */
    private static Analyzer onNormalizedText(Supplier<Tokenizer> tokenizer, Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return NewsAnalyzers.normalizeReader(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return NewsAnalyzers.normalizeReader(reader);
            }
        };
    }

    /**
     * Returns the per-field analyzer used for both indexing and querying.
     *
     * @param chineseFields fields analyzed by {@link #chinese()}
     * @param bigramFields  fields analyzed by {@link #chineseBigrams()}
     * @param englishFields fields analyzed by {@link #english()}
     * @param nameFields    fields analyzed by {@link #names()}
     */
    public static Analyzer perField(Iterable<String> chineseFields, Iterable<String> bigramFields,
                                    Iterable<String> englishFields, Iterable<String> nameFields) {
        Analyzer chinese = chinese();
        Analyzer bigrams = chineseBigrams();
        Analyzer english = english();
        Analyzer names = names();
        Map<String, Analyzer> map = new java.util.HashMap<>();
        chineseFields.forEach(f -> map.put(f, chinese));
        bigramFields.forEach(f -> map.put(f, bigrams));
        englishFields.forEach(f -> map.put(f, english));
        nameFields.forEach(f -> map.put(f, names));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), map);
    }
}
