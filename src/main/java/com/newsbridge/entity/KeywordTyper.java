package com.newsbridge.entity;

import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.Locale;
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
 * votes. Chinese keywords are typed by their suffix (组织, 委员会, 省, 市, ...) and by a surname list. The word lists
 * are in {@link KeywordWords}.
 */
public final class KeywordTyper {

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
            for (String suffix : KeywordWords.CHINESE_ORG_SUFFIXES) {
                if ((suffix.length() > 1) == (pass == 0) && k.length() > suffix.length() && k.endsWith(suffix)) {
                    return EntityType.ORGANIZATION;
                }
            }
            for (String suffix : KeywordWords.CHINESE_PLACE_SUFFIXES) {
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
        if (KeywordWords.TOPIC_HEADS.contains(last) && words.length > 1 && !KeywordWords.ORG_WORDS.contains(head)) {
            // (not "Organisation of the Islamic Conference": an organization's word heads it)
            return Decision.strong(EntityType.TOPIC);
        }
        if (k.indexOf('$') >= 0 || HYPHENATED_ADJECTIVE.matcher(k).find()) {
            return Decision.last(EntityType.TOPIC); // A$, US$; Boston-based, Russian-built, NATO-led: currencies and adjectives
        }
        if (TopicShape.isTopic(k, words, w -> KeywordWords.MISC_WORDS.contains(w) || KeywordWords.DEMONYMS.contains(w),
                ArticleGenre.isSportsReport(text))) {
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
        if (KeywordWords.NON_ORG_ACRONYMS.contains(k.replace(".", ""))) {
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
        if (NameShape.isFacility(words) || NameShape.isSportsGround(words) && ArticleGenre.isSportsReport(text)) {
            return Decision.strong(EntityType.PLACE); // Johns Hopkins Hospital, Olympic Stadium
        }
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (KeywordWords.ORG_WORDS.contains(w)) {
                return Decision.strong(EntityType.ORGANIZATION);
            }
        }
        for (String word : words) {
            if (KeywordWords.PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                return Decision.strong(EntityType.PLACE);
            }
        }
        for (int i = 0; i < headLength(words); i++) {
            if (KeywordWords.MISC_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
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
                && !KeywordWords.MISC_WORDS.contains(words[0].toLowerCase(Locale.ROOT)) && !KeywordWords.DEMONYMS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Decision.strong(EntityType.ORGANIZATION); // Ford China, AOL Europe, Statistics Canada
        }
        EntityType byContext = ContextEvidence.strongest(k, text);
        if (byContext != null) {
            return Decision.strong(byContext);
        }
        EntityType byShape = NameShape.type(k, words);
        if (byShape != null && !GivenNames.startsPersonName(words)) {
            // South Kivu, Le Monde, PSV Eindhoven; in sports a "Western Suburbs" or "St Pauli" is rather a club
            return Decision.weak(byShape == EntityType.PLACE && ArticleGenre.isSportsReport(text)
                    ? EntityType.ORGANIZATION : byShape);
        }
        if (words.length >= 2 && words.length <= 3 && ArticleGenre.isSportsReport(text)
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
            if (KeywordWords.DEMONYMS.contains(w) || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
                    || w.endsWith("ians") || w.endsWith("ans") && !w.endsWith("stans")) {
                return Decision.strong(EntityType.TOPIC); // nationality, religion, event words
            }
            if (hasInnerCapital(k) && !k.contains("-") || NameShape.hasCompanyEnding(k)) {
                return Decision.weak(EntityType.ORGANIZATION); // DeepMind, OpenAI, PetroChina, Rabobank, Statoil
            }
            if (GivenNames.contains(k)) {
                return Decision.weak(EntityType.PERSON); // a first name alone: "Liam", "Nicole"
            }
            return Decision.weak(ArticleGenre.isSportsReport(text) || ArticleGenre.isBusinessReport(text)
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
