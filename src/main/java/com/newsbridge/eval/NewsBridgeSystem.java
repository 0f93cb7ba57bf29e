package com.newsbridge.eval;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * NewsBridge as the product runs it: a {@link NewsIndex} filled by {@link CorpusIndexer} (or, when a corpus view
 * changes the articles, by {@link NewsIndex#upsert} of the changed articles) and searched by {@link ArticleSearcher}
 * with the default request (AND operator, relevance order), one page of {@code depth} hits (at most 100).
 */
public final class NewsBridgeSystem implements RetrievalSystem {

    public static final String NAME = "newsbridge";

    private final NewsIndex index;
    private final ArticleSearcher searcher;
    private final Path tempDir;

    private NewsBridgeSystem(NewsIndex index, Path tempDir) {
        this.index = index;
        this.searcher = new ArticleSearcher(index);
        this.tempDir = tempDir;
    }

    /**
     * Indexes {@code corpus} and returns the system.
     *
     * @param indexDir the index folder to fill (kept), or {@code null} for a temporary one deleted on close
     * @param reuse    when the index folder already holds articles, search it without indexing again
     * @param log      where progress goes, or {@code null}
     */
    public static NewsBridgeSystem build(EvalCorpus corpus, Path indexDir, boolean reuse, int threads, PrintStream log) {
        Path temp = indexDir == null ? TempDirs.create("newsbridge-eval-index") : null;
        Path dir = indexDir == null ? temp : indexDir;
        boolean skip = reuse && indexDir != null && NewsIndex.committedCount(indexDir) > 0;
        NewsIndex index = NewsIndex.open(dir, EntityExtractor.bundled());
        try {
            if (skip) {
                if (log != null) {
                    log.println("newsbridge: reusing index " + dir + " (" + NewsIndex.committedCount(dir) + " articles)");
                }
            } else if (corpus.asIs()) {
                IndexReport report = new CorpusIndexer(index, threads, log).indexFiles(corpus.files());
                if (log != null) {
                    log.println("newsbridge: " + report.summary());
                    report.problems().forEach(p -> log.println("  skipped: " + p));
                }
            } else {
                long start = System.nanoTime();
                EvalCorpus.ReadReport report = corpus.forEachArticle(threads, index::upsert);
                index.commit();
                index.refresh();
                if (log != null) {
                    log.printf(java.util.Locale.ROOT, "newsbridge: %d articles (%s) indexed in %.1f s%n",
                            report.articles(), corpus.describe(), (System.nanoTime() - start) / 1e9);
                    report.problems().forEach(p -> log.println("  skipped: " + p));
                }
            }
        } catch (RuntimeException e) {
            index.close();
            TempDirs.deleteTree(temp);
            throw e;
        }
        return new NewsBridgeSystem(index, temp);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int size() {
        return index.count();
    }

    @Override
    public List<String> search(String query, int depth) {
        int size = Math.min(depth, ArticleSearcher.MAX_PAGE_SIZE);
        return searcher.search(SearchRequest.of(query).withPage(1, size)).hits().stream().map(SearchHit::id).toList();
    }

    @Override
    public void close() {
        index.close();
        TempDirs.deleteTree(tempDir);
    }
}
