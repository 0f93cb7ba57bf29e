package com.newsbridge.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drops names that a text mentions only inside longer names: 特雷斯 in 古特雷斯, 监测总站 in 中国环境监测总站, 北京 in
 * 北京市. Names are placed longest first; every occurrence of a name that lies wholly inside an occurrence of a longer
 * name already placed is nested, and a name with no free occurrence is not a mention of its own. Annotated news
 * corpora (People's Daily, MSRA) count only the outermost name. The extractor applies this to what the recognizer
 * finds; known (gazetteer and learned) names are kept even when nested, because search wants them.
 */
final class NestedMentions {

    private NestedMentions() {
    }

    /**
     * Returns the names of {@code names} that occur in {@code text} at least once outside a longer name of the list,
     * in the order given. Names that do not occur in the text at all are kept (they came from elsewhere).
     */
    static List<String> outermost(String text, List<String> names) {
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
                if (placed.stream().noneMatch(s -> s[0] <= from && end <= s[1] && s[1] - s[0] > end - from)) {
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
