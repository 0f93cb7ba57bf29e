package com.newsbridge.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expected figures of a regression (Anserini style): {@code set<TAB>type<TAB>metric<TAB>value} per line, where type
 * is a query type or {@code all}, metric one of {@link MetricSet#NAMES} or {@code queries} (the number of judged
 * queries, compared exactly). Lines starting with {@code #} are comments.
 */
public final class RegressionFile {

    /** The metric name of the query count rows. */
    public static final String QUERIES = "queries";

    /**
     * One expected value.
     *
     * @param set    set name
     * @param type   query type or {@code all}
     * @param metric metric name or {@code queries}
     * @param value  expected value
     */
    public record Expectation(String set, String type, String metric, double value) {
    }

    private RegressionFile() {
    }

    public static List<Expectation> read(Path file) {
        List<Expectation> list = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected set<TAB>type<TAB>metric<TAB>value");
                }
                list.add(new Expectation(cols[0], cols[1], cols[2], Double.parseDouble(cols[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return list;
    }

    /** Returns the expectations of a system's figures: query counts and every metric, overall and per type. */
    public static List<Expectation> of(List<SetResult> results, String system) {
        List<Expectation> list = new ArrayList<>();
        for (SetResult r : results) {
            for (SystemRun run : r.runs()) {
                if (!run.system().equals(system)) {
                    continue;
                }
                Map<String, Integer> counts = run.counts();
                run.byType().forEach((type, metrics) -> {
                    list.add(new Expectation(r.name(), type, QUERIES, counts.get(type)));
                    for (String m : MetricSet.NAMES) {
                        list.add(new Expectation(r.name(), type, m, metrics.get(m)));
                    }
                });
            }
        }
        return list;
    }

    /** Returns the actual value of an expectation in {@code results}, or {@code null} when the set or type is absent. */
    public static Double actual(List<SetResult> results, String system, Expectation e) {
        for (SetResult r : results) {
            if (!r.name().equals(e.set())) {
                continue;
            }
            for (SystemRun run : r.runs()) {
                if (!run.system().equals(system)) {
                    continue;
                }
                if (e.metric().equals(QUERIES)) {
                    Integer n = run.counts().get(e.type());
                    return n == null ? null : n.doubleValue();
                }
                MetricSet m = run.byType().get(e.type());
                return m == null ? null : m.get(e.metric());
            }
        }
        return null;
    }

    public static void write(Path file, List<Expectation> expectations, String header) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String h : header.split("\n")) {
                    out.write("# " + h + "\n");
                }
                out.write("# set\ttype\tmetric\texpected\n");
                for (Expectation e : expectations) {
                    String value = e.metric().equals(QUERIES) ? Long.toString(Math.round(e.value()))
                            : String.format(Locale.ROOT, "%.4f", e.value());
                    out.write(e.set() + "\t" + e.type() + "\t" + e.metric() + "\t" + value + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
