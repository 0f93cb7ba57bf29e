package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * Joins the pieces of an organization's name that HanLP splits: a proper name (place, organization, other proper
 * noun, or 中共) followed by up to four nouns and ending in an organization word, e.g. 中国/ns 环境/n 监测总站/nt,
 * 西藏自治区/ns 党委/nis, 苏丹/ns 政府/n, 中共/n 北京/ns 市委宣传部/nt. People's Daily and MSRA annotators read such a
 * run as one organization ([中国/ns 共产党/n]nt); HanLP tags only its last piece, or nothing.
 */
final class OrganizationCompounds {

    private static final int MAX_TERMS = 5;

    /** Plain nouns that end an organization's name when a proper name comes before them. */
    private static final Set<String> NOUN_HEADS = Set.of("政府", "党委", "人大", "政协", "银行", "大学", "学院", "中学",
            "小学", "学校", "医院", "法院", "检察院", "公安局", "委员会", "议会", "国会", "参议院", "众议院", "内阁", "军队",
            "部队", "公司", "集团", "研究所", "研究院", "研究中心", "协会", "学会", "商会", "联合会", "工会", "基金会",
            "电视台", "电台", "广播电台", "报社", "出版社", "通讯社", "剧团", "乐团", "交响乐团", "代表团", "市委", "省委",
            "县委", "区委", "党", "军", "队", "厂", "局", "部", "厅", "署", "办公室", "总局", "总署", "总公司", "分公司", "军区",
            "男排", "女排", "男篮", "女篮", "男足", "女足");

    /** Words that begin the names of national bodies: 中共中央, 中央人民广播电台, 国家旅游局, 全国工商联. */
    private static final Set<String> NATIONAL = Set.of("中共", "中央", "国家", "全国");

    private OrganizationCompounds() {
    }

    /**
     * Returns the index of the last term of an organization compound that starts at term {@code i}, or {@code i} when
     * none starts there. The longest compound wins; a known organization ({@code known}) right after an organization
     * term starts a new name instead of extending the compound: 党中央/nt 国务院/nt are two bodies, 中国共产党/nt
     * 中央委员会/nt one.
     */
    static int end(List<Term> terms, int i, java.util.function.Predicate<String> known) {
        if (!isNameStart(terms.get(i))) {
            return i;
        }
        int best = i;
        for (int j = i + 1; j < terms.size() && j < i + MAX_TERMS; j++) {
            Term t = terms.get(j);
            String nature = t.nature.toString();
            if (nature.startsWith("nt") && terms.get(j - 1).nature.toString().startsWith("nt") && known.test(t.word)) {
                break;
            }
            if (isHead(t)) {
                best = j;
            }
            if (!(nature.startsWith("n") && !nature.startsWith("nr") && !nature.equals("nnt") && !nature.equals("nx"))
                    && !nature.equals("vn") && !nature.equals("j") && !nature.equals("b")) {
                break;
            }
        }
        return best;
    }

    private static boolean isNameStart(Term t) {
        String nature = t.nature.toString();
        return nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("nz") || NATIONAL.contains(t.word);
    }

    private static boolean isHead(Term t) {
        String nature = t.nature.toString();
        if (nature.startsWith("nt") || nature.equals("nis")) {
            return true;
        }
        if (nature.equals("j") && t.word.length() == 2 && "委办联协".indexOf(t.word.charAt(1)) >= 0) {
            return true; // 国家/n 体委/j, 中国/ns 剧协/j: abbreviated commissions, offices and federations
        }
        return (nature.startsWith("n") || nature.equals("j")) && NOUN_HEADS.contains(t.word);
    }
}
