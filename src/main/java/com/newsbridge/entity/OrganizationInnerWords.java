package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Words inside an organization's name that would otherwise end an {@link OrganizationCompounds} run: a member title
 * (中国青年志愿者协会, 天津市书法家协会, 阿拉伯内政部长理事会) and a number right before the head (北京市五十五中学,
 * 天津地毯十四厂); and the one-character heads 团 and 院 after the art or field they serve (郑州老年豫剧团, 上海歌剧舞剧院).
 * "And" between two fields (以色列建设和住房部) was tried and left out: it joined names written one after another.
 * Stateless and thread-safe.
 */
final class OrganizationInnerWords {

    private OrganizationInnerWords() {
    }

    /** Returns true when term {@code j} is part of the organization's name and the run goes on after it. */
    static boolean continues(List<Term> terms, int j) {
        Term t = terms.get(j);
        String nature = t.nature.toString();
        if (j + 1 >= terms.size()) {
            return false;
        }
        Term next = terms.get(j + 1);
        if (nature.equals("nnt") && !next.nature.toString().startsWith("nr")) {
            return true; // 中国/ns 青年/n 志愿者/nnt 协会/nis; not 美国/ns 总统/nnt 克林顿/nrf
        }
        return nature.startsWith("m") && next.nature.toString().startsWith("n")
                && OrganizationNames.hasOrganizationHead(next.word); // 北京/ns 市/n 五十五/m 中学/nis
    }

    /** Returns true when term {@code j} is the one-character head 团 or 院 after a field: 豫剧/n 团/n, 舞剧/n 院/n. */
    static boolean isShortHead(List<Term> terms, int j) {
        String word = terms.get(j).word;
        return (word.equals("团") || word.equals("院")) && j > 0 && terms.get(j - 1).nature.toString().equals("n")
                && terms.get(j - 1).word.length() >= 2;
    }
}
