package com.newsbridge.cli;

import com.newsbridge.backend.BackendOptions;
import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index --corpus DIR --index DIR}: indexes a folder of articles. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a folder of article files (*.txt, *.jsonl). Exit code 0 when every file was indexed,"
                + " 2 when some were skipped (listed on stderr), 1 on failure.")
final class IndexCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "Folder of article files.")
    Path corpus;

    @Option(names = "--index", defaultValue = "index-data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--threads", defaultValue = "0", description = "Indexing threads (default: all cores).")
    int threads;

    @Option(names = "--merge-segments", defaultValue = "1",
            description = "After indexing, merge the index down to this many segments; searches then need less CPU"
                    + " (0 = do not merge; default: ${DEFAULT-VALUE}).")
    int mergeSegments;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() {
        if (backend.isOpenSearch()) {
            try (OpenSearchBackend cluster = backend.connectOpenSearch(EntityExtractor.bundled())) {
                IndexReport report = cluster.indexFolder(corpus, threads, System.err);
                report.problems().forEach(p -> System.err.println("skipped: " + p));
                System.out.println(report.summary());
                System.out.println("OpenSearch index " + cluster.config().index() + " at " + cluster.config().urlList()
                        + " now holds " + cluster.count() + " articles");
                return report.skipped() > 0 ? NewsBridgeCli.EXIT_SKIPPED : 0;
            }
        }
        try (NewsIndex newsIndex = NewsIndex.open(index, EntityExtractor.bundled())) {
            IndexReport report = new CorpusIndexer(newsIndex, threads, System.err).indexFolder(corpus);
            report.problems().forEach(p -> System.err.println("skipped: " + p));
            System.out.println(report.summary());
            if (mergeSegments > 0 && report.indexed() > 0 && newsIndex.segmentCount() > mergeSegments) {
                long start = System.nanoTime();
                newsIndex.forceMerge(mergeSegments);
                System.out.printf(java.util.Locale.ROOT, "merged to %d segment(s) in %.1f s%n", newsIndex.segmentCount(),
                        (System.nanoTime() - start) / 1e9);
            }
            System.out.println("index " + index + " now holds " + newsIndex.count() + " articles");
            return report.skipped() > 0 ? NewsBridgeCli.EXIT_SKIPPED : 0;
        }
    }
}
