package com.newsbridge.index;

import com.newsbridge.ingest.CorpusReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Indexes a corpus folder into a {@link NewsIndex} using every core: files are parsed, typed and analyzed in parallel
 * and all go through the index's single writer. Bad files are counted, reported and skipped; the batch goes on. The
 * index is committed every {@link #COMMIT_EVERY} articles and at the end, so a crash loses little and never what was
 * committed before.
 */
public final class CorpusIndexer {

    static final int COMMIT_EVERY = 50_000;
    private static final long PROGRESS_EVERY_MS = 2_000;

    private final NewsIndex index;
    private final int threads;
    private final PrintStream progress;

    /**
     * @param index    the target index
     * @param threads  worker threads (0 = number of cores)
     * @param progress where progress lines go during long runs (e.g. {@code System.err}), or {@code null}
     */
    public CorpusIndexer(NewsIndex index, int threads, PrintStream progress) {
        this.index = index;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.progress = progress;
    }

    /** Indexes every article file under {@code corpus}, commits and refreshes. */
    public IndexReport indexFolder(Path corpus) {
        return indexFiles(CorpusReader.listArticleFiles(corpus));
    }

    /** Indexes the given files, commits and refreshes. */
    public IndexReport indexFiles(List<Path> files) {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong lastProgress = new AtomicLong(System.currentTimeMillis());
        AtomicInteger sinceCommit = new AtomicInteger();
        index.beginBulkLoad(); // no reopen (and segment flush) every 100 ms while the batch runs
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    CorpusReader reader = new CorpusReader();
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        Path file = files.get(i);
                        bytes.addAndGet(size(file));
                        reader.read(file, article -> {
                            index.upsert(article);
                            indexed.incrementAndGet();
                            if (sinceCommit.incrementAndGet() >= COMMIT_EVERY) {
                                sinceCommit.set(0);
                                index.commit();
                            }
                        }, failure -> problems.add(failure.getMessage()));
                        report(lastProgress, i + 1, files.size(), indexed.get(), problems.size(), start);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
            index.endBulkLoad();
            index.commit(); // keep what was indexed, even when a worker failed
            index.refresh();
        }
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new IndexReport(files.size(), indexed.get(), sorted.size(), sorted, bytes.get(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void report(AtomicLong lastProgress, int done, int total, int indexed, int skipped, long start) {
        if (progress == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long last = lastProgress.get();
        if (now - last >= PROGRESS_EVERY_MS && lastProgress.compareAndSet(last, now)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.printf(Locale.ROOT, "indexing: %d/%d files (%.0f%%), %d indexed, %d skipped, %.0f articles/s%n",
                    done, total, 100.0 * done / total, indexed, skipped, indexed / seconds);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
