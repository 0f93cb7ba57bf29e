package com.newsbridge.fuzz;

import static com.newsbridge.fuzz.FuzzCases.forAll;
import static com.newsbridge.fuzz.FuzzCases.pick;
import static com.newsbridge.fuzz.FuzzCases.rejected;
import static com.newsbridge.fuzz.FuzzCases.size;
import static com.newsbridge.fuzz.FuzzCases.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.TestCorpus;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random fuzzing of the query path: for random and adversarial queries, filters and paging, {@link
 * ArticleSearcher#searchPage} answers or throws a {@link BadRequestException} (a 400) — nothing else.
 *
 * <p>Every case draws its input from its own {@link SplittableRandom}, derived from the seed, the test's name and the
 * case's index, so a failure names all three and replays alone:
 * {@code mvn test -Dtest='QueryFuzzTest#adversarialQueries' -Dnewsbridge.fuzz.seed=N -Dnewsbridge.fuzz.case=I}.
 * Without {@code -Dnewsbridge.fuzz.case} every case runs; without {@code -Dnewsbridge.fuzz.seed} the default seed does.
 */
class QueryFuzzTest {

    static Path dir;
    static NewsIndex index;
    static ArticleSearcher searcher;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("newsbridge-query-fuzz");
        Path corpus = TestCorpus.write(dir.resolve("corpus"));
        index = NewsIndex.open(dir.resolve("index"), EntityExtractor.bundled());
        new CorpusIndexer(index, 0, new PrintStream(OutputStream.nullOutputStream())).indexFolder(corpus);
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Searches; a result or a BadRequestException (any subclass) pass, anything else fails the property. */
    static void answersOrRejects(SearchRequest request, String cursor) {
        try {
            ArticleSearcher.Page page = searcher.searchPage(request, cursor);
            assertThat(page.result().hits().size()).isLessThanOrEqualTo(request.size());
            assertThat(page.result().total()).isGreaterThanOrEqualTo(page.result().hits().size());
            page.result().hits().forEach(h -> {
                assertThat(h.id()).isNotBlank();
                assertThat(h.snippetEn() == null ? "" : h.snippetEn()).doesNotContain("<script");
            });
            if (page.nextCursor() != null) {
                searcher.searchPage(request.withPage(1, request.size()), page.nextCursor());
            }
        } catch (BadRequestException expected) {
            rejected++;
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    // ---------------------------------------------------------------------------------------------------- properties

    @Test
    void adversarialQueries() {
        forAll("adversarialQueries", 3000, QueryFuzzTest::adversarial, q -> answersOrRejects(SearchRequest.of(q),
                null));
    }

    @Test
    void randomUnicodeQueries() {
        forAll("randomUnicodeQueries", 1000, QueryFuzzTest::unicode, q -> answersOrRejects(SearchRequest.of(q), null));
    }

    @Test
    void tenThousandCharacterQueries() {
        forAll("tenThousandCharacterQueries", 40, QueryFuzzTest::huge, q -> answersOrRejects(SearchRequest.of(q),
                null));
    }

    record RequestAndCursor(SearchRequest request, String cursor) {
    }

    @Test
    void queriesWithFiltersSortsAndPaging() {
        forAll("queriesWithFiltersSortsAndPaging", 1500, r -> {
            if (r.nextBoolean()) {
                return new RequestAndCursor(request(r), cursor(r));
            }
            // half the cases stay within the limits (a plain or adversarial query, few filters, valid paging, mostly
            // no cursor), so that filters, sorts and paging reach the index rather than stop at validation
            SearchRequest plausible = plausibleRequest(r);
            return new RequestAndCursor(plausible, r.nextInt(4) == 0 ? cursor(r) : null);
        }, rc -> answersOrRejects(rc.request(), rc.cursor()));
    }

    record FacetLookup(String query, String facet, String prefix, int size) {
    }

    @Test
    void facetLookups() {
        forAll("facetLookups", 500, r -> r.nextBoolean()
                ? new FacetLookup(adversarial(r), facet(r), unicode(r), anInt(r))
                // half the cases name a real facet with a valid size, so more lookups reach the index
                : new FacetLookup(adversarial(r), pick(r, Fields.FACETS), unicode(r), r.nextInt(1,
                        ArticleSearcher.MAX_PAGE_SIZE + 1)), f -> {
            try {
                searcher.facetValues(SearchRequest.of(f.query()), f.facet(), f.prefix(), f.size());
            } catch (BadRequestException | NotFoundException expected) {
                rejected++;
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------- generators

    static final List<String> TOKENS = List.of("\"", "(", ")", "[", "]", "{", "}", "*:*", "*", "?", "a*", "ab*",
            "clim*", "*ate", "?limate", "ab?d", "a?", "c*m*t*e*x*", "~", "~2", "~0.5", "~-1", "~99", "Guteres~",
            "ab~", "a~", "^999999", "^0", "^-1", "^1e40", "^99999999999999999999999999999999999999999", "^", "AND",
            "OR", "NOT", "&&", "||", "!", "+", "-", "\\", "/", "/re.*x/", "title:", "text:", "keywords:", "body:",
            "nosuch:", "_all:", "*:", ":", "TO", "[a TO z]", "{a TO z}", "title:[* TO *]", "climate", "UN",
            "Guterres", "联合国", "刘建超", "氣候", "😀", "👨‍👩‍👧", "مرحبا", "שלום", "\u202E", "\u202D", "\u0000",
            "\u0007", "\u001B", "\uFEFF", "\uD800", "\uDFFF", "\u3000", "０１２", "Ｔｉｔｌｅ:", "ｘ*", "\t", "\n", "%",
            "%00", "&", "<script>", "\"phrase words\"~5", "\"unclosed", "title:(a OR b)", "((", "))", " ", "  ",
            "a", "the", "of");

    static List<String> tokens(SplittableRandom r, int min, int max) {
        int n = size(r, min, max);
        List<String> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(pick(r, TOKENS));
        }
        return tokens;
    }

    /** Up to 24 query-syntax tokens joined by spaces or by nothing, or a single token. */
    static String adversarial(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> String.join(" ", tokens(r, 0, 24));
            case 1 -> String.join("", tokens(r, 0, 24));
            default -> pick(r, TOKENS);
        };
    }

    /** Any UTF-16 units (up to 120), ASCII with controls (up to 200) or CJK ideographs (up to 300). */
    static String unicode(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> string(r, size(r, 0, 120), QueryFuzzTest::anyChar);
            case 1 -> string(r, size(r, 0, 200), rr -> (char) rr.nextInt(0x80));
            default -> string(r, size(r, 0, 300), rr -> (char) rr.nextInt(0x4E00, 0xA000));
        };
    }

    static final List<String> HUGE_FIXED = List.of("汉".repeat(10_000), "(".repeat(5_000) + "a" + ")".repeat(5_000),
            "a ".repeat(5_000));

    /** Six kinds of 10,000-character queries; case {@code i} is of kind {@code i % 6}, so every kind runs. */
    static String huge(SplittableRandom r, int index) {
        return switch (index % 6) {
            case 0 -> String.join(" ", tokens(r, 2_000, 3_000));
            case 1 -> string(r, 10_000, rr -> (char) rr.nextInt('a', 'z' + 1));
            case 2 -> string(r, 10_000, rr -> "(\"*~^".charAt(rr.nextInt(5)));
            default -> HUGE_FIXED.get(index % 6 - 3);
        };
    }

    static final List<String> FACETS = List.of("people", "organizations", "places", "keywords", "../people", "");

    static String facet(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, FACETS) : string(r, size(r, 0, 20), QueryFuzzTest::defaultChar);
    }

    static final List<Integer> EDGE_INTS = List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 100, 101, 10_000, 10_001);

    /** A page number or size: small (-5 to 120) or one of the limits and extremes. */
    static int anInt(SplittableRandom r) {
        return r.nextBoolean() ? r.nextInt(-5, 121) : pick(r, EDGE_INTS);
    }

    /** No cursor, a blank one, random text, random base64url bytes, or base64url bytes with a plausible version. */
    static String cursor(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> string(r, size(r, 0, 80), QueryFuzzTest::defaultChar);
            case 3 -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(r, 0, 80));
            default -> {
                byte[] b = bytes(r, 20, 60);
                b[0] = 1; // a plausible version byte, so decoding goes deeper
                yield Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            }
        };
    }

    static final List<String> NAMES = List.of("UN", "联合国", "Liu Jianchao", "刘建超", "Antonio Guterres", "", " ",
            "\u0000", "*", "😀");
    static final List<LocalDate> DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(2024, 1,
            10));

    /** Up to {@code max} filter values: known names, odd ones, random strings. */
    static List<String> names(SplittableRandom r, int max) {
        int n = size(r, 0, max);
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(r.nextBoolean() ? pick(r, NAMES) : string(r, size(r, 0, 30), QueryFuzzTest::defaultChar));
        }
        return names;
    }

    static LocalDate date(SplittableRandom r) {
        return r.nextBoolean() ? null : pick(r, DATES);
    }

    /** A request of adversarial query, up to 40 values for each filter, dates, language, sort, page and size. */
    static SearchRequest request(SplittableRandom r) {
        return request(r, adversarial(r), 40).withPage(anInt(r), anInt(r));
    }

    static final List<String> WORDS = List.of("", "climate", "UN", "Guterres", "联合国", "刘建超", "氣候", "Mars", "a",
            "the", "climate UN", "联合国 气候");

    /** Like {@link #request} but within the limits: up to 3 values per filter, pages 1 to 3 of 1 to 100 hits. */
    static SearchRequest plausibleRequest(SplittableRandom r) {
        String query = r.nextBoolean() ? pick(r, WORDS) : adversarial(r);
        return request(r, query, 3).withPage(r.nextInt(1, 4), r.nextInt(1, ArticleSearcher.MAX_PAGE_SIZE + 1));
    }

    static SearchRequest request(SplittableRandom r, String query, int maxNames) {
        SearchRequest.Language[] languages = SearchRequest.Language.values();
        SearchRequest.Sort[] sorts = SearchRequest.Sort.values();
        SearchRequest.Language lang = r.nextBoolean() ? null : languages[r.nextInt(languages.length)];
        return new SearchRequest(query, names(r, maxNames), names(r, maxNames), names(r, maxNames), names(r, maxNames),
                date(r), date(r), lang, null, 1, 10).withSort(sorts[r.nextInt(sorts.length)]);
    }

    // ------------------------------------------------------------------------------------------- random primitives

    static byte[] bytes(SplittableRandom r, int minLength, int maxLength) {
        byte[] b = new byte[size(r, minLength, maxLength)];
        r.nextBytes(b);
        return b;
    }

    static final char[] EDGE_CHARS = {'\u0000', ' ', '\n', '\r', '\t', '\u007F', '\u00A0', '\u3000', '\uFEFF', '\u202E',
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', 'a', '汉', '"', '\\', '*', ':', '('};

    /** Any UTF-16 unit (unpaired surrogates and noncharacters included), biased towards ASCII and edge chars. */
    static char anyChar(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> EDGE_CHARS[r.nextInt(EDGE_CHARS.length)];
            case 1, 2 -> (char) r.nextInt(0x80);
            default -> (char) r.nextInt(0x10000);
        };
    }

    /** Like {@link #anyChar} but without noncharacters and private-use characters. */
    static char defaultChar(SplittableRandom r) {
        while (true) {
            char c = anyChar(r);
            boolean nonCharacter = (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF';
            if (!nonCharacter && Character.getType(c) != Character.PRIVATE_USE) {
                return c;
            }
        }
    }
}
