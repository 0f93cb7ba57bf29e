package com.newsbridge.eval;

import java.util.List;

/** A search system under evaluation: returns the ranked article ids of a query. */
public interface RetrievalSystem extends AutoCloseable {

    /** Returns the short name used in tables and run files, e.g. {@code newsbridge}. */
    String name();

    /** Returns how many articles the system holds. */
    int size();

    /**
     * Returns the ids of the top {@code depth} articles for {@code query}, best first.
     *
     * @throws RuntimeException when the query cannot be run (counted as an error with an empty ranking)
     */
    List<String> search(String query, int depth);

    @Override
    void close();
}
