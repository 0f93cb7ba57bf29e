package com.newsbridge.entity;

import java.util.Set;

/**
 * The vocabulary {@link KeywordTyper} reads a keyword's words against: organization, place and topic words, peoples
 * and events, abbreviations that name no organization, and the endings of Chinese organization and place names. The
 * lists are curated by hand from general knowledge of English and Chinese news writing; lower-case except the
 * abbreviations.
 */
final class KeywordWords {

    private KeywordWords() {
    }

    /** Words that make a name an organization's: kinds of body, company forms, newspapers, clubs. */
    static final Set<String> ORG_WORDS = words("ministry", "department", "organization", "organisation",
            "bank", "council", "party", "union", "committee", "agency", "corporation", "corp", "inc", "ltd", "co",
            "association", "university", "institute", "fund", "federation", "group", "company", "commission",
            "office", "bureau", "administration", "academy", "league", "club", "foundation", "society", "assembly",
            "parliament", "congress", "court", "army", "police", "airlines", "airways", "motors", "holdings", "news",
            "times", "post", "press", "alliance", "forum", "center", "centre", "school", "college",
            "hospital", "exchange", "reserve", "government", "senate", "board", "authority", "service", "network",
            "team", "fc", "united", "plc", "ag", "sa", "gmbh", "nv", "laboratory", "laboratories", "lab", "labs",
            "institution", "ministries", "secretariat", "directorate", "tribunal", "corps", "guard", "brigade",
            "airline", "bancorp", "trust", "partners", "capital", "systems", "technologies", "energy", "petroleum",
            "newsroom", "desk", "daily", "journal", "radio", "television", "magazine", "gazette", "tribune", "herald",
            "telegraph", "chronicle", "newspaper",
            // company, trade and newspaper words
            "brothers", "pictures", "international", "markets", "securities", "sciences", "data", "development",
            "communications", "services", "industries", "industry", "broadcasting", "insurance", "investment",
            "investments", "resources", "mining", "oil", "gas", "steel", "chemicals", "pharmaceutical",
            "pharmaceuticals", "electric", "electronics", "industrial", "enterprises", "products", "finance",
            "financial", "properties", "cement", "mills", "medical", "software", "computer", "computers", "telecom",
            "media", "entertainment", "records", "films", "newsdesk", "editorial", "weekly", "zeitung", "gazeta",
            "movement", "front", "rights", "project", "observatory", "campaign", "commodities", "limited", "oy",
            "ab", "asa", "spa", "bhd", "pt", "pty", "tbk", "kk", "srl", "bv", "assn", "assoc", "cos", "rovers",
            "wanderers", "athletic", "albion", "sporting", "dinamo", "dynamo", "hapoel", "maccabi", "olympique",
            // state bodies and the words for bank, holding and group in other languages
            "navy", "treasury", "banco", "banca", "banka", "banque", "holding", "gruppen", "gruppo", "corporacion",
            "compagnie", "societe", "sparkasse");
    /** Words that make a name a place's: kinds of region, water, landform and street. */
    static final Set<String> PLACE_WORDS = words("city", "province", "county", "state", "river", "island",
            "islands", "mountain", "mountains", "lake", "sea", "ocean", "bay", "gulf", "valley", "region", "district",
            "republic", "kingdom", "peninsula", "strait", "desert", "coast", "street", "square", "airport", "port",
            "crater", "planitia", "emirates", "province", "prefecture", "territory", "territories", "canal", "harbor",
            "harbour", "beach", "park", "plateau", "basin", "falls", "heights", "hills", "glacier", "inner", "outer");
    /** Peoples, faiths, parties and festivals: a name led by one is no person. */
    static final Set<String> DEMONYMS = words("german", "american", "african", "korean", "mexican", "european",
            "asian", "french", "dutch", "greek", "thai", "iraqi", "israeli", "pakistani", "saudi", "swiss", "arab",
            "muslim", "christian", "jewish", "catholic", "democrat", "democrats", "republican", "republicans",
            "olympic", "olympics", "nobel", "internet", "christmas", "easter", "ramadan");
    /** Last words of named plans, laws, prizes and events: such a name is a topic. */
    static final Set<String> TOPIC_HEADS = words("initiative", "programme", "program", "plan", "agreement",
            "treaty", "accord", "act", "law", "strategy", "policy", "cup", "games", "olympics", "prize", "award",
            "summit", "conference", "festival", "election", "war", "crisis", "pandemic", "division", "index", "pact",
            "declaration", "protocol", "charter", "resolution", "doctrine", "carnival", "revolution", "commandments");

    /** Endings of Chinese organization names (组织, 委员会, 银行, ...). */
    static final String[] CHINESE_ORG_SUFFIXES = {"组织", "委员会", "部", "局", "署", "银行", "公司", "集团", "大学",
        "学院", "研究院", "研究所", "协会", "联合会", "基金会", "党", "政府", "法院", "议会", "理事会", "联盟", "中心", "医院",
        "电视台", "通讯社", "社", "报", "办", "厅", "院", "会", "队", "军", "委", "电台", "使馆", "组", "团", "署", "局", "所", "处", "司",
        "联", "盟", "行", "厂", "店", "军区", "气象台", "足协", "电信", "男排", "女排", "男篮", "女篮", "人大", "宾馆"};
    /** Endings of Chinese place names (省, 市, 河, 广场, ...). */
    static final String[] CHINESE_PLACE_SUFFIXES = {"国", "省", "市", "县", "州", "区", "岛", "洲", "山", "河",
        "湖", "海", "江", "镇", "村", "湾", "港", "堂", "广场", "城", "高原", "馆", "街", "路", "桥", "站", "场", "园", "宫", "寺",
        "庙", "楼", "门", "峡", "岭", "峰", "原", "盆地", "半岛", "群岛", "地区", "沙漠", "草原", "口", "关", "坝", "洋", "州"};

    /** Nationality and religion adjectives, and event words: a name containing one is a topic (CoNLL's "misc"). */
    static final Set<String> MISC_WORDS = words("african", "american", "canadian", "european", "australian",
            "russian", "chinese", "japanese", "british", "french", "german", "italian", "spanish", "dutch", "swedish",
            "indian", "brazilian", "mexican", "korean", "israeli", "iraqi", "iranian", "pakistani", "polish", "turkish",
            "greek", "irish", "scottish", "welsh", "english", "roman", "catholic", "muslim", "islamic", "christian",
            "jewish", "arab", "palestinian", "serb", "bosnian", "croat", "albanian", "kurdish", "chechen", "belgian",
            "swiss", "austrian", "norwegian", "danish", "finnish", "czech", "hungarian", "romanian", "bulgarian",
            "ukrainian", "argentine", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "egyptian", "nigerian",
            "kenyan", "zimbabwean", "thai", "vietnamese", "indonesian", "malaysian", "filipino", "taiwanese", "asian",
            "yugoslav", "soviet", "libyan", "tamil", "tamils", "himalayan", "nepali", "rwandan", "nicaraguan", "briton",
            "britons", "afghan", "slovak", "moroccan", "saudi", "maoist", "marxist", "bangladeshi", "angolan", "tibetan",
            "zairean", "sudanese", "basque", "dutchman", "spaniard", "guinean", "moslem", "moslems", "islamist",
            "islamists", "chechens", "serbs", "kurds", "kurd", "iraqis", "israelis", "palestinians", "pakistani",
            "somali", "hutu", "tutsi", "sikh", "hindu", "buddhist", "shi'ite", "sunni", "republican", "democratic",
            "western", "olympic", "open", "cup", "championship", "championships", "grand", "prix", "games", "series",
            "classic", "masters", "trophy", "derby", "stakes", "tour", "rally", "marathon", "award", "awards", "day");
    /** Capitalized abbreviations that are not organizations. */
    static final Set<String> NON_ORG_ACRONYMS = words("GMT", "CEO", "GDP", "GNP", "CPI", "AIDS", "HIV", "TV",
            "PC", "AM", "PM", "USD", "EUR", "DM", "VAT", "IPO", "CET", "EST", "EDT", "BST", "MP", "MPS", "PPI", "DNA",
            // sports statistics, currencies, diseases and stock indexes
            "RBI", "RBIS", "ERA", "DEM", "FFR", "CJD", "MRI", "ADR", "ADRS", "FTSE", "AEX", "DAX", "CAC", "DJIA", "GDR",
            "GDRS");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // tolerates duplicates in the lists above
    }
}
