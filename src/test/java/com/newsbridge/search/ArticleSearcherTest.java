package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.TestCorpus;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.ArticleIds;
import com.newsbridge.model.BadQueryException;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearcherTest {

    static final String SEED = ArticleIds.fromSource("http://www.chinanews.com/gj/2024/01-10/10143414.shtml");
    static final String CLIMATE = id("world/2023/07-27/guterres-climate.html");
    static final String SCATTERED = id("local/2022/03-01/recycling.html");
    static final String TRADITIONAL = id("world/2019/09-10/geneva.html");
    static final String MARS = id("science/2021/02-18/mars.html");
    static final String MARKUP = id("test/2020/01-01/markup.html");

    @TempDir
    static Path tmp;
    static NewsIndex index;
    static ArticleSearcher searcher;
    static IndexReport report;

    static String id(String path) {
        return ArticleIds.fromSource("https://fixtures.newsbridge.invalid/" + path);
    }

    @BeforeAll
    static void indexFixtures() {
        index = NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled());
        report = new CorpusIndexer(index, 2, null).indexFolder(TestCorpus.write(tmp.resolve("corpus")));
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<String> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    static List<String> ids(SearchRequest request) {
        return searcher.search(request).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void indexesEveryFixture() {
        assertThat(report.indexed()).isEqualTo(6);
        assertThat(report.skipped()).isZero();
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void aChineseNameMatchesAsAPhraseNotAsScatteredCharacters() {
        assertThat(ids("刘建超")).containsExactly(SEED);
    }

    @Test
    void findsTheSeedByEnglishNameByPhraseAndByChinesePhrase() {
        assertThat(ids("Liu Jianchao")).containsExactly(SEED);
        assertThat(ids("\"global civilization initiative\"")).containsExactly(SEED);
        assertThat(ids("全球文明倡议")).containsExactly(SEED);
        assertThat(ids("\"全球文明倡议\"")).containsExactly(SEED);
    }

    @Test
    void defaultOperatorIsAndAndBooleanSyntaxWorks() {
        assertThat(ids("Guterres AND climate")).containsExactly(CLIMATE);
        assertThat(ids("Guterres climate")).containsExactly(CLIMATE);
        assertThat(ids("Guterres NOT climate")).containsExactlyInAnyOrder(SEED, TRADITIONAL);
        assertThat(ids("(Mars OR 刘建超) -Guterres")).containsExactly(MARS);
    }

    @Test
    void mixedLanguageQueriesNeedEveryClause() {
        assertThat(ids("刘建超 UN \"global civilization\"")).containsExactly(SEED);
        assertThat(ids("古特雷斯 Geneva")).containsExactly(TRADITIONAL);
    }

    @Test
    void titleMatchesOutrankBodyMatches() {
        // "climate" is in the title of CLIMATE only; nothing else has it
        List<String> hits = ids("Guterres");
        assertThat(hits).hasSize(3).containsExactlyInAnyOrder(SEED, CLIMATE, TRADITIONAL);
        assertThat(hits.get(0)).isIn(CLIMATE, TRADITIONAL); // "Guterres" in the title
    }

    @Test
    void traditionalAndSimplifiedMatchEachOther() {
        assertThat(ids("聯合國 日內瓦")).containsExactly(TRADITIONAL);
        assertThat(ids("联合国 日内瓦")).containsExactly(TRADITIONAL);
        assertThat(ids("劉建超")).containsExactly(SEED);
    }

    @Test
    void highlightsTheOriginalTraditionalCharacters() {
        SearchHit hit = searcher.search(SearchRequest.of("联合国 古特雷斯 日内瓦")).hits().get(0);
        assertThat(hit.snippetZh()).isEqualTo("<mark>聯合國</mark>秘書長<mark>古特雷斯</mark>在<mark>日內瓦</mark>發表講話，呼籲各國加強合作。");
    }

    @Test
    void highlightsAChineseNameAsOneMarkInBothLanguages() {
        SearchHit hit = searcher.search(SearchRequest.of("刘建超 OR \"Liu Jianchao\"")).hits().get(0);
        assertThat(hit.snippetZh()).startsWith("中共中央对外联络部部长<mark>刘建超</mark>于1月9日");
        assertThat(hit.snippetEn()).startsWith("<mark>Liu Jianchao</mark>, Minister of the International Department");
    }

    @Test
    void escapesArticleMarkupInSnippets() {
        SearchHit hit = searcher.search(SearchRequest.of("script")).hits().get(0);
        assertThat(hit.id()).isEqualTo(MARKUP);
        assertThat(hit.snippetEn()).isEqualTo("The text contains &lt;<mark>script</mark>&gt;window.__pwned=1&lt;/<mark>script</mark>&gt;"
                + " and &lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; tags &amp; quotes.");
        assertThat(hit.snippetZh()).isEqualTo("这篇文章包含&lt;b&gt;粗体&lt;/b&gt;标记。");
    }

    @Test
    void personFilterKeepsOrDropsAndAcceptsEitherLanguage() {
        SearchRequest query = SearchRequest.of("刘建超");
        assertThat(ids(query.withPeople(List.of("Antonio Guterres")))).containsExactly(SEED);
        assertThat(ids(query.withPeople(List.of("古特雷斯")))).containsExactly(SEED);
        assertThat(ids(query.withPeople(List.of("antonio  guterres")))).containsExactly(SEED);
        assertThat(ids(query.withPeople(List.of("Joe Biden")))).isEmpty();
        assertThat(ids(SearchRequest.of("").withPeople(List.of("Liu Jianchao")))).containsExactly(SEED);
        assertThat(ids(SearchRequest.of("").withPeople(List.of("刘建超")))).containsExactly(SEED);
        assertThat(ids(SearchRequest.of("").withPeople(List.of("Antonio Guterres", "Liu Jianchao")))).containsExactly(SEED);
    }

    @Test
    void organizationAndKeywordFilters() {
        assertThat(ids(SearchRequest.of("").withOrganizations(List.of("联合国"))))
                .containsExactlyInAnyOrder(SEED, CLIMATE, TRADITIONAL);
        assertThat(ids(SearchRequest.of("").withOrganizations(List.of("NASA")))).containsExactly(MARS);
        assertThat(ids(SearchRequest.of("").withKeywords(List.of("climate change")))).containsExactly(CLIMATE);
    }

    @Test
    void facetsCountEntitiesOfTheWholeResultSet() {
        SearchResult result = searcher.search(SearchRequest.of("Guterres").withPage(1, 1));
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get("people")).containsExactlyInAnyOrder(
                new FacetValue("Antonio Guterres", "Antonio Guterres · 古特雷斯", 3),
                new FacetValue("Liu Jianchao", "Liu Jianchao · 刘建超", 1));
        assertThat(result.facets().get("organizations")).containsExactly(new FacetValue("UN", "UN · 联合国", 3));
        assertThat(result.facets().get("keywords")).containsExactlyInAnyOrder(
                new FacetValue("climate change", "climate change", 1),
                new FacetValue("cooperation", "cooperation", 1),
                new FacetValue("global civilization initiative", "global civilization initiative", 1));
        assertThat(result.facets().get("places")).isEmpty();
    }

    @Test
    void dateRangeFilter() {
        SearchRequest all = SearchRequest.of("");
        assertThat(ids(all.withDates(LocalDate.of(2023, 1, 1), null))).containsExactlyInAnyOrder(SEED, CLIMATE);
        assertThat(ids(all.withDates(LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 10)))).containsExactly(TRADITIONAL);
        assertThat(ids(all.withDates(null, LocalDate.of(2019, 12, 31)))).containsExactly(TRADITIONAL);
    }

    @Test
    void languageFilterRestrictsArticlesAndFields() {
        assertThat(ids(SearchRequest.of("").withLanguage(SearchRequest.Language.ZH)))
                .containsExactlyInAnyOrder(SEED, CLIMATE, SCATTERED, TRADITIONAL, MARKUP);
        assertThat(ids(SearchRequest.of("Mars").withLanguage(SearchRequest.Language.EN))).containsExactly(MARS);
        assertThat(ids(SearchRequest.of("Mars").withLanguage(SearchRequest.Language.ZH))).isEmpty();
    }

    @Test
    void sortsByDateAndByViews() {
        SearchRequest all = SearchRequest.of("").withPage(1, 10);
        assertThat(ids(all.withSort(SearchRequest.Sort.DATE)))
                .containsExactly(SEED, CLIMATE, SCATTERED, MARS, MARKUP, TRADITIONAL);
        assertThat(ids(all.withSort(SearchRequest.Sort.VIEWS)))
                .containsExactly(MARS, CLIMATE, TRADITIONAL, SCATTERED, SEED, MARKUP);
    }

    @Test
    void pagesThroughResults() {
        SearchRequest all = SearchRequest.of("").withSort(SearchRequest.Sort.DATE);
        assertThat(ids(all.withPage(1, 4))).containsExactly(SEED, CLIMATE, SCATTERED, MARS);
        assertThat(ids(all.withPage(2, 4))).containsExactly(MARKUP, TRADITIONAL);
        assertThat(ids(all.withPage(3, 4))).isEmpty();
        assertThat(searcher.search(all.withPage(3, 4)).total()).isEqualTo(6);
    }

    @Test
    void rejectsBadQueriesAndPaging() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("(unbalanced")))
                .isInstanceOf(BadQueryException.class).hasMessageStartingWith("Cannot parse query: ");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("\"open quote")))
                .isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("nosuchfield:x")))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("unknown field 'nosuchfield'");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("*abc")))
                .isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("x").withPage(1, 101)))
                .isInstanceOf(BadRequestException.class).hasMessage("size must be between 1 and 100, got 101");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("x").withPage(0, 10)))
                .isInstanceOf(BadRequestException.class).hasMessage("page must be at least 1, got 0");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("x").withPage(1001, 10)))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("page * size must be at most 10000");
    }

    @Test
    void reindexingTheSameFileReplacesInsteadOfDuplicating() {
        IndexReport again = new CorpusIndexer(index, 1, null).indexFiles(List.of(TestCorpus.SEED));
        assertThat(again.indexed()).isEqualTo(1);
        assertThat(index.count()).isEqualTo(6);
        assertThat(ids("刘建超")).containsExactly(SEED);
    }
}
