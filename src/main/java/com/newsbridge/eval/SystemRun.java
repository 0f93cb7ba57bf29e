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
            results.add(new QueryResult(q, ranking, Metrics.of(ranking, qrels.judgments(q.id())), error));
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
