package com.newsbridge.bench;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.search.ArticleSearcher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * A/B comparison of two or more indexes of the same articles (e.g. different segment counts) within one JVM: every
 * query of the mix runs on each index in turn (rotating which goes first), single-threaded, so that other load on the
 * machine hits all of them alike. Records wall-clock and thread-CPU time per search.
 */
final class AbCompare {

    private AbCompare() {
    }

    static void run(List<Path> indexes, List<BenchQuery> queries, int rounds, int warmupRounds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<NewsIndex> opened = new ArrayList<>();
        List<ArticleSearcher> searchers = new ArrayList<>();
        try {
            for (Path p : indexes) {
                NewsIndex index = NewsIndex.open(p, EntityExtractor.bundled());
                opened.add(index);
                searchers.add(new ArticleSearcher(index));
            }
            int n = searchers.size();
            Histogram[] wall = new Histogram[n];
            Histogram[] cpu = new Histogram[n];
            for (int i = 0; i < n; i++) {
                wall[i] = new Histogram(60_000_000L, 3);
                cpu[i] = new Histogram(60_000_000L, 3);
            }
            long k = 0;
            for (int round = 0; round < warmupRounds + rounds; round++) {
                boolean record = round >= warmupRounds;
                for (BenchQuery q : queries) {
                    var request = q.toRequest();
                    for (int j = 0; j < n; j++) {
                        int i = (int) ((j + k) % n);
                        long c0 = mx.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        searchers.get(i).search(request);
                        long t1 = System.nanoTime();
                        long c1 = mx.getCurrentThreadCpuTime();
                        if (record) {
                            wall[i].recordValue(Math.max(1, (t1 - t0) / 1000));
                            cpu[i].recordValue(Math.max(1, (c1 - c0) / 1000));
                        }
                    }
                    k++;
                }
            }
            NewsBench.OUT.printf(Locale.ROOT, "%d queries x %d rounds, each on every index in turn (load %s)%n",
                    queries.size(), rounds, LoadRunner.loadAverage());
            NewsBench.OUT.println("| index | searches | wall p50 | wall p95 | wall p99 | wall mean | CPU p50 | CPU p95 | CPU p99 | CPU mean |");
            NewsBench.OUT.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (int i = 0; i < n; i++) {
                NewsBench.OUT.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                        indexes.get(i), wall[i].getTotalCount(), LoadRunner.ms(wall[i], 50), LoadRunner.ms(wall[i], 95),
                        LoadRunner.ms(wall[i], 99), wall[i].getMean() / 1000, LoadRunner.ms(cpu[i], 50),
                        LoadRunner.ms(cpu[i], 95), LoadRunner.ms(cpu[i], 99), cpu[i].getMean() / 1000);
            }
            NewsBench.OUT.println("(milliseconds; CPU = the searching thread's CPU time, which other processes on the"
                    + " machine disturb far less than wall time)");
        } finally {
            opened.forEach(NewsIndex::close);
        }
    }
}
