package com.newsbridge.eval;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Script and romanization helpers for Chinese query variants, all from ICU4J (already a dependency through
 * lucene-analysis-icu): traditional script via {@code Simplified-Traditional}, and Hanyu Pinyin of personal names via
 * {@code Han-Latin} with a table of surname readings (ICU reads characters out of context, so {@code 曾} would become
 * {@code ceng} instead of the surname {@code Zeng}). Names are written as Chinese names are in English news: surname,
 * space, given name as one word, each capitalized ({@code 江泽民} → {@code Jiang Zemin}). Thread-safe.
 */
public final class ChineseNames {

    /** Two-character surnames recognized as such. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "令狐", "端木", "澹台", "申屠", "万俟", "闻人", "独孤", "南宫");
    /**
     * The most common single-character surnames (about the top 110 by population): a name must start with one to be
     * romanized, which keeps out most transliterated foreign names (贝多芬 is not Bei Duofen).
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓冯韩曹曾彭萧肖蔡潘田董袁于"
            + "余叶蒋杜苏魏程吕丁沈任姚卢钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白毛江闫薛尹段雷黎史龙钱贺陶顾龚郝邵万覃"
            + "武严汤赖洪傅付康孔向常莫易乔文齐朴";
    /** Surname readings that differ from the character's most common reading. */
    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('解', "xie"), Map.entry('乐', "yue"),
            Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('仇', "qiu"), Map.entry('朴', "piao"),
            Map.entry('盖', "ge"), Map.entry('覃', "qin"), Map.entry('缪', "miao"), Map.entry('翟', "zhai"),
            Map.entry('尉', "yu"), Map.entry('纪', "ji"), Map.entry('秘', "bi"), Map.entry('种', "chong"),
            Map.entry('任', "ren"), Map.entry('沈', "shen"), Map.entry('贾', "jia"), Map.entry('薄', "bo"),
            Map.entry('燕', "yan"), Map.entry('葛', "ge"), Map.entry('华', "hua"), Map.entry('宁', "ning"),
            Map.entry('召', "shao"), Map.entry('员', "yun"), Map.entry('长', "zhang"), Map.entry('重', "chong"),
            Map.entry('石', "shi"), Map.entry('柏', "bai"), Map.entry('藏', "zang"), Map.entry('繁', "po"));

    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

    private ChineseNames() {
    }

    /** Returns {@code text} in traditional characters (ICU's {@code Simplified-Traditional}). */
    public static String traditional(String text) {
        return TO_TRADITIONAL.get().transliterate(text);
    }

    /**
     * Returns the pinyin of a Chinese personal name ({@code 江泽民} → {@code Jiang Zemin}), or {@code null} when the name
     * is not two to four Han characters starting with a known surname.
     */
    public static String pinyinName(String name) {
        String n = name.strip();
        int len = n.length();
        if (len < 2 || len > 4 || !n.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return null;
        }
        String surname;
        if (len >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, 2))) {
            surname = n.substring(0, 2);
        } else if (SURNAMES.indexOf(n.charAt(0)) >= 0 && len <= 3) {
            surname = n.substring(0, 1);
        } else {
            return null; // four characters without a compound surname: usually two surnames (陈方安生) or a foreign name
        }
        String given = n.substring(surname.length());
        String surnamePinyin = surname.length() == 1 && SURNAME_READINGS.containsKey(surname.charAt(0))
                ? SURNAME_READINGS.get(surname.charAt(0))
                : syllables(surname);
        String givenPinyin = syllables(given);
        if (surnamePinyin == null || givenPinyin == null) {
            return null;
        }
        return capitalize(surnamePinyin) + " " + capitalize(givenPinyin);
    }

    /** Returns the toneless pinyin syllables of {@code han} joined without spaces, or {@code null} if not all Latin. */
    private static String syllables(String han) {
        String latin = TO_PINYIN.get().transliterate(han).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return latin.matches("[a-z]+") ? latin : null;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
