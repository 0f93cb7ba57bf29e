package com.newsbridge.backend;

import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.Article;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default backend: the embedded Lucene index in a local folder ({@link NewsIndex} + {@link ArticleSearcher}). */
public final class LuceneBackend implements SearchBackend {

    private final NewsIndex index;
    private final ArticleSearcher searcher;
    private final boolean ownsIndex;

    /** Wraps an open index; {@link #close()} closes it when {@code ownsIndex}. */
    public LuceneBackend(NewsIndex index, boolean ownsIndex) {
        this(index, new ArticleSearcher(index), ownsIndex);
    }

    /** Wraps an open index and its searcher; {@link #close()} closes the index when {@code ownsIndex}. */
    public LuceneBackend(NewsIndex index, ArticleSearcher searcher, boolean ownsIndex) {
        this.index = index;
        this.searcher = searcher;
        this.ownsIndex = ownsIndex;
    }

    /** Returns the wrapped index. */
    public NewsIndex index() {
        return index;
    }

    /** Returns the searcher over the wrapped index. */
    public ArticleSearcher searcher() {
        return searcher;
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public ArticleSearcher.Page searchPage(SearchRequest request, String cursor) {
        return searcher.searchPage(request, cursor);
    }

    @Override
    public List<FacetValue> facetValues(SearchRequest request, String facet, String prefix, int size) {
        return searcher.facetValues(request, facet, prefix, size);
    }

    @Override
    public IndexedArticle article(String id) {
        return searcher.article(id);
    }

    @Override
    public long count() {
        return index.count();
    }

    /** Durable and visible when it returns ({@link NewsIndex#save}). */
    @Override
    public IndexedArticle save(Article article) {
        return index.save(article);
    }

    @Override
    public List<SaveResult> saveAll(List<Article> articles) {
        List<SaveResult> results = new ArrayList<>(articles.size());
        for (NewsIndex.SaveResult r : index.saveAll(articles)) {
            results.add(new SaveResult(r.id(), r.error()));
        }
        return results;
    }

    @Override
    public boolean remove(String id) {
        return index.remove(id);
    }

    @Override
    public IndexReport indexFolder(Path corpus, int threads, PrintStream progress) {
        return new CorpusIndexer(index, threads, progress).indexFolder(corpus);
    }

    @Override
    public void close() {
        if (ownsIndex) {
            index.close();
        }
    }
}
