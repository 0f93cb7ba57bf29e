package com.newsbridge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query text into runs of Han characters and runs of everything else, so that each run can be searched with
 * the analyzer of its language. {@code 联合国UN} becomes {@code 联合国}, {@code UN}.
 */
final class ScriptRuns {

    private ScriptRuns() {
    }

    static List<String> split(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean currentHan = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean han = isHanCodePoint(cp);
            boolean neutral = Character.isWhitespace(cp) || isPunctuation(cp);
            if (!neutral && currentHan != null && han != currentHan) {
                runs.add(current.toString());
                current.setLength(0);
            }
            if (!neutral || current.length() > 0) {
                current.appendCodePoint(cp);
            }
            if (!neutral) {
                currentHan = han;
            }
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            runs.add(current.toString());
        }
        runs.replaceAll(String::strip);
        runs.removeIf(String::isEmpty);
        return runs;
    }

    static boolean isHan(String run) {
        return !run.isEmpty() && run.codePoints().anyMatch(ScriptRuns::isHanCodePoint);
    }

    private static boolean isHanCodePoint(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
