package com.newsbridge.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Tells a Chinese organization's name from what HanLP's organization model and {@link OrganizationCompounds} propose:
 * a head word (部, 委员会, 公司 ...), no function word, no numbered meeting, not generic (金融机构), and repairs terms with
 * words glued before the name (应韩国国会, 新华社联合国). Also finds organizations that HanLP's dictionary lists as common
 * nouns (国家技术监督局/n). Stateless and thread-safe (one dictionary segmenter per thread).
 */
final class OrganizationNames {

    private OrganizationNames() {
    }

    private static final String[] ORGANIZATION_HEADS = {"组织", "委员会", "部", "局", "署", "银行", "公司", "集团", "大学",
        "学院", "研究院", "研究所", "协会", "联合会", "基金会", "党", "政府", "法院", "检察院", "议会", "理事会", "联盟", "中心",
        "医院", "电视台", "通讯社", "社", "报", "办", "厅", "院", "会", "队", "军", "署", "处", "所", "站", "厂", "台",
        "总部", "机构", "组", "馆", "团", "盟", "司", "委", "校", "油田", "矿", "庭", "办公室", "军区", "男排", "女排", "男篮", "女篮", "男足", "女足",
        // abbreviated bodies (党中央, 全国政协, 全国妇联, 陕西省科协), schools, offices and 联合国
        "中央", "政协", "人大", "联", "协", "中学", "小学", "室", "联合国",
        // customs offices, military subdistricts, bank branches, bookshops and Japan's ministries (大藏省, 外务省)
        "海关", "军分区", "分行", "支行", "总行", "洋行", "农发行", "新华书店", "外文书店", "大藏省", "外务省", "通产省", "文部省", "厚生省",
        "法务省"};

    /**
     * Bodies that HanLP glues to the words before them (新华社联合国, 常驻联合国, 代表中共中央): an organization term
     * ending in one of them is read as the body alone.
     */
    private static final String[] GLUED_BODIES = {"联合国", "中共中央", "党中央", "全国政协", "全国人大"};

    /**
     * Words that hold a function character but occur in organization names: 有限公司, 共和国, 和平, 对外, and country
     * names (埃及, 阿尔及利亚, 洪都拉斯) or cities (成都) before 政府 or 大学.
     */
    private static final String[] FUNCTION_CHARACTER_WORDS = {"有限", "共和", "和平", "对外", "埃及", "及利亚", "都拉斯",
        "成都", "首都", "京都", "都市"};

    /** HanLP's dictionary segmentation without any name recognition, to read what an organization is made of. */
    static final ThreadLocal<Segment> PLAIN = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false));

    /**
     * Returns true when an organization is generic: its dictionary words hold no proper name (place, person,
     * organization, other proper noun or abbreviation), as in 金融机构, 地方政府, 特区政府, 大公司, 自己所; national
     * bodies led by 国家, 中央 or 全国 are not generic.
     */
    static boolean isGeneric(String organization) {
        if ((organization.startsWith("国家") || organization.startsWith("中央") || organization.startsWith("全国"))
                && !OrganizationHeads.isEveryUnit(organization) && organization.length() > 3) {
            return false; // 国家技术监督局, 中央人民广播电台: national bodies are named by their function
        }
        List<Term> words = PLAIN.get().seg(organization);
        if (OrganizationModifiers.namesOne(organization, words)) {
            return false;
        }
        for (Term t : words) {
            String nature = t.nature.toString();
            if (nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt") || nature.startsWith("nz")
                    || nature.equals("j") || nature.equals("nx") || isSpecialZone(t.word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns true when an organization term that {@link #isGeneric} finds made of common words is a fixed name all
     * the same: the dictionary lists it whole (中共中央政治局, 国际货币基金组织, 中华书局, 国务院办公厅: four characters
     * or more in one dictionary word), it is led by 中共 or 中华 (中共党史出版社), or it is an international body
     * named by its field (国际奥委会, 国际泳联), unlike 国际组织 or 国际金融机构.
     */
    static boolean isFixedName(String organization) {
        List<Term> words = PLAIN.get().seg(organization);
        if (words.size() == 1 && organization.length() >= 4) {
            return true;
        }
        if (organization.startsWith("中共") || organization.startsWith("中华")) {
            return true;
        }
        String head = words.get(words.size() - 1).word;
        return organization.startsWith("国际") && words.size() >= 2 && !GENERIC_HEADS.contains(head);
    }

    /**
     * Returns true when an organization joined from HanLP's pieces is a fixed name although its words are common
     * ({@link #isFixedName}: 国防科工委, 中国证监会, 中国奥委会 are single dictionary words), except a country's government
     * (中国政府, 中华人民共和国政府): MSRA's annotators leave the country a place and the government a common noun, People's
     * Daily's join them, and the dictionary lists them as common nouns.
     */
    static boolean isFixedCompound(String organization) {
        return !organization.endsWith("政府") && isFixedName(organization);
    }

    /** Heads that make an international organization generic: 国际组织, 国际金融机构, 国际跨国公司. */
    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("组织", "机构", "公司", "跨国公司",
            "合作社", "集团", "社会");

    /**
     * Returns true when a term is an organization that HanLP's dictionary lists as a common noun (国家体委/n,
     * 国家技术监督局/n, 中国文联/n): at least four characters, an organization head, and a national word (国家, 中国,
     * 中央, 全国, 中华, 中共) or a place at its start.
     */
    static boolean isDictionaryOrganization(Term term) {
        String nature = term.nature.toString();
        String word = term.word;
        if (MINISTRIES.contains(word)) {
            return true; // 劳动部/nis, 林业部/nis: HanLP reads a ministry's short name as an institution word
        }
        if (!(nature.equals("n") || nature.equals("nz")) || word.length() < 4 || !acceptOrganization(word)) {
            return false;
        }
        if (word.startsWith("中国") || NATIONAL_START.contains(word.substring(0, 2))) {
            return true;
        }
        List<Term> words = PLAIN.get().seg(word.substring(0, word.length() - 1));
        return words.size() > 1 && (words.get(0).nature.toString().startsWith("ns") || isSpecialZone(words.get(0).word));
    }

    /**
     * Returns true for a special administrative region or economic zone written as one dictionary word (香港特区,
     * 香港特别行政区, 深圳特区): a place, although HanLP's dictionary calls it a common noun.
     */
    static boolean isSpecialZone(String word) {
        return word.length() >= 4 && (word.endsWith("特区") || word.endsWith("特别行政区"));
    }

    /**
     * An organization needs a head word (部, 委员会 ...), at least three characters, no function character, and must
     * not be a numbered meeting cut from its organization (十五次全国代表大会 of 中国共产党第十五次全国代表大会) nor
     * begin with a determiner (两国政府, 各党团).
     */
    static boolean acceptOrganization(String word) {
        String withoutWords = word;
        for (String w : FUNCTION_CHARACTER_WORDS) {
            withoutWords = withoutWords.replace(w, "");
        }
        return word.length() >= 3 && hasOrganizationHead(word)
                && (!ChineseEntityRecognizer.hasFunctionCharacter(withoutWords) || !hasFunctionWord(word))
                && (!NUMBERED.matcher(word).lookingAt() || OrganizationSessions.isNumberedNational(word))
                && ("两各本该我贵此这那其每诸某".indexOf(word.charAt(0)) < 0 || PLACE_STARTS.matcher(word).lookingAt());
    }

    /** Places that begin with a determiner character: 贵州, 贵阳, 本溪, 其他 is no place. */
    private static final java.util.regex.Pattern PLACE_STARTS = java.util.regex.Pattern.compile("贵州|贵阳|本溪|诸暨");

    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("[第]?[〇一二三四五六七八九十百零０-９0-9]+[次届]");

    /** Returns the body a HanLP organization term ends in when words are glued before it (同联合国 → 联合国). */
    static String withoutGluedPrefix(String organization) {
        for (String body : GLUED_BODIES) {
            if (organization.endsWith(body)) {
                return body;
            }
        }
        return organization;
    }

    /**
     * Returns an organization term without the one- or two-character word HanLP glued before its place or national
     * name: 应韩国国会 → 韩国国会, 为中央委员会 → 中央委员会, 人山西省人民医院 → 山西省人民医院 (the last character of the word
     * before), 代表团驻武汉市政府 → 武汉市政府 (at most four characters in up to three words are cut). The term is kept
     * when its first word is itself a name (北京大学, 中华书局).
     */
    static String withoutLeadingWord(String organization) {
        List<Term> words = PLAIN.get().seg(organization);
        if (words.size() > 1 && GLUED_WORDS.contains(words.get(0).word)) {
            String rest = organization.substring(words.get(0).word.length());
            if (acceptOrganization(rest)) {
                return rest; // 原地质部, 经邮电部, 单位红塔中学: "former", "through", "work unit" before the name
            }
        }
        int cut = 0;
        for (int k = 0; k < words.size() - 1 && k < 3; k++) {
            Term word = words.get(k);
            String wordNature = word.nature.toString();
            if (isNameWord(word) || cut + word.word.length() > 4 || wordNature.startsWith("m") || wordNature.startsWith("q")
                    || word.word.contains("届") || word.word.contains("次")) {
                break; // 八届全国委员会 is the numbered meeting of a body, not a body
            }
            cut += word.word.length();
            Term next = words.get(k + 1);
            String nature = next.nature.toString();
            if (nature.startsWith("ns") || nature.startsWith("nt") || NATIONAL_START.contains(next.word)) {
                String rest = organization.substring(cut);
                return acceptOrganization(rest) && rest.length() > next.word.length() ? rest : organization;
            }
        }
        return organization;
    }

    /**
     * Words that HanLP's organization model glues before a name although they are no part of it: 原 (former), 将, 经,
     * 应, 继, 另, 据 (adverbs and prepositions) and 单位 (the work unit of a form: 工作单位红塔中学).
     */
    private static final java.util.Set<String> GLUED_WORDS = java.util.Set.of("原", "将", "经", "应", "继", "另", "据",
            "单位", "另据", "据悉");

    /** A dictionary word that is or begins a name: place, organization, person, other proper noun, abbreviation. */
    private static boolean isNameWord(Term word) {
        String nature = word.nature.toString();
        // 武警 of 武警河北总队五支队, 农工党 of 农工党中央: a military service or party abbreviation is no glued word
        return nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nr") || nature.equals("nz")
                || nature.equals("j") || nature.equals("nx") || nature.equals("nis")
                || NATIONAL_START.contains(word.word) || OrganizationModifiers.isNationalBody(word.word);
    }

    /**
     * The ministries of China's State Council by their usual short names, as listed in the government's published
     * line-ups of the 1990s and since (general knowledge, not taken from any corpus). HanLP tags most of them as
     * institution words (nis), which are no names by themselves.
     */
    private static final java.util.Set<String> MINISTRIES = java.util.Set.of("外交部", "国防部", "公安部", "国家安全部",
            "安全部", "监察部", "民政部", "司法部", "财政部", "人事部", "劳动部", "建设部", "铁道部", "交通部", "邮电部",
            "电子工业部", "电子部", "机械工业部", "机械部", "冶金工业部", "冶金部", "化学工业部", "化工部", "煤炭工业部",
            "煤炭部", "电力工业部", "电力部", "水利部", "农业部", "林业部", "对外贸易经济合作部", "外经贸部", "国内贸易部",
            "内贸部", "文化部", "卫生部", "教育部", "广播电影电视部", "广电部", "地质矿产部", "地矿部", "核工业部",
            "石油工业部", "石油部", "纺织工业部", "轻工业部", "商业部", "物资部", "能源部", "地质部", "燃料工业部", "粮食部",
            "高教部", "商务部", "科学技术部", "科技部", "国土资源部", "信息产业部", "劳动和社会保障部", "环境保护部",
            "工业和信息化部", "交通运输部", "住房和城乡建设部", "人力资源和社会保障部", "自然资源部", "生态环境部",
            "农业农村部", "文化和旅游部", "应急管理部", "退役军人事务部");

    /** Returns true for the short name of one of China's ministries (外交部, 铁道部). */
    static boolean isMinistry(String word) {
        return MINISTRIES.contains(word);
    }

    private static final java.util.Set<String> NATIONAL_START = java.util.Set.of("中共", "中央", "国家", "全国", "中华");

    /**
     * Returns true when the dictionary segmentation of {@code word} holds a function character as a word of its own
     * (两国和政府), not inside a longer word (就业局, 和平委员会).
     */
    private static boolean hasFunctionWord(String word) {
        for (Term t : PLAIN.get().seg(word)) {
            if (t.word.length() == 1 && ChineseEntityRecognizer.hasFunctionCharacter(t.word)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasOrganizationHead(String word) {
        for (String head : ORGANIZATION_HEADS) {
            if (word.endsWith(head)) {
                return true;
            }
        }
        return OrganizationHeads.isDepartment(word);
    }

    /**
     * Splits organizations written one after another without a separator (江苏省新华书店江苏省歌舞剧院, a list of award
     * winners) where a province, city or county (…省, …市, …县) starts a new name right after an organization head; every
     * piece must be an organization by itself, otherwise the name is kept whole, and so is a body followed by a
     * branch in a province or city (中国人民银行北京分行, 中国工商银行北京市分行).
     */
    static List<String> split(String organization) {
        if (organization.length() < 10) {
            return List.of(organization);
        }
        List<String> pieces = new java.util.ArrayList<>();
        int from = 0;
        int at = 0;
        for (Term t : PLAIN.get().seg(organization)) {
            String piece = organization.substring(from, at);
            if (at > from && t.nature.toString().startsWith("ns") && t.word.length() >= 3
                    && "省市区县州".indexOf(t.word.charAt(t.word.length() - 1)) >= 0
                    && piece.length() >= 4 && acceptOrganization(piece)) {
                pieces.add(piece);
                from = at;
            }
            at += t.word.length();
        }
        String last = organization.substring(from);
        if (pieces.isEmpty() || last.length() < 4 || !acceptOrganization(last)) {
            return List.of(organization);
        }
        pieces.add(last);
        for (String piece : pieces.subList(1, pieces.size())) {
            if (OrganizationHeads.isBranch(piece)) {
                return List.of(organization); // 中国工商银行北京市分行: a branch belongs to the body before it
            }
        }
        return pieces;
    }
}
