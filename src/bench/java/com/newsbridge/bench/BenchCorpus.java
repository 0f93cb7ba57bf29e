package com.newsbridge.bench;

import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles for the JMH benchmarks: up to {@code nb.docs} (default 200) articles spread evenly over the corpus folder
 * {@code nb.corpus} (default: the bundled {@code index-data}, so the benchmarks run from a clean clone).
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("nb.corpus", "index-data"));
    }

    public static List<Article> sample() {
        int max = Integer.getInteger("nb.docs", 200);
        List<Path> files = CorpusReader.listArticleFiles(folder());
        int step = Math.max(1, files.size() / max);
        List<Article> articles = new ArrayList<>();
        CorpusReader reader = new CorpusReader();
        for (int i = 0; i < files.size() && articles.size() < max; i += step) {
            reader.read(files.get(i), articles::add, failure -> { });
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles in " + folder());
        }
        return articles;
    }
}
