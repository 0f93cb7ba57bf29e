package com.newsbridge.model;

/**
 * One facet entry.
 *
 * @param value the filter value to send back (e.g. {@code person=value})
 * @param label the text to show, such as {@code Liu Jianchao · 刘建超}
 * @param count how many articles of the result set have it
 */
public record FacetValue(String value, String label, int count) {
}
