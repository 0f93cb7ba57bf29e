package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the Chinese mention of an English name in an article's Chinese text, so that one entity carries both names
 * ({@code Liu Jianchao · 刘建超}).
 *
 * <p>Two ways, tried in order:
 * <ol>
 *   <li><b>Pinyin</b>: a run of Chinese characters whose pinyin spells the English name ({@code Liu Jianchao} =
 *       刘建超 liu·jian·chao, {@code Zhangjiakou} = 张家口, {@code Huawei} = 华为) — Chinese people, places and brands.</li>
 *   <li><b>Transliteration</b> (people and places): the run of transliteration characters whose consonant skeleton is
 *       closest to the name or its last word ({@code Antony Blinken} = 布林肯, {@code Guterres} = 古特雷斯), when the
 *       similarity reaches {@link #MIN_SIMILARITY}.</li>
 * </ol>
 * Thread-safe and stateless.
 */
public final class NameLinker {

    /** Lowest transliteration similarity accepted. */
    static final double MIN_SIMILARITY = 0.75;

    /**
     * Returns the Chinese mention of {@code english} in {@code textZh}, or an empty string.
     *
     * @param taken Chinese names already given to other entities of the article; never returned
     */
    public String link(String english, EntityType type, String textZh, Set<String> taken) {
        if (textZh.isEmpty()) {
            return "";
        }
        String byPinyin = byPinyin(english, textZh, taken);
        if (!byPinyin.isEmpty() || (type != EntityType.PERSON && type != EntityType.PLACE)) {
            return byPinyin;
        }
        return byTransliteration(english, textZh, taken);
    }

    static String byPinyin(String english, String text, Set<String> taken) {
        String target = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (target.length() < 4) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            StringBuilder spelled = new StringBuilder();
            for (int j = i; j < text.length() && j - i < 8; j++) {
                String surname = j == i ? Pinyin.surname(text.charAt(j)) : null;
                String syllable = surname != null && target.startsWith(surname) ? surname : Pinyin.of(text.charAt(j));
                if (syllable == null) {
                    break;
                }
                spelled.append(syllable);
                if (!target.startsWith(spelled.toString())) {
                    break;
                }
                if (spelled.length() == target.length() && j > i) {
                    String candidate = text.substring(i, j + 1);
                    if (!taken.contains(candidate)) {
                        return candidate;
                    }
                    break;
                }
            }
        }
        return "";
    }

    static String byTransliteration(String english, String text, Set<String> taken) {
        String[] words = english.strip().split("[\\s]+");
        String last = words[words.length - 1];
        String best = "";
        double bestScore = 0;
        for (String run : Transliteration.runs(text)) {
            for (int from = 0; from < run.length(); from++) {
                for (int to = run.length(); to - from >= 2; to--) {
                    String candidate = run.substring(from, to);
                    if (candidate.startsWith("·") || candidate.endsWith("·") || taken.contains(candidate)) {
                        continue;
                    }
                    double score = Math.max(Transliteration.similarity(english, candidate),
                            Transliteration.similarity(last, candidate));
                    int keyLength = Transliteration.chineseKey(candidate).length();
                    // short skeletons (two consonants) only count for a whole run, never for a piece of a longer word
                    boolean confident = keyLength >= 3 ? score >= MIN_SIMILARITY
                            : score >= 1.0 && keyLength == 2 && from == 0 && to == run.length();
                    if (confident && (score > bestScore || (score == bestScore && candidate.length() > best.length()))) {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
        }
        return best.isEmpty() ? best : withGivenName(english, text, best, taken);
    }

    /** Extends a matched surname to the full written name (威廉·坎贝尔 for 坎贝尔) when that also matches. */
    private static String withGivenName(String english, String text, String surname, Set<String> taken) {
        int at = text.indexOf(surname);
        if (at < 2 || !(text.charAt(at - 1) == '·' || text.charAt(at - 1) == '•')) {
            return surname;
        }
        String best = surname;
        double bestScore = Math.max(MIN_SIMILARITY - 1e-9, Transliteration.similarity(english, surname));
        for (int start = at - 2; start >= Math.max(0, at - 5) && Pinyin.of(text.charAt(start)) != null; start--) {
            String full = text.substring(start, at + surname.length());
            double score = Transliteration.similarity(english, full);
            boolean longerSameSound = score == bestScore && !best.equals(surname)
                    && Transliteration.isTransliterationCharacter(text.charAt(start));
            if (!taken.contains(full) && (score > bestScore || longerSameSound)) {
                best = full;
                bestScore = score;
            }
        }
        return best;
    }
}
