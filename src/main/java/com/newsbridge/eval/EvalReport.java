package com.newsbridge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats retrieval results: side-by-side text or Markdown tables, and JSON. */
public final class EvalReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalReport() {
    }

    /**
     * Returns a plain-text table: one row per query type, each metric for every system side by side, then P@10 over
     * the queries with at least 10 relevant documents and their number.
     */
    public static String table(SetResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d queries, %d articles (%s)%n", result.name(), result.queries(),
                result.articles(), result.corpus()));
        List<SystemRun> runs = result.runs();
        if (runs.isEmpty()) {
            return sb.toString();
        }
        int width = 8 * runs.size() + 2;
        sb.append(String.format(Locale.ROOT, "%-22s %5s", "type", "n"));
        for (String metric : MetricSet.NAMES) {
            sb.append(String.format(Locale.ROOT, " | %-" + width + "s", metric));
        }
        sb.append(String.format(Locale.ROOT, " | %-" + width + "s %5s", "P@10≥10", "n≥10"));
        sb.append('\n').append(String.format(Locale.ROOT, "%-22s %5s", "", ""));
        for (int m = 0; m <= MetricSet.NAMES.size(); m++) {
            sb.append(" |");
            for (SystemRun run : runs) {
                sb.append(String.format(Locale.ROOT, " %7s", abbreviate(run.system())));
            }
            sb.append("  ");
        }
        sb.append('\n');
        List<Map<String, SystemRun.FullPagePrecision>> fullPages = runs.stream().map(SystemRun::fullPagePrecision).toList();
        Map<String, Integer> counts = runs.get(0).counts();
        List<Map<String, MetricSet>> byType = runs.stream().map(SystemRun::byType).toList();
        for (var e : counts.entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-22s %5d", e.getKey(), e.getValue()));
            for (String metric : MetricSet.NAMES) {
                sb.append(" |");
                for (Map<String, MetricSet> means : byType) {
                    sb.append(String.format(Locale.ROOT, " %7.4f", means.get(e.getKey()).get(metric)));
                }
                sb.append("  ");
            }
            sb.append(" |");
            int n = fullPages.get(0).get(e.getKey()).n();
            for (Map<String, SystemRun.FullPagePrecision> full : fullPages) {
                sb.append(n == 0 ? String.format(Locale.ROOT, " %7s", "-")
                        : String.format(Locale.ROOT, " %7.4f", full.get(e.getKey()).p10()));
            }
            sb.append(String.format(Locale.ROOT, "   %5d", n));
            sb.append('\n');
        }
        for (SystemRun run : runs) {
            if (!run.errors().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%s: %d queries failed, e.g. %s: %s%n", run.system(),
                        run.errors().size(), run.errors().get(0).query().id(), run.errors().get(0).error()));
            }
        }
        return sb.toString();
    }

    /**
     * Returns a Markdown table like {@link #table}, with system columns labelled {@code base}/{@code NB}; next to P@10,
     * P@10 over the queries with at least 10 relevant documents ({@code P@10≥10}, "–" when there are none) and their
     * number ({@code n≥10}).
     */
    public static String markdown(SetResult result) {
        StringBuilder sb = new StringBuilder();
        List<SystemRun> runs = result.runs();
        sb.append("| type | n |");
        int columns = 1;
        for (String metric : MetricSet.NAMES) {
            for (SystemRun run : runs) {
                sb.append(' ').append(metric).append(' ').append(abbreviate(run.system())).append(" |");
                columns++;
            }
            if (metric.equals("P@10")) {
                for (SystemRun run : runs) {
                    sb.append(" P@10≥10 ").append(abbreviate(run.system())).append(" |");
                    columns++;
                }
                sb.append(" n≥10 |");
                columns++;
            }
        }
        sb.append("\n|---|");
        sb.append("---:|".repeat(columns));
        sb.append('\n');
        Map<String, Integer> counts = runs.get(0).counts();
        List<Map<String, MetricSet>> byType = runs.stream().map(SystemRun::byType).toList();
        List<Map<String, SystemRun.FullPagePrecision>> fullPages = runs.stream().map(SystemRun::fullPagePrecision).toList();
        for (var e : counts.entrySet()) {
            boolean all = e.getKey().equals(SystemRun.ALL);
            sb.append("| ").append(all ? "**all**" : e.getKey()).append(" | ").append(e.getValue()).append(" |");
            for (String metric : MetricSet.NAMES) {
                for (Map<String, MetricSet> means : byType) {
                    String v = String.format(Locale.ROOT, "%.3f", means.get(e.getKey()).get(metric));
                    sb.append(' ').append(all ? "**" + v + "**" : v).append(" |");
                }
                if (metric.equals("P@10")) {
                    int n = fullPages.get(0).get(e.getKey()).n();
                    for (Map<String, SystemRun.FullPagePrecision> full : fullPages) {
                        String v = n == 0 ? "–" : String.format(Locale.ROOT, "%.3f", full.get(e.getKey()).p10());
                        sb.append(' ').append(all && n > 0 ? "**" + v + "**" : v).append(" |");
                    }
                    sb.append(' ').append(n).append(" |");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Returns the figures of several sets as a JSON-ready tree. */
    public static Map<String, Object> json(List<SetResult> results) {
        List<Object> sets = new ArrayList<>();
        for (SetResult r : results) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("name", r.name());
            set.put("corpus", r.corpus());
            set.put("articles", r.articles());
            set.put("queries", r.queries());
            set.put("queriesWithoutRelevant", r.unjudged());
            set.put("counts", r.runs().isEmpty() ? Map.of() : r.runs().get(0).counts());
            Map<String, Object> systems = new LinkedHashMap<>();
            for (SystemRun run : r.runs()) {
                Map<String, Object> sys = new LinkedHashMap<>();
                Map<String, Object> types = new LinkedHashMap<>();
                run.byType().forEach((type, m) -> types.put(type, m.asMap()));
                sys.put("metrics", types);
                Map<String, Object> fullPages = new LinkedHashMap<>();
                run.fullPagePrecision().forEach((type, f) -> fullPages.put(type, Map.of("P@10", f.p10(), "n", f.n())));
                sys.put("p10AtLeast10Relevant", fullPages);
                sys.put("errors", run.errors().size());
                systems.put(run.system(), sys);
            }
            set.put("systems", systems);
            sets.add(set);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("depth", RetrievalEvaluation.DEPTH);
        root.put("sets", sets);
        return root;
    }

    /** Writes any JSON-ready tree to a file. */
    public static void writeJson(Path file, Object tree) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            JSON.writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String abbreviate(String system) {
        return switch (system) {
            case BaselineSystem.NAME -> "base";
            case NewsBridgeSystem.NAME -> "NB";
            default -> system;
        };
    }
}
