package com.newsbridge.backend;

import com.newsbridge.index.IndexReport;
import com.newsbridge.model.Article;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import com.newsbridge.search.ArticleSearcher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where NewsBridge keeps and searches its articles: the embedded Lucene index ({@link LuceneBackend}, the default) or
 * an OpenSearch cluster ({@link OpenSearchBackend}). Both take the same requests and answer the same model records, so
 * the HTTP API, the page and the command line behave the same on either. Parsing, Chinese analysis, entity typing and
 * linking, pinyin, aliases and snippet highlighting always run in NewsBridge.
 *
 * <p>Implementations are thread-safe. Methods that need a cluster throw {@link BackendUnavailableException} (HTTP 503)
 * when it cannot be reached in time.
 */
public interface SearchBackend extends AutoCloseable {

    /** {@code lucene} or {@code opensearch}. */
    String name();

    /**
     * Searches: parsed query plus filters, ranking or sorting, paging, facets over the whole result set, snippets.
     *
     * @throws com.newsbridge.model.BadQueryException when the query does not parse
     * @throws com.newsbridge.model.BadRequestException when paging parameters are out of range
     */
    default SearchResult search(SearchRequest request) {
        return searchPage(request, null).result();
    }

    /**
     * Searches, paging by {@code request.page()} or, with a {@code cursor} (the {@code nextCursor} of the previous
     * page), from where that page ended, at any depth; see {@link ArticleSearcher#searchPage}.
     *
     * @throws com.newsbridge.model.BadRequestException when paging parameters or the cursor are invalid
     */
    ArticleSearcher.Page searchPage(SearchRequest request, String cursor);

    /** Values of one facet over the results of {@code request} whose name starts with {@code prefix}; see ArticleSearcher. */
    List<FacetValue> facetValues(SearchRequest request, String facet, String prefix, int size);

    /** Returns one article with its entities; throws {@link com.newsbridge.model.NotFoundException} when absent. */
    IndexedArticle article(String id);

    /** Number of articles visible to searches. */
    long count();

    /**
     * Adds or replaces one article (entities extracted here). When this returns, the article is durable as the backend
     * defines it and visible to searches.
     */
    IndexedArticle save(Article article);

    /** As {@link #save} for many articles at once; one result per article, in order. Failures do not stop the rest. */
    List<SaveResult> saveAll(List<Article> articles);

    /** Deletes an article; returns false when there was none. Durable and invisible to searches when this returns. */
    boolean remove(String id);

    /** Indexes every article file of a corpus folder (bad files are reported and skipped) and makes it searchable. */
    IndexReport indexFolder(Path corpus, int threads, PrintStream progress);

    /** Closes the index or the client. */
    @Override
    void close();

    /**
     * The outcome of one article of {@link #saveAll}.
     *
     * @param id    the article id
     * @param error why it was not stored, or {@code null}
     */
    record SaveResult(String id, RuntimeException error) {
        public boolean ok() {
            return error == null;
        }
    }
}
