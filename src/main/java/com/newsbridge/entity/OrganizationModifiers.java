package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Tells when the words before an organization's head word name one organization although the dictionary reads them
 * as common words, so that {@link OrganizationNames#isGeneric} must not drop it:
 * <ul>
 *   <li>the name begins with a national, military or party body written short (解放军出版社, 武警总部, 军委办公厅,
 *       民革中央, 总政歌舞团): like 国家 or 中央, these words make the body a particular one;</li>
 *   <li>the name begins with a ministry or with a word the dictionary lists as an organization (铁道部第十二工程局,
 *       林业部综合计划司): a unit of a named body is named too.</li>
 * </ul>
 * Troops named by where they serve or what they do (海军部队, 驻藏部队) stay generic.
 * The lists are the usual short forms of China's national bodies in news style (general knowledge, not taken from any
 * corpus). Stateless and thread-safe.
 */
final class OrganizationModifiers {

    private OrganizationModifiers() {
    }

    /**
     * Short names of national, military and party bodies that begin the names of their units: the People's
     * Liberation Army and its headquarters and services, the armed police, the Central Military Commission, the
     * democratic parties, the central organs and the academies of sciences.
     */
    private static final List<String> NATIONAL_BODIES = List.of("解放军", "武警", "军委", "总政", "总参", "总后", "二炮",
            "空军", "海军", "八路军", "新四军", "红军", "中直", "中科院", "社科院", "民革", "民盟", "民建", "民进", "农工党",
            "致公党", "台盟", "团中央");

    /** Returns true when {@code word} is the short name of a national, military or party body (解放军, 空军, 民革). */
    static boolean isNationalBody(String word) {
        return NATIONAL_BODIES.contains(word);
    }

    /**
     * Returns true for troops named by where they serve or what they do (海军部队, 驻藏部队, 武警救灾部队, 海军陆战队):
     * a kind of troops, not a unit with a name.
     */
    private static boolean isTroops(String organization) {
        return organization.endsWith("部队") || organization.endsWith("军队") || organization.endsWith("陆战队");
    }

    /**
     * Returns true when the words before the head of {@code organization} name a particular organization (see the
     * class comment); {@code words} is its dictionary segmentation.
     */
    static boolean namesOne(String organization, List<Term> words) {
        for (String body : NATIONAL_BODIES) {
            if (organization.startsWith(body) && organization.length() > body.length() + 1 && !isTroops(organization)) {
                return true;
            }
        }
        if (words.size() < 2) {
            return false;
        }
        Term first = words.get(0);
        return OrganizationNames.isMinistry(first.word) || first.nature.toString().startsWith("nt");
    }

    /**
     * Heads of newspapers and magazines, which are named by an ordinary word: 团结报社, 工人日报社, 新体育杂志社.
     * Publishers (人民出版社) and troupes (前线话剧团) were tried too and left out: publishers gained on People's Daily but
     * cost on MSRA's held-out sentences, troupes gained nothing.
     */
    private static final List<String> PRESS_HEADS = List.of("报社", "杂志社");

    /**
     * Returns true when HanLP's organization term {@code word} (term {@code i}) names a newspaper or magazine by an
     * ordinary word (团结报社, 工人日报社): such houses are named that way, unlike 金融机构. The term must stand on its own:
     * after a place or another name it is the tail of a longer name HanLP cut (上海/ns 文汇报社), and a number or
     * determiner before the head (许多报社) means "newspapers" in general.
     */
    static boolean isPress(List<Term> terms, int i, String word) {
        if (word.length() < 4 || PRESS_HEADS.stream().noneMatch(word::endsWith)) {
            return false;
        }
        if (i > 0) {
            String before = terms.get(i - 1).nature.toString();
            if (before.startsWith("ns") || before.startsWith("nt") || before.startsWith("nz") || before.equals("j")
                    || before.startsWith("nr")) {
                return false;
            }
        }
        String nature = OrganizationNames.PLAIN.get().seg(word).get(0).nature.toString();
        return !(nature.startsWith("m") || nature.startsWith("r") || nature.startsWith("q") || nature.equals("s")
                || nature.equals("f") || nature.equals("c"));
    }
}
