package com.newsbridge.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds people, places and organizations in Chinese text with HanLP's recognizers (trained on People's Daily), then
 * repairs what they are known to get wrong:
 * <ul>
 *   <li>transliterated foreign names cut short (特雷斯 for 古特雷斯, 林肯 for 布林肯, 谭德 for 谭德塞) are extended to the
 *       whole run of transliteration characters around them, up to the next ordinary word (克林顿 + 夫妇);</li>
 *   <li>Chinese names cut into words are read from their context ({@link ChineseNameContexts}: lists of people,
 *       titles), a third character before a list break completes a name (邵大/nr 箴/n 等), 老/小 + surname is a
 *       person, and two-character names led by a word-like surname (钱花, 时许) need support;</li>
 *   <li>organizations are checked and repaired by {@link OrganizationNames} (head word, no function word, not
 *       generic, glued words cut, names written one after another split) and joined by {@link OrganizationCompounds}
 *       (also across a congress's number, {@link OrganizationSessions}); troops, delegations and museums are sorted
 *       out by {@link OrganizationKinds}; pieces of a longer organization found in the same text (卫组织 inside
 *       世卫组织) are dropped;</li>
 *   <li>single characters are dropped.</li>
 * </ul>
 * The person-name checks and repairs live in {@link ChineseNameRepairs}; names written without separators
 * ({@link GluedNameLists}), across a middle dot ({@link DottedNames}), in the Japanese way ({@link JapaneseNames}) or
 * cut one character short at every mention ({@link NameContinuations}) are read after the words.
 * HanLP runs at well under 1 MB/s, so the extractor uses this only for articles that have no keyword line. Thread-safe
 * (one HanLP segmenter per thread).
 */
public final class ChineseEntityRecognizer {

    /** A recognized mention: the text as written and its type. */
    public record Mention(String text, EntityType type) {
    }

    private static final ThreadLocal<Segment> SEGMENTER = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true));

    private final java.util.function.Predicate<String> knownOrganization;
    /** The people and organizations of earlier articles (three characters or more), found again in later ones. */
    private final ChineseNameMemory memory = new ChineseNameMemory(1);

    /** A recognizer that knows no organization names. */
    public ChineseEntityRecognizer() {
        this(name -> false);
    }

    /**
     * @param knownOrganization tells whether a word names a known organization (the gazetteer's): two known
     *                          organizations side by side are not joined into one
     */
    public ChineseEntityRecognizer(java.util.function.Predicate<String> knownOrganization) {
        this.knownOrganization = knownOrganization;
    }

    /** Returns the distinct mentions of {@code text} in order of first appearance. */
    public List<Mention> recognize(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Map<String, Mention> mentions = new LinkedHashMap<>();
        // line by line: over a whole article HanLP's models read some names differently (中/f 共/d 上海市委/nt for
        // 中共上海市委/nt in one paragraph of many); a line break term keeps names from running across lines
        List<Term> terms = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!terms.isEmpty()) {
                terms.add(new Term("\n", com.hankcs.hanlp.corpus.tag.Nature.w));
            }
            if (!line.isEmpty()) {
                terms.addAll(SEGMENTER.get().seg(line));
            }
        }
        int[] starts = new int[terms.size()];
        int offset = 0;
        for (int i = 0; i < terms.size(); i++) {
            int at = text.indexOf(terms.get(i).word, offset);
            starts[i] = at < 0 ? offset : at;
            offset = at < 0 ? offset : at + terms.get(i).word.length();
        }
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            int start = starts[i];
            // 记者/nnt 喻广生/nr ）: a three-character name between a title and a break needs no common surname
            boolean titled = i > 0 && terms.get(i - 1).nature.toString().equals("nnt") && i + 1 < terms.size()
                    && (terms.get(i + 1).nature.toString().equals("w") || terms.get(i + 1).nature.toString().startsWith("v"))
                    && "都应由各班".indexOf(term.word.charAt(0)) < 0 && !ChineseNameRepairs.isTransliterated(term.word);
            int compoundEnd = OrganizationCompounds.end(terms, i, knownOrganization);
            if (compoundEnd > i) {
                // 中国/ns 环境/n 监测总站/nt: one organization, as annotators and readers take it
                String org = OrganizationTrims.trim(
                        text.substring(start, starts[compoundEnd] + terms.get(compoundEnd).word.length()));
                if (org == null) {
                    OrganizationTrims.putSessionPlace(mentions, text.substring(start, starts[compoundEnd] + terms.get(compoundEnd).word.length()));
                }
                if (org != null && OrganizationNames.acceptOrganization(org) && (mentions.containsKey(org) || !OrganizationNames.isGeneric(org)
                        || OrganizationNames.isFixedCompound(org))) {
                    for (String piece : OrganizationNames.split(org)) {
                        mentions.putIfAbsent(piece, new Mention(piece, EntityType.ORGANIZATION));
                    }
                }
                i = compoundEnd;
                continue;
            }
            if (ChineseNameRepairs.isFamiliarName(term)) {
                mentions.putIfAbsent(term.word, new Mention(term.word, EntityType.PERSON));
                continue;
            }
            if (OrganizationNames.isDictionaryOrganization(term)) {
                String org = CountryAbbreviations.before(terms, i, term.word);
                mentions.putIfAbsent(org, new Mention(org, EntityType.ORGANIZATION));
                continue;
            }
            EntityType type = typeOf(term.nature.toString());
            if (type == null) {
                continue;
            }
            if (type == EntityType.PLACE && i > 0 && terms.get(i - 1).nature.toString().equals("nnt")
                    && (term.word.length() == 2 || term.word.length() == 3) && ChineseSurnames.isSurname(term.word.charAt(0))) {
                type = EntityType.PERSON; // 记者/nnt 张宿堂/ns: a name after a title, read by HanLP as a place
            }
            String word = term.word;
            if (type == EntityType.PERSON && (term.nature.toString().startsWith("nrf") || ChineseNameRepairs.isTransliterated(word))) {
                word = ChineseNameRepairs.extendTransliteration(text, start, start + word.length(), terms, starts, i);
                word = ChineseNameRepairs.withLastForeignCharacter(text, text.indexOf(word, Math.max(0, start - 12)), word, terms, starts); // 塞迪/nr 略/d
            } else if (type == EntityType.PERSON && word.length() == 2 && ChineseSurnames.isSurname(word.charAt(0))
                    && i + 1 < terms.size() && (ChineseNameRepairs.isGivenNameCharacter(terms.get(i + 1))
                    || ChineseNameRepairs.isLastCharacterBeforeBreak(terms, i + 1))) {
                word = word + terms.get(i + 1).word; // 许嘉/nr 璐/nr, 刘方/nr 仁/ag: a three-character name cut short
                i++;
            } else if (type == EntityType.PERSON && word.length() == 2
                    && Transliteration.isTransliterationCharacter(word.charAt(1))) {
                int end = start + word.length(); // 谭德 + 塞: a foreign name read as a Chinese one and cut short
                while (end < text.length() && ChineseNameRepairs.isNameCharacter(text.charAt(end))) {
                    end++;
                }
                word = text.substring(start, end);
            }
            if (type == EntityType.PERSON) {
                word = ChineseNameRepairs.withoutTitle(word); // 刘先生 is "Mr Liu", not a name
                word = ChineseNameRepairs.withoutLeadingPreposition(word); // 向李鹏/nr: 向 + 李鹏
                word = ChineseNameRepairs.withoutCountingNumeral(text, text.indexOf(word, start), word); // 丁伟五/nr 段
                word = ChineseNameRepairs.withoutVerbStart(text, text.indexOf(word, start), word); // 李鹏来/nr 到
            }
            if (type == EntityType.ORGANIZATION) {
                word = OrganizationTrims.trim(word); // １１日电政协, 国务院组织, 邓小平同志所
                if (word == null) {
                    OrganizationTrims.putSessionPlace(mentions, term.word);
                    continue;
                }
                word = OrganizationNames.withoutLeadingWord(OrganizationNames.withoutGluedPrefix(word));
                if (word.equals(term.word)) {
                    word = CountryAbbreviations.before(terms, i, word); // 俄/b 外交部/nto: Russia's foreign ministry
                }
            }
            if (type == EntityType.PLACE) {
                word = PlaceNames.clean(word, w -> typeKeyword(w) == EntityType.PLACE); // 两国, 西方, 的城市, 从云南
                if (word == null) {
                    continue;
                }
            }
            if (word.codePointCount(0, word.length()) < 2) {
                continue;
            }
            if (type == EntityType.ORGANIZATION && !OrganizationNames.acceptOrganization(word)) {
                continue; // 交流平台, 就会, 经济建设为中心, 十五次全国代表大会
            }
            // HanLP's transliterated-name model (nrf) is trusted although 恩佐 or 祖马 hold characters outside the list
            boolean foreign = term.nature.toString().startsWith("nrf") || ChineseNameRepairs.isTransliterated(word) || word.indexOf('·') >= 0
                    || type == EntityType.PERSON && ChineseNameRepairs.isTransliterated(term.word) && word.startsWith(term.word);
            boolean threeCharacterName = word.length() == 3 && term.word.length() == 3
                    && term.nature.toString().equals("nr") && (ChineseSurnames.isAnySurname(word.charAt(0)) || titled
                    || ChineseSurnames.isDictionarySurname(word.charAt(0)));
            if (type == EntityType.PERSON && !foreign && !threeCharacterName
                    && !ChineseSurnames.looksLikeChineseName(word)) {
                continue; // 向全国, 都有, 关的: not led by a surname
            }
            if (type == EntityType.PERSON && !foreign && ChineseNameRepairs.readsAsWords(text, text.indexOf(word, start), word)) {
                continue; // 左一, 恭贺新春, 于世界: words, not names
            }
            if (type == EntityType.PERSON && !foreign && !ChineseNameRepairs.isPlausibleGivenName(word)
                    && !ChineseNameRepairs.isListedNameEndingInYou(word, titled, terms, i)) {
                continue; // 党和, 江南和, 时说, 余人: a surname-like character before a function word, verb or measure word
            }
            if (type == EntityType.PERSON && !foreign && word.length() == 3 && ChineseNameRepairs.AMBIGUOUS_SURNAMES.indexOf(word.charAt(0)) >= 0
                    && !titled && !ChineseNameRepairs.isBeforeTitle(terms, i) && ChineseSurnames.isWordAfterPreposition(word)) {
                continue; // 于社会, 曾两次, 万余台: a preposition, adverb or number before a word
            }
            if (type == EntityType.PERSON && !foreign && word.length() == 2 && ChineseNameRepairs.AMBIGUOUS_SURNAMES.indexOf(word.charAt(0)) >= 0
                    && !ChineseNameRepairs.supportedShortName(text, terms, i, word)) {
                continue; // 时许, 余万, 钱来, 管好: a word-like surname and one character, with nothing saying it is a name
            }
            if (type == EntityType.ORGANIZATION && !mentions.containsKey(word) && OrganizationNames.isGeneric(word)
                    && !OrganizationNames.isFixedName(word) && !OrganizationModifiers.isPress(terms, i, word)) {
                continue; // 金融机构, 地方政府: an organization word, not an organization's name
            }
            for (String piece : type == EntityType.ORGANIZATION ? OrganizationNames.split(word) : List.of(word)) {
                mentions.putIfAbsent(piece, new Mention(piece, type));
            }
        }
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).nature.toString().equals("nnt")) {
                String name = ChineseNameContexts.afterTitle(terms, i);
                if (name == null) {
                    name = ChineseNameContexts.foreignAfterTitle(terms, i); // 副总理/nnt 涅/vg 姆/x 佐/vg 夫/ng
                }
                if (name != null) {
                    mentions.putIfAbsent(name, new Mention(name, EntityType.PERSON)); // 书记/nnt 胡/d 富国/v
                }
            }
            String reported = ChineseNameRepairs.nameAfterGluedTitle(terms.get(i));
            if (reported != null) {
                mentions.putIfAbsent(reported, new Mention(reported, EntityType.PERSON)); // 记者陈陆军/nt
            }
            String addressed = ChineseNameContexts.givenNameBeforeComrade(terms, i);
            if (addressed != null) {
                mentions.putIfAbsent(addressed, new Mention(addressed, EntityType.PERSON)); // 小平/n 同志/n
            }
        }
        java.util.Set<String> persons = new java.util.HashSet<>();
        mentions.values().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.text()));
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (Term t : terms) {
            if (t.nature.toString().equals("nr") && t.word.length() >= 2 && t.word.length() <= 3) {
                nameWords.add(t.word);
            }
        }
        for (String name : ChineseNameContexts.enumerated(text, persons, nameWords)) {
            mentions.putIfAbsent(name, new Mention(name, EntityType.PERSON)); // 张伟、韩/b 启德/nz、刘洪滨
        }
        mentions.values().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> persons.add(m.text()));
        for (String name : ChineseNameContexts.enumerationEdges(text, terms, starts, persons)) {
            mentions.putIfAbsent(name, new Mention(name, EntityType.PERSON)); // 有/vyou 王/n 光/n 英/b 、王兆国
        }
        GluedNameLists.apply(text, terms, starts, mentions); // 李鹏乔石李瑞环: names written without separators
        DottedNames.apply(text, terms, starts, mentions); // 埃文/ng ·/w 毛赛尔/nr: one name across the dot
        JapaneseNames.apply(text, terms, starts, mentions); // 桥本/nr 龙/n 太郎/nr: a Japanese family and given name
        NameContinuations.apply(text, mentions); // 罗昌 + 爱 wherever 罗昌 is written: the name is 罗昌爱
        for (String session : OrganizationSessions.numberedNational(text)) {
            mentions.putIfAbsent(session, new Mention(session, EntityType.ORGANIZATION)); // 第九届全国人民代表大会
        }
        OrganizationKinds.sort(mentions); // 香港部队 is no name, 中国美术馆 a place
        List<Mention> result = new ArrayList<>(mentions.values());
        result.removeIf(m -> m.type() == EntityType.ORGANIZATION && result.stream()
                .anyMatch(o -> o != m && o.type() == EntityType.ORGANIZATION && o.text().length() > m.text().length()
                        && o.text().endsWith(m.text())));
        java.util.Set<String> own = new java.util.HashSet<>();
        result.forEach(m -> own.add(m.text()));
        List<Mention> remembered = memory.find(terms, own);
        for (Mention m : result) {
            if (m.text().length() >= 3) { // 张华 or 钱江 alone may be words; 国家旅游局 and 张国成 are names
                memory.record(m.text(), m.type());
            }
        }
        result.addAll(remembered);
        return result;
    }

    /**
     * Records a person or organization name that other evidence gives — an editor's keyword line, or the entities an
     * index already holds when it is opened again — so that later texts find it as the memory finds the names the
     * recognizer found itself ({@link ChineseNameMemory}: three characters or more, bounded).
     */
    void remember(String name, EntityType type) {
        memory.record(name, type);
    }

    /** Keywords repeat across articles, and HanLP costs about half a millisecond per call: remember the answers. */
    private static final int CACHE_LIMIT = 200_000;
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<EntityType>> keywordTypes =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Types a single Chinese keyword by what HanLP recognizes it as; {@code null} when it recognizes nothing. */
    public EntityType typeKeyword(String keyword) {
        java.util.Optional<EntityType> cached = keywordTypes.get(keyword);
        if (cached == null) {
            List<Term> terms = SEGMENTER.get().seg(keyword);
            cached = java.util.Optional.ofNullable(terms.size() == 1 ? typeOf(terms.get(0).nature.toString()) : null);
            if (keywordTypes.size() < CACHE_LIMIT) {
                keywordTypes.put(keyword, cached);
            }
        }
        return cached.orElse(null);
    }

    static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.PLACE;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    static boolean hasFunctionCharacter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("的了和在是有都就也为与及对把被从向着过".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

}
