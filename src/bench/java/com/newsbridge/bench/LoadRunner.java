package com.newsbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each send the next query of the mix as soon as the previous one answered
 * (each thread starts at a different point of the mix), until a request count or a time limit, whichever comes first.
 * Latencies go into per-thread HdrHistograms (microseconds, 3 significant digits), merged at the end, overall and per
 * query type. Being closed-loop, the figures are service times at that concurrency, not open-loop latencies at a set
 * arrival rate.
 */
final class LoadRunner {

    /** One client's way of running a query; created per thread, closed at the end. */
    interface Worker extends AutoCloseable {
        /** Runs one query; returns false for an unexpected answer (counted as an error). */
        boolean run(BenchQuery query) throws Exception;

        @Override
        default void close() {
        }
    }

    /** What one load level measured. */
    record Result(String target, int clients, long requests, long errors, double seconds, Histogram all,
                  Map<String, Histogram> byType, double cpuMsPerRequest, String load) {
        double qps() {
            return requests / seconds;
        }
    }

    private static final long HIGHEST_US = 120_000_000L;

    private LoadRunner() {
    }

    /** Runs the mix for at most {@code seconds} (after {@code warmupSeconds} unrecorded) or {@code maxRequests}. */
    static Result run(String target, int clients, List<BenchQuery> queries, Supplier<Worker> workers,
                      long maxRequests, double seconds, double warmupSeconds, LongSupplier cpuNanos)
            throws InterruptedException {
        if (warmupSeconds > 0) {
            phase(clients, queries, workers, Long.MAX_VALUE, warmupSeconds, null, cpuNanos);
        }
        return phase(clients, queries, workers, maxRequests, seconds, target, cpuNanos);
    }

    /** The 1-minute load average and the number of runnable tasks, from /proc/loadavg. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " (runnable " + f[3] + ")";
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Result phase(int clients, List<BenchQuery> queries, Supplier<Worker> workers, long maxRequests,
                                double seconds, String target, LongSupplier cpuNanos) throws InterruptedException {
        long cpu0 = cpuNanos.getAsLong();
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Histogram> alls = new ArrayList<>();
        List<Map<String, Histogram>> types = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        AtomicLong lastEnd = new AtomicLong(start);
        for (int c = 0; c < clients; c++) {
            Histogram all = new Histogram(HIGHEST_US, 3);
            Map<String, Histogram> byType = new TreeMap<>();
            alls.add(all);
            types.add(byType);
            int offset = (int) ((long) c * queries.size() / clients);
            Thread t = new Thread(() -> {
                try (Worker worker = workers.get()) {
                    int i = offset;
                    while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
                        BenchQuery q = queries.get(i++ % queries.size());
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = worker.run(q);
                        } catch (Exception e) {
                            ok = false;
                        }
                        long us = Math.min(HIGHEST_US, Math.max(1, (System.nanoTime() - t0) / 1_000));
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        all.recordValue(us);
                        byType.computeIfAbsent(q.type(), k -> new Histogram(HIGHEST_US, 3)).recordValue(us);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (lastEnd.get() - start) / 1e9;
        Histogram all = new Histogram(HIGHEST_US, 3);
        Map<String, Histogram> byType = new TreeMap<>();
        alls.forEach(all::add);
        for (Map<String, Histogram> m : types) {
            m.forEach((k, h) -> byType.computeIfAbsent(k, x -> new Histogram(HIGHEST_US, 3)).add(h));
        }
        double cpuMs = (cpuNanos.getAsLong() - cpu0) / 1e6 / Math.max(1, all.getTotalCount() + errors.get());
        return new Result(target, clients, all.getTotalCount(), errors.get(), elapsed, all, byType, cpuMs, loadAverage());
    }

    /** Milliseconds at a percentile. */
    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    static double maxMs(Histogram h) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1000.0;
    }
}
