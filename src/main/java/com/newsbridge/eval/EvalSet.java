package com.newsbridge.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * A query set to evaluate: its corpus, queries and judgments.
 *
 * @param name    the set's name (e.g. {@code pd1998-zh})
 * @param corpora the corpus folders with their views
 * @param queries the query file
 * @param qrels   the qrels file
 */
public record EvalSet(String name, List<CorpusSpec> corpora, Path queries, Path qrels) {

    public EvalSet {
        corpora = List.copyOf(corpora);
    }
}
