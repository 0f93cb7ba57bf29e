package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered congresses and committees, which Chinese news names as bodies: 中国共产党第十五次全国代表大会,
 * 政协第九届全国委员会, 香港特区第一届立法会, and on their own 第九届全国人民代表大会. The number (第十五次, 九届) belongs to
 * the name; HanLP cuts it off into number and measure words, so {@link OrganizationCompounds} reads across it.
 * Stateless and thread-safe.
 */
final class OrganizationSessions {

    private OrganizationSessions() {
    }

    /** A number or ordinal of a session: 第, 十五, 第一, 首, 九; the measure 届 or 次 follows. */
    private static final Pattern NUMBER = Pattern.compile("第?[〇一二三四五六七八九十百零两０-９0-9]+|第|首");

    /**
     * Returns true when term {@code j} numbers a session inside an organization's name: 第 or a number before 届 or 次
     * (第/mq 十五/m 次/qv, 第一/mq 届/q), or that 届 or 次 after a number.
     */
    static boolean isNumbering(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (isSessionMeasure(word)) {
            return j > 0 && NUMBER.matcher(terms.get(j - 1).word).matches();
        }
        if (!NUMBER.matcher(word).matches()) {
            return false;
        }
        int k = j + 1;
        while (k < terms.size() && k <= j + 2 && NUMBER.matcher(terms.get(k).word).matches()) {
            k++; // 第/mq 十五/m 次/qv
        }
        return k < terms.size() && isSessionMeasure(terms.get(k).word);
    }

    /**
     * Returns true when the session numbered at term {@code j} is a meeting of a body rather than the body: a second
     * number follows (四届二次理事会, 五届三次全委), or a place's delegation to a national congress is meant
     * (香港特别行政区第九届全国人民代表大会 代表: the region's deputies), i.e. a place stands right before the number and
     * a national body follows.
     */
    static boolean isMeeting(List<Term> terms, int j) {
        int k = j;
        int measures = 0;
        while (k < terms.size() && isNumbering(terms, k)) {
            measures += isSessionMeasure(terms.get(k).word) ? 1 : 0;
            k++;
        }
        if (measures > 1) {
            return true; // 五/m 届/q 三/m 次/qv 全委/n: the third plenary meeting of the fifth committee
        }
        if (k >= terms.size()) {
            return true;
        }
        String next = terms.get(k).word;
        if (NUMBER.matcher(next).lookingAt()) {
            return true;
        }
        Term before = terms.get(j - 1);
        return (before.nature.toString().startsWith("ns") || OrganizationNames.isSpecialZone(before.word))
                && next.startsWith("全国");
    }

    private static boolean isSessionMeasure(String word) {
        return word.equals("届") || word.equals("次");
    }

    /**
     * The National People's Congress named by its number alone (第九届全国人民代表大会, 第八届全国人民代表大会常务委员会):
     * the body, not one of its meetings (第一次会议 is no organization). A committee numbered alone (第八届全国委员会) is
     * left to the compound that names its body (政协第八届全国委员会).
     */
    private static final Pattern NUMBERED_NATIONAL = Pattern.compile(
            "第[〇一二三四五六七八九十百零]+届全国人民代表大会(?:常务委员会)?");

    /** Returns the numbered national congresses of {@code text} (第九届全国人民代表大会), in order. */
    static List<String> numberedNational(String text) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = NUMBERED_NATIONAL.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Returns true when {@code word} is such a numbered national congress or committee. */
    static boolean isNumberedNational(String word) {
        return NUMBERED_NATIONAL.matcher(word).matches();
    }
}
