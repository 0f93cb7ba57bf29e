package com.newsbridge.entity;

import java.util.Set;

/**
 * Head words of organizations that need their context: the departments of universities, hospitals and publishers
 * (北京大学法律系, 山西省人民医院骨科, 出版社发行科) end in 系 or 科, which end ordinary words too (关系, 体系, 学科), and the
 * short names of China's big banks (工行, 农行) begin the names of their branches (工行北京分行). Stateless and
 * thread-safe.
 */
final class OrganizationHeads {

    private OrganizationHeads() {
    }

    /** Institutions that have departments named …系 or …科. */
    private static final String[] PARENTS = {"大学", "学院", "医院", "出版社", "研究院", "科委", "动物园", "农大", "师大"};

    /** Words ending in 系 or 科 that are no departments. */
    private static final Set<String> NOT_DEPARTMENTS = Set.of("关系", "体系", "联系", "派系", "水系", "星系", "直系", "学科",
            "本科", "专科", "理科", "文科", "工科", "预科", "教科", "百科", "牙科");

    /** The usual short names of China's big state banks, which begin their branches' names (工行北京分行). */
    private static final Set<String> BANKS = Set.of("工行", "农行", "建行", "中行", "交行", "农发行");

    /**
     * Returns true when {@code word} is a department of an institution named in it: it ends in 系 or 科 after a
     * university, college, hospital or publisher (北京大学物理系, 天津医科大学总医院儿科, 天津人民美术出版社发行科).
     */
    static boolean isDepartment(String word) {
        if (!isDepartmentWord(word)) {
            return false;
        }
        for (String parent : PARENTS) {
            int at = word.lastIndexOf(parent);
            if (at >= 0 && at + parent.length() < word.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns true for a word that can name a department by itself: 法律系, 儿科, 医务科; not 关系 or 学科. */
    static boolean isDepartmentWord(String word) {
        if (word.length() < 2 || !(word.endsWith("系") || word.endsWith("科"))) {
            return false;
        }
        return !NOT_DEPARTMENTS.contains(word.substring(word.length() - 2));
    }

    /** Returns true for the short name of one of China's big state banks (工行, 农行, 建行, 中行, 交行, 农发行). */
    static boolean isBankAbbreviation(String word) {
        return BANKS.contains(word);
    }

    /** Heads of the branches of a body: 分行, 支行, 分公司, 分局, 分社, 分会, 分院, 分校, 办事处, 代表处. */
    private static final String[] BRANCHES = {"分行", "支行", "分公司", "分局", "分社", "分会", "分院", "分校", "办事处",
        "代表处"};

    /** Returns true when {@code organization} names a branch (北京市分行, 驻马店支行, 上海分公司). */
    static boolean isBranch(String organization) {
        for (String head : BRANCHES) {
            if (organization.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true when a national word stands before a bare head and means "all across the country" (全国海关,
     * 全国各海关, 全国各银行): every unit of a kind, not one body, unlike 全国人大 or 国家旅游局.
     */
    static boolean isEveryUnit(String organization) {
        String rest = organization.substring(2);
        return rest.startsWith("各") || EVERY_UNIT_HEADS.contains(rest);
    }

    /** Heads that after 全国, 国家 or 中央 name every unit of a kind. */
    private static final Set<String> EVERY_UNIT_HEADS = Set.of("海关", "银行", "分行", "书店", "医院", "学校", "大学",
            "企业", "公司", "组织");
}
