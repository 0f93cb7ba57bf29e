package com.newsbridge.entity;

import com.hankcs.hanlp.corpus.tag.NR;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes Chinese names that HanLP cut one character short, by what the rest of the text says. A person named
 * several times is written the same way each time, while the words that follow a name change (罗昌 + 爱 in every
 * mention of 罗昌爱, but 张华 + 说, 在, 的): when every occurrence of a two-character name is followed by the same
 * character, and that character is a likely last character of a given name and not a word that usually follows names
 * (by the character-role frequencies of HanLP's person-name dictionary), the name is three characters long — unless a
 * title follows (徐迟先生) or the name is a surname with 氏 (高氏, "the Gao family").
 * Stateless and thread-safe.
 */
final class NameContinuations {

    /** How often, at least, the next character must have ended a given name among its uses in the dictionary. */
    private static final double GIVEN_NAME_END = 0.3;

    /** How often, at most, the next character may have followed a name (说, 在, 的 follow names). */
    private static final double AFTER_NAME = 0.2;

    private NameContinuations() {
    }

    /**
     * Returns the three-character name that {@code name} (two characters) is a part of in {@code text}, or {@code null}
     * when its occurrences do not all continue with the same likely given-name character.
     */
    static String continued(String text, String name) {
        if (name.length() != 2 || !ChineseSurnames.isAnySurname(name.charAt(0)) || name.charAt(1) == '氏') {
            return null;
        }
        char next = 0;
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end >= text.length()) {
                return null;
            }
            char c = text.charAt(end);
            if (count > 0 && c != next || startsTitle(text, end)) {
                return null; // 徐迟 + 先生: a title follows, not the rest of the name
            }
            next = c;
            count++;
        }
        if (count < 2 || !ArticleParser.isHan(next)
                || ChineseEntityRecognizer.hasFunctionCharacter(String.valueOf(next))) {
            return null;
        }
        double end = GluedNameLists.role(next, NR.D) + GluedNameLists.role(next, NR.E);
        return end >= GIVEN_NAME_END && GluedNameLists.role(next, NR.L) <= AFTER_NAME ? name + next : null;
    }

    private static boolean startsTitle(String text, int at) {
        for (String title : ChineseNameRepairs.PERSON_TITLES) {
            if (text.startsWith(title, at)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the person mentions of {@code mentions} that {@link #continued} completes by the whole names. */
    static void apply(String text, Map<String, ChineseEntityRecognizer.Mention> mentions) {
        List<String[]> replacements = new ArrayList<>();
        for (ChineseEntityRecognizer.Mention m : mentions.values()) {
            if (m.type() == EntityType.PERSON) {
                String whole = continued(text, m.text());
                if (whole != null) {
                    replacements.add(new String[] {m.text(), whole});
                }
            }
        }
        for (String[] r : replacements) {
            mentions.remove(r[0]);
            mentions.putIfAbsent(r[1], new ChineseEntityRecognizer.Mention(r[1], EntityType.PERSON));
        }
    }
}
