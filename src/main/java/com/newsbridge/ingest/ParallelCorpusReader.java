package com.newsbridge.ingest;

import com.newsbridge.model.Article;
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
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Reads article files on several threads and hands each article to the reading thread's own {@link Worker}: the loop
 * that both the embedded indexer and the OpenSearch loader run. Threads pull the next file from a shared counter, so a
 * slow file never holds the others back. Bad files are not fatal: each failure ({@code path:line: reason}) is collected
 * and the batch goes on; a worker's exception ends the batch and is rethrown.
 */
public final class ParallelCorpusReader {

    private static final long PROGRESS_EVERY_MS = 2_000;

    /** What one reading thread does with its articles. */
    public interface Worker {

        /** Takes one parsed article of {@code file}. */
        void accept(Path file, Article article);

        /** Called once on the worker's thread after its last file (e.g. to send what it has buffered). */
        default void finish() {
        }
    }

    /**
     * What a run read.
     *
     * @param files    number of files
     * @param bytes    their total size
     * @param problems the files (and lines) that could not be read, sorted
     */
    public record Result(int files, long bytes, List<String> problems) {
    }

    private final int threads;
    private final String threadName;
    private final PrintStream progress;
    private final String label;

    /**
     * @param threads    reading threads (0 = number of cores)
     * @param threadName name of the reading threads
     * @param progress   where a progress line goes every 2 s of a long run, or {@code null}
     * @param label      what the progress line says is happening, e.g. {@code indexing}
     */
    public ParallelCorpusReader(int threads, String threadName, PrintStream progress, String label) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.threadName = threadName;
        this.progress = progress;
        this.label = label;
    }

    /** Returns the number of reading threads. */
    public int threads() {
        return threads;
    }

    /**
     * Reads {@code files}, one new worker per thread.
     *
     * @param done how many articles the workers have taken so far (for the progress line)
     */
    public Result read(List<Path> files, Supplier<Worker> workers, IntSupplier done) {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong lastProgress = new AtomicLong(System.currentTimeMillis());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    CorpusReader reader = new CorpusReader();
                    Worker worker = workers.get();
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        Path file = files.get(i);
                        bytes.addAndGet(size(file));
                        reader.read(file, article -> worker.accept(file, article),
                                failure -> problems.add(failure.getMessage()));
                        report(lastProgress, i + 1, files.size(), done.getAsInt(), problems.size(), start);
                    }
                    worker.finish();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + " interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new Result(files.size(), bytes.get(), List.copyOf(sorted));
    }

    private void report(AtomicLong lastProgress, int filesDone, int total, int articles, int skipped, long start) {
        if (progress == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long last = lastProgress.get();
        if (now - last >= PROGRESS_EVERY_MS && lastProgress.compareAndSet(last, now)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.printf(Locale.ROOT, "%s: %d/%d files (%.0f%%), %d indexed, %d skipped, %.0f articles/s%n",
                    label, filesDone, total, 100.0 * filesDone / total, articles, skipped, articles / seconds);
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
