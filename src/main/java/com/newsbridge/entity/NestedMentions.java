package com.newsbridge.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drops names that a text mentions only inside longer names: 中国 in 中国共产党中央委员会, 国务院 in 国务院新闻办公室,
 * 上海 in 上海市. Names are placed longest first; every occurrence of a name that lies wholly inside an occurrence of a
 * longer name already placed is nested, and a name with no free occurrence is not a mention of its own. Annotated
 * news corpora (People's Daily, MSRA) count only the outermost name, and so does a reader.
 */
final class NestedMentions {

    private NestedMentions() {
    }

    /**
     * Returns the names of {@code names} that occur in {@code text} at least once outside a longer name of the list,
     * in the order given. Names that do not occur in the text at all are kept (they came from elsewhere).
     */
    static List<String> outermost(String text, List<String> names) {
        return outermost(text, names, (start, end) -> true);
    }

    /** Tells whether an occurrence {@code [start, end)} of a name may count (e.g. it falls on word boundaries). */
    @FunctionalInterface
    interface Occurrences {
        boolean counts(int start, int end);
    }

    /**
     * Like {@link #outermost(String, List)}, but an occurrence of a name in {@code checked} counts only when
     * {@code occurrences} accepts it: a known name written inside a longer word (民主党 in 民主党派) is no mention.
     */
    static List<String> outermost(String text, List<String> names, java.util.Set<String> checked,
                                  Occurrences occurrences) {
        return outermost(text, names, (start, end) -> !checked.contains(text.substring(start, end))
                || occurrences.counts(start, end));
    }

    private static List<String> outermost(String text, List<String> names, Occurrences occurrences) {
        List<String> byLength = new ArrayList<>(names);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        List<int[]> placed = new ArrayList<>();
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (String name : byLength) {
            if (name.isEmpty()) {
                continue;
            }
            boolean occurs = false;
            boolean free = false;
            List<int[]> spans = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                occurs = true;
                int end = at + name.length();
                int from = at;
                if (occurrences.counts(from, end)
                        && placed.stream().noneMatch(s -> s[0] <= from && end <= s[1] && s[1] - s[0] > end - from)) {
                    free = true;
                    spans.add(new int[] {at, end});
                }
            }
            if (!occurs || free) {
                kept.add(name);
                placed.addAll(spans);
            }
        }
        return names.stream().filter(kept::contains).toList();
    }
}
