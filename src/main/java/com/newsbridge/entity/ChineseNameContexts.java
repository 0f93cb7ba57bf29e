package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.ingest.ArticleParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds Chinese personal names that HanLP's name model cuts into ordinary words, where the context says a name stands
 * there:
 * <ul>
 *   <li>in an enumeration of people, an item of two or three characters led by a surname between names separated by
 *       、 is a name too (张伟、韩启德、刘洪滨: HanLP reads 韩/b 启德/nz);</li>
 *   <li>after a title or a profession (记者, 书记, 大使), a surname and one or two characters that end at a word
 *       boundary before punctuation or a reporting verb are a name (书记胡富国， where HanLP reads 胡/d 富国/v);</li>
 *   <li>the first or last name of an enumeration that runs into other words is a name too (参加会见的有王光英、王兆国);</li>
 *   <li>a given name alone before 同志 is a person (小平同志).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ChineseNameContexts {

    /** Characters that end an item of an enumeration or a sentence part. */
    private static final String SEPARATORS = "、，。；：！？（）()“”‘’《》〈〉「」『』\n\r\t 　,;:!?—…";

    /**
     * Words that follow a name after a title: a reporting verb or 等 (记者王文杰报道, 部长罗高寿等), an adverb (大使罗高寿也在)
     * or a time word (部长王刚今天).
     */
    private static final Set<String> AFTER_NAME = Set.of("说", "等", "报道", "摄", "表示", "指出", "认为", "介绍", "强调",
            "主持", "讲话", "发言", "出席", "会见", "参加", "题写", "作", "和", "及", "同志", "在", "也", "还", "已", "都",
            "今天", "昨天", "日前", "近日");

    /** Surnames that after a title are far more often words: 时 (when), 曾 (once), 任 (serve as), 管, 安, 强, 将. */
    private static final String NOT_SURNAME_AFTER_TITLE = "时曾任管安强将";

    /** Characters that end a verb or an adverb after a name rather than a given name (说, 摄, 将, 也). */
    private static final String NOT_GIVEN_NAME_END = "说摄将也又曾";

    /** How likely, at least, the two characters before 同志 are a given name (the product of their role shares). */
    private static final double GIVEN_NAME_ROLES = 0.35;

    private ChineseNameContexts() {
    }

    /**
     * Returns the items of the enumerations of {@code text} that read as names because a neighbouring item, across 、,
     * is a known person ({@code persons}); names found make their own neighbours eligible in turn.
     */
    static List<String> enumerated(String text, Set<String> persons) {
        return enumerated(text, persons, Set.of());
    }

    /**
     * As {@link #enumerated(String, Set)}, where an item that HanLP read as a name ({@code nameWords}, e.g. 冼鼎昌/nr)
     * needs no common surname.
     */
    static List<String> enumerated(String text, Set<String> persons, Set<String> nameWords) {
        List<int[]> items = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || SEPARATORS.indexOf(text.charAt(i)) >= 0;
            if (separator && start >= 0) {
                int end = i - start > 2 && text.charAt(i - 1) == '等' ? i - 1 : i; // the last item: 蔡睿贤等
                items.add(new int[] {start, end});
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        Set<String> names = new LinkedHashSet<>(persons);
        Set<String> found = new LinkedHashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            boolean added = false;
            for (int k = 0; k < items.size(); k++) {
                String item = text.substring(items.get(k)[0], items.get(k)[1]);
                if (names.contains(item) || !(isCandidate(item) || nameWords.contains(item)
                        && ChineseNameRepairs.isPlausibleGivenName(item))) {
                    continue;
                }
                boolean byPrevious = k > 0 && listed(text, items.get(k - 1), items.get(k))
                        && names.contains(text.substring(items.get(k - 1)[0], items.get(k - 1)[1]));
                boolean byNext = k + 1 < items.size() && listed(text, items.get(k), items.get(k + 1))
                        && names.contains(text.substring(items.get(k + 1)[0], items.get(k + 1)[1]));
                if (byPrevious || byNext) {
                    names.add(item);
                    found.add(item);
                    added = true;
                }
            }
            if (!added) {
                break;
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Returns the names that open or close an enumeration of people inside a longer stretch of text: before the first
     * 、 the list item runs back to the last punctuation (参加会见的有王光英、王兆国), after the last 、 it runs on to the
     * next (殷治军、孟庆胜二人结婚). Next to a known person ({@code persons}), the two or three characters at the list
     * end of such an item are a name when they begin (or end) at a boundary of HanLP's words ({@code terms} at offsets
     * {@code starts}) and read as a name ({@link #isCandidate}); where both readings do, {@link #edgeName} chooses.
     */
    static List<String> enumerationEdges(String text, List<Term> terms, int[] starts, Set<String> persons) {
        List<String> found = new ArrayList<>();
        if (text.indexOf('、') < 0) {
            return found;
        }
        boolean[] boundaries = new boolean[text.length() + 1];
        for (int k = 0; k < terms.size(); k++) {
            boundaries[starts[k]] = true;
            boundaries[Math.min(text.length(), starts[k] + terms.get(k).word.length())] = true;
        }
        for (int comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
            int from = comma;
            while (from > 0 && SEPARATORS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = comma + 1;
            while (to < text.length() && SEPARATORS.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            String before = text.substring(from, comma);
            String after = text.substring(comma + 1, to);
            if (persons.contains(after) && before.length() > 3) {
                String name = edgeName(before.substring(before.length() - 3), true, boundaries[comma - 3], boundaries[comma - 2]);
                if (name != null) {
                    found.add(name);
                }
            }
            if (persons.contains(before) && after.length() > 3) {
                String name = edgeName(after.substring(0, 3), false, boundaries[comma + 4], boundaries[comma + 3]);
                if (name != null) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /**
     * Returns the name of two or three characters at the list end of {@code three} (its last characters when
     * {@code atEnd}, else its first), or {@code null}. A reading must begin or end at a word boundary ({@code three}
     * for the three characters, {@code two} for two) and read as a name; where both do, the likelier wins by HanLP's
     * character roles — the three-character name against the two-character one with the character left over seen
     * just outside a name (邓拓 + 等, not 邓拓等).
     */
    private static String edgeName(String three, boolean atEnd, boolean boundaryThree, boolean boundaryTwo) {
        String two = atEnd ? three.substring(1) : three.substring(0, 2);
        double scoreThree = boundaryThree && isCandidate(three) ? GluedNameLists.nameScore(three) : Double.NEGATIVE_INFINITY;
        double scoreTwo = Double.NEGATIVE_INFINITY;
        if (boundaryTwo && isCandidate(two)) {
            char left = atEnd ? three.charAt(0) : three.charAt(2);
            double outside = GluedNameLists.role(left, atEnd ? com.hankcs.hanlp.corpus.tag.NR.K : com.hankcs.hanlp.corpus.tag.NR.L);
            scoreTwo = GluedNameLists.nameScore(two) + Math.log(Math.max(outside, 0.002));
        }
        if (scoreThree == Double.NEGATIVE_INFINITY && scoreTwo == Double.NEGATIVE_INFINITY) {
            return null;
        }
        return scoreThree >= scoreTwo ? three : two;
    }

    /** Returns true when two items are separated by a single 、 (an enumeration), nothing else. */
    private static boolean listed(String text, int[] first, int[] second) {
        return first[1] < text.length() && second[0] == first[1] + 1 && text.charAt(first[1]) == '、';
    }

    /**
     * A two- or three-character item led by a surname, with a plausible given name that does not end in a verb or an
     * adverb (赖斌说).
     */
    static boolean isCandidate(String item) {
        char last = item.charAt(item.length() - 1);
        if (item.length() < 2 || item.length() > 3 || !ChineseSurnames.isAnySurname(item.charAt(0))
                || NOT_GIVEN_NAME_END.indexOf(last) >= 0) {
            return false;
        }
        for (int i = 0; i < item.length(); i++) {
            if (!ArticleParser.isHan(item.charAt(i))) {
                return false;
            }
        }
        return ChineseNameRepairs.isPlausibleGivenName(item) && !ChineseEntityRecognizer.hasFunctionCharacter(item);
    }

    /**
     * Returns the name that follows the title term {@code title} (nature {@code nnt}) when HanLP cut it into ordinary
     * words: a common surname and one or two characters, the last of them ending a term that is followed by
     * punctuation, the end of the text or a word of {@link #AFTER_NAME}; {@code null} when there is none.
     */
    static String afterTitle(List<Term> terms, int title) {
        if (title + 1 >= terms.size()) {
            return null;
        }
        Term first = terms.get(title + 1);
        String nature = first.nature.toString();
        if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("w")
                || first.word.length() != 1 || !ChineseSurnames.isSurname(first.word.charAt(0))
                || NOT_SURNAME_AFTER_TITLE.indexOf(first.word.charAt(0)) >= 0) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int j = title + 1; j < terms.size() && name.length() < 3; j++) {
            Term t = terms.get(j);
            if (t.nature.toString().equals("w")) {
                break;
            }
            if (j > title + 1 && (AFTER_NAME.contains(t.word) || NOT_GIVEN_NAME_END.indexOf(t.word.charAt(t.word.length() - 1)) >= 0)) {
                break; // 时/强调, 周明/说: a verb, not a given name
            }
            name.append(t.word);
            if (name.length() >= 2 && name.length() <= 3) {
                boolean end = j + 1 == terms.size() || terms.get(j + 1).nature.toString().equals("w")
                        || AFTER_NAME.contains(terms.get(j + 1).word);
                if (end && terms.get(title + 1).word.length() < name.length()) {
                    String word = name.toString();
                    return isCandidate(word) ? word : null;
                }
            }
        }
        return null;
    }

    /**
     * Returns the foreign name that follows the title term {@code title} when HanLP cut it into single characters or
     * short pieces, every character a transliteration character (副总理/nnt 涅/vg 姆/x 佐/vg 夫/ng, 总统/nnt 巴嘎/nr 班/n
     * 迪/nz): at least two pieces and three to eight characters; {@code null} when there is none.
     */
    static String foreignAfterTitle(List<Term> terms, int title) {
        StringBuilder name = new StringBuilder();
        int pieces = 0;
        for (int j = title + 1; j < terms.size() && name.length() <= 8; j++) {
            String word = terms.get(j).word;
            if (word.chars().anyMatch(c -> !Transliteration.isTransliterationCharacter((char) c))) {
                break;
            }
            name.append(word);
            pieces++;
        }
        return pieces >= 2 && name.length() >= 3 && name.length() <= 8 ? name.toString() : null;
    }

    /**
     * Returns the given name at term {@code k} when it is written alone before 同志 "comrade", the respectful way of
     * naming a leader by the given name (小平同志, 恩来同志): a word of two characters (HanLP reads 小平/n, and drops
     * 恩来/nr for want of a surname) not after a surname (then the surname belongs to the name), whose first and second characters are far more
     * often the first and last characters of two-character given names than anything else, by the character-role
     * frequencies of HanLP's person-name dictionary — words such as 领导, 负责, 广大 or 青年 before 同志 are not;
     * {@code null} when there is none.
     */
    static String givenNameBeforeComrade(List<Term> terms, int k) {
        if (k + 1 >= terms.size() || !terms.get(k + 1).word.equals("同志")) {
            return null;
        }
        String word = terms.get(k).word;
        if (word.length() != 2 || terms.get(k).nature.toString().equals("nnt") // 司机/nnt 同志: a job, no name
                || !ArticleParser.isHan(word.charAt(0))
                || !ArticleParser.isHan(word.charAt(1))) {
            return null;
        }
        if (k > 0 && terms.get(k - 1).word.length() == 1 && ChineseSurnames.isAnySurname(terms.get(k - 1).word.charAt(0))) {
            return null;
        }
        double first = GluedNameLists.role(word.charAt(0), com.hankcs.hanlp.corpus.tag.NR.C);
        double second = GluedNameLists.role(word.charAt(1), com.hankcs.hanlp.corpus.tag.NR.D);
        return first >= 0.4 && second >= 0.4 && first * second >= GIVEN_NAME_ROLES ? word : null;
    }
}
