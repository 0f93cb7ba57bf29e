package com.newsbridge.entity;

import java.util.function.Function;

/**
 * Remembers, per thread, the value computed for the last key (compared by identity). Typing one article's keywords
 * asks the same questions of the same text once per keyword (is it a sports report? its English text); this answers
 * the repeats without computing them again, and holds at most one key per thread.
 */
final class LastComputed<K, V> {

    private final Function<K, V> compute;
    private final ThreadLocal<Entry<K, V>> last = new ThreadLocal<>();

    private record Entry<K, V>(K key, V value) {
    }

    LastComputed(Function<K, V> compute) {
        this.compute = compute;
    }

    /** Returns the value for {@code key}: remembered when the thread's previous call had the very same key. */
    V get(K key) {
        Entry<K, V> entry = last.get();
        if (entry == null || entry.key() != key) {
            entry = new Entry<>(key, compute.apply(key));
            last.set(entry);
        }
        return entry.value();
    }
}
