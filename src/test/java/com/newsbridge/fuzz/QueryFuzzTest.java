package com.newsbridge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.TestCorpus;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the query path: for random and adversarial queries, filters and paging, {@link
 * ArticleSearcher#searchPage} answers or throws a {@link BadRequestException} (a 400) — nothing else.
 */
class QueryFuzzTest {

    static Path dir;
    static NewsIndex index;
    static ArticleSearcher searcher;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("newsbridge-query-fuzz");
        Path corpus = TestCorpus.write(dir.resolve("corpus"));
        index = NewsIndex.open(dir.resolve("index"), EntityExtractor.bundled());
        new CorpusIndexer(index, 0, new PrintStream(OutputStream.nullOutputStream())).indexFolder(corpus);
        searcher = new ArticleSearcher(index);
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
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
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3000)
    void adversarialQueries(@ForAll("adversarial") String query) {
        answersOrRejects(SearchRequest.of(query), null);
    }

    @Property(tries = 1000)
    void randomUnicodeQueries(@ForAll("unicode") String query) {
        answersOrRejects(SearchRequest.of(query), null);
    }

    @Property(tries = 40)
    void tenThousandCharacterQueries(@ForAll("huge") String query) {
        answersOrRejects(SearchRequest.of(query), null);
    }

    @Property(tries = 1500)
    void queriesWithFiltersSortsAndPaging(@ForAll("request") SearchRequest request, @ForAll("cursor") String cursor) {
        answersOrRejects(request, cursor);
    }

    @Property(tries = 500)
    void facetLookups(@ForAll("adversarial") String query, @ForAll("facet") String facet, @ForAll("unicode") String prefix,
                      @ForAll("int") int size) {
        try {
            searcher.facetValues(SearchRequest.of(query), facet, prefix, size);
        } catch (BadRequestException | com.newsbridge.model.NotFoundException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    static final List<String> TOKENS = List.of("\"", "(", ")", "[", "]", "{", "}", "*:*", "*", "?", "a*", "ab*",
            "clim*", "*ate", "?limate", "ab?d", "a?", "c*m*t*e*x*", "~", "~2", "~0.5", "~-1", "~99", "Guteres~",
            "ab~", "a~", "^999999", "^0", "^-1", "^1e40", "^99999999999999999999999999999999999999999", "^", "AND",
            "OR", "NOT", "&&", "||", "!", "+", "-", "\\", "/", "/re.*x/", "title:", "text:", "keywords:", "body:",
            "nosuch:", "_all:", "*:", ":", "TO", "[a TO z]", "{a TO z}", "title:[* TO *]", "climate", "UN",
            "Guterres", "联合国", "刘建超", "氣候", "😀", "👨‍👩‍👧", "مرحبا", "שלום", "\u202E", "\u202D", "\u0000",
            "\u0007", "\u001B", "\uFEFF", "\uD800", "\uDFFF", "\u3000", "０１２", "Ｔｉｔｌｅ:", "ｘ*", "\t", "\n", "%",
            "%00", "&", "<script>", "\"phrase words\"~5", "\"unclosed", "title:(a OR b)", "((", "))", " ", "  ",
            "a", "the", "of");

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<List<String>> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(24);
        return Arbitraries.oneOf(
                tokens.map(l -> String.join(" ", l)),
                tokens.map(l -> String.join("", l)),
                Arbitraries.of(TOKENS));
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> huge() {
        return Arbitraries.oneOf(
                Arbitraries.of(TOKENS).list().ofMinSize(2_000).ofMaxSize(3_000).map(l -> String.join(" ", l)),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(10_000),
                Arbitraries.strings().withChars("(\"*~^").ofLength(10_000),
                Arbitraries.just("汉".repeat(10_000)),
                Arbitraries.just("(".repeat(5_000) + "a" + ")".repeat(5_000)),
                Arbitraries.just("a ".repeat(5_000)));
    }

    @Provide
    Arbitrary<String> facet() {
        return Arbitraries.oneOf(Arbitraries.of("people", "organizations", "places", "keywords", "../people", ""),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<Integer> anInt() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 120),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 100, 101, 10_000, 10_001));
    }

    @Provide("int")
    Arbitrary<Integer> integer() {
        return anInt();
    }

    @Provide
    Arbitrary<String> cursor() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(""), Arbitraries.strings().ofMaxLength(80),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(80).map(b ->
                        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(20).ofMaxSize(60).map(b -> {
                    b[0] = 1; // a plausible version byte, so decoding goes deeper
                    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
                }));
    }

    @Provide
    Arbitrary<SearchRequest> request() {
        Arbitrary<List<String>> names = Arbitraries.oneOf(Arbitraries.of("UN", "联合国", "Liu Jianchao", "刘建超",
                "Antonio Guterres", "", " ", "\u0000", "*", "😀"), Arbitraries.strings().ofMaxLength(30)).list()
                .ofMaxSize(40);
        Arbitrary<LocalDate> date = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(LocalDate.MIN,
                LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(2024, 1, 10)));
        Arbitrary<SearchRequest.Language> lang = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of(SearchRequest.Language.class));
        Arbitrary<SearchRequest.Sort> sort = Arbitraries.of(SearchRequest.Sort.class);
        return Combinators.combine(adversarial(), names, names, names, names, date, date, lang)
                .as((q, p, o, pl, k, from, to, l) -> new SearchRequest(q, p, o, pl, k, from, to, l, null, 1, 10))
                .flatMap(r -> Combinators.combine(sort, anInt(), anInt())
                        .as((s, page, size) -> r.withSort(s).withPage(page, size)));
    }
}
