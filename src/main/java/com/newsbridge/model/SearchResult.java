package com.newsbridge.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  number of matching articles
 * @param tookMs time spent searching, in milliseconds
 * @param page   1-based page number
 * @param size   page size
 * @param hits   the page of hits
 * @param facets facet name ({@code people}, {@code organizations}, {@code places}, {@code keywords}) to top values
 */
public record SearchResult(long total, long tookMs, int page, int size, List<SearchHit> hits,
                           Map<String, List<FacetValue>> facets) {
}
