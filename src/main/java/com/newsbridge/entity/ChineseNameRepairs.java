package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.ingest.ArticleParser;
import java.util.List;

/**
 * The checks and repairs {@link ChineseEntityRecognizer} applies to the person names HanLP reports: names cut short
 * (a third character left behind, a transliteration cut in the middle), titles glued to a name, and words HanLP takes
 * for names that are no names (a surname-like character before a function word, a number and a measure word).
 */
final class ChineseNameRepairs {

    private ChineseNameRepairs() {
    }

    /**
     * A Chinese name's given name does not end in a function character (江南和), a two-character name's given name is
     * not a function character or a speech verb (党在, 时说, 曾以), and 余/万 before a measure word is a number (余人,
     * 万元). Function characters inside a longer given name are fine (刘也刚, 张和平).
     */
    static boolean isPlausibleGivenName(String word) {
        char last = word.charAt(word.length() - 1);
        if (ChineseEntityRecognizer.hasFunctionCharacter(String.valueOf(last)) || last == '地') {
            return false;
        }
        if (word.length() == 2 && "说以于出至又".indexOf(last) >= 0) {
            return false;
        }
        return !("余万千".indexOf(word.charAt(0)) >= 0 && "人元次名件种亩个位家".indexOf(word.charAt(1)) >= 0);
    }

    /**
     * Returns true when a term is a familiar form of address, 老 or 小 before a surname (老李, 小王), which HanLP reads as
     * a name or another proper noun and which People's Daily and MSRA annotate as a person. Other natures are ordinary
     * words (小时, 老林).
     */
    static boolean isFamiliarName(Term term) {
        String nature = term.nature.toString();
        return term.word.length() == 2 && (term.word.charAt(0) == '老' || term.word.charAt(0) == '小')
                && ChineseSurnames.isSurname(term.word.charAt(1)) && (nature.equals("nr") || nature.equals("nz"));
    }

    /**
     * Returns true when term {@code k} is a single Han character (not a function character nor a number) that ends
     * a list item: punctuation or 等 follows it (费孝/nr 通/v 、, 邵大/nr 箴/n 等), so it is the third character of a name.
     */
    static boolean isLastCharacterBeforeBreak(List<Term> terms, int k) {
        Term t = terms.get(k);
        String nature = t.nature.toString();
        if (t.word.length() != 1 || ChineseEntityRecognizer.hasFunctionCharacter(t.word) || nature.startsWith("m") || nature.equals("w")
                || !ArticleParser.isHan(t.word.charAt(0))
                || "说等将也又曾人摄作画文是问下难".indexOf(t.word.charAt(0)) >= 0) {
            return false;
        }
        if (k + 1 == terms.size()) {
            return false;
        }
        Term after = terms.get(k + 1);
        return after.word.equals("、") || after.word.equals("等") || after.word.equals("）") || after.word.equals("，");
    }

    /** Surnames that far more often begin ordinary words: 时 (when), 余 (over), 于 (at), 万 (ten thousand), 钱 (money). */
    static final String AMBIGUOUS_SURNAMES = "时余于万曾钱管成何关车吉华金高石包游安路白方田江";

    /**
     * Returns true when a two-character name at term {@code i} is supported by its context: a title before it
     * (nature {@code nnt}), punctuation after it, or a second occurrence in the text.
     */
    static boolean supportedShortName(String text, List<Term> terms, int i, String word) {
        if (i > 0 && terms.get(i - 1).nature.toString().equals("nnt")) {
            return true;
        }
        if (i + 1 < terms.size() && terms.get(i + 1).nature.toString().equals("w")) {
            return true;
        }
        int first = text.indexOf(word);
        return first >= 0 && text.indexOf(word, first + 1) >= 0;
    }

    /** Natures HanLP gives the third character of a Chinese name it cut off: 璐/nr, 仁/ag, 玲/nz, 罗/b. */
    static boolean isGivenNameCharacter(Term next) {
        String nature = next.nature.toString();
        return next.word.length() == 1 && !ChineseEntityRecognizer.hasFunctionCharacter(next.word)
                && (nature.equals("nr") || nature.equals("ag") || nature.equals("ng") || nature.equals("tg")
                || nature.equals("g") || nature.equals("nz") || nature.equals("b"));
    }

    static final String[] PERSON_TITLES = {"先生", "女士", "小姐", "太太", "夫人", "老师", "教授", "博士", "同志",
        "总统", "主席", "总理", "部长", "大使", "市长", "省长", "局长", "书记", "师傅", "老板"};

    static String withoutTitle(String name) {
        for (String title : PERSON_TITLES) {
            if (name.endsWith(title)) {
                return name.substring(0, name.length() - title.length());
            }
        }
        return name;
    }

    /** Prepositions and conjunctions that HanLP glues to the front of a name (向李鹏, 对张华, 与王刚). */
    private static final String LEADING_PREPOSITIONS = "向对在和与同给把被由让跟从及";

    /**
     * Returns {@code word} without a preposition or conjunction glued to its front (向李鹏 is 向 + 李鹏) when the rest is
     * a Chinese name of two or three characters led by a common surname; otherwise {@code word} itself.
     */
    static String withoutLeadingPreposition(String word) {
        if (word.length() >= 3 && word.length() <= 4 && LEADING_PREPOSITIONS.indexOf(word.charAt(0)) >= 0
                && ChineseSurnames.isSurname(word.charAt(1)) && word.indexOf('·') < 0) {
            return word.substring(1);
        }
        return word;
    }

    private static final String NUMERALS = "一二三四五六七八九十两";

    /** Measure words and nouns counted after a numeral: 一年, 一条, 五段, 一个. */
    private static final String MEASURES = "年条段个位项次名件届步招点批天";

    /**
     * Returns {@code word} (found at {@code at} in {@code text}) without a numeral that HanLP took for the end of a
     * given name while it counts what follows (丁伟 + 五段, 关键 + 一年); otherwise {@code word} itself.
     */
    static String withoutCountingNumeral(String text, int at, String word) {
        int end = at + word.length();
        if (word.length() == 3 && NUMERALS.indexOf(word.charAt(2)) >= 0 && end < text.length()
                && MEASURES.indexOf(text.charAt(end)) >= 0) {
            return word.substring(0, 2);
        }
        return word;
    }

    /**
     * Returns {@code word} (at {@code at} in {@code text}) without its third character when its first two are a name
     * of HanLP's core dictionary and the third begins a word with the next character (李鹏来 + 到: 李鹏 来到);
     * otherwise {@code word} itself.
     */
    static String withoutVerbStart(String text, int at, String word) {
        int end = at + word.length();
        if (at < 0 || word.length() != 3 || end >= text.length()) {
            return word;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute name = com.hankcs.hanlp.dictionary.CoreDictionary.get(word.substring(0, 2));
        if (name != null && name.nature[0].toString().startsWith("nr") && isWord(text.substring(end - 1, end + 1))) {
            return word.substring(0, 2);
        }
        return word;
    }

    /**
     * Returns true when a Chinese name HanLP reported at {@code at} in {@code text} reads better as ordinary words: a
     * prize or a cup (金鹿杯, 童牛奖), a
     * direction and a numeral (左一 "first from the left" in a photo caption; 张三 stays), a surname that ends the word
     * before it while the given name is a word of its own (恭贺 + 新春), or a word-like surname after a number (１０时许
     * "around ten o'clock") that forms a dictionary word with its given-name character (关键) or whose given-name
     * character does so with the next character (于 + 世界).
     */
    static boolean readsAsWords(String text, int at, String word) {
        if (at < 0 || word.length() < 2 || word.length() > 3) {
            return false;
        }
        if ("奖杯".indexOf(word.charAt(word.length() - 1)) >= 0) {
            return true;
        }
        if (word.length() == 2 && NUMERALS.indexOf(word.charAt(1)) >= 0 && "左右前后中上下".indexOf(word.charAt(0)) >= 0) {
            return true;
        }
        if (word.length() == 3 && at > 0 && isWord(text.substring(at - 1, at + 1)) && isWord(word.substring(1))) {
            return true;
        }
        int end = at + word.length();
        boolean afterNumber = at > 0 && (Character.isDigit(text.charAt(at - 1)) || NUMERALS.indexOf(text.charAt(at - 1)) >= 0);
        return word.length() == 2 && AMBIGUOUS_SURNAMES.indexOf(word.charAt(0)) >= 0
                && (afterNumber || isWord(word) || end < text.length() && isWord(text.substring(end - 1, end + 1)));
    }

    /** Returns true when {@code word} is in HanLP's core dictionary as something other than a person's name. */
    private static boolean isWord(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        return attribute != null && !attribute.nature[0].toString().startsWith("nr");
    }

    /**
     * Returns the foreign name {@code word} (at {@code at} in {@code text}) with the single character after it when
     * HanLP left that character as a word of its own although it belongs to the name (塞迪/nr 略/d 今天): a Han
     * character outside the transliteration list that is no function word, place suffix (港, 州) or adverb (刚, 正),
     * that HanLP's person-name dictionary knows
     * and has seldom seen just after a name (说, 访 and 称 follow names; 略 does not), standing alone between the name
     * and a word of two or more characters or punctuation.
     */
    static String withLastForeignCharacter(String text, int at, String word, List<Term> terms, int[] starts) {
        int end = at + word.length();
        if (at < 0 || word.length() < 2 || end >= text.length() || !isTransliterated(word)) {
            return word;
        }
        char c = text.charAt(end);
        int k = java.util.Arrays.binarySearch(starts, end);
        if (k < 0 || terms.get(k).word.length() != 1 || ChineseEntityRecognizer.hasFunctionCharacter(String.valueOf(c))
                || "港州镇省市县村河湖山岛语第刚正已".indexOf(c) >= 0 // 巴里港, 希尔顿语, 贝多芬第九, 布莱尔刚
                || !ArticleParser.isHan(c)
                || !GluedNameLists.known(c)
                || GluedNameLists.role(c, com.hankcs.hanlp.corpus.tag.NR.L) >= 0.2
                || GluedNameLists.role(c, com.hankcs.hanlp.corpus.tag.NR.K) >= 0.2) {
            return word;
        }
        boolean closed = k + 1 == terms.size() || terms.get(k + 1).word.length() >= 2
                || terms.get(k + 1).nature.toString().equals("w");
        return closed ? word + c : word;
    }

    /**
     * Returns true when a three-character name ending in 有 (傅全有, 张富有), which the function-character check would
     * refuse, stands after a title ({@code titled}) or before the 、 of an enumeration: there 有 "to have" cannot be
     * the verb after a name.
     */
    static boolean isListedNameEndingInYou(String word, boolean titled, List<Term> terms, int i) {
        return word.length() == 3 && word.charAt(2) == '有' && ChineseSurnames.isSurname(word.charAt(0))
                && (titled || i + 1 < terms.size() && terms.get(i + 1).word.equals("、"));
    }

    /** Returns true when a title (nature {@code nnt}) follows term {@code i}: 华黎明 + 大使 is a name, not 华 + 黎明. */
    static boolean isBeforeTitle(List<Term> terms, int i) {
        return i + 1 < terms.size() && terms.get(i + 1).nature.toString().equals("nnt");
    }

    /**
     * Returns the Chinese name at the end of an organization term that HanLP glued to a title before it (记者陈陆军/nt:
     * a word HanLP's plain segmenter reads as a title, then a common surname and one or two characters that are no
     * dictionary word, as 单位 is), or {@code null}.
     */
    static String nameAfterGluedTitle(Term term) {
        String word = term.word;
        if (!term.nature.toString().startsWith("nt") || word.length() < 4 || word.length() > 7
                || !ChineseSurnames.isSurname(word.charAt(word.length() - 3)) && !ChineseSurnames.isSurname(word.charAt(word.length() - 2))) {
            return null; // no surname where the name would begin: spare the segmenter
        }
        List<Term> parts = OrganizationNames.PLAIN.get().seg(word);
        if (parts.size() < 2 || !parts.get(0).nature.toString().equals("nnt")) {
            return null;
        }
        String rest = word.substring(parts.get(0).word.length());
        return rest.length() >= 2 && rest.length() <= 3 && ChineseSurnames.isSurname(rest.charAt(0))
                && isPlausibleGivenName(rest) && !ChineseEntityRecognizer.hasFunctionCharacter(rest) && !isWord(rest) ? rest : null;
    }

    static boolean isTransliterated(String word) {
        return word.chars().allMatch(c -> Transliteration.isTransliterationCharacter((char) c) || c == '·');
    }

    /** Extends [start, end) to the whole run of transliteration characters (and middle dots) around it. */
    static String extendTransliteration(String text, int start, int end) {
        return extendTransliteration(text, start, end, List.of(), new int[0], -1);
    }

    /**
     * Extends term {@code i} at [start, end) to the run of transliteration characters around it, but not into a word
     * of two or more characters that is no name (内塔尼亚胡 + 当天, 克林顿 + 夫妇, 罗纳尔多 + 当选): the run stops at such
     * a term of {@code terms} (whose offsets are {@code starts}).
     */
    static String extendTransliteration(String text, int start, int end, List<Term> terms, int[] starts, int i) {
        int leftLimit = 0;
        for (int k = i - 1; k >= 0 && starts[k] + terms.get(k).word.length() > start - 12; k--) {
            if (blocksName(terms.get(k))) {
                leftLimit = starts[k] + terms.get(k).word.length();
                break;
            }
        }
        int rightLimit = text.length();
        for (int k = i + 1; k >= 1 && k < terms.size() && starts[k] < end + 12; k++) {
            if (blocksName(terms.get(k))) {
                rightLimit = starts[k];
                break;
            }
        }
        int from = start;
        while (from > leftLimit && isNameCharacter(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < rightLimit && isNameCharacter(text.charAt(to))) {
            to++;
        }
        String word = text.substring(from, to);
        while (word.startsWith("·")) {
            word = word.substring(1);
        }
        while (word.endsWith("·")) {
            word = word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A term of two or more characters that is neither a person's name nor a transliteration (当天/t, 夫妇/n). */
    static boolean blocksName(Term t) {
        String nature = t.nature.toString();
        if (t.word.length() < 2 || nature.startsWith("nr") || nature.equals("w")) {
            return false;
        }
        return !(nature.startsWith("ns") || nature.equals("nz") || nature.equals("nx") || nature.equals("n"))
                || !isTransliterated(t.word);
    }

    static boolean isNameCharacter(char c) {
        return c == '·' || Transliteration.isTransliterationCharacter(c);
    }
}
