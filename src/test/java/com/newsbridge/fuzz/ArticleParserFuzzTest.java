package com.newsbridge.fuzz;

import static com.newsbridge.fuzz.FuzzCases.forAll;
import static com.newsbridge.fuzz.FuzzCases.pick;
import static com.newsbridge.fuzz.FuzzCases.rejected;
import static com.newsbridge.fuzz.FuzzCases.size;
import static com.newsbridge.fuzz.FuzzCases.string;
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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Seeded random fuzzing of the article parsers: whatever the bytes, {@link ArticleParser} and {@link
 * JsonArticleParser} return an article or throw {@link ArticleParseException} — never another exception, never a hang.
 *
 * <p>Every case draws its input from its own {@link SplittableRandom}, derived from the seed, the test's name and the
 * case's index, so a failure names all three and replays alone:
 * {@code mvn test -Dtest='ArticleParserFuzzTest#randomBytes' -Dnewsbridge.fuzz.seed=N -Dnewsbridge.fuzz.case=I}.
 * Without {@code -Dnewsbridge.fuzz.case} every case runs; without {@code -Dnewsbridge.fuzz.seed} the default seed does.
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
            rejected++;
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    // ---------------------------------------------------------------------------------------------------- properties

    @Test
    void randomBytes() {
        forAll("randomBytes", 2000, r -> bytes(r, 2048), bytes -> parsesOrRejects(() -> PARSER.parse(bytes,
                "random.txt")));
    }

    /** A sample (by index into {@link #SAMPLES}) cut after {@code cut % (length + 1)} bytes. */
    record Truncation(int sample, int cut) {
        byte[] bytes() {
            byte[] s = SAMPLES.get(sample);
            return Arrays.copyOf(s, Math.min(cut % (s.length + 1), s.length));
        }
    }

    @Test
    void truncatedArticles() {
        forAll("truncatedArticles", 1500, r -> new Truncation(sampleIndex(r), intBetween(r, 0, 100_000)), t -> {
            byte[] truncated = t.bytes();
            parsesOrRejects(() -> PARSER.parse(truncated, "truncated.txt"));
        });
    }

    /** A sample with {@code value} written at every {@code position % length}. */
    record Mutation(int sample, List<Integer> positions, byte value) {
        byte[] bytes() {
            byte[] mutated = SAMPLES.get(sample).clone();
            for (int p : positions) {
                mutated[p % mutated.length] = value;
            }
            return mutated;
        }
    }

    @Test
    void mutatedArticles() {
        forAll("mutatedArticles", 1500, r -> {
            int n = size(r, 1, 12);
            List<Integer> positions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                positions.add(intBetween(r, 0, 1_000_000));
            }
            return new Mutation(sampleIndex(r), List.copyOf(positions), anyByte(r));
        }, m -> {
            byte[] mutated = m.bytes();
            parsesOrRejects(() -> PARSER.parse(mutated, "mutated.txt"));
        });
    }

    /** A sample with a NUL byte inserted before byte {@code at % (length + 1)}. */
    record NulInsertion(int sample, int at) {
        byte[] bytes() {
            byte[] s = SAMPLES.get(sample);
            int i = at % (s.length + 1);
            byte[] withNul = new byte[s.length + 1];
            System.arraycopy(s, 0, withNul, 0, i);
            System.arraycopy(s, i, withNul, i + 1, s.length - i);
            return withNul;
        }
    }

    @Test
    void nulBytesAnywhere() {
        forAll("nulBytesAnywhere", 1000, r -> new NulInsertion(sampleIndex(r), intBetween(r, 0, 100_000)), n -> {
            byte[] withNul = n.bytes();
            parsesOrRejects(() -> PARSER.parse(withNul, "nul.txt"));
        });
    }

    @Test
    void mixedEncodings() {
        forAll("mixedEncodings", 1000, r -> {
            int n = size(r, 1, 6);
            List<byte[]> pieces = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pieces.add(encodedPiece(r));
            }
            return concat(pieces);
        }, all -> parsesOrRejects(() -> PARSER.parse(all, "mixed.txt")));
    }

    @Test
    void randomText() {
        forAll("randomText", 1000, ArticleParserFuzzTest::text, text -> parsesOrRejects(() -> PARSER.parse(text,
                "text.txt")));
    }

    @Test
    void enormousLines() {
        forAll("enormousLines", 25, ArticleParserFuzzTest::enormousArticle, text -> {
            long start = System.nanoTime();
            parsesOrRejects(() -> PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "enormous.txt"));
            assertThat((System.nanoTime() - start) / 1_000_000).as("parse time in ms of %d chars", text.length())
                    .isLessThan(5_000);
        });
    }

    @Test
    void jsonArticles() {
        forAll("jsonArticles", 1500, ArticleParserFuzzTest::json, json -> parsesOrRejects(() -> JSON_PARSER.parse(json,
                "item", 1)));
    }

    // ---------------------------------------------------------------------------------------------------- generators

    static int sampleIndex(SplittableRandom r) {
        return r.nextInt(SAMPLES.size());
    }

    static final List<String> CHARSETS = List.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "BOM8",
            "BOM16", "Big5", "Shift_JIS");

    /** Random text or a sample read as UTF-8, minus up to 64 trailing chars, in one of {@link #CHARSETS}. */
    static byte[] encodedPiece(SplittableRandom r) {
        String t = r.nextBoolean() ? text(r) : new String(SAMPLES.get(sampleIndex(r)), StandardCharsets.UTF_8);
        String cs = pick(r, CHARSETS);
        int cut = intBetween(r, 0, 64);
        String s = t.length() > cut + 200 ? t.substring(0, t.length() - cut) : t;
        return switch (cs) {
            case "BOM8" -> concat(List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    s.getBytes(StandardCharsets.UTF_8)));
            case "BOM16" -> concat(List.of(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    s.getBytes(StandardCharsets.UTF_16LE)));
            default -> s.getBytes(Charset.forName(cs));
        };
    }

    static byte[] concat(List<byte[]> pieces) {
        byte[] all = new byte[pieces.stream().mapToInt(p -> p.length).sum()];
        int pos = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, all, pos, p.length);
            pos += p.length;
        }
        return all;
    }

    static final List<String> TEXT_PIECES = List.of("Title: ", "title：", "Keywords: ", "Keywords：a, b；c、d", "Date: ",
            "Date: 2024-02-30", "Date: 9999-99-99", "Date: 2024-01-10", "News Content:", "NEWS   CONTENT：",
            "Views: ", "Views: 12,345", "Views: 99999999999999999999999", "Views: -1", "【来源】", "[来源]",
            "来源：http://www.chinanews.com/gj/2024/01-10/1.shtml", "http://x/2024/13-45/", "中文正文，", "联合国。",
            "English text. ", "\n", "\r\n", "\r", "\t", "\u3000", "\u00A0", "\uFEFF", "\u0000", "\u0007", "\u001B",
            "\u007F", "\u202E", "مرحبا", "שלום", "😀", "\uD83D", "\uDE00", "<script>", "&amp;", "\\", "\"", "：",
            " ".repeat(50));

    /** Lines made of labels, Chinese, English, controls, odd spaces, surrogates, emoji and right-to-left text. */
    static String text(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> {
                int n = size(r, 0, 40);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append(pick(r, TEXT_PIECES));
                }
                yield sb.toString();
            }
            case 1 -> anyString(r, 300);
            default -> string(r, size(r, 0, 300), rr -> (char) rr.nextInt(0x100));
        };
    }

    static final List<String> FILLS = List.of(" ", "\u00A0", "\u3000", "word ", "汉", "a", "\t", ",", "：", "😀");
    static final List<String> WHERE = List.of("zh", "title", "keywords", "en", "source", "views");

    /** A valid article with one enormous line: spaces, no-break spaces, words, Han, control characters. */
    static String enormousArticle(SplittableRandom r, int index) {
        String f = pick(r, FILLS);
        int n = intBetween(r, 100_000, 1_000_000);
        String w = WHERE.get(index % WHERE.size()); // every place gets its share of the few cases
        String line = "x" + f.repeat(n / f.length()) + "x";
        return switch (w) {
            case "zh" -> line + "\nTitle: t\nNews Content:\nen\n";
            case "title" -> "中文。\nTitle: " + line + "\nNews Content:\nen\n";
            case "keywords" -> "中文。\nTitle: t\nKeywords: " + line + "\nNews Content:\nen\n";
            case "en" -> "中文。\nTitle: t\nNews Content:\n" + line + "\n";
            case "source" -> "中文。\nTitle: t\nNews Content:\nen\n【来源】" + line + "\n";
            default -> "中文。\nTitle: t\nNews Content:\nen\nViews: " + line + "\n";
        };
    }

    static final List<String> JSON_VALUES = List.of("null", "true", "1", "-1", "1e999", "99999999999999999999", "[]",
            "{}", "[\"a\",1]", "\"2024-02-30\"", "\"2024-01-10\"", "\"../../etc\"", "\"a b\"", "\"联合国\"", "\"\\u0000\"",
            "\"\\ud800\"", "[\"k1\",\"k2\"]", "\"a,b;c\"");
    static final List<String> JSON_FIELDS = List.of("id", "zh", "text_zh", "title_zh", "title_en", "title", "en",
            "text_en", "keywords", "date", "published", "source", "url", "views", "unknown");
    static final List<String> JSON_FIXED = List.of("", "[]", "null", "1", "\"x\"", "{", "{\"a\":", "[".repeat(5000),
            "{\"zh\":\"" + "汉".repeat(100_000) + "\"}");

    static String jsonValue(SplittableRandom r) {
        if (r.nextBoolean()) {
            return pick(r, JSON_VALUES);
        }
        return "\"" + anyString(r, 40).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String jsonObject(SplittableRandom r) {
        int n = size(r, 0, 10);
        List<String> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add("\"" + pick(r, JSON_FIELDS) + "\":" + jsonValue(r));
        }
        return "{" + String.join(",", members) + "}";
    }

    /** Objects of known and unknown fields with odd values, half objects, random strings and a few fixed oddities. */
    static String json(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> jsonObject(r);
            case 1 -> {
                String o = jsonObject(r);
                yield o.substring(0, o.length() / 2);
            }
            case 2 -> anyString(r, 200);
            default -> pick(r, JSON_FIXED);
        };
    }

    // ------------------------------------------------------------------------------------------- random primitives

    /** An int in [min, max], often one of the bounds (as property-testing libraries bias towards edge cases). */
    static int intBetween(SplittableRandom r, int min, int max) {
        return switch (r.nextInt(16)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> Math.min(max, min + r.nextInt(16));
            default -> r.nextInt(min, max + 1);
        };
    }

    static byte anyByte(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> 0;
            case 1 -> pick(r, List.of(-1, 1, 127, -128, 10, 13, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x80, 0xC0, 0xE4))
                    .byteValue();
            default -> (byte) r.nextInt(256);
        };
    }

    static byte[] bytes(SplittableRandom r, int maxLength) {
        byte[] b = new byte[size(r, 0, maxLength)];
        for (int i = 0; i < b.length; i++) {
            b[i] = anyByte(r);
        }
        return b;
    }

    static final char[] EDGE_CHARS = {'\u0000', ' ', '\n', '\r', '\t', '\u007F', '\u00A0', '\u3000', '\uFEFF', '\u202E',
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', 'a', '汉', '"', '\\'};

    /** Any UTF-16 unit (unpaired surrogates and noncharacters included), biased towards ASCII and edge chars. */
    static char anyChar(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> EDGE_CHARS[r.nextInt(EDGE_CHARS.length)];
            case 1, 2 -> (char) r.nextInt(0x80);
            default -> (char) r.nextInt(0x10000);
        };
    }

    /** A string of up to {@code maxLength} arbitrary UTF-16 units. */
    static String anyString(SplittableRandom r, int maxLength) {
        return string(r, size(r, 0, maxLength), ArticleParserFuzzTest::anyChar);
    }
}
