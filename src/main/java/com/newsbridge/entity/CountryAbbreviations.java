package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * One-character abbreviations of country names that Chinese news writes before a country's government bodies (俄外交部,
 * 美国务院, 菲卫生部): the abbreviation belongs to the body's name. The characters are the usual short forms
 * of country names in Chinese news style (general knowledge, not taken from any corpus).
 */
final class CountryAbbreviations {

    private CountryAbbreviations() {
    }

    /** 俄 Russia, 美 USA, 英 UK, 法 France, 德 Germany, 日 Japan, 意 Italy, 加 Canada, 澳 Australia, 韩 South Korea ... */
    private static final String ABBREVIATIONS = "俄美英法德日意加澳韩朝越泰菲印巴伊埃叙黎约沙荷比葡希土古墨智秘委哥阿尼";

    /** Heads of government bodies that take a country's abbreviation: ministries, parliaments, banks, armies. */
    private static final String[] BODY_HEADS = {"部", "政府", "议会", "国会", "国务院", "银行", "内阁", "军"};

    /**
     * Returns {@code organization} (term {@code i} of {@code terms}) with the country abbreviation before it, when a
     * one-character abbreviation term stands right before it and starts its own word (punctuation, the start of the
     * text or a word of two or more characters before it); otherwise the organization unchanged.
     */
    static String before(List<Term> terms, int i, String organization) {
        if (i == 0 || !hasBodyHead(organization)) {
            return organization;
        }
        Term abbreviation = terms.get(i - 1);
        String nature = abbreviation.nature.toString();
        if (abbreviation.word.length() != 1 || ABBREVIATIONS.indexOf(abbreviation.word.charAt(0)) < 0
                || !(nature.equals("b") || nature.equals("j") || nature.startsWith("ns"))) {
            return organization;
        }
        if (i >= 2) {
            Term before = terms.get(i - 2);
            if (!before.nature.toString().equals("w") && before.word.length() < 2) {
                return organization;
            }
        }
        return abbreviation.word + organization;
    }

    private static boolean hasBodyHead(String organization) {
        for (String head : BODY_HEADS) {
            if (organization.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
