package com.newsbridge.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Toneless pinyin of Chinese characters, from ICU4J's {@code Han-Latin} transform (one reading per character, the
 * most common one). The table for the CJK Unified Ideographs block is built once, on first use (about half a second).
 */
public final class Pinyin {

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;

    private Pinyin() {
    }

    private static final class Table {
        static final String[] SYLLABLES = build();

        private static String[] build() {
            Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
            String[] table = new String[LAST - FIRST + 1];
            for (int c = FIRST; c <= LAST; c++) {
                String s = toLatin.transliterate(String.valueOf((char) c)).strip().toLowerCase(Locale.ROOT);
                table[c - FIRST] = s.isEmpty() || !s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? null : s;
            }
            return table;
        }
    }

    /** Every syllable of the table that has a vowel (the interjections n, m, ng, hm are left out). */
    private static final class Syllables {
        static final java.util.Set<String> ALL = build();

        private static java.util.Set<String> build() {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (String s : Table.SYLLABLES) {
                if (s != null && s.chars().anyMatch(c -> "aeiouv".indexOf(c) >= 0)) {
                    all.add(s);
                }
            }
            return all;
        }
    }

    /**
     * Returns true when the letters of {@code latin} (case and everything but a–z ignored) read as a sequence of
     * pinyin syllables: {@code Donghai} (dong·hai) and {@code Jiang Zemin} do, {@code Spokane} and {@code Sharma}
     * do not.
     */
    public static boolean isPinyin(String latin) {
        String s = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (s.isEmpty()) {
            return false;
        }
        boolean[] reachable = new boolean[s.length() + 1];
        reachable[0] = true;
        for (int i = 0; i < s.length(); i++) {
            if (!reachable[i]) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(s.length(), i + 6); end++) {
                if (Syllables.ALL.contains(s.substring(i, end))) {
                    reachable[end] = true;
                }
            }
        }
        return reachable[s.length()];
    }

    /** Surnames read differently from the character's common reading (解 is jie, but Xie as a surname). */
    private static final java.util.Map<Character, String> SURNAME_READINGS = java.util.Map.ofEntries(
            java.util.Map.entry('解', "xie"), java.util.Map.entry('单', "shan"), java.util.Map.entry('曾', "zeng"),
            java.util.Map.entry('仇', "qiu"), java.util.Map.entry('朴', "piao"), java.util.Map.entry('区', "ou"),
            java.util.Map.entry('查', "zha"), java.util.Map.entry('盖', "ge"), java.util.Map.entry('缪', "miao"),
            java.util.Map.entry('乐', "yue"), java.util.Map.entry('覃', "qin"), java.util.Map.entry('翟', "zhai"),
            java.util.Map.entry('尉', "yu"), java.util.Map.entry('折', "she"), java.util.Map.entry('种', "chong"),
            java.util.Map.entry('长', "zhang"), java.util.Map.entry('沈', "shen"), java.util.Map.entry('柏', "bai"));

    /** Returns true when {@code c} is read differently as a surname (解 Xie, 曾 Zeng, 单 Shan ...). */
    public static boolean hasSurnameReading(char c) {
        return SURNAME_READINGS.containsKey(com.newsbridge.analysis.ChineseScriptFolding.fold(c));
    }

    /** Returns the surname reading of {@code c}: its special surname reading when it has one, else {@link #of}. */
    public static String surname(char c) {
        String special = SURNAME_READINGS.get(com.newsbridge.analysis.ChineseScriptFolding.fold(c));
        return special != null ? special : of(c);
    }

    /** Returns the pinyin syllable of {@code c} without tone, or {@code null} when {@code c} is not a Han character. */
    public static String of(char c) {
        c = com.newsbridge.analysis.ChineseScriptFolding.fold(c);
        return c >= FIRST && c <= LAST ? Table.SYLLABLES[c - FIRST] : null;
    }

    /**
     * Returns the syllables of {@code text} separated by spaces, e.g. {@code liu jian chao}; {@code null} when a
     * character has no pinyin.
     */
    public static String syllables(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String s = of(text.charAt(i));
            if (s == null) {
                return null;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(s);
        }
        return out.toString();
    }

    /**
     * Returns the forms under which a Chinese person name is written in Latin letters: surname and given name
     * ({@code liu jianchao}) and joined ({@code liujianchao}); empty when the name has no pinyin. Names of two to four
     * characters; the surname is the first character (compound surnames are rare enough to ignore here).
     */
    public static java.util.List<String> nameForms(String chineseName) {
        if (chineseName.length() < 2 || chineseName.length() > 4) {
            return java.util.List.of();
        }
        String surname = surname(chineseName.charAt(0));
        String given = syllables(chineseName.substring(1));
        if (surname == null || given == null) {
            return java.util.List.of();
        }
        String givenJoined = given.replace(" ", "");
        return java.util.List.of(surname + " " + givenJoined, surname + givenJoined);
    }
}
