package com.newsbridge.entity;

import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a keyword names a person, an organization, a place or a topic when the gazetteer does not know it.
 *
 * <p>The rules read the keyword's form and, for English names, how the article's English text uses it: lower-case
 * keywords are topics; acronyms and names with organization words ({@code Ministry}, {@code Bank}, ...) are
 * organizations; names with place words are places; a name preceded in the text by a title ({@code President},
 * {@code Minister}, {@code Mr}, ...) or followed by {@code said} is a person, as are other runs of two to four
 * capitalized words. Chinese keywords are typed by their suffix (组织, 委员会, 省, 市, ...) and by a surname list.
 */
public final class KeywordTyper {

    private static final Set<String> ORG_WORDS = words("ministry", "department", "organization", "organisation",
            "bank", "council", "party", "union", "committee", "agency", "corporation", "corp", "inc", "ltd", "co",
            "association", "university", "institute", "fund", "federation", "group", "company", "commission",
            "office", "bureau", "administration", "academy", "league", "club", "foundation", "society", "assembly",
            "parliament", "congress", "court", "army", "police", "airlines", "airways", "motors", "holdings", "news",
            "times", "post", "press", "alliance", "forum", "center", "centre", "school", "college",
            "hospital", "exchange", "reserve", "government", "senate", "board", "authority", "service", "network",
            "team", "fc", "united", "plc", "ag", "sa", "gmbh", "nv", "laboratory", "laboratories", "lab", "labs",
            "institution", "ministries", "secretariat", "directorate", "tribunal", "corps", "guard", "brigade",
            "airline", "bancorp", "trust", "partners", "capital", "systems", "technologies", "energy", "petroleum");
    private static final Set<String> PLACE_WORDS = words("city", "province", "county", "state", "river", "island",
            "islands", "mountain", "mountains", "lake", "sea", "ocean", "bay", "gulf", "valley", "region", "district",
            "republic", "kingdom", "peninsula", "strait", "desert", "coast", "street", "square", "airport", "port",
            "crater", "planitia", "emirates", "province", "prefecture", "territory", "territories", "canal", "harbor",
            "harbour", "beach", "park", "plateau", "basin", "falls", "heights", "hills", "glacier", "inner", "outer");
    private static final Set<String> DEMONYMS = words("german", "american", "african", "korean", "mexican", "european",
            "asian", "french", "dutch", "greek", "thai", "iraqi", "israeli", "pakistani", "saudi", "swiss", "arab",
            "muslim", "christian", "jewish", "catholic", "democrat", "democrats", "republican", "republicans",
            "olympic", "olympics", "nobel", "internet", "christmas", "easter", "ramadan");
    private static final Set<String> TOPIC_HEADS = words("initiative", "programme", "program", "plan", "agreement",
            "treaty", "accord", "act", "law", "strategy", "policy", "cup", "games", "olympics", "prize", "award",
            "summit", "conference", "festival", "election", "war", "crisis", "pandemic");
    private static final Pattern PERSON_CONTEXT_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:mr|mrs|ms|dr|prof|president|premier|minister|secretary-general|secretary|chairman|chairwoman|"
                    + "chair|director-general|director|chancellor|king|queen|prince|princess|pope|ceo|coach|ambassador|"
                    + "spokesman|spokeswoman|spokesperson|governor|mayor|senator|general|envoy|vice)\\.?\\s+)");
    private static final String CHINESE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
            + "严覃武戴莫孔向汤习温屠易";
    private static final String[] CHINESE_ORG_SUFFIXES = {"组织", "委员会", "部", "局", "署", "银行", "公司", "集团", "大学",
        "学院", "研究院", "研究所", "协会", "联合会", "基金会", "党", "政府", "法院", "议会", "理事会", "联盟", "中心", "医院",
        "电视台", "通讯社", "社", "报", "办", "厅", "院", "会", "队", "军"};
    private static final String[] CHINESE_PLACE_SUFFIXES = {"国", "省", "市", "县", "州", "区", "岛", "洲", "山", "河",
        "湖", "海", "江", "镇", "村", "湾", "港"};

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // tolerates duplicates in the lists above
    }

    /**
     * Types {@code keyword} in the context of {@code article}.
     *
     * @return the type; never {@code null}
     */
    public EntityType type(String keyword, Article article) {
        if (ArticleParser.containsHan(keyword)) {
            return typeChinese(keyword);
        }
        return typeEnglish(keyword, article.titleEn() + "\n" + article.textEn());
    }

    EntityType typeChinese(String keyword) {
        String k = keyword.strip();
        for (String suffix : CHINESE_ORG_SUFFIXES) {
            if (k.length() > suffix.length() && k.endsWith(suffix)) {
                return EntityType.ORGANIZATION;
            }
        }
        for (String suffix : CHINESE_PLACE_SUFFIXES) {
            if (k.length() > suffix.length() && k.endsWith(suffix)) {
                return EntityType.PLACE;
            }
        }
        if (k.length() >= 2 && k.length() <= 4 && CHINESE_SURNAMES.indexOf(k.charAt(0)) >= 0) {
            return EntityType.PERSON;
        }
        if (k.contains("·") && k.length() <= 12) {
            return EntityType.PERSON; // transliterated foreign name, e.g. 安东尼奥·古特雷斯
        }
        return EntityType.TOPIC;
    }

    EntityType typeEnglish(String keyword, String text) {
        String k = keyword.strip();
        if (k.isEmpty() || !Character.isUpperCase(k.codePointAt(0)) && !Character.isDigit(k.codePointAt(0))) {
            return EntityType.TOPIC;
        }
        String[] words = k.split("[\\s]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (TOPIC_HEADS.contains(last) && words.length > 1) {
            return EntityType.TOPIC;
        }
        if (isAcronym(k)) {
            return EntityType.ORGANIZATION;
        }
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (ORG_WORDS.contains(w)) {
                return EntityType.ORGANIZATION;
            }
        }
        for (String word : words) {
            if (PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                return EntityType.PLACE;
            }
        }
        boolean allCapitalized = true;
        for (String word : words) {
            int cp = word.codePointAt(0);
            if (!Character.isUpperCase(cp) && !isNameParticle(word)) {
                allCapitalized = false;
            }
        }
        if (!allCapitalized) {
            return EntityType.TOPIC;
        }
        if (personContext(k, text)) {
            return EntityType.PERSON;
        }
        if (placeContext(k, text)) {
            return EntityType.PLACE;
        }
        if (words.length >= 2 && words.length <= 4) {
            return EntityType.PERSON;
        }
        if (words.length == 1) {
            String w = k.toLowerCase(Locale.ROOT);
            if (DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")) {
                return EntityType.TOPIC; // nationality, religion, event words
            }
            if (hasInnerCapital(k) && !k.contains("-")) {
                return EntityType.ORGANIZATION; // DeepMind, OpenAI, PetroChina
            }
            return EntityType.PLACE;
        }
        return EntityType.TOPIC;
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String k) {
        String letters = k.replace(".", "").replace("&", "").replace("-", "");
        if (letters.length() < 2 || letters.length() > 7) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && !(Character.isLowerCase(c) && i > 0)) {
                return false;
            }
        }
        return upper >= 2 && upper * 2 >= letters.length();
    }

    private static boolean isNameParticle(String word) {
        return switch (word) {
            case "von", "van", "der", "de", "da", "di", "bin", "al", "la", "le", "del", "dos", "du", "of", "the", "and" -> true;
            default -> false;
        };
    }

    private static boolean personContext(String name, String text) {
        Matcher m = Pattern.compile(PERSON_CONTEXT_BEFORE.pattern() + Pattern.quote(name)).matcher(text);
        if (m.find()) {
            return true;
        }
        return Pattern.compile(Pattern.quote(name) + ",?\\s+(?:said|says|told|added|stressed|noted|emphasized)\\b")
                .matcher(text).find();
    }

    private static boolean placeContext(String name, String text) {
        return Pattern.compile("\\b(?:in|at|near|across|outside|inside|throughout)\\s+" + Pattern.quote(name) + "\\b").matcher(text).find();
    }
}
