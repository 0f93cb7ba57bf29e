package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.backend.LuceneBackend;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.BadQueryException;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus ({@code index-data/}) indexed through NewsBridge into a real 3-node OpenSearch cluster (3 shards,
 * 1 replica) and into the embedded index: regression queries must give the same hits in the same order (ties in any
 * order), the same totals, facets, snippets, article views and errors.
 */
@Tag("opensearch")
class OpenSearchParityTest {

    static final Path CORPUS = Path.of("index-data");
    /** The regression query sets of the evaluation suite, when present: their queries are compared too. */
    static final List<Path> REGRESSION_QUERIES = List.of(
            Path.of("src/test/resources/regression/bundled/queries.tsv"),
            Path.of("src/test/resources/regression/bundled-xlang/queries.tsv"));

    static final List<String> QUERIES = List.of(
            "", "刘建超", "联合国", "UN", "联合国 OR UN", "\"global civilization initiative\"", "Guterres", "古特雷斯",
            "climate", "climate change", "\"climate change\"", "气候变化", "华为", "Huawei", "liu jianchao",
            "liujianchao", "United Nations", "奥运会", "Olympics", "Winter Olympics", "北京 冬奥会", "nobel prize",
            "屠呦呦", "artificial intelligence", "人工智能", "moon", "月球", "NOT climate", "climate -Paris",
            "(China OR 中国) AND trade", "title:China", "text:economy", "keywords:UN", "climat*", "econom*",
            "climat~", "goverment~", "\"Belt and Road\"", "一带一路", "Bank of China", "\"Bank of China\"",
            "\"bank of the china\"", "World Health Organization", "世卫组织", "新冠", "COVID-19", "vaccine", "疫苗",
            "Mars", "火星", "SpaceX", "IMF", "人民币", "renminbi", "Xi Jinping", "习近平", "Paris Agreement",
            "巴黎协定", "臺灣", "台湾", "AI", "Trump", "特朗普", "Obama", "奥巴马", "联合国UN", "\"联合国 秘书长\"~2",
            "Guterres climate 气候", "+moon -Chang'e-5", "title:(moon OR 月球)", "keywords:\"climate change\"",
            "Blinken 布林肯", "tennis OR 网球", "the", "的", "中国", "China", "world heritage", "世界遗产");

    @TempDir
    static Path tmp;
    static OpenSearchTestCluster cluster;
    static LuceneBackend lucene;
    static OpenSearchBackend opensearch;
    static IndexReport luceneReport;
    static IndexReport openSearchReport;

    @BeforeAll
    static void indexBothBackends() {
        cluster = OpenSearchTestCluster.shared();
        // Entity linking learns aliases from the articles it has seen, so the order of indexing matters: each backend
        // gets its own extractor and one indexing thread, so that both see the articles in the same order.
        lucene = new LuceneBackend(NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled()), true);
        luceneReport = lucene.indexFolder(CORPUS, 1, null);
        OpenSearchConfig config = OpenSearchConfig.of(cluster.uris(), "parity").withLayout(3, 1);
        opensearch = OpenSearchBackend.connect(config, EntityExtractor.bundled());
        opensearch.deleteIndex();
        openSearchReport = opensearch.indexFolder(CORPUS, 1, null);
    }

    @AfterAll
    static void close() {
        if (opensearch != null) {
            opensearch.close();
        }
        if (lucene != null) {
            lucene.close();
        }
    }

    @Test
    void bothBackendsIndexTheWholeBundledCorpus() {
        assertThat(openSearchReport.indexed()).isEqualTo(luceneReport.indexed()).isGreaterThanOrEqualTo(59);
        assertThat(openSearchReport.problems()).isEqualTo(luceneReport.problems());
        assertThat(opensearch.count()).isEqualTo(lucene.count());
        String shards = cluster.request("GET", "/_cat/shards/parity?h=prirep,state", null);
        assertThat(shards.lines().filter(l -> l.startsWith("p")).count()).isEqualTo(3);
        assertThat(shards.lines().filter(l -> l.startsWith("r")).count()).isEqualTo(3);
    }

    @Test
    void queriesGiveTheSameHitsFacetsAndSnippets() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        Set<String> queries = new LinkedHashSet<>(QUERIES);
        for (Path file : REGRESSION_QUERIES) {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] cols = line.split("\t");
                    if (cols.length >= 2 && !cols[1].isBlank()) {
                        queries.add(cols[1]);
                    }
                }
            }
        }
        for (String q : queries) {
            requests.add(SearchRequest.of(q));
        }
        for (String q : List.of("", "UN", "联合国", "climate", "Xi Jinping", "moon OR 月球")) {
            SearchRequest r = SearchRequest.of(q);
            requests.add(r.withSort(SearchRequest.Sort.DATE));
            requests.add(r.withSort(SearchRequest.Sort.VIEWS));
            requests.add(r.withLanguage(SearchRequest.Language.ZH));
            requests.add(r.withLanguage(SearchRequest.Language.EN));
            requests.add(r.withDates(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)));
            requests.add(r.withDates(LocalDate.of(2021, 6, 17), null));
            requests.add(r.withPage(2, 5));
            requests.add(r.withPage(3, 7).withSort(SearchRequest.Sort.DATE));
            requests.add(r.withPeople(List.of("Xi Jinping")));
            requests.add(r.withPeople(List.of("刘建超")));
            requests.add(r.withPeople(List.of("Liu Jianchao")));
            requests.add(r.withOrganizations(List.of("联合国")));
            requests.add(r.withOrganizations(List.of("UN")).withKeywords(List.of("climate change")));
            requests.add(r.withKeywords(List.of("Beijing")));
            requests.add(new SearchRequest(q, null, null, List.of("Paris"), null, null, null, null, null, 1, 10));
        }
        requests.add(SearchRequest.of("").withPage(1, 100));
        requests.add(SearchRequest.of("").withPage(0, 10));
        requests.add(SearchRequest.of("").withPage(1, 101));
        requests.add(SearchRequest.of("").withPage(1001, 10));
        requests.add(SearchRequest.of("title:"));
        requests.add(SearchRequest.of("foo:bar"));
        requests.add(SearchRequest.of("*abc"));
        requests.add(SearchRequest.of("[a TO b]"));
        requests.add(SearchRequest.of("\"unbalanced"));

        BackendComparison comparison = new BackendComparison(lucene, opensearch);
        long t0 = System.nanoTime();
        for (SearchRequest request : requests) {
            comparison.compare(request);
        }
        System.err.printf("OpenSearch parity over %d requests in %.1f s: %s%n", requests.size(),
                (System.nanoTime() - t0) / 1e9, comparison.summary());
        assertThat(comparison.problems).as(comparison.summary()).isEmpty();
        assertThat(comparison.requests).isGreaterThan(150);
    }

    @Test
    void deepPagesWithSearchAfterMatchTheEmbeddedPages() {
        OpenSearchConfig config = opensearch.config().withDeepPageFrom(5);
        try (OpenSearchBackend deep = OpenSearchBackend.connect(config, EntityExtractor.bundled())) {
            BackendComparison comparison = new BackendComparison(lucene, deep);
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                for (int page = 1; page <= 7; page++) {
                    comparison.compare(SearchRequest.of("").withSort(sort).withPage(page, 9));
                    comparison.compare(SearchRequest.of("UN OR 中国").withSort(sort).withPage(page, 4));
                }
            }
            assertThat(comparison.problems).as(comparison.summary()).isEmpty();
            // the same hits as the from/size pages of the same backend, in the same order (ids break every tie)
            for (int page = 2; page <= 6; page++) {
                SearchRequest r = SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(page, 10);
                assertThat(deep.search(r).hits().stream().map(SearchHit::id).toList())
                        .isEqualTo(opensearch.search(r).hits().stream().map(SearchHit::id).toList());
            }
        }
    }

    @Test
    void cursorWalksGiveTheSameHitsInTheSameOrderOfSortKeys() {
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            for (String q : List.of("", "UN OR 中国")) {
                SearchRequest request = SearchRequest.of(q).withSort(sort).withPage(1, 7);
                List<SearchHit> embedded = walk(lucene, request);
                List<SearchHit> cluster = walk(opensearch, request);
                assertThat(cluster).as(q + " " + sort).hasSameSizeAs(embedded);
                assertThat(cluster.stream().map(SearchHit::id).sorted().toList()).as(q + " " + sort)
                        .isEqualTo(embedded.stream().map(SearchHit::id).sorted().toList());
                for (int i = 0; i < embedded.size(); i++) {
                    assertThat(BackendComparison.sameKey(sort, embedded.get(i), cluster.get(i)))
                            .as(q + " " + sort + " hit " + i + ": " + embedded.get(i) + " vs " + cluster.get(i)).isTrue();
                }
            }
        }
        assertThatThrownBy(() -> opensearch.searchPage(SearchRequest.of("UN"), "not-a-cursor"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("invalid cursor");
        String next = opensearch.searchPage(SearchRequest.of("").withPage(1, 5), null).nextCursor();
        assertThatThrownBy(() -> opensearch.searchPage(SearchRequest.of("UN").withPage(1, 5), next))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("another query");
        assertThatThrownBy(() -> opensearch.searchPage(SearchRequest.of("").withPage(2, 5), next))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("cannot be combined");
    }

    private static List<SearchHit> walk(com.newsbridge.backend.SearchBackend backend, SearchRequest request) {
        List<SearchHit> hits = new ArrayList<>();
        String cursor = null;
        do {
            var page = backend.searchPage(request, cursor);
            hits.addAll(page.result().hits());
            cursor = page.nextCursor();
        } while (cursor != null && hits.size() < 1_000);
        return hits;
    }

    @Test
    void articlesAndFacetValuesAreTheSame() {
        List<String> ids = lucene.search(SearchRequest.of("").withPage(1, 100)).hits().stream().map(SearchHit::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(59);
        for (String id : ids) {
            assertThat(opensearch.article(id)).as(id).isEqualTo(lucene.article(id));
        }
        assertThatThrownBy(() -> opensearch.article("0000000000000000")).isInstanceOf(NotFoundException.class);
        for (String facet : List.of("people", "organizations", "places", "keywords")) {
            for (String prefix : List.of("", "l", "liu", "刘", "un", "联合", "x", "bei", "a")) {
                for (String q : List.of("", "climate", "联合国")) {
                    SearchRequest r = SearchRequest.of(q);
                    assertThat(opensearch.facetValues(r, facet, prefix, 20)).as(facet + " " + prefix + " " + q)
                            .isEqualTo(lucene.facetValues(r, facet, prefix, 20));
                }
            }
        }
        assertThatThrownBy(() -> opensearch.facetValues(SearchRequest.of(""), "colors", "", 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opensearch.search(SearchRequest.of("title:(")))
                .isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> opensearch.search(SearchRequest.of("x").withPage(1, 0)))
                .isInstanceOf(BadRequestException.class);
    }
}
