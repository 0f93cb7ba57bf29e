package com.newsbridge.eval;

import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        int n = Math.max(1, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "eval-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                futures.add(pool.submit(() -> {
                    CorpusReader reader = new CorpusReader();
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        CorpusSpec spec = owners.get(i);
                        reader.read(files.get(i), article -> {
                            Article viewed = spec.apply(article, stripKeywords);
                            if (viewed != null) {
                                sink.accept(viewed);
                                articles.incrementAndGet();
                            }
                        }, failure -> problems.add(failure.getMessage()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
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
