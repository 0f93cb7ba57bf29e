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
 * {@code Minister}, {@code Mr}, ...) or followed by {@code said} is a person ({@link ContextEvidence}), as are other
 * runs of two to four capitalized words unless their shape says otherwise ({@link NameShape}, {@link TopicShape}); a
 * lone unknown word is a place, or a club in a sports report and a company in business news. Countries are places.
 *
 * <p>English names are typed consistently across the corpus ({@link TypeVotes}): a name typed on strong evidence
 * votes for its type, and a later article that has only weak evidence for it (the fallbacks above) follows the
 * votes. Chinese keywords are typed by their suffix (组织, 委员会, 省, 市, ...) and by a surname list.
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
            "summit", "conference", "festival", "election", "war", "crisis", "pandemic", "division", "index", "pact",
            "declaration", "protocol", "charter", "resolution", "doctrine", "carnival", "revolution", "commandments");

    private static final String[] CHINESE_ORG_SUFFIXES = {"组织", "委员会", "部", "局", "署", "银行", "公司", "集团", "大学",
        "学院", "研究院", "研究所", "协会", "联合会", "基金会", "党", "政府", "法院", "议会", "理事会", "联盟", "中心", "医院",
        "电视台", "通讯社", "社", "报", "办", "厅", "院", "会", "队", "军", "委", "电台", "使馆", "组", "团", "署", "局", "所", "处", "司",
        "联", "盟", "行", "厂", "店", "军区", "气象台", "足协", "电信", "男排", "女排", "男篮", "女篮", "人大", "宾馆"};
    private static final String[] CHINESE_PLACE_SUFFIXES = {"国", "省", "市", "县", "州", "区", "岛", "洲", "山", "河",
        "湖", "海", "江", "镇", "村", "湾", "港", "堂", "广场", "城", "高原", "馆", "街", "路", "桥", "站", "场", "园", "宫", "寺",
        "庙", "楼", "门", "峡", "岭", "峰", "原", "盆地", "半岛", "群岛", "地区", "沙漠", "草原", "口", "关", "坝", "洋", "州"};

    /** Nationality and religion adjectives, and event words: a name containing one is a topic (CoNLL's "misc"). */
    private static final Set<String> MISC_WORDS = words("african", "american", "canadian", "european", "australian",
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
    private static final Set<String> NON_ORG_ACRONYMS = words("GMT", "CEO", "GDP", "GNP", "CPI", "AIDS", "HIV", "TV",
            "PC", "AM", "PM", "USD", "EUR", "DM", "VAT", "IPO", "CET", "EST", "EDT", "BST", "MP", "MPS", "PPI", "DNA",
            // sports statistics, currencies, diseases and stock indexes
            "RBI", "RBIS", "ERA", "DEM", "FFR", "CJD", "MRI", "ADR", "ADRS", "FTSE", "AEX", "DAX", "CAC", "DJIA", "GDR",
            "GDRS");

    private final java.util.function.Predicate<String> isCity;
    private final TypeVotes votes;
    private final PersonDoubts personDoubts;

    /** A typer that knows no place names and keeps no votes: each text is typed on its own. */
    public KeywordTyper() {
        this(word -> false, TypeVotes.NONE);
    }

    /**
     * A typer that learns across the articles it types ({@link TypeVotes}): a name typed on strong evidence in one
     * article votes for that type, and a later article with only weak evidence for the same name follows the votes.
     *
     * @param isCity tells whether a single word names a place that is not a country (the gazetteer's cities and
     *               regions): a sports report's "Ajax Amsterdam" or "Baltimore Orioles" is then a club, not a person
     */
    public KeywordTyper(java.util.function.Predicate<String> isCity) {
        this(isCity, new TypeVotes());
    }

    KeywordTyper(java.util.function.Predicate<String> isCity, TypeVotes votes) {
        this.isCity = isCity;
        this.votes = votes;
        this.personDoubts = new PersonDoubts(isCity);
    }

    /** How sure a decision is: final ones neither vote nor follow votes, strong ones vote, weak ones follow. */
    private enum Strength { FINAL, STRONG, WEAK }

    /** A type with how sure the rule that chose it is. */
    private record Decision(EntityType type, Strength strength) {
        static Decision last(EntityType type) {
            return new Decision(type, Strength.FINAL);
        }

        static Decision strong(EntityType type) {
            return new Decision(type, Strength.STRONG);
        }

        static Decision weak(EntityType type) {
            return new Decision(type, Strength.WEAK);
        }
    }

    /** A name turned adjective: Boston-based, Russian-built, NATO-led, Pakistan-ruled, Nobel Peace Prize-winning. */
    private static final Pattern HYPHENATED_ADJECTIVE = Pattern.compile("-(?:based|born|led|run|style|owned|built|"
            + "ruled|brokered|listed|winning|backed|controlled|made|funded|speaking|registered)$");

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
        return typeEnglish(keyword, ENGLISH_TEXT.get(article));
    }

    /** An article's English title and text as one string, built once per article rather than once per keyword. */
    private static final LastComputed<Article, String> ENGLISH_TEXT =
            new LastComputed<>(article -> article.titleEn() + "\n" + article.textEn());

    EntityType typeChinese(String keyword) {
        String k = keyword.strip();
        // longer suffixes first (军区 before 区), then a surname-led short name, then one-character suffixes
        for (int pass = 0; pass < 2; pass++) {
            for (String suffix : CHINESE_ORG_SUFFIXES) {
                if ((suffix.length() > 1) == (pass == 0) && k.length() > suffix.length() && k.endsWith(suffix)) {
                    return EntityType.ORGANIZATION;
                }
            }
            for (String suffix : CHINESE_PLACE_SUFFIXES) {
                if ((suffix.length() > 1) == (pass == 0) && k.length() > suffix.length() && k.endsWith(suffix)) {
                    return EntityType.PLACE;
                }
            }
            if (pass == 0 && k.length() >= 2 && k.length() <= 3 && ChineseSurnames.isSurname(k.charAt(0))) {
                return EntityType.PERSON;
            }
        }
        if (k.length() == 4 && ChineseSurnames.isSurname(k.charAt(0))) {
            return EntityType.PERSON;
        }
        if (k.contains("·") && k.length() <= 12) {
            return EntityType.PERSON; // transliterated foreign name, e.g. 安东尼奥·古特雷斯
        }
        if (k.length() >= 3 && k.length() <= 6
                && k.chars().allMatch(c -> Transliteration.isTransliterationCharacter((char) c))) {
            return EntityType.PERSON; // 内塔尼亚胡, 卡里莫夫: transliterated names are more often people than places
        }
        return EntityType.TOPIC;
    }

    EntityType typeEnglish(String keyword, String text) {
        Decision decision = decideEnglish(keyword, text);
        EntityType doubt = decision.type() == EntityType.PERSON ? personDoubts.retype(keyword.strip(), text) : null;
        decision = doubt != null ? Decision.strong(doubt) : decision; // a company, a club, a title: PersonDoubts
        switch (decision.strength()) {
            case STRONG -> votes.record(keyword, decision.type());
            case WEAK -> {
                EntityType voted = votes.consensus(keyword, 1);
                if (voted != null) {
                    return voted;
                }
            }
            default -> { }
        }
        return decision.type();
    }

    private Decision decideEnglish(String keyword, String text) {
        String k = keyword.strip();
        if (k.isEmpty() || !Character.isUpperCase(k.codePointAt(0)) && !Character.isDigit(k.codePointAt(0))) {
            return Decision.last(EntityType.TOPIC);
        }
        String[] words = k.split("[\\s]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String head = words[headLength(words) - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (TOPIC_HEADS.contains(last) && words.length > 1 && !ORG_WORDS.contains(head)) {
            // (not "Organisation of the Islamic Conference": an organization's word heads it)
            return Decision.strong(EntityType.TOPIC);
        }
        if (k.indexOf('$') >= 0 || HYPHENATED_ADJECTIVE.matcher(k).find()) {
            return Decision.last(EntityType.TOPIC); // A$, US$; Boston-based, Russian-built, NATO-led: currencies and adjectives
        }
        if (TopicShape.isTopic(k, words, w -> MISC_WORDS.contains(w) || DEMONYMS.contains(w),
                ContextEvidence.isSportsReport(text))) {
            return Decision.strong(EntityType.TOPIC); // One-month, Russian-Chechen, Eritrean, American League
        }
        if (ContextEvidence.isMasthead(k, text)) {
            return Decision.strong(EntityType.ORGANIZATION); // "EL PAIS" heading its headlines in a press digest
        }
        if (ContextEvidence.isDateline(k, text)) {
            return Decision.strong(EntityType.PLACE); // "BRUSSELS 1996-08-22", "LONDON (Reuters)"
        }
        if (Countries.contains(k) || NameShape.isPartOfCountry(words)) {
            return Decision.last(EntityType.PLACE); // a country, also as a national team; S. Korea, North Yemen
        }
        boolean allCaps = k.equals(k.toUpperCase(Locale.ROOT));
        if (!allCaps && !text.contains(k)) {
            String written = ContextEvidence.mixedCaseForm(k, text);
            if (written != null && !written.equals(k) && Character.isUpperCase(written.charAt(0))
                    && !written.equals(written.toUpperCase(Locale.ROOT))) {
                return decideEnglish(written, text); // the keyword "Macsharry" for "MacSharry" in the text
            }
        }
        if (allCaps && (k.replaceAll("[^A-Z]", "").length() > 4 || words.length > 1)) {
            // a headline in capitals, not an acronym: type the name as written in the text when it is there
            String titled = ContextEvidence.mixedCaseForm(k, text);
            return titled == null || titled.equals(k) ? typeCapitalized(k, words, text) : decideEnglish(titled, text);
        }
        if (NON_ORG_ACRONYMS.contains(k.replace(".", ""))) {
            return Decision.last(EntityType.TOPIC);
        }
        if (NameShape.isStateAbbreviation(k)) {
            return Decision.last(EntityType.PLACE); // TX, N.J., HK
        }
        if (k.matches("\\p{Lu}[\\p{Lu}\\d]*-\\d+")) {
            return Decision.strong(EntityType.TOPIC); // CAC-40, KSE-100, MI-17: an index or a model, not its maker
        }
        if (isAcronym(k)) {
            return Decision.weak(EntityType.ORGANIZATION);
        }
        return typeCapitalized(k, words, text);
    }

    /**
     * Types a capitalized name by its words and context; a name that would be a place but plays as a team in a sports
     * report (Durham, Somerset, Everton) is a club, unless it is a country (national teams are places).
     */
    private Decision typeCapitalized(String k, String[] words, String text) {
        Decision decision = typeByWordsAndContext(k, words, text);
        return decision.type() == EntityType.PLACE && isClub(k, text) ? Decision.strong(EntityType.ORGANIZATION) : decision;
    }

    /** Returns true when {@code name} is not a country and plays as a team in {@code text}. */
    static boolean isClub(String name, String text) {
        return !Countries.contains(name) && ContextEvidence.isTeam(name, text);
    }

    private Decision typeByWordsAndContext(String k, String[] words, String text) {
        if (NameShape.isFacility(words) || NameShape.isSportsGround(words) && ContextEvidence.isSportsReport(text)) {
            return Decision.strong(EntityType.PLACE); // Johns Hopkins Hospital, Olympic Stadium
        }
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (ORG_WORDS.contains(w)) {
                return Decision.strong(EntityType.ORGANIZATION);
            }
        }
        for (String word : words) {
            if (PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                return Decision.strong(EntityType.PLACE);
            }
        }
        for (int i = 0; i < headLength(words); i++) {
            if (MISC_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return Decision.strong(EntityType.TOPIC); // Russian Cup, not Liberation Tigers of Tamil Eelam
            }
        }
        if (words.length >= 3 && java.util.Arrays.asList(words).contains("&")) {
            return Decision.strong(EntityType.ORGANIZATION); // Duff & Phelps, Rothschild & Cie: partners of a firm
        }
        boolean allCapitalized = true;
        for (String word : words) {
            int cp = word.codePointAt(0);
            if (!Character.isUpperCase(cp) && !isNameParticle(word)) {
                allCapitalized = false;
            }
        }
        if (!allCapitalized) {
            return Decision.last(EntityType.TOPIC);
        }
        if (NameShape.isNationalArm(words) && !GivenNames.startsPersonName(words)
                && !MISC_WORDS.contains(words[0].toLowerCase(Locale.ROOT)) && !DEMONYMS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Decision.strong(EntityType.ORGANIZATION); // Ford China, AOL Europe, Statistics Canada
        }
        EntityType byContext = ContextEvidence.strongest(k, text);
        if (byContext != null) {
            return Decision.strong(byContext);
        }
        EntityType byShape = NameShape.type(k, words);
        if (byShape != null && !GivenNames.startsPersonName(words)) {
            // South Kivu, Le Monde, PSV Eindhoven; in sports a "Western Suburbs" or "St Pauli" is rather a club
            return Decision.weak(byShape == EntityType.PLACE && ContextEvidence.isSportsReport(text)
                    ? EntityType.ORGANIZATION : byShape);
        }
        if (words.length >= 2 && words.length <= 3 && ContextEvidence.isSportsReport(text)
                && java.util.Arrays.stream(words).anyMatch(w -> isCity.test(w) && !Countries.contains(w))) {
            return Decision.strong(EntityType.ORGANIZATION); // Ajax Amsterdam, Baltimore Orioles, Real Madrid: a club named after its city
        }
        if (words.length >= 2 && words.length <= 4) {
            if (GivenNames.startsPersonName(words)) {
                return Decision.weak(EntityType.PERSON); // Davey Johnson, J. Smith
            }
            if (ContextEvidence.isTeam(k, text)) {
                return Decision.strong(EntityType.ORGANIZATION); // "Feyenoord Rotterdam 3 (Sanchez 27th)": a club
            }
            if (words.length >= 3 && headLength(words) == words.length && !GivenNames.looksLikeFullName(words)) {
                // (a name with "of" stays a person here: the recognizer splits "Jane Roe of Northvale" in two)
                return Decision.weak(EntityType.ORGANIZATION); // Super Indah Makmur, Zagreb Money Market
            }
            return Decision.weak(EntityType.PERSON);
        }
        if (words.length == 1) {
            String w = k.toLowerCase(Locale.ROOT);
            if (DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
                    || w.endsWith("ians") || w.endsWith("ans") && !w.endsWith("stans")) {
                return Decision.strong(EntityType.TOPIC); // nationality, religion, event words
            }
            if (hasInnerCapital(k) && !k.contains("-") || NameShape.hasCompanyEnding(k)) {
                return Decision.weak(EntityType.ORGANIZATION); // DeepMind, OpenAI, PetroChina, Rabobank, Statoil
            }
            if (GivenNames.contains(k)) {
                return Decision.weak(EntityType.PERSON); // a first name alone: "Liam", "Nicole"
            }
            return Decision.weak(ContextEvidence.isSportsReport(text) || ContextEvidence.isBusinessReport(text)
                    ? EntityType.ORGANIZATION : EntityType.PLACE);
        }
        return Decision.weak(EntityType.TOPIC);
    }

    /**
     * Returns how many words head the name: those before an inner "of" or "for" ("Organisation" in "Organisation of
     * the Islamic Conference", "Treaty" in "Treaty of Rome"), or all of them.
     */
    static int headLength(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of") || words[i].equals("for")) {
                return i;
            }
        }
        return words.length;
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
            case "von", "van", "der", "de", "da", "di", "bin", "al", "la", "le", "del", "dos", "du", "of", "the", "and",
                 "wa", "dal", "della", "dello", "delle", "degli", "das", "do", "ibn", "ter", "ten", "zu", "y", "i",
                 "am", "dem", "for", "in", "pour", "les", "des" -> true;
            default -> word.matches("(?:al|el|ul|ad|ar|as|an|at|az)-\\p{Lu}.*"); // al-Kabariti, el-Sheikh
        };
    }


}
