package com.newsbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzersTest {

    /** Returns tokens as {@code term(start,end)}. */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "(" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void chineseSegmentsWordsAndDropsPunctuation() throws IOException {
        assertThat(tokens(NewsAnalyzers.chinese(), "全球文明倡议。"))
                .containsExactly("全球(0,2)", "文明(2,4)", "倡议(4,6)");
    }

    @Test
    void chineseFoldsTraditionalToSimplifiedKeepingOriginalOffsets() throws IOException {
        assertThat(tokens(NewsAnalyzers.chinese(), "臺灣總統府發言人"))
                .containsExactly("台湾(0,2)", "总统府(2,5)", "发言人(5,8)");
    }

    @Test
    void chineseFoldsFullWidthLatinAndDoesNotStemIt() throws IOException {
        assertThat(tokens(NewsAnalyzers.chinese(), "ＵＮ秘书长　Guterres"))
                .containsExactly("un(0,2)", "秘书长(2,5)", "guterres(6,14)");
    }

    @Test
    void chineseNormalizesTokensNotTextSoFullWidthAndAsciiDigitsGiveTheSameTermsAtTheOriginalOffsets()
            throws IOException {
        // segmented as written (the fast path), NFKC case folding applied to the tokens afterwards
        assertThat(tokens(NewsAnalyzers.chinese(), "１９９６年创汇６．８８６亿美元"))
                .containsExactly("1996(0,4)", "年(4,5)", "创汇(5,7)", "6(7,8)", "886(9,12)", "亿(12,13)", "美元(13,15)");
        assertThat(tokens(NewsAnalyzers.chinese(), "1996年创汇6.886亿美元"))
                .containsExactly("1996(0,4)", "年(4,5)", "创汇(5,7)", "6(7,8)", "886(9,12)", "亿(12,13)", "美元(13,15)");
    }

    @Test
    void chineseFoldsACompatibilityIdeographToItsSimplifiedForm() throws IOException {
        // U+F900 is NFKC-equivalent to 豈 (traditional), whose simplified form is 岂
        assertThat(tokens(NewsAnalyzers.chinese(), "\uF900的")).containsExactly("岂(0,1)", "的(1,2)");
    }

    @Test
    void wildcardAndPrefixTermsAreNormalizedLikeTheIndexedText() {
        // Analyzer.normalize is what the query parser applies to the terms of prefix, wildcard and fuzzy queries
        assertThat(NewsAnalyzers.english().normalize("f", "ＧＵＴＥＲ").utf8ToString()).isEqualTo("guter");
        assertThat(NewsAnalyzers.names().normalize("f", "Ｇuterres").utf8ToString()).isEqualTo("guterres");
        assertThat(NewsAnalyzers.chineseBigrams().normalize("f", "ＵＮ秘书").utf8ToString()).isEqualTo("un秘书");
    }

    @Test
    void bigramsCoverEverySubstringOfANameSmartChineseSplits() throws IOException {
        assertThat(tokens(NewsAnalyzers.chinese(), "刘建超会见")).containsExactly("刘(0,1)", "建(1,2)", "超(2,3)", "会见(3,5)");
        assertThat(tokens(NewsAnalyzers.chineseBigrams(), "刘建超会见"))
                .containsExactly("刘建(0,2)", "建超(1,3)", "超会(2,4)", "会见(3,5)");
    }

    @Test
    void englishStemsAndRemovesStopWordsAndPossessives() throws IOException {
        assertThat(tokens(NewsAnalyzers.english(), "China’s leaders met the UN Secretary-General"))
                .containsExactly("china(0,7)", "leader(8,15)", "met(16,19)", "un(24,26)", "secretari(27,36)",
                        "gener(37,44)");
    }

    @Test
    void englishFoldsFullWidthForms() throws IOException {
        assertThat(tokens(NewsAnalyzers.english(), "ＵＮ ｃｌｉｍａｔｅ ２０２４"))
                .containsExactly("un(0,2)", "climat(3,10)", "2024(11,15)");
    }

    @Test
    void namesAreNotStemmedAndAccentsAreFolded() throws IOException {
        assertThat(tokens(NewsAnalyzers.names(), "Antonio Guterres, São Paulo"))
                .containsExactly("antonio(0,7)", "guterres(8,16)", "sao(18,21)", "paulo(22,27)");
    }

    @Test
    void normalizeTextFoldsCaseWidthScriptAndSpaces() {
        assertThat(NewsAnalyzers.normalizeText("  Liu　 JIANCHAO ")).isEqualTo("liu jianchao");
        assertThat(NewsAnalyzers.normalizeText("劉建超")).isEqualTo("刘建超");
        assertThat(NewsAnalyzers.normalizeText("ＵＮ")).isEqualTo("un");
    }
}
