package com.newsbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.SearchResult;
import com.newsbridge.search.ArticleSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * NewsBridge's benchmark harness. Subcommands:
 * <ul>
 *   <li>{@code queries}: derive the query mix from a corpus;</li>
 *   <li>{@code search}: run the mix in-process ({@link ArticleSearcher#search}) and over HTTP (against a server it
 *       starts itself from the jar, or one at {@code --url}) at several client counts; prints QPS and latency
 *       percentiles side by side, per query type, the server's start-up time and peak RSS;</li>
 *   <li>{@code index}: indexing throughput against pure analysis of the same text;</li>
 *   <li>{@code startup}: time each step of a server start;</li>
 *   <li>{@code jfr}: summarize the CPU samples of a JFR recording.</li>
 * </ul>
 * See BENCHMARKS.md for how they are run and what they found.
 */
@Command(name = "newsbench", mixinStandardHelpOptions = true, subcommands = {
        NewsBench.Queries.class, NewsBench.Search.class, NewsBench.Index.class, NewsBench.Jfr.class,
        NewsBench.Startup.class, NewsBench.Merge.class, NewsBench.Ab.class})
public final class NewsBench {

    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsBench()).execute(args));
    }

    @Command(name = "queries", mixinStandardHelpOptions = true, description = "Derive a query mix from a corpus.")
    static final class Queries implements Callable<Integer> {
        @Option(names = "--corpus", required = true) Path corpus;
        @Option(names = "--out", required = true) Path out;
        @Option(names = "--count", defaultValue = "2000") int count;
        @Option(names = "--sample", defaultValue = "5000", description = "articles read to find words and names") int sample;
        @Option(names = "--seed", defaultValue = "1") long seed;

        @Override
        public Integer call() {
            List<BenchQuery> queries = QueryMix.derive(corpus, sample, count, seed);
            QueryMix.write(queries, out);
            Map<String, Integer> byType = new TreeMap<>();
            queries.forEach(q -> byType.merge(q.type(), 1, Integer::sum));
            OUT.println("wrote " + queries.size() + " queries to " + out + ": " + byType);
            return 0;
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Indexing throughput vs. pure analysis of the same articles.")
    static final class Index implements Callable<Integer> {
        @Option(names = "--corpus", required = true) Path corpus;
        @Option(names = "--work", defaultValue = "/tmp/newsbench-index", description = "scratch folder for indexes") Path work;
        @Option(names = "--passes", split = ",", defaultValue = "parse,analyze,analyze-all,index",
                description = "parse, analyze, analyze-all, bare, index, index-merge, raw-RAM_MB, rawadd-RAM_MB") List<String> passes;
        @Option(names = "--threads", split = ",", defaultValue = "2") List<Integer> threads;
        @Option(names = "--repeat", defaultValue = "1") int repeat;
        @Option(names = "--warmup-docs", defaultValue = "3000",
                description = "an unrecorded analyze-all pass over this many files first (JIT warm-up)") int warmupDocs;

        @Override
        public Integer call() throws Exception {
            IndexBench bench = new IndexBench(corpus, work);
            OUT.printf(Locale.ROOT, "corpus %s: %d files; %d cores; max heap %d MB%n", corpus, bench.fileCount(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            if (warmupDocs > 0) {
                Path sub = Files.createTempDirectory("newsbench-warmup");
                try {
                    List<Path> files = com.newsbridge.ingest.CorpusReader.listArticleFiles(corpus);
                    for (int i = 0; i < Math.min(warmupDocs, files.size()); i++) {
                        Files.createSymbolicLink(sub.resolve(i + "-" + files.get(i).getFileName()), files.get(i).toAbsolutePath());
                    }
                    IndexBench warm = new IndexBench(sub, work);
                    warm.run("analyze-all", Runtime.getRuntime().availableProcessors());
                    warm.run("index", Runtime.getRuntime().availableProcessors());
                } finally {
                    IndexBench.deleteTree(sub);
                }
            }
            Map<Integer, List<Double>> analyzeRate = new TreeMap<>();
            Map<Integer, List<Double>> analyzeCpuRate = new TreeMap<>();
            List<IndexBench.Result> results = new ArrayList<>();
            OUT.println("pass          threads  docs     seconds  docs/s    MB/s   CPU-s  MB/CPU-s  load");
            for (int r = 0; r < repeat; r++) {
                for (int t : threads) {
                    for (String pass : passes) {
                        System.gc();
                        IndexBench.Result res = bench.run(pass, t);
                        results.add(res);
                        if (pass.equals("analyze")) {
                            analyzeRate.computeIfAbsent(t, k -> new ArrayList<>()).add(res.mbPerSecond());
                            analyzeCpuRate.computeIfAbsent(t, k -> new ArrayList<>()).add(res.mbPerCpuSecond());
                        }
                        OUT.printf(Locale.ROOT, "%-13s %7d  %-7d  %7.1f  %7.0f  %6.2f  %6.1f  %6.2f    %s%n", pass, t,
                                res.docs(), res.seconds(), res.docsPerSecond(), res.mbPerSecond(), res.cpuSeconds(),
                                res.mbPerCpuSecond(), LoadRunner.loadAverage());
                    }
                }
            }
            OUT.println();
            OUT.println("summary: median of the runs (min–max); ratio = MB/s over the 'analyze' pass's median MB/s at the"
                    + " same thread count; CPU ratio the same per CPU-second (less sensitive to other load on the machine)");
            OUT.println("| pass | threads | runs | docs/s | MB/s | MB per CPU-s | ratio to analyze (wall) | ratio (CPU) |");
            OUT.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Map<String, List<IndexBench.Result>> grouped = new LinkedHashMap<>();
            for (IndexBench.Result res : results) {
                grouped.computeIfAbsent(res.pass() + "@" + res.threads(), k -> new ArrayList<>()).add(res);
            }
            for (List<IndexBench.Result> group : grouped.values()) {
                double[] mb = group.stream().mapToDouble(IndexBench.Result::mbPerSecond).sorted().toArray();
                double[] dps = group.stream().mapToDouble(IndexBench.Result::docsPerSecond).sorted().toArray();
                double[] cpu = group.stream().mapToDouble(IndexBench.Result::mbPerCpuSecond).sorted().toArray();
                IndexBench.Result first = group.get(0);
                List<Double> an = analyzeRate.get(first.threads());
                List<Double> anCpu = analyzeCpuRate.get(first.threads());
                String ratio = an == null ? "–" : String.format(Locale.ROOT, "%.2f", median(mb) / median(sorted(an)));
                String cpuRatio = anCpu == null ? "–" : String.format(Locale.ROOT, "%.2f", median(cpu) / median(sorted(anCpu)));
                OUT.printf(Locale.ROOT, "| %s | %d | %d | %.0f (%.0f–%.0f) | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) | %s | %s |%n",
                        first.pass(), first.threads(), group.size(), median(dps), dps[0], dps[dps.length - 1], median(mb),
                        mb[0], mb[mb.length - 1], median(cpu), cpu[0], cpu[cpu.length - 1], ratio, cpuRatio);
            }
            return 0;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time each step of a server start (run in a fresh JVM).")
    static final class Startup implements Callable<Integer> {
        @Option(names = "--index", required = true) Path index;

        @Override
        public Integer call() {
            StartupProbe.run(index);
            return 0;
        }
    }

    @Command(name = "ab", mixinStandardHelpOptions = true,
            description = "Compare indexes of the same articles query by query in one JVM (single thread).")
    static final class Ab implements Callable<Integer> {
        @Option(names = "--index", required = true, description = "two or more index folders") List<Path> indexes;
        @Option(names = "--queries", required = true) Path queriesFile;
        @Option(names = "--count", defaultValue = "1000", description = "queries of the file used") int count;
        @Option(names = "--rounds", defaultValue = "2") int rounds;
        @Option(names = "--warmup-rounds", defaultValue = "1") int warmupRounds;

        @Override
        public Integer call() {
            List<BenchQuery> queries = QueryMix.read(queriesFile);
            AbCompare.run(indexes, queries.subList(0, Math.min(count, queries.size())), rounds, warmupRounds);
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Force-merge an index to at most N segments (to compare query speed by segment count).")
    static final class Merge implements Callable<Integer> {
        @Option(names = "--index", required = true) Path index;
        @Option(names = "--segments", defaultValue = "1") int segments;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            long cpu0 = IndexBench.cpuNanos();
            try (var dir = org.apache.lucene.store.FSDirectory.open(index);
                 var writer = new org.apache.lucene.index.IndexWriter(dir,
                         new org.apache.lucene.index.IndexWriterConfig(NewsIndex.newAnalyzer())
                                 .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
                int before = segmentCount(dir);
                writer.forceMerge(segments);
                writer.commit();
                OUT.printf(Locale.ROOT, "%s: %d -> %d segments in %.1f s (%.1f CPU-s)%n", index, before,
                        segmentCount(dir), (System.nanoTime() - t0) / 1e9, (IndexBench.cpuNanos() - cpu0) / 1e9);
            }
            return 0;
        }
    }

    @Command(name = "jfr", mixinStandardHelpOptions = true, description = "Summarize a JFR recording's CPU samples.")
    static final class Jfr implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "FILE") List<Path> files;
        @Option(names = "--top", defaultValue = "25") int top;
        @Option(names = "--focus", split = ",", description = "also show the stacks through these methods (substring of class.method)")
        List<String> focus = List.of();

        @Override
        public Integer call() throws IOException {
            for (Path f : files) {
                JfrTop.print(f, top, OUT, focus);
            }
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Query load in-process and over HTTP at several client counts.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--index", description = "index folder (in-process runs, and the server this starts)") Path index;
        @Option(names = "--queries", required = true, description = "query file from 'queries'") Path queriesFile;
        @Option(names = "--clients", split = ",", defaultValue = "1,4,16") List<Integer> clients;
        @Option(names = "--requests", defaultValue = "20000", description = "at most this many requests per level") long requests;
        @Option(names = "--seconds", defaultValue = "30", description = "at most this long per level") double seconds;
        @Option(names = "--warmup-seconds", defaultValue = "10", description = "unrecorded load before each target's first level") double warmup;
        @Option(names = "--level-warmup-seconds", defaultValue = "2", description = "unrecorded load before every other level") double levelWarmup;
        @Option(names = "--inproc", negatable = true, defaultValue = "true", fallbackValue = "true") boolean inproc;
        @Option(names = "--http", negatable = true, defaultValue = "true", fallbackValue = "true") boolean http;
        @Option(names = "--url", description = "an already running server, e.g. http://127.0.0.1:7070 (else one is started)") String url;
        @Option(names = "--jar", defaultValue = "target/newsbridge.jar") Path jar;
        @Option(names = "--java", description = "java binary for the server (default: this JVM's)") String javaBinary;
        @Option(names = "--server-opts", defaultValue = "-Xmx512m", split = " ",
                description = "JVM options of the started server (space-separated)") List<String> serverOpts;
        @Option(names = "--port", defaultValue = "17070") int port;
        @Option(names = "--server-pid", defaultValue = "-1", description = "pid of the --url server, for its CPU time") long serverPidOption;
        @Option(names = "--server-log", defaultValue = "/tmp/newsbench-server.log") Path serverLog;
        @Option(names = "--startup-runs", defaultValue = "3", description = "extra server starts timed for start-up") int startupRuns;
        @Option(names = "--types", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "print per-query-type tables") boolean types;

        @Override
        public Integer call() throws Exception {
            List<BenchQuery> queries = QueryMix.read(queriesFile);
            OUT.printf(Locale.ROOT, "%d queries from %s; %d cores; clients %s; per level at most %d requests / %.0f s%n",
                    queries.size(), queriesFile, Runtime.getRuntime().availableProcessors(), clients, requests, seconds);
            List<LoadRunner.Result> results = new ArrayList<>();
            if (inproc) {
                if (index == null) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "--inproc needs --index");
                }
                results.addAll(inProcess(queries));
            }
            if (http) {
                results.addAll(overHttp(queries));
            }
            printTables(results);
            return 0;
        }

        private List<LoadRunner.Result> inProcess(List<BenchQuery> queries) throws Exception {
            List<LoadRunner.Result> out = new ArrayList<>();
            long t0 = System.nanoTime();
            try (NewsIndex newsIndex = NewsIndex.open(index, EntityExtractor.bundled())) {
                ArticleSearcher searcher = new ArticleSearcher(newsIndex);
                OUT.printf(Locale.ROOT, "in-process: opened %d articles in %.0f ms%n", newsIndex.count(), (System.nanoTime() - t0) / 1e6);
                resultSizes(queries, q -> searcher.search(q.toRequest()).total());
                boolean first = true;
                for (int c : clients) {
                    LoadRunner.Result r = LoadRunner.run("in-process", c, queries, () -> q -> {
                        SearchResult res = searcher.search(q.toRequest());
                        return res.total() >= 0;
                    }, requests, seconds, first ? warmup : levelWarmup, Search::ownCpuNanos);
                    first = false;
                    out.add(r);
                    printLevel(r);
                }
            }
            return out;
        }

        interface Total {
            long of(BenchQuery q) throws Exception;
        }

        /** Prints, per query type, the median and share of zero results (so the mix's selectivity is known). */
        private void resultSizes(List<BenchQuery> queries, Total total) throws Exception {
            Map<String, List<Long>> byType = new TreeMap<>();
            for (BenchQuery q : queries.subList(0, Math.min(500, queries.size()))) {
                byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(total.of(q));
            }
            OUT.println("result sizes over the first 500 queries (type: n, zero-hit share, median total, max total):");
            byType.forEach((type, totals) -> {
                long[] t = totals.stream().mapToLong(Long::longValue).sorted().toArray();
                long zero = Arrays.stream(t).filter(v -> v == 0).count();
                OUT.printf(Locale.ROOT, "  %-14s n=%-4d zero=%3.0f%%  median=%-7d max=%d%n", type, t.length,
                        100.0 * zero / t.length, t[t.length / 2], t[t.length - 1]);
            });
        }

        private List<LoadRunner.Result> overHttp(List<BenchQuery> queries) throws Exception {
            List<LoadRunner.Result> out = new ArrayList<>();
            Process server = null;
            long serverPid = -1;
            String host = "127.0.0.1";
            int p = port;
            if (url != null) {
                URI u = URI.create(url);
                host = u.getHost();
                p = u.getPort();
                serverPid = serverPidOption;
            } else {
                if (index == null) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "starting a server needs --index");
                }
                for (int i = 0; i < startupRuns; i++) {
                    Process s = startServer(host, p, true);
                    stop(s);
                }
                server = startServer(host, p, false);
                serverPid = server.pid();
            }
            try {
                String h = host;
                int hp = p;
                ObjectMapper json = new ObjectMapper();
                try (RawHttpClient probe = new RawHttpClient(h, hp)) {
                    resultSizes(queries, q -> {
                        RawHttpClient.Response r = probe.get(q.path());
                        if (r.status() != 200) {
                            throw new IllegalStateException("HTTP " + r.status() + " for " + q.path() + ": "
                                    + new String(r.body(), StandardCharsets.UTF_8));
                        }
                        JsonNode node = json.readTree(r.body());
                        return node.get("total").asLong();
                    });
                }
                boolean first = true;
                long pid = serverPid;
                for (int c : clients) {
                    LoadRunner.Result r = LoadRunner.run("HTTP", c, queries, () -> new LoadRunner.Worker() {
                        final RawHttpClient client = new RawHttpClient(h, hp);

                        @Override
                        public boolean run(BenchQuery q) throws Exception {
                            RawHttpClient.Response res = client.get(q.path());
                            return res.status() == 200 && res.body().length > 0 && res.body()[0] == '{';
                        }

                        @Override
                        public void close() {
                            client.close();
                        }
                    }, requests, seconds, first ? warmup : levelWarmup, () -> cpuNanos(pid));
                    first = false;
                    out.add(r);
                    printLevel(r);
                }
                if (server != null) {
                    OUT.println("server memory after the load: " + procStatus(server.pid()));
                }
            } finally {
                if (server != null) {
                    stop(server);
                }
            }
            return out;
        }

        /** Starts the server from the jar; prints the time to a healthy /api/health and to the first search. */
        private Process startServer(String host, int p, boolean quiet) throws Exception {
            String javaBin = javaBinary != null ? javaBinary : Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>();
            cmd.add(javaBin);
            serverOpts.stream().filter(s -> !s.isBlank()).forEach(cmd::add);
            cmd.addAll(List.of("-jar", jar.toString(), "serve", "--index", index.toString(), "--host", host,
                    "--port", Integer.toString(p), "--corpus", index.resolve("no-corpus").toString()));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile())).start();
            double readyMs = -1;
            double readyCpuMs = -1;
            try (RawHttpClient client = new RawHttpClient(host, p)) {
                long deadline = t0 + TimeUnit.SECONDS.toNanos(120);
                while (System.nanoTime() < deadline) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + serverLog);
                    }
                    try {
                        if (client.get("/api/health").status() == 200) {
                            readyMs = (System.nanoTime() - t0) / 1e6;
                            readyCpuMs = cpuNanos(process.pid()) / 1e6;
                            break;
                        }
                    } catch (IOException notYet) {
                        client.close();
                    }
                    Thread.sleep(10);
                }
                if (readyMs < 0) {
                    throw new IllegalStateException("server not ready after 120 s; see " + serverLog);
                }
                long q0 = System.nanoTime();
                RawHttpClient.Response first = client.get("/api/search?q=" + URLEncoder.encode("the", StandardCharsets.UTF_8));
                double firstQueryMs = (System.nanoTime() - q0) / 1e6;
                RawHttpClient.Response blank = client.get("/api/search?q=&sort=date");
                OUT.printf(Locale.ROOT, "server start%s: healthy after %.0f ms (process start to first 200 from /api/health;"
                                + " %.0f ms of CPU by then); first search %.0f ms (HTTP %d), then %s; %s; opts %s; load %s%n",
                        quiet ? " (start-up run)" : "", readyMs, readyCpuMs, firstQueryMs, first.status(),
                        blank.status() == 200 ? "ok" : "HTTP " + blank.status(), procStatus(process.pid()), serverOpts,
                        LoadRunner.loadAverage());
            }
            return process;
        }

        private static void stop(Process process) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }

        /** This JVM's CPU time (all threads). */
        static long ownCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** A process's user + system CPU time from /proc/PID/stat (clock ticks of 10 ms), or 0 when unknown. */
        static long cpuNanos(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** VmHWM (peak RSS) and VmRSS of a process, from /proc. */
        static String procStatus(long pid) {
            try {
                StringBuilder sb = new StringBuilder();
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
                        if (!sb.isEmpty()) {
                            sb.append(", ");
                        }
                        String[] parts = line.split("\\s+");
                        sb.append(parts[0].replace(":", "")).append(' ').append(Long.parseLong(parts[1]) / 1024).append(" MB");
                    }
                }
                return sb.toString();
            } catch (IOException | RuntimeException e) {
                return "(no /proc status)";
            }
        }

        private static void printLevel(LoadRunner.Result r) {
            Histogram h = r.all();
            OUT.printf(Locale.ROOT, "%-10s clients=%-3d n=%-6d errors=%-3d %6.1f s  %7.1f QPS  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms"
                            + "  CPU %.2f ms/req  load %s%n",
                    r.target(), r.clients(), r.requests(), r.errors(), r.seconds(), r.qps(), LoadRunner.ms(h, 50),
                    LoadRunner.ms(h, 95), LoadRunner.ms(h, 99), LoadRunner.maxMs(h), r.cpuMsPerRequest(), r.load());
        }

        private void printTables(List<LoadRunner.Result> results) {
            OUT.println();
            OUT.println("| target | clients | requests | errors | QPS | p50 ms | p95 ms | p99 ms | max ms | CPU ms/req | load avg |");
            OUT.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            for (LoadRunner.Result r : results) {
                Histogram h = r.all();
                OUT.printf(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n", r.target(),
                        r.clients(), r.requests(), r.errors(), r.qps(), LoadRunner.ms(h, 50), LoadRunner.ms(h, 95),
                        LoadRunner.ms(h, 99), LoadRunner.maxMs(h), r.cpuMsPerRequest(), r.load());
            }
            OUT.println("(CPU ms/req: CPU time of the in-process JVM, or of the server process over HTTP, per request;"
                    + " 2 cores / that = the QPS ceiling of an otherwise idle machine)");
            if (!types) {
                return;
            }
            for (LoadRunner.Result r : results) {
                OUT.println();
                OUT.printf(Locale.ROOT, "by query type, %s, %d client(s):%n", r.target(), r.clients());
                OUT.println("| type | n | p50 ms | p95 ms | p99 ms | max ms |");
                OUT.println("| --- | ---: | ---: | ---: | ---: | ---: |");
                r.byType().forEach((type, h) -> OUT.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", type,
                        h.getTotalCount(), LoadRunner.ms(h, 50), LoadRunner.ms(h, 95), LoadRunner.ms(h, 99), LoadRunner.maxMs(h)));
            }
        }
    }

    static int segmentCount(org.apache.lucene.store.Directory dir) throws IOException {
        return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size();
    }

    static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
