package com.newsbridge.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of one system on a query set.
 *
 * @param system  the system's name
 * @param results one result per evaluated query, in query file order
 */
public record SystemRun(String system, List<QueryResult> results) {

    /** The group name of all queries together. */
    public static final String ALL = "all";

    public SystemRun {
        results = List.copyOf(results);
    }

    /** Runs every query through {@code system} and scores it against {@code qrels}. */
    public static SystemRun run(RetrievalSystem system, List<EvalQuery> queries, Qrels qrels, int depth) {
        List<QueryResult> results = new ArrayList<>();
        for (EvalQuery q : queries) {
            List<String> ranking;
            String error = null;
            try {
                ranking = system.search(q.text(), depth);
            } catch (RuntimeException e) {
                ranking = List.of();
                error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            }
            results.add(new QueryResult(q, ranking, Metrics.of(ranking, qrels.judgments(q.id())), error,
                    qrels.relevantCount(q.id())));
        }
        return new SystemRun(system.name(), results);
    }

    /** Returns the mean metrics of all queries ({@link #ALL}) and of each type, types in alphabetical order. */
    public Map<String, MetricSet> byType() {
        Map<String, List<MetricSet>> groups = new TreeMap<>();
        for (QueryResult r : results) {
            groups.computeIfAbsent(r.query().type(), k -> new ArrayList<>()).add(r.metrics());
        }
        Map<String, MetricSet> means = new LinkedHashMap<>();
        means.put(ALL, MetricSet.mean(results.stream().map(QueryResult::metrics).toList()));
        groups.forEach((type, list) -> means.put(type, MetricSet.mean(list)));
        return means;
    }

    /**
     * P@10 over the queries that have at least 10 relevant documents, and how many those are.
     *
     * @param p10 mean P@10 of those queries (0 when there are none)
     * @param n   how many queries have at least 10 relevant documents
     */
    public record FullPagePrecision(double p10, int n) {
    }

    /**
     * Returns P@10 restricted to the queries with at least 10 relevant documents, overall ({@link #ALL}) and per type,
     * in {@link #byType()} order. Plain P@10 of a query with 3 relevant documents cannot exceed 0.3, so a type whose
     * names have few articles has a low P@10 however good the ranking; this is the figure without that cap.
     */
    public Map<String, FullPagePrecision> fullPagePrecision() {
        Map<String, List<QueryResult>> groups = new TreeMap<>();
        for (QueryResult r : results) {
            groups.computeIfAbsent(r.query().type(), k -> new ArrayList<>()).add(r);
        }
        Map<String, FullPagePrecision> out = new LinkedHashMap<>();
        out.put(ALL, fullPage(results));
        groups.forEach((type, list) -> out.put(type, fullPage(list)));
        return out;
    }

    private static FullPagePrecision fullPage(List<QueryResult> list) {
        List<QueryResult> full = list.stream().filter(r -> r.relevant() >= 10).toList();
        double p = full.stream().mapToDouble(r -> r.metrics().p10()).average().orElse(0);
        return new FullPagePrecision(p, full.size());
    }

    /** Returns the number of queries of each group, in {@link #byType()} order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (QueryResult r : results) {
            counts.merge(r.query().type(), 1, Integer::sum);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put(ALL, results.size());
        ordered.putAll(counts);
        return ordered;
    }

    /** Returns the results whose query failed. */
    public List<QueryResult> errors() {
        return results.stream().filter(r -> r.error() != null).toList();
    }
}
