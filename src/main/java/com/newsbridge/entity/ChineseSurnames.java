package com.newsbridge.entity;

/**
 * The most common Chinese surnames (about 300 single-character ones, covering the great majority of people), used to
 * tell a Chinese person's name (刘建超, 毛泽东) from a transliterated foreign one (布林肯) and from ordinary words.
 */
public final class ChineseSurnames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
            + "严覃武戴莫孔汤习温屠易常康伍施洪乔樊殷牛葛安齐邢庞柳申盛聂甘池栗尤詹欧岳阮童包柴俞倪强宁骆卓蒙焦符芦关路"
            + "鲍纪左翟冉单华阎耿宗季祝吉钮辛管景颜霍晏戚成支果鹿凌滕谷麦商司靳甄冷车窦艾房裴穆荣邬佟萧植练虞隋巩游竺苗"
            + "蓝闵娄卞桂邝廉时伏匡卜晋臧鞠迟诸巫郁裘丛薄蔺帅税闻"
            + "傅鲁费章庄毕郎舒简鄢梅席";

    /**
     * Less common single-character surnames (from the traditional Hundred Family Surnames list,
     * leaving out characters that begin common words: 向, 都, 国, 党 ...), accepted only where a
     * name model already reads a three-character name (兰红光, 尉健行, 解振华, 谈世中).
     */
    private static final String LESS_COMMON = "兰尉解谈尚祁缪阳粟褚蔺邰栾雍隗茅阚仇訾禹晁嵇荆鄂邴牟佘芮羿汲邸糜宓郗仲伊"
            + "厉詹韶郜蓟蒲赖屠翟谭贡劳逄姬堵冉宰郦璩桑濮冀郏瞿慕庾暨耿匡寇阙殳蔚敖饶鞠巢蒯竺逯桓"
            + "翁冼丘沙喻屈拜门";

    private ChineseSurnames() {
    }

    /** Returns true when {@code c} is a common Chinese surname (向 and 应 are left out: far more often 向全国, 应由). */
    public static boolean isSurname(char c) {
        return SURNAMES.indexOf(com.newsbridge.analysis.ChineseScriptFolding.fold(c)) >= 0;
    }

    /** Returns true when {@code c} is a common or a less common single-character surname. */
    public static boolean isAnySurname(char c) {
        return isSurname(c) || LESS_COMMON.indexOf(com.newsbridge.analysis.ChineseScriptFolding.fold(c)) >= 0;
    }

    /**
     * Returns true when HanLP's person-name dictionary has seen {@code c} mostly as a surname (role B in at least
     * {@link #DICTIONARY_SURNAME} of its uses, 苑, 郄, 奚, 戎) and its core dictionary does not know it as a word of
     * its own (那, 党, 全 and 查 are words far more often than surnames): rare surnames the lists above leave out,
     * accepted where HanLP's name model already reads a three-character name.
     */
    public static boolean isDictionarySurname(char c) {
        if (GluedNameLists.role(c, com.hankcs.hanlp.corpus.tag.NR.B) < DICTIONARY_SURNAME) {
            return false;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute word = com.hankcs.hanlp.dictionary.CoreDictionary.get(String.valueOf(c));
        return word == null || word.nature[0].toString().startsWith("nr") || word.totalFrequency <= 2;
    }

    /** The share of a character's uses in names that must be as a surname for {@link #isDictionarySurname}. */
    private static final double DICTIONARY_SURNAME = 0.5;

    /** Returns true when {@code name} looks like a Chinese person's name: 2 to 4 characters led by a surname. */
    public static boolean looksLikeChineseName(String name) {
        return name.length() >= 2 && name.length() <= 4 && isSurname(name.charAt(0)) && name.indexOf('·') < 0;
    }

    /**
     * Returns true when a three-character "name" led by a word-like surname (于, 曾, 万 ...) is that character before
     * an ordinary word: its second character is a number word (万余台 "over ten thousand machines", 曾两次 "twice"), or
     * its last two characters are one dictionary word that is no given name, a common noun, verb or adjective, a
     * number, measure, time, pronoun or function word (于社会 "in society"). Given names that are person-name words
     * (nr) or bound morphemes (ng) are kept: 于燕文.
     */
    static boolean isWordAfterPreposition(String word) {
        if ("余多两几数".indexOf(word.charAt(1)) >= 0) {
            return true;
        }
        java.util.List<com.hankcs.hanlp.seg.common.Term> rest = OrganizationNames.PLAIN.get().seg(word.substring(1));
        String nature = rest.get(0).nature.toString();
        return rest.size() == 1 && !nature.startsWith("nr") && !nature.equals("ng")
                && "mqtrfspcduvan".indexOf(nature.charAt(0)) >= 0;
    }
}
