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
            "男排", "女排", "男篮", "女篮", "男足", "女足", "海关", "军分区", "分行", "支行", "总行", "农发行", "新华书店", "外文书店", "组织");

    /** Words that begin the names of national bodies: 中共中央, 中央人民广播电台, 国家旅游局, 全国工商联. */
    private static final Set<String> NATIONAL = Set.of("中共", "中央", "国家", "全国", "解放军", "武警", "政协");

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
        if (terms.get(i).nature.toString().equals("nz") && i + 1 < terms.size()
                && terms.get(i + 1).nature.toString().startsWith("ns")) {
            return i; // 呈阳性/nz 中国/ns 奥委会/nis: the organization starts at its place
        }
        int best = i;
        int limit = i + MAX_TERMS;
        boolean numbered = false;
        for (int j = i + 1; j < terms.size() && j < limit; j++) {
            Term t = terms.get(j);
            String nature = t.nature.toString();
            if (OrganizationSessions.isNumbering(terms, j)) {
                if (!OrganizationSessions.isNumbering(terms, j - 1) && OrganizationSessions.isMeeting(terms, j)) {
                    break;
                }
                limit++; // 中国共产党/nt 第/mq 十五/m 次/qv 全国/n 代表大会/n: the congress's number is part of its name
                numbered = true;
                continue;
            }
            if (numbered && t.word.endsWith("代表大会")) {
                best = j; // a numbered congress (第十五次全国代表大会) is a body; 全国代表大会 alone may be any congress
            }
            if (nature.startsWith("nt") && terms.get(j - 1).nature.toString().startsWith("nt") && known.test(t.word)) {
                break;
            }
            if (isHead(t) || OrganizationInnerWords.isShortHead(terms, j)) {
                best = j;
            }
            if (t.word.equals("驻") && j + 1 < terms.size() && (terms.get(j + 1).nature.toString().startsWith("ns")
                    || terms.get(j + 1).nature.toString().startsWith("nt"))) {
                continue; // 中国/ns 驻/v 南非/ns 大使馆/n: an embassy or office abroad
            }
            if (isDashBetweenPlaces(terms, j)) {
                continue; // 苏丹/nsf —/w 中国/ns 友好/a 协会/nis: a friendship society of two countries
            }
            if (OrganizationInnerWords.continues(terms, j)) {
                continue;
            }
            if (!(nature.startsWith("n") && !nature.startsWith("nr") && !nature.equals("nnt") && !nature.equals("nx"))
                    && !nature.equals("vn") && !nature.equals("j") && !nature.equals("b") && !nature.equals("mq")
                    && !nature.equals("a")) {
                break;
            }
        }
        return best;
    }

    /** Returns true when term {@code j} is a dash between two places: 苏丹—中国, 中国—东盟. */
    private static boolean isDashBetweenPlaces(List<Term> terms, int j) {
        String word = terms.get(j).word;
        return (word.equals("—") || word.equals("－") || word.equals("-")) && j + 1 < terms.size()
                && terms.get(j - 1).nature.toString().startsWith("ns")
                && terms.get(j + 1).nature.toString().startsWith("ns");
    }

    private static boolean isNameStart(Term t) {
        String nature = t.nature.toString();
        return nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("nz") || NATIONAL.contains(t.word)
                || OrganizationHeads.isBankAbbreviation(t.word) // 工行/nis 北京/ns 分行/n
                || OrganizationModifiers.isNationalBody(t.word) || t.word.equals("国防") // 空军/nis 联航队/nt, 国防/n 科工委/j
                || OrganizationNames.isSpecialZone(t.word) // 香港特别行政区/n 政府/nis
                || nature.startsWith("n") && t.word.length() > 2 && NATIONAL.contains(t.word.substring(0, 2)); // 国家计委/n
    }

    private static boolean isHead(Term t) {
        String nature = t.nature.toString();
        if (nature.startsWith("nt") || nature.equals("nis")) {
            return true;
        }
        if (nature.equals("nit")
                && (OrganizationNames.hasOrganizationHead(t.word) || OrganizationHeads.isDepartmentWord(t.word))) {
            return true; // 附属医院/nit, 商学院/nit, and 法律系/nit or 儿科/nit after their university or hospital
        }
        if (nature.equals("j") && t.word.length() == 2 && "委办联协".indexOf(t.word.charAt(1)) >= 0) {
            return true; // 国家/n 体委/j, 中国/ns 剧协/j: abbreviated commissions, offices and federations
        }
        if (nature.equals("j") && t.word.length() <= 4 && OrganizationNames.hasOrganizationHead(t.word)) {
            return true; // 国务院/nt 学位办/j, 联合国/nt 特委会/j, 国防/n 科工委/j: abbreviated bodies
        }
        if ((nature.startsWith("n") || nature.equals("j")) && (t.word.endsWith("委会") || t.word.endsWith("监会"))) {
            return true; // 中国/ns 证监会/n, 中国/ns 奥委会/n: commissions written short
        }
        return (nature.startsWith("n") || nature.equals("j")) && (NOUN_HEADS.contains(t.word) || hasHeadSuffix(t.word));
    }

    /**
     * Single characters that end an organization word (地矿厅, 就业局, 药学院, 繁荣党, 火柴厂, 纪委, 京剧团, 举重队); 馆 is left
     * out (体育馆 and 文学馆 are places to annotators).
     */
    private static final String HEAD_SUFFIXES = "厅局院党厂委团社队";

    /** Words with such an ending that are no organizations: 庭院 is a courtyard, 当局 the authorities. */
    private static final Set<String> NOT_HEADS = Set.of("庭院", "四合院", "当局", "格局", "结局", "大局", "全局", "布局",
            "时局", "骗局", "政局", "赌局", "饭局", "开局", "终局", "残局", "变局", "僵局", "邮局", "书局", "集团", "社团",
            "兵团", "主委", "常委", "编委", "党委", "使馆", "宾馆", "饭馆", "展馆", "场馆", "旅馆", "茶馆", "酒馆", "公社",
            "旅社", "报社", "会社", "结社", "工厂", "电厂", "药厂", "团团", "剧团", "乐团", "政党", "党", "民主党", "大厅", "展厅",
            "演播厅", "营业厅", "餐厅", "官厅", "政委", "副政委", "圣母院", "后院", "两院", "参众两院", "访华团", "陪同团", "展团",
            "观察团", "议员团", "记者团");

    private static boolean hasHeadSuffix(String word) {
        return word.length() >= 2 && HEAD_SUFFIXES.indexOf(word.charAt(word.length() - 1)) >= 0 && !NOT_HEADS.contains(word);
    }
}
