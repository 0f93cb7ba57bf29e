package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query, qrels, suite and regression file readers and writers. */
class EvalFilesTest {

    @TempDir
    Path tmp;

    @Test
    void queriesReadIdTextAndOptionalType() {
        List<EvalQuery> queries = QueryFiles.parse(List.of("\uFEFF# comment", "q1\t刘建超\tzh-person", "", "q2\t\"global"
                + " civilization\"", "q3\tUN\ten-org\r"), "test");
        assertThat(queries).containsExactly(new EvalQuery("q1", "刘建超", "zh-person"),
                new EvalQuery("q2", "\"global civilization\"", EvalQuery.UNTYPED), new EvalQuery("q3", "UN", "en-org"));
    }

    @Test
    void malformedQueryLinesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> QueryFiles.parse(List.of("q1\tok", "only-one-column"), "f.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.tsv:2");
        assertThatThrownBy(() -> QueryFiles.parse(List.of("q1\ta", "q1\tb"), "f.tsv"))
                .hasMessageContaining("duplicate query id 'q1'");
        assertThatThrownBy(() -> QueryFiles.parse(List.of("q1\t\tt"), "f.tsv")).hasMessageContaining("f.tsv:1");
    }

    @Test
    void queriesRoundTrip() {
        Path file = tmp.resolve("sub/queries.tsv");
        List<EvalQuery> queries = List.of(new EvalQuery("a", "x y", "t"), new EvalQuery("b", "\"中文\"", "u"));
        QueryFiles.write(file, queries);
        assertThat(QueryFiles.read(file)).isEqualTo(queries);
    }

    @Test
    void qrelsReadTrecFormat() {
        Qrels qrels = Qrels.parse(List.of("# c", "q1 0 d1 1", "q1\t0\td2\t0", "q2 Q0 d3 2", "", "q3 0 d9 0"), "qrels");
        assertThat(qrels.queryIds()).containsExactly("q1", "q2", "q3");
        assertThat(qrels.judgments("q1")).containsExactly(Map.entry("d1", 1), Map.entry("d2", 0));
        assertThat(qrels.relevantCount("q1")).isEqualTo(1);
        assertThat(qrels.relevantCount("q2")).isEqualTo(1);
        assertThat(qrels.relevantCount("q3")).isZero();
        assertThat(qrels.judgments("missing")).isEmpty();
    }

    @Test
    void malformedQrelsAreReported() {
        assertThatThrownBy(() -> Qrels.parse(List.of("q1 0 d1"), "x")).hasMessageContaining("x:1");
        assertThatThrownBy(() -> Qrels.parse(List.of("q1 0 d1 yes"), "x")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> Qrels.parse(List.of("q1 0 d1 1", "q1 0 d1 0"), "x"))
                .hasMessageContaining("conflicting");
    }

    @Test
    void qrelsRoundTrip() {
        Path file = tmp.resolve("qrels.txt");
        Qrels qrels = new Qrels(Map.of("q1", Map.of("d1", 1)));
        qrels.write(file);
        assertThat(Qrels.read(file).judgments("q1")).isEqualTo(Map.of("d1", 1));
    }

    @Test
    void suitesResolveQueriesAgainstTheirFolderAndKeepCorpusViews() throws Exception {
        Path suite = tmp.resolve("s/sets.tsv");
        Files.createDirectories(suite.getParent());
        Files.writeString(suite, "# x\nbundled\tindex-data;zh-only:/data/c\tb/queries.tsv\tb/qrels.txt\n");
        List<EvalSet> sets = Suite.read(suite);
        assertThat(sets).hasSize(1);
        EvalSet set = sets.get(0);
        assertThat(set.corpora()).containsExactly(new CorpusSpec(CorpusSpec.View.AS_IS, Path.of("index-data")),
                new CorpusSpec(CorpusSpec.View.ZH_ONLY, Path.of("/data/c")));
        assertThat(set.queries()).isEqualTo(tmp.resolve("s/b/queries.tsv").toAbsolutePath().normalize());

        Path copy = tmp.resolve("s/copy.tsv");
        Suite.write(copy, sets, "header");
        assertThat(Files.readString(copy)).contains("bundled\tindex-data;zh-only:/data/c\tb/queries.tsv\tb/qrels.txt");
        assertThat(Suite.read(copy)).isEqualTo(sets);
    }

    @Test
    void corpusViewsChangeArticles() {
        var article = new com.newsbridge.model.Article("id1", "Title", "中文标题", "Text", "中文标题。正文", List.of("UN"),
                "src", null, null);
        assertThat(CorpusSpec.parse("no-keywords:x", null).apply(article, false).keywords()).isEmpty();
        var zh = CorpusSpec.parse("zh-only:x", null).apply(article, false);
        assertThat(zh.id()).isEqualTo("id1-zh");
        assertThat(zh.titleEn()).isEmpty();
        assertThat(zh.textEn()).isEmpty();
        assertThat(zh.keywords()).isEmpty();
        assertThat(zh.textZh()).isEqualTo("中文标题。正文");
        var englishOnly = new com.newsbridge.model.Article("id2", "T", "", "Text", "", List.of(), "s", null, null);
        assertThat(CorpusSpec.parse("zh-only:x", null).apply(englishOnly, false)).isNull();
        var en = CorpusSpec.parse("en-only:x", null).apply(article, false);
        assertThat(en.id()).isEqualTo("id1-en");
        assertThat(en.titleEn()).isEqualTo("Title");
        assertThat(en.textEn()).isEqualTo("Text");
        assertThat(en.titleZh()).isEmpty();
        assertThat(en.textZh()).isEmpty();
        assertThat(en.keywords()).isEmpty();
        var chineseOnly = new com.newsbridge.model.Article("id3", "", "标题", "", "正文", List.of(), "s", null, null);
        assertThat(CorpusSpec.parse("en-only:x", null).apply(chineseOnly, false)).isNull();
        assertThat(CorpusSpec.parse("x", null).apply(article, true).keywords()).isEmpty();
        assertThat(CorpusSpec.parse("x", Path.of("/base")).dir()).isEqualTo(Path.of("/base/x"));
    }

    @Test
    void regressionFilesRoundTrip() {
        Path file = tmp.resolve("expected.tsv");
        List<RegressionFile.Expectation> list = List.of(new RegressionFile.Expectation("s", "all", "queries", 12),
                new RegressionFile.Expectation("s", "xlang", "nDCG@10", 0.123456));
        RegressionFile.write(file, list, "h1\nh2");
        assertThat(RegressionFile.read(file)).containsExactly(new RegressionFile.Expectation("s", "all", "queries", 12),
                new RegressionFile.Expectation("s", "xlang", "nDCG@10", 0.1235));
    }

    @Test
    void chineseVariants() {
        assertThat(ChineseNames.traditional("刘建超")).isEqualTo("劉建超");
        assertThat(ChineseNames.pinyinName("江泽民")).isEqualTo("Jiang Zemin");
        assertThat(ChineseNames.pinyinName("曾庆红")).isEqualTo("Zeng Qinghong");
        assertThat(ChineseNames.pinyinName("欧阳修")).isEqualTo("Ouyang Xiu");
        assertThat(ChineseNames.pinyinName("克林顿")).isNull(); // not a Chinese surname
        assertThat(ChineseNames.pinyinName("陈方安生")).isNull();
        assertThat(ChineseNames.pinyinName("Li")).isNull();
    }
}
