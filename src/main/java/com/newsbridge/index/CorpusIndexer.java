package com.newsbridge.index;

import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.ingest.ParallelCorpusReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes a corpus folder into a {@link NewsIndex} using every core: files are parsed, typed and analyzed in parallel
 * and all go through the index's single writer. Bad files are counted, reported and skipped; the batch goes on. The
 * index is committed every {@link #COMMIT_EVERY} articles and at the end, so a crash loses little and never what was
 * committed before.
 */
public final class CorpusIndexer {

    static final int COMMIT_EVERY = 50_000;

    private final NewsIndex index;
    private final ParallelCorpusReader reader;

    /**
     * @param index    the target index
     * @param threads  worker threads (0 = number of cores)
     * @param progress where progress lines go during long runs (e.g. {@code System.err}), or {@code null}
     */
    public CorpusIndexer(NewsIndex index, int threads, PrintStream progress) {
        this.index = index;
        this.reader = new ParallelCorpusReader(threads, "indexer", progress, "indexing");
    }

    /** Indexes every article file under {@code corpus}, commits and refreshes. */
    public IndexReport indexFolder(Path corpus) {
        return indexFiles(CorpusReader.listArticleFiles(corpus));
    }

    /** Indexes the given files, commits and refreshes. */
    public IndexReport indexFiles(List<Path> files) {
        long start = System.nanoTime();
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger sinceCommit = new AtomicInteger();
        ParallelCorpusReader.Result read;
        index.beginBulkLoad(); // no reopen (and segment flush) every 100 ms while the batch runs
        try {
            read = reader.read(files, () -> (file, article) -> {
                index.upsert(article);
                indexed.incrementAndGet();
                if (sinceCommit.incrementAndGet() >= COMMIT_EVERY) {
                    sinceCommit.set(0);
                    index.commit();
                }
            }, indexed::get);
        } finally {
            index.endBulkLoad();
            index.commit(); // keep what was indexed, even when a worker failed
            index.refresh();
        }
        return new IndexReport(read.files(), indexed.get(), read.problems().size(), read.problems(), read.bytes(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
