package com.newsbridge.search;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.index.ArticleDocuments;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NameLinks;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs searches against a {@link NewsIndex}: query parsing, filters, ranking or sorting, paging, facet counts for the
 * whole result set and highlighted snippets for the page. Thread-safe.
 */
public final class ArticleSearcher {

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Deepest hit reachable by page/size paging. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    /** How many values each facet returns in a search response. */
    public static final int FACET_SIZE = 30;
    /** Most person, org, place and keyword filter values in one request, together. */
    public static final int MAX_FILTERS = 32;
    /** Default time one search may spend collecting hits before it answers with what it has ({@code partial}). */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    private final NewsIndex index;
    private final SnippetHighlighter highlighter;
    private final long timeBudgetNanos;
    private final ResultSummaryCache summaries;
    private final FacetCounter facetCounter;

    public ArticleSearcher(NewsIndex index) {
        this(index, DEFAULT_TIME_BUDGET);
    }

    /**
     * @param timeBudget how long one search may spend collecting hits; past it the search stops and its result is
     *                   flagged {@linkplain Page#partial() partial}
     */
    public ArticleSearcher(NewsIndex index, Duration timeBudget) {
        this(index, timeBudget, new ResultSummaryCache(ResultSummaryCache.configuredCapacity()));
    }

    /**
     * @param timeBudget how long one search may spend collecting hits; past it the search stops and its result is
     *                   flagged {@linkplain Page#partial() partial}
     * @param summaries  remembers totals and facets of recent queries ({@code new ResultSummaryCache(0)}: never)
     */
    public ArticleSearcher(NewsIndex index, Duration timeBudget, ResultSummaryCache summaries) {
        this.index = index;
        this.summaries = summaries;
        this.highlighter = new SnippetHighlighter(index.analyzer());
        this.facetCounter = new FacetCounter(index.facetOrdinals());
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, got " + timeBudget);
        }
        this.timeBudgetNanos = timeBudget.toNanos();
    }

    /** The cache of totals and facets this searcher consults (its counters feed {@code /metrics}). */
    public ResultSummaryCache resultSummaries() {
        return summaries;
    }

    /**
     * One page of results with how it was produced.
     *
     * @param result     the page
     * @param partial    true when the time budget ran out: the totals, facets and hits cover only the documents
     *                   searched until then
     * @param nextCursor the cursor of the next page ({@link #searchPage}), or null when this page is the last
     */
    public record Page(SearchResult result, boolean partial, String nextCursor) {
    }

    /**
     * Searches.
     *
     * @throws com.newsbridge.model.BadQueryException when the query does not parse
     * @throws BadRequestException when paging parameters are out of range
     */
    public SearchResult search(SearchRequest request) {
        return searchPage(request, null).result();
    }

    /**
     * Searches, paging either by {@code request.page()} (up to {@link #MAX_RESULT_WINDOW} hits deep) or, when {@code
     * cursor} is given, from where the page that returned it ended (any depth; {@code page} must then be 1).
     *
     * @param cursor the {@link Page#nextCursor()} of the previous page, or null for page/size paging
     * @throws com.newsbridge.model.BadQueryException when the query does not parse or is too expensive
     * @throws BadRequestException when paging parameters or the cursor are invalid
     */
    public Page searchPage(SearchRequest request, String cursor) {
        long start = System.nanoTime();
        boolean cursorPaging = cursor != null && !cursor.isBlank();
        validatePaging(request, cursorPaging);
        SearchCursor after = cursorPaging ? SearchCursor.decode(cursor, request, sortValueTypes(request.sort())) : null;
        Sort sort = sort(request.sort());
        IndexSearcher shared = index.acquire();
        try {
            Query query = buildQuery(request, shared);
            IndexSearcher searcher = timed(shared);
            IndexReader reader = shared.getIndexReader();
            int numHits = after == null ? request.page() * request.size() : request.size();
            FieldDoc afterDoc = after == null || reader.maxDoc() == 0 ? null : after.after(reader.maxDoc());
            int from = after == null ? (request.page() - 1) * request.size() : 0;
            long before = after == null ? from : after.seen();
            ResultSummaryCache.Summary summary = summaries.get(reader, query);
            TopDocs topDocs;
            if (summary != null) {
                // totals and facets are known: only the page is needed, so the collector may skip what cannot rank
                topDocs = searcher.search(query, new TopFieldCollectorManager(sort, numHits, afterDoc, numHits));
            } else {
                FacetsCollectorManager.FacetsResult result = afterDoc == null
                        ? FacetsCollectorManager.search(searcher, query, numHits, sort, false, new FacetsCollectorManager())
                        : FacetsCollectorManager.searchAfter(searcher, afterDoc, query, numHits, sort, false,
                                new FacetsCollectorManager());
                topDocs = result.topDocs();
                summary = new ResultSummaryCache.Summary(topDocs.totalHits.value(),
                        facets(shared, result.facetsCollector(), FACET_SIZE));
                if (!searcher.timedOut()) {
                    summaries.put(reader, query, summary);
                }
            }
            copyScoresFromSortValues(topDocs.scoreDocs, request.sort());
            boolean partial = searcher.timedOut();
            ScoreDoc[] all = topDocs.scoreDocs;
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, Math.min(from, all.length), all.length);
            Map<String, List<FacetValue>> facets = summary.facets();
            List<SearchHit> hits = hits(shared, query, page);
            long total = summary.totalHits();
            long through = before + page.length;
            String next = page.length == request.size() && through < total
                    ? SearchCursor.encode(request, page[page.length - 1], through) : null;
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new Page(new SearchResult(total, tookMs, request.page(), request.size(), hits, facets), partial, next);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            index.release(shared);
        }
    }

    /** The error of a query whose wildcards or fuzzy terms expand past Lucene's clause limit. */
    private static com.newsbridge.model.BadQueryException tooManyTerms(IndexSearcher.TooManyClauses e) {
        return new com.newsbridge.model.BadQueryException("query expands to too many terms (at most "
                + IndexSearcher.getMaxClauseCount() + "); use longer prefixes or fewer wildcards", e);
    }

    /**
     * A searcher over the same reader as {@code shared} (so facet state and caches still apply) that stops collecting
     * once this search's time budget is spent. A new one per search, because the timeout is per searcher.
     */
    private IndexSearcher timed(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
        long deadline = System.nanoTime() + timeBudgetNanos;
        searcher.setTimeout(() -> System.nanoTime() - deadline >= 0);
        return searcher;
    }

    /**
     * Sets each hit's score from its sort values: every sort ends with (or is) the relevance score, so the collector
     * has computed it already, and re-scoring the page ({@code TopFieldCollector.populateScores}) would run the query
     * a second time.
     */
    private static void copyScoresFromSortValues(ScoreDoc[] hits, SearchRequest.Sort sort) {
        int scoreIndex = sortValueTypes(sort).length - 1;
        if (sort == SearchRequest.Sort.RELEVANCE) {
            scoreIndex = 0;
        }
        for (ScoreDoc hit : hits) {
            if (hit instanceof FieldDoc fieldDoc && fieldDoc.fields[scoreIndex] instanceof Float score) {
                hit.score = score;
            }
        }
    }

    /** The classes of the sort values of {@link #sort}, in order, as a cursor stores them. */
    private static Class<?>[] sortValueTypes(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> new Class<?>[] {Float.class, Long.class};
            case DATE -> new Class<?>[] {Long.class, Float.class};
            case VIEWS -> new Class<?>[] {Long.class, Long.class, Float.class};
        };
    }

    /**
     * Returns the values of one facet over the result set of {@code request} (its query and filters; paging ignored)
     * whose name — English or Chinese, or any word of it — starts with {@code prefix} (case- and script-insensitive),
     * most frequent first. Used for autocomplete over large facets.
     *
     * @param facet {@code people}, {@code organizations}, {@code places} or {@code keywords}
     * @throws NotFoundException when the facet does not exist
     */
    public List<FacetValue> facetValues(SearchRequest request, String facet, String prefix, int size) {
        if (!Fields.FACETS.contains(facet)) {
            throw new NotFoundException("no facet '" + facet + "' (facets: " + String.join(", ", Fields.FACETS) + ")");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        String normalizedPrefix = prefix == null ? "" : NewsAnalyzers.normalizeText(prefix);
        IndexSearcher searcher = index.acquire();
        try {
            Query query = buildQuery(request, searcher);
            FacetsCollector collector = timed(searcher).search(query, new FacetsCollectorManager());
            List<FacetValue> all = facets(searcher, collector, Integer.MAX_VALUE).get(facet);
            return all.stream()
                    .filter(v -> matchesPrefix(v, normalizedPrefix))
                    .sorted(java.util.Comparator.comparingInt(FacetValue::count).reversed()
                            .thenComparing(FacetValue::value))
                    .limit(size)
                    .toList();
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        } catch (IOException e) {
            throw new UncheckedIOException("facet search failed", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Returns true when the facet value's label, or a word of it, starts with {@code prefix} (already normalized with
     * {@link NewsAnalyzers#normalizeText}); shared by both backends.
     */
    public static boolean matchesPrefix(FacetValue value, String prefix) {
        if (prefix.isEmpty()) {
            return true;
        }
        String label = NewsAnalyzers.normalizeText(value.label());
        if (label.startsWith(prefix)) {
            return true;
        }
        for (String part : label.split("[\\s·]+")) {
            if (part.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the article with {@code id}. */
    public IndexedArticle article(String id) {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                throw new NotFoundException("no article with id '" + id + "'");
            }
            return ArticleDocuments.fromStored(searcher.storedFields(), top.scoreDocs[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Builds the Lucene query of a request: the parsed query plus its filters. Latin names of the query are also
     * searched under the Chinese names the current index links to them ({@link NameLinks}), and a plain query of
     * several words whose AND form finds nothing is relaxed ({@link NewsQueryParser#relax}).
     */
    public Query buildQuery(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            return buildQuery(request, searcher);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * As {@link #buildQuery(SearchRequest)}, against the searcher that will run the query, so that the name links and
     * the relax check see the same articles as the search itself.
     */
    private Query buildQuery(SearchRequest request, IndexSearcher searcher) {
        try {
            IndexReader reader = searcher.getIndexReader();
            java.util.function.BiFunction<String, String, List<String>> links =
                    (field, key) -> NameLinks.chineseNames(reader, field, key);
            Query parsed = parser(request, links).parseQuery(request.query());
            Query query = withFilters(request, parsed);
            if (NewsQueryParser.relaxable(request.query()) && !anyHit(searcher, query)) {
                query = withFilters(request, parser(request, links).relax(request.query(), parsed));
            }
            return query;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Returns true when {@code query} matches an article; stops at the first match in each segment, so a query with
     * hits costs about one matching document, and one without costs what proving it empty does (conjunctions skip).
     */
    private static boolean anyHit(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new org.apache.lucene.search.CollectorManager<FirstHit, Boolean>() {
            @Override
            public FirstHit newCollector() {
                return new FirstHit();
            }

            @Override
            public Boolean reduce(java.util.Collection<FirstHit> collectors) {
                return collectors.stream().anyMatch(c -> c.found);
            }
        });
    }

    /** Collects nothing: notes that a document matched and ends the segment. */
    private static final class FirstHit extends org.apache.lucene.search.SimpleCollector {
        boolean found;

        @Override
        public void collect(int doc) {
            found = true;
            throw new org.apache.lucene.search.CollectionTerminatedException();
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The request's query parser (filters checked first, so that too many filters is the error reported). */
    private NewsQueryParser parser(SearchRequest request, java.util.function.BiFunction<String, String, List<String>> links) {
        int filters = request.people().size() + request.organizations().size() + request.places().size()
                + request.keywords().size();
        if (filters > MAX_FILTERS) {
            throw new BadRequestException("too many filters: " + filters + " person/org/place/keyword values (at most "
                    + MAX_FILTERS + ")");
        }
        boolean zh = request.language() != SearchRequest.Language.EN;
        boolean en = request.language() != SearchRequest.Language.ZH;
        return new NewsQueryParser(index.analyzer(), zh, en, links, NewsQueryParser.englishNamesIn(index.gazetteer()));
    }

    /** Builds the Lucene query of a request with the given name look-up ((field, Latin name key) → Chinese names). */
    public Query buildQuery(SearchRequest request, java.util.function.BiFunction<String, String, List<String>> links) {
        return withFilters(request, parser(request, links).parseQuery(request.query()));
    }

    /** Adds the filters of the request to a parsed query. */
    private Query withFilters(SearchRequest request, Query parsed) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(parsed, parsed instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        addFilters(builder, Fields.PERSON, request.people());
        addFilters(builder, Fields.ORGANIZATION, request.organizations());
        addFilters(builder, Fields.PLACE, request.places());
        for (String keyword : request.keywords()) {
            // a keyword filter matches the keyword line or any entity name, so facet values of every kind work
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            String key = NewsAnalyzers.normalizeText(keyword);
            for (String field : List.of(Fields.KEYWORD, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE)) {
                any.add(new TermQuery(new Term(field, key)), BooleanClause.Occur.SHOULD);
            }
            builder.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongField.newRangeQuery(Fields.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (request.language() != null) {
            builder.add(new TermQuery(new Term(Fields.LANGUAGE, request.language().name().toLowerCase(java.util.Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static void addFilters(BooleanQuery.Builder builder, String field, List<String> values) {
        for (String value : values) {
            builder.add(new TermQuery(new Term(field, NewsAnalyzers.normalizeText(value))), BooleanClause.Occur.FILTER);
        }
    }

    private static void validatePaging(SearchRequest request, boolean cursorPaging) {
        if (cursorPaging && request.page() != 1) {
            throw new BadRequestException("page and cursor cannot be combined; follow nextCursor from the first page");
        }
        if (request.page() < 1) {
            throw new BadRequestException("page must be at least 1, got " + request.page());
        }
        if (request.size() < 1 || request.size() > MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + request.size());
        }
        if ((long) request.page() * request.size() > MAX_RESULT_WINDOW) {
            throw new BadRequestException("page * size must be at most " + MAX_RESULT_WINDOW
                    + "; narrow the query or filters to reach deeper results");
        }
    }

    private static Sort sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newestFirst());
            case DATE -> new Sort(newestFirst(), SortField.FIELD_SCORE);
            case VIEWS -> new Sort(numericDesc(Fields.VIEWS), newestFirst(), SortField.FIELD_SCORE);
        };
    }

    private static SortField newestFirst() {
        return numericDesc(Fields.PUBLISHED);
    }

    private static SortField numericDesc(String field) {
        SortField sortField = new SortedNumericSortField(field, SortField.Type.LONG, true);
        sortField.setMissingValue(Long.MIN_VALUE);
        return sortField;
    }

    /** Counts the top values of every facet dimension over the result set. */
    Map<String, List<FacetValue>> facets(IndexSearcher searcher, FacetsCollector collector, int topN) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            facets.put(dim, List.of());
        }
        if (searcher.getIndexReader().numDocs() == 0) {
            return java.util.Collections.unmodifiableMap(facets);
        }
        SortedSetDocValuesReaderState state;
        try {
            state = index.facetState(searcher);
        } catch (IllegalArgumentException noFacetsYet) {
            return java.util.Collections.unmodifiableMap(facets);
        }
        int n = Math.max(1, Math.min(topN, state.getSize()));
        return facetCounter.top(state, facetCounter.count(state, collector), n);
    }

    /** Splits a stored facet value {@code name<US>chinese} into the filter value and the display label. */
    public static FacetValue facetValue(String stored, int count) {
        String name = ArticleDocuments.facetName(stored);
        String chinese = ArticleDocuments.facetChinese(stored);
        return new FacetValue(name, chinese.isEmpty() ? name : name + " · " + chinese, count);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        // each hit's stored document is decompressed once, for the hit and for its snippets alike
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int docId : docIds) {
            documents.put(docId, stored.document(docId));
        }
        Map<String, String[]> snippets = highlighter.highlight(searcher, query, docIds, documents);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            IndexedArticle indexed = ArticleDocuments.fromDocument(documents.get(page[i].doc));
            var a = indexed.article();
            hits.add(new SearchHit(a.id(), page[i].score, a.titleEn(), a.titleZh(),
                    snippets.get(Fields.TEXT_EN)[i], snippets.get(Fields.TEXT_ZH)[i], a.url(), a.published(), a.views(),
                    a.keywords(), indexed.names(EntityType.PERSON), indexed.names(EntityType.ORGANIZATION),
                    indexed.names(EntityType.PLACE)));
        }
        return hits;
    }
}
