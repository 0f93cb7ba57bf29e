package com.newsbridge.eval;

import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats {@link EntityEvaluation} results as text or Markdown tables and as JSON-ready maps, optionally with the
 * figures of a baseline (plain HanLP for Chinese recognition) in columns beside NewsBridge's.
 */
public final class EntityTables {

    private EntityTables() {
    }

    /** Formats a result as a text table (or Markdown), without a baseline. */
    public static String table(EntityEvaluation.Result r, boolean markdown) {
        return table(r, null, markdown);
    }

    /**
     * Formats a result as a text table (or Markdown); when {@code baseline} is not {@code null} its precision, recall
     * and F1 per type are printed beside NewsBridge's.
     */
    public static String table(EntityEvaluation.Result r, EntityEvaluation.Result baseline, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        List<EntityType> rows = new ArrayList<>(List.of(EntityType.values()));
        rows.removeIf(t -> !r.perType().containsKey(t));
        if (markdown) {
            sb.append("| type | gold | predicted | P | R | F1 |");
            sb.append(baseline == null ? "\n|---|---:|---:|---:|---:|---:|\n"
                    : " HanLP P | HanLP R | HanLP F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (EntityType t : rows) {
                sb.append(mdRow(EntityEvaluation.label(t), r.perType().get(t), baselineOf(baseline, t)));
            }
            sb.append(mdRow("**micro (person/org/place)**", r.micro(), baseline == null ? null : baseline.micro()));
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "%s %s: %d articles, %d %s%s%n", r.corpus(), r.task(), r.articles(),
                r.items(), r.task().equals("typing") ? "keywords" : "gold entities",
                r.notes().isEmpty() ? "" : " " + r.notes()));
        sb.append(String.format(Locale.ROOT, "  %-28s %8s %9s %7s %7s %7s", "type", "gold", "predicted", "P", "R", "F1"));
        sb.append(baseline == null ? "\n" : String.format(Locale.ROOT, " | %9s %7s %7s %7s%n", "HanLP:pred", "P", "R", "F1"));
        for (EntityType t : rows) {
            sb.append(textRow(EntityEvaluation.label(t), r.perType().get(t), baselineOf(baseline, t)));
        }
        sb.append(textRow("micro (person/org/place)", r.micro(), baseline == null ? null : baseline.micro()));
        if (!r.confusion().isEmpty()) {
            sb.append("  confusion (rows gold, columns predicted):\n");
            sb.append(String.format(Locale.ROOT, "  %-14s", ""));
            for (EntityType p : EntityType.values()) {
                sb.append(String.format(Locale.ROOT, " %12s", EntityEvaluation.label(p)));
            }
            sb.append('\n');
            r.confusion().forEach((g, preds) -> {
                sb.append(String.format(Locale.ROOT, "  %-14s", EntityEvaluation.label(g)));
                for (EntityType p : EntityType.values()) {
                    sb.append(String.format(Locale.ROOT, " %12d", preds.getOrDefault(p, 0L)));
                }
                sb.append('\n');
            });
        }
        if (!r.examples().isEmpty()) {
            sb.append("  examples of errors:\n");
            r.examples().forEach((kind, list) -> sb.append("    ").append(kind).append(": ")
                    .append(String.join("; ", list)).append('\n'));
        }
        return sb.toString();
    }

    private static Prf baselineOf(EntityEvaluation.Result baseline, EntityType t) {
        return baseline == null ? null : baseline.perType().getOrDefault(t, Prf.ZERO);
    }

    /** JSON-ready form of a result, without a baseline. */
    public static Map<String, Object> json(EntityEvaluation.Result r) {
        return json(r, null);
    }

    /** JSON-ready form of a result; the baseline's figures, when given, under {@code baseline}. */
    public static Map<String, Object> json(EntityEvaluation.Result r, EntityEvaluation.Result baseline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", r.corpus());
        m.put("task", r.task());
        m.put("articles", r.articles());
        m.put("items", r.items());
        Map<String, Object> types = new LinkedHashMap<>();
        r.perType().forEach((t, prf) -> types.put(t.label(), prf.asMap()));
        m.put("perType", types);
        m.put("micro", r.micro().asMap());
        if (!r.confusion().isEmpty()) {
            Map<String, Object> conf = new LinkedHashMap<>();
            r.confusion().forEach((g, preds) -> {
                Map<String, Long> row = new LinkedHashMap<>();
                preds.forEach((p, n) -> row.put(p.label(), n));
                conf.put(g.label(), row);
            });
            m.put("confusion", conf);
        }
        m.put("notes", r.notes());
        m.put("examples", r.examples());
        if (baseline != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("system", "HanLP portable 1.8.6 out of the box (nr/ns/nt)");
            Map<String, Object> bTypes = new LinkedHashMap<>();
            baseline.perType().forEach((t, prf) -> bTypes.put(t.label(), prf.asMap()));
            b.put("perType", bTypes);
            b.put("micro", baseline.micro().asMap());
            m.put("baseline", b);
        }
        return m;
    }

    private static String textRow(String label, Prf p, Prf b) {
        String row = String.format(Locale.ROOT, "  %-28s %8d %9d %7.4f %7.4f %7.4f", label, p.gold(), p.predicted(),
                p.precision(), p.recall(), p.f1());
        return row + (b == null ? "\n" : String.format(Locale.ROOT, " | %9d %7.4f %7.4f %7.4f%n", b.predicted(),
                b.precision(), b.recall(), b.f1()));
    }

    private static String mdRow(String label, Prf p, Prf b) {
        String row = String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |", label, p.gold(), p.predicted(),
                p.precision(), p.recall(), p.f1());
        return row + (b == null ? "\n" : String.format(Locale.ROOT, " %.3f | %.3f | %.3f |%n", b.precision(),
                b.recall(), b.f1()));
    }
}
