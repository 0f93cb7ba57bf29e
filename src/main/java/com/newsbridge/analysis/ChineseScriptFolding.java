package com.newsbridge.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Maps traditional Chinese characters to their simplified forms, one character to one character.
 *
 * <p>The table is computed once from ICU4J's {@code Traditional-Simplified} transform applied to every CJK character
 * of the Basic Multilingual Plane; only the mappings that yield a single character are kept, so that folding never
 * changes the length of the text and highlight offsets stay valid. Phrase-level conversions of the transform (a few
 * multi-character idioms) are therefore not applied; character-level folding is what matching needs.
 */
public final class ChineseScriptFolding {

    private static final char[] TABLE = buildTable();

    private ChineseScriptFolding() {
    }

    /** Returns the simplified form of {@code c}, or {@code c} itself. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** Returns {@code text} with every traditional character replaced by its simplified form. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TABLE[chars[i]];
        }
        return new String(chars);
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        mapRange(table, toSimplified, 0x3400, 0x4DBF);
        mapRange(table, toSimplified, 0x4E00, 0x9FFF);
        mapRange(table, toSimplified, 0xF900, 0xFAFF);
        return table;
    }

    private static void mapRange(char[] table, Transliterator transliterator, int from, int to) {
        for (int c = from; c <= to; c++) {
            String folded = transliterator.transliterate(String.valueOf((char) c));
            if (folded.length() == 1 && folded.charAt(0) != c) {
                table[c] = folded.charAt(0);
            }
        }
    }
}
