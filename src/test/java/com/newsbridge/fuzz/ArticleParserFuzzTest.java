package com.newsbridge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.TestCorpus;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.ingest.JsonArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the article parsers: whatever the bytes, {@link ArticleParser} and {@link
 * JsonArticleParser} return an article or throw {@link ArticleParseException} — never another exception, never a hang.
 */
class ArticleParserFuzzTest {

    static final ArticleParser PARSER = new ArticleParser();
    static final JsonArticleParser JSON_PARSER = new JsonArticleParser();
    static final Charset GB18030 = Charset.forName("GB18030");
    static final List<byte[]> SAMPLES = samples();

    static List<byte[]> samples() {
        List<byte[]> samples = new ArrayList<>();
        try {
            samples.add(Files.readAllBytes(TestCorpus.SEED));
            for (String name : TestCorpus.FIXTURES) {
                try (InputStream in = ArticleParserFuzzTest.class.getResourceAsStream("/articles/" + name)) {
                    byte[] utf8 = in.readAllBytes();
                    samples.add(utf8);
                    samples.add(new String(utf8, StandardCharsets.UTF_8).getBytes(GB18030));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(samples);
    }

    /** Runs {@code parse}: an article (with an id and some text) or an ArticleParseException pass; anything else fails. */
    static void parsesOrRejects(Supplier<Article> parse) {
        try {
            Article a = parse.get();
            assertThat(a).isNotNull();
            assertThat(a.id()).isNotBlank();
            assertThat(a.titleEn() + a.textEn() + a.textZh()).isNotBlank();
        } catch (ArticleParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void randomBytes(@ForAll @Size(max = 2048) byte[] bytes) {
        parsesOrRejects(() -> PARSER.parse(bytes, "random.txt"));
    }

    @Property(tries = 1500)
    void truncatedArticles(@ForAll("sample") byte[] sample, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] truncated = java.util.Arrays.copyOf(sample, Math.min(cut % (sample.length + 1), sample.length));
        parsesOrRejects(() -> PARSER.parse(truncated, "truncated.txt"));
    }

    @Property(tries = 1500)
    void mutatedArticles(@ForAll("sample") byte[] sample, @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0,
            max = 1_000_000) Integer> positions, @ForAll byte value) {
        byte[] mutated = sample.clone();
        for (int p : positions) {
            mutated[p % mutated.length] = value;
        }
        parsesOrRejects(() -> PARSER.parse(mutated, "mutated.txt"));
    }

    @Property(tries = 1000)
    void nulBytesAnywhere(@ForAll("sample") byte[] sample, @ForAll @IntRange(min = 0, max = 100_000) int at) {
        int i = at % (sample.length + 1);
        byte[] withNul = new byte[sample.length + 1];
        System.arraycopy(sample, 0, withNul, 0, i);
        System.arraycopy(sample, i, withNul, i + 1, sample.length - i);
        parsesOrRejects(() -> PARSER.parse(withNul, "nul.txt"));
    }

    @Property(tries = 1000)
    void mixedEncodings(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("encodedPiece") byte[]> pieces) {
        int length = pieces.stream().mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int pos = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, all, pos, p.length);
            pos += p.length;
        }
        parsesOrRejects(() -> PARSER.parse(all, "mixed.txt"));
    }

    @Property(tries = 1000)
    void randomText(@ForAll("text") String text) {
        parsesOrRejects(() -> PARSER.parse(text, "text.txt"));
    }

    @Property(tries = 25)
    void enormousLines(@ForAll("enormousArticle") String text) {
        long start = System.nanoTime();
        parsesOrRejects(() -> PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "enormous.txt"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("parse time in ms of %d chars", text.length())
                .isLessThan(5_000);
    }

    @Property(tries = 1500)
    void jsonArticles(@ForAll("json") String json) {
        parsesOrRejects(() -> JSON_PARSER.parse(json, "item", 1));
    }

    @Provide
    Arbitrary<byte[]> sample() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<byte[]> encodedPiece() {
        Arbitrary<String> text = Arbitraries.oneOf(text(), Arbitraries.of(SAMPLES)
                .map(b -> new String(b, StandardCharsets.UTF_8)));
        return Combinators.combine(text, Arbitraries.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "ISO-8859-1",
                        "BOM8", "BOM16", "Big5", "Shift_JIS"), Arbitraries.integers().between(0, 64))
                .as((t, cs, cut) -> {
                    String s = t.length() > cut + 200 ? t.substring(0, t.length() - cut) : t;
                    return switch (cs) {
                        case "BOM8" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                s.getBytes(StandardCharsets.UTF_8));
                        case "BOM16" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                                s.getBytes(StandardCharsets.UTF_16LE));
                        default -> s.getBytes(Charset.forName(cs));
                    };
                });
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Lines made of labels, Chinese, English, controls, odd spaces, surrogates, emoji and right-to-left text. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of("Title: ", "title：", "Keywords: ", "Keywords：a, b；c、d", "Date: ",
                "Date: 2024-02-30", "Date: 9999-99-99", "Date: 2024-01-10", "News Content:", "NEWS   CONTENT：",
                "Views: ", "Views: 12,345", "Views: 99999999999999999999999", "Views: -1", "【来源】", "[来源]",
                "来源：http://www.chinanews.com/gj/2024/01-10/1.shtml", "http://x/2024/13-45/", "中文正文，", "联合国。",
                "English text. ", "\n", "\r\n", "\r", "\t", "\u3000", "\u00A0", "\uFEFF", "\u0000", "\u0007", "\u001B",
                "\u007F", "\u202E", "مرحبا", "שלום", "😀", "\uD83D", "\uDE00", "<script>", "&amp;", "\\", "\"", "：",
                " ".repeat(50));
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(300));
    }

    /** A valid article with one enormous line: spaces, no-break spaces, words, Han, control characters. */
    @Provide
    Arbitrary<String> enormousArticle() {
        Arbitrary<String> fill = Arbitraries.of(" ", "\u00A0", "\u3000", "word ", "汉", "a", "\t", ",", "：", "😀");
        Arbitrary<Integer> length = Arbitraries.integers().between(100_000, 1_000_000);
        Arbitrary<String> where = Arbitraries.of("zh", "title", "keywords", "en", "source", "views");
        return Combinators.combine(fill, length, where).as((f, n, w) -> {
            String line = "x" + f.repeat(n / f.length()) + "x";
            return switch (w) {
                case "zh" -> line + "\nTitle: t\nNews Content:\nen\n";
                case "title" -> "中文。\nTitle: " + line + "\nNews Content:\nen\n";
                case "keywords" -> "中文。\nTitle: t\nKeywords: " + line + "\nNews Content:\nen\n";
                case "en" -> "中文。\nTitle: t\nNews Content:\n" + line + "\n";
                case "source" -> "中文。\nTitle: t\nNews Content:\nen\n【来源】" + line + "\n";
                default -> "中文。\nTitle: t\nNews Content:\nen\nViews: " + line + "\n";
            };
        });
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "1", "-1", "1e999", "99999999999999999999", "[]", "{}", "[\"a\",1]",
                        "\"2024-02-30\"", "\"2024-01-10\"", "\"../../etc\"", "\"a b\"", "\"联合国\"", "\"\\u0000\"",
                        "\"\\ud800\"", "[\"k1\",\"k2\"]", "\"a,b;c\""),
                Arbitraries.strings().all().ofMaxLength(40).map(s -> "\"" + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\""));
        Arbitrary<String> field = Arbitraries.of("id", "zh", "text_zh", "title_zh", "title_en", "title", "en",
                "text_en", "keywords", "date", "published", "source", "url", "views", "unknown");
        Arbitrary<String> object = Combinators.combine(field, value).as((f, v) -> "\"" + f + "\":" + v).list()
                .ofMaxSize(10).map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.oneOf(object, object.map(o -> o.substring(0, o.length() / 2)),
                Arbitraries.strings().all().ofMaxLength(200), Arbitraries.of("", "[]", "null", "1", "\"x\"", "{",
                        "{\"a\":", "[" .repeat(5000), "{\"zh\":\"" + "汉".repeat(100_000) + "\"}"));
    }
}
