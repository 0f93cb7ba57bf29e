package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A searcher that remembers totals and facets answers exactly as one that counts every time, for every sort, page and
 * cursor, and forgets them when the index changes.
 */
class ResultSummaryCacheTest {

    @TempDir
    static Path tmp;
    static NewsIndex index;
    static ResultSummaryCache cache;
    static ArticleSearcher cached;
    static ArticleSearcher uncached;

    @BeforeAll
    static void indexBundledCorpus() {
        index = NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled());
        new CorpusIndexer(index, 2, null).indexFolder(Path.of("index-data"));
        cache = new ResultSummaryCache(64);
        cached = new ArticleSearcher(index, Duration.ofSeconds(30), cache);
        uncached = new ArticleSearcher(index, Duration.ofSeconds(30), new ResultSummaryCache(0));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void repeatedAndNextPagesAnswerAsACountingSearcher() {
        ResultSummaryCache own = new ResultSummaryCache(64);
        ArticleSearcher cached = new ArticleSearcher(index, Duration.ofSeconds(30), own);
        List<SearchRequest> requests = List.of(
                SearchRequest.of(""),
                SearchRequest.of("联合国"),
                SearchRequest.of("climate"),
                SearchRequest.of("UN").withSort(SearchRequest.Sort.DATE),
                SearchRequest.of("").withSort(SearchRequest.Sort.VIEWS),
                SearchRequest.of("习近平 OR Guterres").withPeople(List.of("Xi Jinping")));
        for (SearchRequest first : requests) {
            for (int round = 0; round < 2; round++) {
                for (int page = 1; page <= 3; page++) {
                    SearchRequest request = first.withPage(page, 5);
                    assertSame(cached.search(request), uncached.search(request));
                }
            }
        }
        // 6 requests × 2 rounds × 3 pages = 36 searches of 5 distinct queries (sort is not part of the key: both
        // blank queries share one entry), each counted once and then answered from the cache
        assertThat(own.misses()).isEqualTo(5);
        assertThat(own.hits()).isEqualTo(31);
        assertThat(own.size()).isEqualTo(5);
    }

    @Test
    void cursorPagesAnswerAsACountingSearcher() {
        SearchRequest request = SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(1, 7);
        String cursorA = null;
        String cursorB = null;
        int pages = 0;
        do {
            ArticleSearcher.Page a = cached.searchPage(request, cursorA);
            ArticleSearcher.Page b = uncached.searchPage(request, cursorB);
            assertSame(a.result(), b.result());
            assertThat(a.nextCursor()).isEqualTo(b.nextCursor());
            cursorA = a.nextCursor();
            cursorB = b.nextCursor();
            pages++;
        } while (cursorA != null);
        assertThat(pages).isEqualTo((index.count() + 6) / 7);
    }

    @Test
    void aWriteIsCountedAtOnce() throws Exception {
        SearchRequest request = SearchRequest.of("Zanzibarian");
        assertThat(cached.search(request).total()).isZero();
        String text = """
                桑给巴尔举行文化节。
                Title: Zanzibarian festival opens
                Keywords: Zanzibar
                News Content: The Zanzibarian festival opened in Stone Town on Monday.
                【来源】https://fixtures.newsbridge.invalid/culture/2024/05-06/zanzibar.html
                """;
        index.upsert(new ArticleParser().parse(text, "zanzibar.txt"));
        index.refresh();
        SearchResult after = cached.search(request);
        assertThat(after.total()).isEqualTo(1);
        assertThat(after.facets().get("places")).extracting(v -> v.value()).contains("Zanzibar");
        assertSame(after, uncached.search(request));
    }

    private static void assertSame(SearchResult a, SearchResult b) {
        assertThat(a.total()).isEqualTo(b.total());
        assertThat(a.facets()).isEqualTo(b.facets());
        assertThat(a.hits()).extracting(SearchHit::id).containsExactlyElementsOf(b.hits().stream().map(SearchHit::id).toList());
        assertThat(a.hits()).extracting(SearchHit::score).containsExactlyElementsOf(b.hits().stream().map(SearchHit::score).toList());
        assertThat(a.hits()).extracting(SearchHit::snippetEn).containsExactlyElementsOf(b.hits().stream().map(SearchHit::snippetEn).toList());
    }
}
