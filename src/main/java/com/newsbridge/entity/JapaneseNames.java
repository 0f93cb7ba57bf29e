package com.newsbridge.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds Japanese names written in Chinese characters (桥本龙太郎, 小泽一郎), which HanLP's Chinese name model cuts up
 * and its Japanese name model — switched off for its many false names (中国 is also a Japanese surname) — would find.
 * A Japanese name is a family name and a given name of HanLP's Japanese name dictionary ({@code nrj}: x family
 * names, m given names) side by side, both at word boundaries; here the family name must have two or three characters,
 * the given name two or three (一郎 is one, 五十 + 一 is a number), the family name may hold no numeral, and neither
 * may be an ordinary word of HanLP's core dictionary (中国, 走出), which keeps the false names out. Once the full name is in the text, the family name alone (桥本) names the same person.
 * Stateless and thread-safe.
 */
final class JapaneseNames {

    private JapaneseNames() {
    }

    /** Returns the Japanese names of {@code text} (full names, then family names written alone), in order. */
    static List<String> find(String text, List<Term> terms, int[] starts) {
        boolean[] boundary = null; // built when a family name is first found: most texts have none
        Set<String> names = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (int k = 0; k < terms.size(); k++) {
            String nature = terms.get(k).nature.toString();
            if (!(nature.startsWith("nr") || nature.startsWith("ns") || nature.equals("nz") || nature.equals("nx"))) {
                continue; // HanLP reads a Japanese family name, or the name it begins, as a name or a place
            }
            int at = starts[k];
            for (int family = 3; family >= 2; family--) {
                if (at + family >= text.length() || !isPart(text.substring(at, at + family), 'x')) {
                    continue;
                }
                String name = null;
                if (boundary == null) {
                    boundary = boundaries(text, terms, starts);
                }
                for (int given = 3; given >= 2 && name == null; given--) {
                    int end = at + family + given;
                    if (end <= text.length() && boundary[end] && isPart(text.substring(at + family, end), 'm')) {
                        name = text.substring(at, end);
                    }
                }
                if (name != null) {
                    names.add(name);
                    families.add(text.substring(at, at + family));
                    break;
                }
            }
        }
        List<String> found = new ArrayList<>(names);
        if (names.isEmpty()) {
            return found;
        }
        for (String family : families) {
            for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
                int from = at;
                int end = at + family.length();
                boolean alone = boundary[at] && boundary[end] && names.stream().noneMatch(n -> text.startsWith(n, from));
                if (alone) {
                    found.add(family);
                    break;
                }
            }
        }
        return found;
    }

    /** Marks the offsets of {@code text} where a word of {@code terms} (at offsets {@code starts}) begins or ends. */
    private static boolean[] boundaries(String text, List<Term> terms, int[] starts) {
        boolean[] boundary = new boolean[text.length() + 1];
        for (int k = 0; k < terms.size(); k++) {
            boundary[starts[k]] = true;
            boundary[Math.min(text.length(), starts[k] + terms.get(k).word.length())] = true;
        }
        return boundary;
    }

    /** Returns true when {@code word} is a Japanese family name ('x') or given name ('m') and no ordinary word. */
    private static boolean isPart(String word, char kind) {
        Character found = JapanesePersonDictionary.get(word);
        if (found == null || found != kind
                || kind == 'x' && word.chars().anyMatch(c -> "一二三四五六七八九十百千万个两".indexOf(c) >= 0)) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null || attribute.nature[0].toString().startsWith("nr");
    }

    /** Puts the Japanese names of the text into {@code mentions} as people, replacing pieces HanLP made of them. */
    static void apply(String text, List<Term> terms, int[] starts, Map<String, ChineseEntityRecognizer.Mention> mentions) {
        List<String> names = find(text, terms, starts);
        if (names.isEmpty()) {
            return;
        }
        mentions.values().removeIf(m -> m.type() == EntityType.PERSON && !names.contains(m.text())
                && names.stream().anyMatch(n -> n.contains(m.text())));
        for (String name : names) {
            mentions.putIfAbsent(name, new ChineseEntityRecognizer.Mention(name, EntityType.PERSON));
        }
    }
}
