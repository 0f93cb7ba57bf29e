package com.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    static final Path SEED = Path.of("index-data/seed-article.txt");

    private final ArticleParser parser = new ArticleParser();

    private static final String SIMPLE = """
            中共中央对外联络部部长刘建超会见古特雷斯。双方交流。
            Title: Liu meets Guterres
            Keywords: Liu Jianchao, Antonio Guterres, UN
            News Content:
            Liu Jianchao met Antonio Guterres.
            【来源】http://example.com/gj/2024/01-10/1.shtml
            Views: 7
            """;

    @Test
    void parsesEveryFieldOfTheSeed() throws IOException {
        Article a = parser.parse(Files.readAllBytes(SEED), SEED.toString());

        assertThat(a.titleEn()).isEqualTo("Chinese official meets UN chief to discuss cooperation, global civilization initiative");
        assertThat(a.titleZh()).isEqualTo("中共中央对外联络部部长刘建超于1月9日在纽约联合国总部会见了联合国秘书长古特雷斯");
        assertThat(a.keywords()).containsExactly("Liu Jianchao", "Antonio Guterres", "UN", "cooperation",
                "global civilization initiative");
        assertThat(a.source()).isEqualTo("http://www.chinanews.com/gj/2024/01-10/10143414.shtml");
        assertThat(a.url()).isEqualTo(a.source());
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(a.views()).isEqualTo(1L);
        assertThat(a.id()).isEqualTo(ArticleIds.fromSource("http://www.chinanews.com/gj/2024/01-10/10143414.shtml"))
                .hasSize(16);
        assertThat(a.textZh().split("\n")).hasSize(4);
        assertThat(a.textZh()).startsWith("中共中央对外联络部部长刘建超于1月9日在纽约联合国总部会见了联合国秘书长古特雷斯。")
                .endsWith("共同为实现世界和平与繁荣作出贡献。");
        assertThat(a.textEn().split("\n")).hasSize(4);
        assertThat(a.textEn()).startsWith("Liu Jianchao, Minister of the International Department")
                .endsWith("work together to contribute to world peace and prosperity.")
                .contains("China’s cooperation with the UN");
    }

    @Test
    void idIsStableAcrossParses() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        assertThat(parser.parse(bytes, "a").id()).isEqualTo(parser.parse(bytes, "b").id());
    }

    @Test
    void acceptsUtf8ByteOrderMark() {
        byte[] body = SIMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = parser.parse(withBom, "bom.txt");
        assertThat(a.textZh()).startsWith("中共中央");
        assertThat(a).isEqualTo(parser.parse(body, "plain.txt"));
    }

    @Test
    void detectsGb18030AndGbk() {
        for (String charset : List.of("GB18030", "GBK")) {
            Article a = parser.parse(SIMPLE.getBytes(Charset.forName(charset)), "gb.txt");
            assertThat(a.textZh()).isEqualTo("中共中央对外联络部部长刘建超会见古特雷斯。双方交流。");
            assertThat(a.titleEn()).isEqualTo("Liu meets Guterres");
        }
    }

    @Test
    void acceptsCrLfLineEndings() {
        Article a = parser.parse(SIMPLE.replace("\n", "\r\n"), "crlf.txt");
        assertThat(a).isEqualTo(parser.parse(SIMPLE, "lf.txt"));
        assertThat(a.textEn()).isEqualTo("Liu Jianchao met Antonio Guterres.");
    }

    @Test
    void acceptsFullWidthColonsAndAnyLabelCase() {
        String text = SIMPLE.replace("Title: ", "TITLE：").replace("Keywords: ", "keywords：")
                .replace("News Content:", "NEWS CONTENT：").replace("Views: ", "views：");
        Article a = parser.parse(text, "fw.txt");
        assertThat(a.titleEn()).isEqualTo("Liu meets Guterres");
        assertThat(a.keywords()).containsExactly("Liu Jianchao", "Antonio Guterres", "UN");
        assertThat(a.textEn()).isEqualTo("Liu Jianchao met Antonio Guterres.");
        assertThat(a.views()).isEqualTo(7L);
    }

    @Test
    void splitsKeywordsOnChineseSeparatorsAndDropsDuplicates() {
        String text = SIMPLE.replace("Keywords: Liu Jianchao, Antonio Guterres, UN",
                "Keywords: Liu Jianchao，Antonio Guterres、UN; cooperation；un, ,");
        assertThat(parser.parse(text, "k.txt").keywords())
                .containsExactly("Liu Jianchao", "Antonio Guterres", "UN", "cooperation");
    }

    @Test
    void ignoresBlankAndTrailingSpaceLines() {
        String text = "\n  \n中文第一段。  \n\n　中文第二段。\u3000\nTitle: T  \n\nKeywords: a \n\nNews Content:   \n\n"
                + "First paragraph.   \n   \nSecond paragraph.\n\n【来源】 http://example.com/x \n\nViews: 3  \n\n";
        Article a = parser.parse(text, "blank.txt");
        assertThat(a.textZh()).isEqualTo("中文第一段。\n中文第二段。");
        assertThat(a.titleEn()).isEqualTo("T");
        assertThat(a.keywords()).containsExactly("a");
        assertThat(a.textEn()).isEqualTo("First paragraph.\nSecond paragraph.");
        assertThat(a.source()).isEqualTo("http://example.com/x");
        assertThat(a.views()).isEqualTo(3L);
    }

    @Test
    void acceptsEnglishTextOnTheNewsContentLine() {
        Article a = parser.parse("Title: T\nNews Content: Same line text.\nMore.\n", "inline.txt");
        assertThat(a.textEn()).isEqualTo("Same line text.\nMore.");
    }

    @Test
    void keywordsLineMayBeMissing() {
        Article a = parser.parse(SIMPLE.replace("Keywords: Liu Jianchao, Antonio Guterres, UN\n", ""), "nokw.txt");
        assertThat(a.keywords()).isEmpty();
        assertThat(a.titleEn()).isEqualTo("Liu meets Guterres");
    }

    @Test
    void sourceAndViewsMayBeMissingAndThenTheIdComesFromTheContent() {
        String text = SIMPLE.replace("【来源】http://example.com/gj/2024/01-10/1.shtml\n", "").replace("Views: 7\n", "");
        Article a = parser.parse(text, "nosrc.txt");
        assertThat(a.source()).isNull();
        assertThat(a.url()).isNull();
        assertThat(a.views()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.id()).isEqualTo(ArticleIds.fromContent(a.titleEn(), a.textEn(), a.textZh()));
        assertThat(a.textEn()).isEqualTo("Liu Jianchao met Antonio Guterres.");
    }

    @Test
    void parsesEnglishOnlyArticles() {
        Article a = parser.parse("Title: Only English\nKeywords: NASA\nNews Content:\nText here.\n【来源】https://e.com/a\n", "en.txt");
        assertThat(a.textZh()).isEmpty();
        assertThat(a.titleZh()).isEmpty();
        assertThat(a.hasChinese()).isFalse();
        assertThat(a.hasEnglish()).isTrue();
        assertThat(a.textEn()).isEqualTo("Text here.");
    }

    @Test
    void parsesChineseOnlyArticlesWithChineseKeywords() {
        Article a = parser.parse("世卫组织宣布中国消除疟疾。\n这是第二段。\nKeywords: 谭德塞，世界卫生组织、疟疾\n【来源】人民日报 第1版\nViews: 12\n", "zh.txt");
        assertThat(a.titleEn()).isEmpty();
        assertThat(a.textEn()).isEmpty();
        assertThat(a.titleZh()).isEqualTo("世卫组织宣布中国消除疟疾");
        assertThat(a.keywords()).containsExactly("谭德塞", "世界卫生组织", "疟疾");
        assertThat(a.source()).isEqualTo("人民日报 第1版");
        assertThat(a.url()).isNull();
        assertThat(a.views()).isEqualTo(12L);
    }

    @Test
    void dateLineWinsOverTheUrlDate() {
        String text = SIMPLE.replace("News Content:", "Date: 2023-05-06\nNews Content:");
        assertThat(parser.parse(text, "d.txt").published()).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(parser.parse(SIMPLE, "u.txt").published()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(parser.parse(SIMPLE.replace("/2024/01-10/", "/x/"), "n.txt").published()).isNull();
    }

    @Test
    void chineseTitleIsTheFirstSentenceCapped() {
        assertThat(ArticleParser.chineseTitle("第一句。第二句。")).isEqualTo("第一句");
        assertThat(ArticleParser.chineseTitle("标题行\n正文。")).isEqualTo("标题行");
        String longSentence = "长".repeat(100) + "。";
        String title = ArticleParser.chineseTitle(longSentence);
        assertThat(title).hasSize(ArticleParser.MAX_ZH_TITLE).endsWith("…");
    }

    @Test
    void rejectsEmptyFiles() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "empty.txt"))
                .isInstanceOf(ArticleParseException.class).hasMessage("empty.txt: empty file");
        assertThatThrownBy(() -> parser.parse(" \n\n ", "blank.txt"))
                .isInstanceOf(ArticleParseException.class).hasMessage("blank.txt: empty file");
    }

    @Test
    void rejectsBinaryFilesWithTheLine() {
        byte[] bytes = "line one\nline two\0\u0001".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(bytes, "bin.dat"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("bin.dat:2: binary file (NUL byte at offset 17)")
                .satisfies(e -> assertThat(((ArticleParseException) e).line()).isEqualTo(2));
    }

    @Test
    void rejectsTextWithNoEnglishOrChinesePart() {
        assertThatThrownBy(() -> parser.parse("just some words\nand more\n", "plain.txt"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessageStartingWith("plain.txt:1: no recognizable English or Chinese part");
    }

    @Test
    void reportsABadDateWithItsLine() {
        String text = SIMPLE.replace("News Content:", "Date: 2024-13-45\nNews Content:");
        assertThatThrownBy(() -> parser.parse(text, "bad.txt"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessageStartingWith("bad.txt:4: invalid date '2024-13-45'");
    }

    @Test
    void reportsBadViewsAfterTheSourceWithItsLine() {
        String text = SIMPLE.replace("Views: 7", "Views: many");
        assertThatThrownBy(() -> parser.parse(text, "v.txt"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("v.txt:7: invalid view count 'many' (expected a number)");
    }

    @Test
    void aViewsSentenceInsideTheEnglishTextIsText() {
        String text = "Title: T\nNews Content:\nViews: expressed by delegates differed.\n";
        assertThat(parser.parse(text, "t.txt").textEn()).isEqualTo("Views: expressed by delegates differed.");
    }
}
