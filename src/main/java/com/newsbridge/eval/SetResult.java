package com.newsbridge.eval;

import java.util.List;

/**
 * The evaluation of one query set.
 *
 * @param name      the set's name
 * @param corpus    a description of the indexed corpus
 * @param articles  articles in the NewsBridge index
 * @param queries   queries evaluated (those with at least one relevant judgment)
 * @param unjudged  queries skipped because the qrels have no relevant document for them
 * @param runs      one run per system, baseline first when present
 */
public record SetResult(String name, String corpus, int articles, int queries, int unjudged, List<SystemRun> runs) {

    public SetResult {
        runs = List.copyOf(runs);
    }
}
