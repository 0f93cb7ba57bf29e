package com.newsbridge.eval;

import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.ingest.ParallelCorpusReader;
import com.newsbridge.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The articles an evaluation indexes: one or more corpus folders, each with its {@link CorpusSpec.View}, and an
 * optional global "strip keywords" switch.
 *
 * @param specs         the folders
 * @param stripKeywords whether every article loses its keyword line
 */
public record EvalCorpus(List<CorpusSpec> specs, boolean stripKeywords) {

    public EvalCorpus {
        specs = List.copyOf(specs);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no corpus folder");
        }
    }

    /** Returns true when the articles are indexed as they are, so NewsBridge's own folder indexer can be used. */
    public boolean asIs() {
        return !stripKeywords && specs.stream().allMatch(s -> s.view() == CorpusSpec.View.AS_IS);
    }

    /** Returns every article file of every folder, in spec order then path order. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (CorpusSpec spec : specs) {
            files.addAll(CorpusReader.listArticleFiles(spec.dir()));
        }
        return files;
    }

    /** Describes the corpus in one line. */
    public String describe() {
        return specs.stream().map(CorpusSpec::toString).collect(Collectors.joining(" + "))
                + (stripKeywords ? " (keywords stripped)" : "");
    }

    /** What a pass over the articles found. */
    public record ReadReport(int files, int articles, List<String> problems) {
    }

    /**
     * Reads every article with {@code threads} threads, applies the views and hands each to {@code sink} (which must be
     * thread-safe). Bad files are collected, not thrown.
     */
    public ReadReport forEachArticle(int threads, Consumer<Article> sink) {
        List<Path> files = new ArrayList<>();
        List<CorpusSpec> owners = new ArrayList<>();
        for (CorpusSpec spec : specs) {
            for (Path file : CorpusReader.listArticleFiles(spec.dir())) {
                files.add(file);
                owners.add(spec);
            }
        }
        java.util.Map<Path, CorpusSpec> ownerOf = new java.util.HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ownerOf.put(files.get(i), owners.get(i));
        }
        AtomicInteger articles = new AtomicInteger();
        ParallelCorpusReader.Result read = new ParallelCorpusReader(threads, "eval-reader", null, "reading")
                .read(files, () -> (file, article) -> {
                    Article viewed = ownerOf.get(file).apply(article, stripKeywords);
                    if (viewed != null) {
                        sink.accept(viewed);
                        articles.incrementAndGet();
                    }
                }, articles::get);
        List<String> sorted = read.problems();
        return new ReadReport(files.size(), articles.get(), sorted);
    }

    /** Reads every article (views applied) into a list, in file order. */
    public List<Article> readAll() {
        List<Article> all = new ArrayList<>();
        CorpusReader reader = new CorpusReader();
        for (CorpusSpec spec : specs) {
            for (Path file : CorpusReader.listArticleFiles(spec.dir())) {
                reader.read(file, a -> {
                    Article viewed = spec.apply(a, stripKeywords);
                    if (viewed != null) {
                        all.add(viewed);
                    }
                }, failure -> { });
            }
        }
        return all;
    }
}
