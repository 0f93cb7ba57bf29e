package com.newsbridge.eval;

import java.util.List;

/**
 * What one system did for one query.
 *
 * @param query    the query
 * @param ranking  the returned ids, best first (empty on error)
 * @param metrics  the query's metrics
 * @param error    the error message when the query could not be run, else {@code null}
 * @param relevant how many documents are judged relevant to the query
 */
public record QueryResult(EvalQuery query, List<String> ranking, MetricSet metrics, String error, int relevant) {

    public QueryResult {
        ranking = List.copyOf(ranking);
    }
}
