package com.newsbridge.search;

import com.newsbridge.bench.BenchCorpus;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.ArticleDocuments;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of one search, each alone, on an index: {@code nb.index} (an existing index folder, e.g. the 100k
 * benchmark index), else an index built at set-up from {@code nb.corpus} (default: the bundled corpus).
 * <ul>
 *   <li>{@code buildQuery}: parsing plus filters ({@link ArticleSearcher#buildQuery});</li>
 *   <li>{@code collectTopDocs}: top 10 by relevance, no facets;</li>
 *   <li>{@code collectWithFacets}: the same plus the facets collector (what search does);</li>
 *   <li>{@code facetCounts}: counting the four facet dimensions over an already collected result set (the in-heap
 *   ordinals of {@link FacetCounter});</li>
 *   <li>{@code facetCountsLucene}: the same counts with Lucene's {@code SortedSetDocValuesFacetCounts} (doc values
 *   decoded per hit), what {@code facetCounts} did before, for the ratio;</li>
 *   <li>{@code highlight}: snippets of the top 10 hits;</li>
 *   <li>{@code loadHits}: stored fields of the top 10 hits, entities JSON parsed;</li>
 *   <li>{@code search}: the whole {@link ArticleSearcher#search} (10 hits, facets, snippets).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchPathBenchmark {

    /** Blank (all articles), a frequent English word, a frequent Chinese word, an English phrase, a Chinese name. */
    @Param({"", "market", "中国", "\"trade surplus\"", "江泽民"})
    public String query;

    private Path tempIndex;
    private NewsIndex index;
    private ArticleSearcher searcher;
    private SnippetHighlighter highlighter;
    private IndexSearcher indexSearcher;
    private SearchRequest request;
    private Query luceneQuery;
    private FacetsCollector collected;
    private int[] top;
    private Sort relevance;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String existing = System.getProperty("nb.index");
        Path path;
        if (existing != null) {
            path = Path.of(existing);
        } else {
            tempIndex = Files.createTempDirectory("newsbridge-jmh-index");
            path = tempIndex;
        }
        index = NewsIndex.open(path, EntityExtractor.bundled());
        if (index.count() == 0) {
            new CorpusIndexer(index, 0, null).indexFolder(BenchCorpus.folder());
        }
        searcher = new ArticleSearcher(index);
        highlighter = new SnippetHighlighter(index.analyzer());
        indexSearcher = index.acquire();
        request = SearchRequest.of(query);
        luceneQuery = searcher.buildQuery(request);
        SortField newest = new SortedNumericSortField(com.newsbridge.index.Fields.PUBLISHED, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        relevance = new Sort(SortField.FIELD_SCORE, newest);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(indexSearcher, luceneQuery, 10,
                relevance, true, new FacetsCollectorManager());
        collected = result.facetsCollector();
        ScoreDoc[] docs = result.topDocs().scoreDocs;
        top = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            top[i] = docs[i].doc;
        }
        System.out.printf("%n[setup] index %s: %d articles; query '%s' matches %d%n", path, index.count(), query,
                result.topDocs().totalHits.value());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.release(indexSearcher);
        index.close();
        if (tempIndex != null) {
            try (Stream<Path> walk = Files.walk(tempIndex)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Benchmark
    public Query buildQuery() {
        return searcher.buildQuery(request);
    }

    @Benchmark
    public TopDocs collectTopDocs() throws IOException {
        return indexSearcher.search(luceneQuery, 10, relevance, true);
    }

    @Benchmark
    public Object collectWithFacets() throws IOException {
        return FacetsCollectorManager.search(indexSearcher, luceneQuery, 10, relevance, true, new FacetsCollectorManager());
    }

    @Benchmark
    public Map<String, List<FacetValue>> facetCounts() throws IOException {
        return searcher.facets(indexSearcher, collected, ArticleSearcher.FACET_SIZE);
    }

    @Benchmark
    public List<org.apache.lucene.facet.FacetResult> facetCountsLucene() throws IOException {
        var counts = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(
                index.facetState(indexSearcher), collected);
        List<org.apache.lucene.facet.FacetResult> results = new java.util.ArrayList<>();
        for (String dim : com.newsbridge.index.Fields.FACETS) {
            results.add(counts.getTopChildren(ArticleSearcher.FACET_SIZE, dim));
        }
        return results;
    }

    @Benchmark
    public Map<String, String[]> highlight() throws IOException {
        StoredFields stored = indexSearcher.storedFields();
        Map<Integer, org.apache.lucene.document.Document> documents = new java.util.HashMap<>();
        for (int doc : top) {
            documents.put(doc, stored.document(doc));
        }
        return highlighter.highlight(indexSearcher, luceneQuery, top, documents);
    }

    @Benchmark
    public int loadHits() throws IOException {
        StoredFields stored = indexSearcher.storedFields();
        int n = 0;
        for (int doc : top) {
            IndexedArticle a = ArticleDocuments.fromStored(stored, doc);
            n += a.entities().size();
        }
        return n;
    }

    @Benchmark
    public SearchResult search() {
        return searcher.search(request);
    }
}
