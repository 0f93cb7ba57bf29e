package com.newsbridge.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NameLinks;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.LearnedAliases;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.ingest.ParallelCorpusReader;
import com.newsbridge.model.Article;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import com.newsbridge.search.ArticleSearcher;
import com.newsbridge.search.NewsQueryParser;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Options;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenSearch backend: articles live in an OpenSearch index, NewsBridge does everything else.
 *
 * <ul>
 *   <li><b>Indexing</b>: NewsBridge parses, types and links entities, and analyzes the Chinese and name fields itself,
 *       then sends pre-analyzed documents ({@link OpenSearchDocuments}); the index and its mapping
 *       ({@link OpenSearchSchema}) are created at start-up when missing (idempotent). Corpora are bulk-loaded with
 *       per-article error reporting.</li>
 *   <li><b>Searching</b>: the query is parsed by {@link NewsQueryParser} with NewsBridge's analyzers and translated to
 *       the query DSL ({@link OpenSearchQueries}); facets are {@code terms} aggregations; sorting as the embedded
 *       index (score, date, views, with the id as last tie-breaker); pages from offset
 *       {@link OpenSearchConfig#deepPageFrom()} on are reached with {@code search_after}. Relevance uses
 *       {@code dfs_query_then_fetch}, so scores use index-wide statistics like the embedded index.</li>
 *   <li><b>Snippets</b>: highlighted by NewsBridge on the returned originals ({@link PageHighlighter}), exactly as the
 *       embedded index highlights them.</li>
 *   <li><b>Writes</b> ({@link #save}, {@link #saveAll}, {@link #remove}) use {@code refresh=wait_for}: when they
 *       return, the change is acknowledged by every in-sync copy of the shard, written to their translogs (fsynced
 *       per request, OpenSearch's default {@code index.translog.durability: request}) and visible to searches.</li>
 *   <li><b>Failures</b>: every request has a connect and a response timeout; requests fail over to the next URL; an
 *       unreachable or unanswering cluster raises {@link BackendUnavailableException} (HTTP 503), and the backend
 *       recovers by itself when the cluster is back (the index is checked again on the next request).</li>
 * </ul>
 */
public final class OpenSearchBackend implements SearchBackend {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchBackend.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Terms per shard for the facet aggregations: counts are exact while a shard has fewer distinct values. */
    static final int FACET_SHARD_SIZE = 5_000;
    /** Hits per request while walking to a deep page with search_after. */
    static final int WALK_STEP = 1_000;
    /** Articles per bulk request when loading a corpus. */
    static final int BULK_ARTICLES = 500;
    /** Bytes (of JSON) per bulk request when loading a corpus. */
    static final long BULK_BYTES = 8L << 20;
    private static final int BULK_ATTEMPTS = 4;

    private final OpenSearchConfig config;
    private final EntityExtractor extractor;
    /** English names of a Chinese name from the gazetteer, searched as the embedded index does. */
    private final java.util.function.Function<String, java.util.List<String>> gazetteerEnglish;
    private final Analyzer analyzer = NewsIndex.newAnalyzer();
    private final OpenSearchDocuments documents;
    private final PageHighlighter highlighter;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;
    private final OpenSearchClient bulkClient;
    private volatile boolean indexReady;
    private final java.util.concurrent.atomic.LongAdder searches = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder clusterNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder highlightNanos = new java.util.concurrent.atomic.LongAdder();

    /**
     * Time spent by searches so far: waiting for the cluster (requests and answers, JSON included) and highlighting
     * the snippets here.
     */
    public record SearchTimings(long searches, long clusterNanos, long highlightNanos) {
    }

    /** Returns the cumulative search timings of this backend. */
    public SearchTimings timings() {
        return new SearchTimings(searches.sum(), clusterNanos.sum(), highlightNanos.sum());
    }

    private OpenSearchBackend(OpenSearchConfig config, EntityExtractor extractor) {
        this.config = config;
        this.extractor = extractor;
        this.gazetteerEnglish = NewsQueryParser.englishNamesIn(extractor.gazetteer());
        this.documents = new OpenSearchDocuments(extractor.gazetteer(), analyzer);
        this.highlighter = new PageHighlighter(analyzer, documents);
        HttpHost[] hosts = config.urls().stream().map(OpenSearchBackend::host).toArray(HttpHost[]::new);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(new ObjectMapper()))
                .setRequestConfigCallback(rc -> rc
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                        .setResponseTimeout(Timeout.of(config.requestTimeout())))
                .build();
        this.client = new OpenSearchClient(transport);
        ApacheHttpClient5Options.Builder bulkOptions = ApacheHttpClient5Options.DEFAULT.toBuilder();
        bulkOptions.setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                .setResponseTimeout(Timeout.of(config.bulkTimeout()))
                .build());
        this.bulkClient = client.withTransportOptions(bulkOptions.build());
    }

    /**
     * Connects to the cluster and creates the index when it is missing. When the cluster cannot be reached now, the
     * backend is returned all the same (a warning is logged): requests answer 503 until it can be reached.
     */
    public static OpenSearchBackend connect(OpenSearchConfig config, EntityExtractor extractor) {
        OpenSearchBackend backend = new OpenSearchBackend(config, extractor);
        // load the analyzers' dictionaries (SmartChinese) now rather than in the first search's highlighting
        Thread warmUp = new Thread(() -> OpenSearchDocuments.pretokenize(backend.analyzer, Fields.TEXT_ZH, "预热分词器"),
                "opensearch-backend-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        try {
            backend.ensureIndex();
            backend.relearnAliases();
        } catch (BackendUnavailableException e) {
            LOG.warn("{} (will retry on the next request)", e.getMessage());
        }
        return backend;
    }

    /** Returns the configuration. */
    public OpenSearchConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "opensearch";
    }

    // ---- index management ------------------------------------------------------------------------------------------

    /**
     * Creates the index with NewsBridge's settings and mapping unless it exists (safe to call from several NewsBridge
     * instances at once), and checks that an existing index has NewsBridge's schema version.
     *
     * @throws BackendUnavailableException when the cluster cannot be reached
     * @throws IllegalStateException when the index exists with another schema
     */
    public void ensureIndex() {
        if (indexReady) {
            return;
        }
        try {
            boolean exists = client.indices().exists(e -> e.index(config.index())).value();
            if (!exists) {
                ObjectNode body = OpenSearchSchema.createIndexBody(config.shards(), config.replicas());
                try (Response r = client.generic().execute(Requests.builder().method("PUT")
                        .endpoint("/" + config.index()).json(JSON.writeValueAsString(body)).build())) {
                    String answer = bodyText(r);
                    if (r.getStatus() >= 300 && !answer.contains("resource_already_exists_exception")) {
                        if (r.getStatus() >= 500 || r.getStatus() == 429) {
                            throw new IOException("creating index " + config.index() + ": HTTP " + r.getStatus() + " " + answer);
                        }
                        throw new IllegalStateException("OpenSearch refused to create index " + config.index() + ": "
                                + answer);
                    }
                    if (r.getStatus() < 300) {
                        LOG.info("created OpenSearch index {} ({} shards, {} replicas)", config.index(),
                                config.shards(), config.replicas());
                    }
                }
            } else {
                checkSchema();
            }
            indexReady = true;
        } catch (IOException e) {
            throw unavailable(e);
        } catch (OpenSearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw unavailable(e);
            }
            throw new IllegalStateException("OpenSearch: " + e.getMessage(), e);
        }
    }

    private void checkSchema() throws IOException {
        try (Response r = client.generic().execute(Requests.builder().method("GET")
                .endpoint("/" + config.index() + "/_mapping").build())) {
            if (r.getStatus() >= 300) {
                throw new IOException("reading the mapping of " + config.index() + ": HTTP " + r.getStatus());
            }
            JsonNode mapping = JSON.readTree(bodyText(r));
            for (JsonNode indexMapping : mapping) { // keyed by the concrete index name (an alias may point to it)
                int version = indexMapping.path("mappings").path("_meta").path("newsbridge_schema").asInt(-1);
                if (version != OpenSearchSchema.VERSION) {
                    throw new IllegalStateException("OpenSearch index " + config.index() + " was not created by this"
                            + " NewsBridge version (schema " + version + ", expected " + OpenSearchSchema.VERSION
                            + "): choose another --opensearch-index or delete that index and re-index");
                }
            }
        }
    }

    /** Deletes the index (tests and re-indexing). */
    public void deleteIndex() {
        call("delete index", () -> {
            try (Response r = client.generic().execute(Requests.builder().method("DELETE")
                    .endpoint("/" + config.index()).build())) {
                if (r.getStatus() >= 300 && r.getStatus() != 404) {
                    throw new IllegalStateException("cannot delete index " + config.index() + ": " + bodyText(r));
                }
            }
            indexReady = false;
            return null;
        }, false);
    }

    /** Makes every write so far visible to searches. */
    public void refresh() {
        call("refresh", () -> client.indices().refresh(r -> r.index(config.index())), true);
    }

    // ---- searching -------------------------------------------------------------------------------------------------

    /**
     * Searches. Page/size paging reads hits from {@code from} up to {@link OpenSearchConfig#deepPageFrom()} and walks
     * with {@code search_after} beyond; a {@code cursor} holds the previous page's last sort values and continues with
     * {@code search_after} at any depth. OpenSearch searches are never partial: all shards answer, or 503.
     */
    @Override
    public ArticleSearcher.Page searchPage(SearchRequest request, String cursor) {
        long start = System.nanoTime();
        boolean cursorPaging = cursor != null && !cursor.isBlank();
        validatePaging(request, cursorPaging);
        List<SortOptions> sort = sort(request.sort());
        OpenSearchCursor after = cursorPaging ? OpenSearchCursor.decode(cursor, request, sort.size()) : null;
        org.apache.lucene.search.Query parsed = parse(request);
        Query query = OpenSearchQueries.request(parsed, request);
        int offset = after != null ? 0 : (request.page() - 1) * request.size();
        boolean deep = after == null && offset >= config.deepPageFrom();
        long clusterStart = System.nanoTime();
        SearchResponse<JsonNode> first = call("search", () -> client.search(s -> {
            // all shards or an error: partial results would silently differ from the embedded index's
            s.index(config.index()).query(query).trackTotalHits(t -> t.enabled(true)).trackScores(true).sort(sort)
                    .aggregations(facetAggregations()).allowPartialSearchResults(false);
            if (config.globalStats()) {
                s.searchType(SearchType.DfsQueryThenFetch);
            }
            if (after != null) {
                return s.size(request.size()).searchAfter(after.sortValues);
            }
            return deep ? s.size(0) : s.from(offset).size(request.size());
        }, JsonNode.class), true);
        List<Hit<JsonNode>> page = deep ? walk(query, sort, offset, request.size()) : first.hits().hits();
        long highlightStart = System.nanoTime();
        List<IndexedArticle> articles = new ArrayList<>(page.size());
        for (Hit<JsonNode> hit : page) {
            articles.add(OpenSearchDocuments.fromSource(hit.source()));
        }
        Map<String, String[]> snippets = highlighter.highlight(parsed, articles);
        searches.increment();
        clusterNanos.add(highlightStart - clusterStart);
        highlightNanos.add(System.nanoTime() - highlightStart);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            IndexedArticle indexed = articles.get(i);
            Article a = indexed.article();
            Double score = page.get(i).score();
            hits.add(new SearchHit(a.id(), score == null ? Float.NaN : (float) (score / OpenSearchQueries.SCORE_SCALE),
                    a.titleEn(), a.titleZh(),
                    snippets.get(Fields.TEXT_EN)[i], snippets.get(Fields.TEXT_ZH)[i], a.url(), a.published(),
                    a.views(), a.keywords(), indexed.names(EntityType.PERSON), indexed.names(EntityType.ORGANIZATION),
                    indexed.names(EntityType.PLACE)));
        }
        long total = first.hits().total() == null ? 0 : first.hits().total().value();
        long through = (after != null ? after.seen : offset) + page.size();
        String next = page.size() == request.size() && through < total
                ? OpenSearchCursor.encode(request, page.get(page.size() - 1).sort(), through) : null;
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new ArticleSearcher.Page(new SearchResult(total, tookMs, request.page(), request.size(), hits,
                facets(first.aggregations())), false, next);
    }

    /** Walks to {@code offset} with search_after (sort values only), then fetches the page. */
    private List<Hit<JsonNode>> walk(Query query, List<SortOptions> sort, int offset, int size) {
        List<String> after = null;
        int skipped = 0;
        while (skipped < offset) {
            int step = Math.min(WALK_STEP, offset - skipped);
            List<String> from = after;
            SearchResponse<JsonNode> r = call("search", () -> client.search(s -> {
                s.index(config.index()).query(query).sort(sort).size(step).trackScores(true)
                        .trackTotalHits(t -> t.enabled(false)).source(src -> src.fetch(false))
                        .allowPartialSearchResults(false);
                if (config.globalStats()) {
                    s.searchType(SearchType.DfsQueryThenFetch);
                }
                return from == null ? s : s.searchAfter(from);
            }, JsonNode.class), true);
            List<Hit<JsonNode>> hits = r.hits().hits();
            if (hits.isEmpty()) {
                return List.of();
            }
            after = hits.get(hits.size() - 1).sort();
            skipped += hits.size();
            if (hits.size() < step) {
                return List.of();
            }
        }
        List<String> from = after;
        return call("search", () -> client.search(s -> {
            s.index(config.index()).query(query).sort(sort).size(size).trackScores(true)
                    .trackTotalHits(t -> t.enabled(false)).allowPartialSearchResults(false);
            if (config.globalStats()) {
                s.searchType(SearchType.DfsQueryThenFetch);
            }
            return from == null ? s : s.searchAfter(from);
        }, JsonNode.class), true).hits().hits();
    }

    @Override
    public List<FacetValue> facetValues(SearchRequest request, String facet, String prefix, int size) {
        if (!Fields.FACETS.contains(facet)) {
            throw new NotFoundException("no facet '" + facet + "' (facets: " + String.join(", ", Fields.FACETS) + ")");
        }
        if (size < 1 || size > ArticleSearcher.MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + ArticleSearcher.MAX_PAGE_SIZE + ", got " + size);
        }
        String normalizedPrefix = prefix == null ? "" : NewsAnalyzers.normalizeText(prefix);
        Query query = OpenSearchQueries.request(parse(request), request);
        List<FacetValue> all = new ArrayList<>();
        forEachFacetValue(query, facet, (value, count) -> all.add(ArticleSearcher.facetValue(value, count)));
        return all.stream()
                .filter(v -> ArticleSearcher.matchesPrefix(v, normalizedPrefix))
                .sorted(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .limit(size)
                .toList();
    }

    /**
     * Calls {@code action} with every value of facet {@code facet} among the articles {@code query} matches, as
     * indexed ({@code Antony Blinken<US>布林肯}), and its article count, paging through a composite aggregation.
     */
    private void forEachFacetValue(Query query, String facet, java.util.function.ObjIntConsumer<String> action) {
        String field = OpenSearchDocuments.FACET_PREFIX + facet;
        Map<String, String> after = null;
        do {
            Map<String, String> from = after;
            SearchResponse<JsonNode> r = call("facet search", () -> client.search(s -> s.index(config.index())
                    .query(query).size(0).trackTotalHits(t -> t.enabled(false)).allowPartialSearchResults(false)
                    .aggregations("values", Aggregation.of(a -> a.composite(c -> {
                        c.size(1_000).sources(List.of(Map.of("v", CompositeAggregationSource.of(src ->
                                src.terms(t -> t.field(field))))));
                        return from == null ? c : c.after(from);
                    }))), JsonNode.class), true);
            CompositeAggregate values = r.aggregations().get("values").composite();
            List<CompositeBucket> buckets = values.buckets().array();
            for (CompositeBucket bucket : buckets) {
                action.accept(bucket.key().get("v").to(String.class), (int) bucket.docCount());
            }
            after = null;
            if (!buckets.isEmpty() && values.afterKey() != null && !values.afterKey().isEmpty()) {
                after = new LinkedHashMap<>();
                for (Map.Entry<String, org.opensearch.client.json.JsonData> e : values.afterKey().entrySet()) {
                    after.put(e.getKey(), e.getValue().to(String.class));
                }
            }
        } while (after != null);
    }

    /**
     * Teaches the extractor the English-Chinese name pairs and the Chinese names the cluster's articles already have
     * (read from their people, organization and place facet values), as the embedded index does when it opens
     * ({@link LearnedAliases}): a Chinese-only article written after a restart is then named as before.
     */
    private void relearnAliases() {
        Query all = Query.of(q -> q.matchAll(m -> m));
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) {
            forEachFacetValue(all, type.facetName(), (value, count) -> {
                Entity entity = LearnedAliases.fromFacetValue(type.facetName(), value);
                if (entity != null) {
                    extractor.relearn(entity);
                }
            });
        }
    }

    @Override
    public IndexedArticle article(String id) {
        GetResponse<JsonNode> r = call("get article", () -> client.get(g -> g.index(config.index()).id(id),
                JsonNode.class), true);
        if (!r.found() || r.source() == null) {
            throw new NotFoundException("no article with id '" + id + "'");
        }
        return OpenSearchDocuments.fromSource(r.source());
    }

    @Override
    public long count() {
        return call("count", () -> client.count(c -> c.index(config.index())).count(), true);
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    @Override
    public IndexedArticle save(Article article) {
        IndexedArticle indexed = extractor.extract(article);
        ObjectNode doc = documents.toJson(indexed);
        call("index article", () -> client.index(i -> i.index(config.index()).id(article.id()).document(doc)
                .refresh(Refresh.WaitFor)), true);
        return indexed;
    }

    @Override
    public List<SaveResult> saveAll(List<Article> articles) {
        List<SaveResult> results = new ArrayList<>(Collections.nCopies(articles.size(), null));
        List<BulkOperation> operations = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            try {
                ObjectNode doc = documents.toJson(extractor.extract(article));
                operations.add(BulkOperation.of(op -> op.index(x -> x.index(config.index()).id(article.id()).document(doc))));
                positions.add(i);
            } catch (RuntimeException e) {
                results.set(i, new SaveResult(article.id(), e));
            }
        }
        if (!operations.isEmpty()) {
            BulkResponse response = call("bulk index", () -> bulkClient.bulk(b -> b.operations(operations)
                    .refresh(Refresh.WaitFor)), true);
            List<BulkResponseItem> items = response.items();
            for (int k = 0; k < items.size(); k++) {
                BulkResponseItem item = items.get(k);
                int i = positions.get(k);
                results.set(i, new SaveResult(articles.get(i).id(), item.error() == null ? null
                        : new IllegalStateException("OpenSearch rejected the article: " + item.error().type() + ": "
                                + item.error().reason())));
            }
        }
        return results;
    }

    @Override
    public boolean remove(String id) {
        return call("delete article", () -> client.delete(d -> d.index(config.index()).id(id).refresh(Refresh.WaitFor)),
                true).result() == Result.Deleted;
    }

    /**
     * Bulk-loads every article file of {@code corpus}: files are parsed, typed and analyzed on {@code threads} threads,
     * sent in bulk requests of up to {@value #BULK_ARTICLES} articles, and the index is refreshed at the end. Files
     * that are not articles and articles that OpenSearch rejects are listed in the report's problems (one line each,
     * {@code path:line: reason} or {@code path: article ID: reason}) and counted as skipped; the rest goes on.
     *
     * @throws BackendUnavailableException when the cluster cannot be reached (after retries)
     */
    @Override
    public IndexReport indexFolder(Path corpus, int threads, PrintStream progress) {
        ensureIndex();
        List<Path> files = CorpusReader.listArticleFiles(corpus);
        long start = System.nanoTime();
        AtomicInteger indexed = new AtomicInteger();
        List<String> bulkProblems = Collections.synchronizedList(new ArrayList<>());
        ParallelCorpusReader reader = new ParallelCorpusReader(threads, "opensearch-loader", progress,
                "indexing into OpenSearch");
        ParallelCorpusReader.Result read = reader.read(files, () -> new ParallelCorpusReader.Worker() {
            private final Batch batch = new Batch();

            @Override
            public void accept(Path file, Article article) {
                batch.add(article.id(), file.toString(), documents.toJson(extractor.extract(article)));
                if (batch.full()) {
                    indexed.addAndGet(sendBulk(batch, bulkProblems));
                }
            }

            @Override
            public void finish() {
                if (!batch.isEmpty()) {
                    indexed.addAndGet(sendBulk(batch, bulkProblems));
                }
            }
        }, indexed::get);
        refresh();
        List<String> problems = new ArrayList<>(read.problems());
        problems.addAll(bulkProblems);
        Collections.sort(problems);
        return new IndexReport(files.size(), indexed.get(), problems.size(), problems, read.bytes(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Articles waiting to be sent in one bulk request. */
    private static final class Batch {
        final List<String> ids = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<ObjectNode> docs = new ArrayList<>();
        long bytes;

        void add(String id, String source, ObjectNode doc) {
            ids.add(id);
            sources.add(source);
            docs.add(doc);
            bytes += doc.toString().length();
        }

        boolean full() {
            return ids.size() >= BULK_ARTICLES || bytes >= BULK_BYTES;
        }

        boolean isEmpty() {
            return ids.isEmpty();
        }

        void clear() {
            ids.clear();
            sources.clear();
            docs.clear();
            bytes = 0;
        }
    }

    /**
     * Sends a batch; retries the whole request when the cluster does not answer and the items it rejects as
     * overloaded (429/503), with back-off. Other rejected items become problems. Returns the number indexed.
     */
    private int sendBulk(Batch batch, List<String> problems) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < batch.ids.size(); i++) {
            pending.add(i);
        }
        int ok = 0;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<BulkOperation> operations = new ArrayList<>(pending.size());
            for (int i : pending) {
                String id = batch.ids.get(i);
                ObjectNode doc = batch.docs.get(i);
                operations.add(BulkOperation.of(op -> op.index(x -> x.index(config.index()).id(id).document(doc))));
            }
            BulkResponse response;
            try {
                response = call("bulk index", () -> bulkClient.bulk(BulkRequest.of(b -> b.operations(operations))), true);
            } catch (BackendUnavailableException e) {
                if (attempt >= BULK_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
                continue;
            }
            List<Integer> retry = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int k = 0; k < items.size(); k++) {
                BulkResponseItem item = items.get(k);
                int i = pending.get(k);
                if (item.error() == null) {
                    ok++;
                } else if ((item.status() == 429 || item.status() == 503) && attempt < BULK_ATTEMPTS) {
                    retry.add(i);
                } else {
                    problems.add(batch.sources.get(i) + ": article " + batch.ids.get(i) + ": OpenSearch rejected it ("
                            + item.status() + " " + item.error().type() + ": " + item.error().reason() + ")");
                }
            }
            pending = retry;
            if (!pending.isEmpty()) {
                backOff(attempt);
            }
        }
        batch.clear();
        return ok;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(500L << Math.min(attempt, 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            LOG.warn("closing the OpenSearch client: {}", e.getMessage());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    /**
     * Runs one cluster call: checks the index first (when {@code needsIndex}), maps failures to
     * {@link BackendUnavailableException}, and re-creates the index once when it has gone missing.
     */
    private <T> T call(String what, Call<T> call, boolean needsIndex) {
        for (int attempt = 1; ; attempt++) {
            if (needsIndex) {
                ensureIndex();
            }
            try {
                return call.run();
            } catch (IOException e) {
                if (attempt == 1 && isStaleConnection(e)) {
                    continue; // a pooled connection the cluster (or a proxy) closed meanwhile: one immediate retry
                }
                throw unavailable(e);
            } catch (OpenSearchException e) {
                if (needsIndex && attempt == 1 && "index_not_found_exception".equals(errorType(e))) {
                    indexReady = false;
                    continue;
                }
                if (e.status() >= 500 || e.status() == 429) {
                    throw unavailable(e);
                }
                throw new IllegalStateException("OpenSearch rejected the " + what + " request: " + describe(e), e);
            }
        }
    }

    /** A closed or reset connection, as opposed to a refused connection or a timeout. */
    private static boolean isStaleConnection(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.hc.core5.http.ConnectionClosedException) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof java.net.SocketException && m != null
                    && (m.contains("reset") || m.contains("Broken pipe") || m.contains("closed"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String describe(OpenSearchException e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        if (e.error() != null) {
            for (var cause : e.error().rootCause()) {
                s.append("; ").append(cause.type()).append(": ").append(cause.reason());
            }
        }
        return s.toString();
    }

    private static String errorType(OpenSearchException e) {
        return e.error() == null ? null : e.error().type();
    }

    private BackendUnavailableException unavailable(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        if (root != e && e.getMessage() != null && !e.getMessage().equals(root.getMessage())) {
            detail = e.getMessage() + " (" + detail + ")";
        }
        return new BackendUnavailableException("the OpenSearch cluster at " + config.urlList()
                + " is unavailable: " + detail.replaceAll("\\s+", " ").strip(), e);
    }

    private static String bodyText(Response r) throws IOException {
        if (r.getBody().isEmpty()) {
            return "";
        }
        try (Body body = r.getBody().get()) {
            return body.bodyAsString();
        }
    }

    private static HttpHost host(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 9200;
        return new HttpHost(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), port);
    }

    /** Parses the request's query exactly as the embedded index does (same parser, same analyzers, same limits). */
    private org.apache.lucene.search.Query parse(SearchRequest request) {
        int filters = request.people().size() + request.organizations().size() + request.places().size()
                + request.keywords().size();
        if (filters > ArticleSearcher.MAX_FILTERS) {
            throw new BadRequestException("too many filters: " + filters + " person/org/place/keyword values (at most "
                    + ArticleSearcher.MAX_FILTERS + ")");
        }
        boolean zh = request.language() != SearchRequest.Language.EN;
        boolean en = request.language() != SearchRequest.Language.ZH;
        org.apache.lucene.search.Query parsed = new NewsQueryParser(analyzer, zh, en, this::chineseNames, gazetteerEnglish)
                .parseQuery(request.query());
        if (NewsQueryParser.relaxable(request.query())) {
            // as the embedded index: a plain query of several words without AND hits is relaxed (one count request,
            // which stops at the first hit of each shard)
            Query strict = OpenSearchQueries.request(parsed, request);
            long hits = call("count", () -> client.count(c -> c.index(config.index()).query(strict).terminateAfter(1L)),
                    true).count();
            if (hits == 0) {
                parsed = new NewsQueryParser(analyzer, zh, en, this::chineseNames, gazetteerEnglish).relax(request.query(), parsed);
            }
        }
        return parsed;
    }

    /**
     * The Chinese names of a Latin name key in {@code field} ({@link Fields#NAME_LINKS}, {@link Fields#NAME_SPELLINGS}),
     * as {@link NameLinks#chineseNames} reads them from the embedded index: a {@code terms} aggregation over the field
     * restricted to the key's terms, the most frequent first, ties in term order, at most {@link NameLinks#MAX_NAMES}.
     * One or two extra requests per capitalized Latin name of a query.
     */
    private List<String> chineseNames(String field, String key) {
        String prefix = key + NameLinks.SEPARATOR;
        SearchResponse<JsonNode> r = call("name link lookup", () -> client.search(s -> s.index(config.index())
                .query(q -> q.prefix(p -> p.field(field).value(prefix))).size(0)
                .trackTotalHits(t -> t.enabled(false)).allowPartialSearchResults(false)
                .aggregations("links", Aggregation.of(a -> a.terms(t -> t.field(field)
                        .include(i -> i.regexp(key + NameLinks.SEPARATOR + ".*"))
                        .size(NameLinks.MAX_NAMES).shardSize(FACET_SHARD_SIZE)
                        .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))))),
                JsonNode.class), true);
        Aggregate links = r.aggregations() == null ? null : r.aggregations().get("links");
        if (links == null || !links.isSterms()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (StringTermsBucket bucket : links.sterms().buckets().array()) {
            names.add(bucket.key().substring(prefix.length()));
        }
        return names;
    }

    private static void validatePaging(SearchRequest request, boolean cursorPaging) {
        if (cursorPaging && request.page() != 1) {
            throw new BadRequestException("page and cursor cannot be combined; follow nextCursor from the first page");
        }
        if (request.page() < 1) {
            throw new BadRequestException("page must be at least 1, got " + request.page());
        }
        if (request.size() < 1 || request.size() > ArticleSearcher.MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + ArticleSearcher.MAX_PAGE_SIZE + ", got "
                    + request.size());
        }
        if ((long) request.page() * request.size() > ArticleSearcher.MAX_RESULT_WINDOW) {
            throw new BadRequestException("page * size must be at most " + ArticleSearcher.MAX_RESULT_WINDOW
                    + "; narrow the query or filters to reach deeper results");
        }
    }

    /** The embedded index's orders, with the article id as the last tie-breaker (needed by search_after). */
    static List<SortOptions> sort(SearchRequest.Sort sort) {
        SortOptions score = SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc)));
        SortOptions newest = SortOptions.of(s -> s.field(f -> f.field(Fields.PUBLISHED).order(SortOrder.Desc)
                .missing(org.opensearch.client.opensearch._types.FieldValue.of("_last"))));
        SortOptions views = SortOptions.of(s -> s.field(f -> f.field(Fields.VIEWS).order(SortOrder.Desc)
                .missing(org.opensearch.client.opensearch._types.FieldValue.of("_last"))));
        SortOptions id = SortOptions.of(s -> s.field(f -> f.field(Fields.ID).order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(score, newest, id);
            case DATE -> List.of(newest, score, id);
            case VIEWS -> List.of(views, newest, score, id);
        };
    }

    private static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            aggregations.put(dim, Aggregation.of(a -> a.terms(t -> t.field(OpenSearchDocuments.FACET_PREFIX + dim)
                    .size(ArticleSearcher.FACET_SIZE).shardSize(FACET_SHARD_SIZE)
                    .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc))))));
        }
        return aggregations;
    }

    private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            Aggregate aggregate = aggregations == null ? null : aggregations.get(dim);
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    values.add(ArticleSearcher.facetValue(bucket.key(), (int) bucket.docCount()));
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }
}
