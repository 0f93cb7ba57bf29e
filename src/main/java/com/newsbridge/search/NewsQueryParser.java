package com.newsbridge.search;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.Transliteration;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NameLinks;
import com.newsbridge.model.BadQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Parses user queries: words and {@code "quoted phrases"} in Chinese, English or both, {@code AND}/{@code OR}/{@code
 * NOT}, {@code +}/{@code -} and parentheses, with AND as the default operator (Lucene's classic syntax).
 *
 * <p>Each word or phrase is split into runs of Han characters and runs of other characters, and each run is searched
 * in the fields of its language only: a Han run as a phrase over the SmartChinese words <em>or</em> over character
 * bigrams (so {@code 刘建超}, which SmartChinese cuts into 刘|建|超, matches only where the three characters stand
 * together, never as an OR of single characters); a Latin run in the stemmed English fields. Both also search the
 * keyword and entity-name fields, weighted above body text, which is how an English name finds an article that names
 * the entity only in Chinese. The field prefixes {@code title:}, {@code text:}, {@code keywords:} restrict a clause.
 *
 * <p>Not thread-safe (the classic parser is not); create one per query. Construction is cheap.
 */
public final class NewsQueryParser extends QueryParser {

    /** Largest accepted query, in characters. */
    public static final int MAX_QUERY_LENGTH = 1_000;
    /** Most words, phrases and wildcard/fuzzy terms one query may have (after a capitalized name adds its phrase). */
    public static final int MAX_CLAUSES = 64;
    /** Deepest nesting of parentheses. */
    public static final int MAX_NESTING = 16;
    /** Fewest literal characters before the first {@code *} or {@code ?} of a prefix or wildcard term. */
    public static final int MIN_WILDCARD_PREFIX = 2;
    /** Most {@code *} and {@code ?} characters in one wildcard term. */
    public static final int MAX_WILDCARDS = 4;
    /** Fewest characters of a fuzzy ({@code word~}) term. */
    public static final int MIN_FUZZY_LENGTH = 3;
    /** Largest {@code ^boost}. */
    public static final float MAX_BOOST = 1_000f;

    static final float TITLE_BOOST = 3f;
    static final float KEYWORD_BOOST = 4f;
    static final float ENTITY_BOOST = 3f;
    static final float TIE_BREAKER = 0.1f;
    /** Bigram matches count less than word matches: 印度 inside 印度尼西亚 is a weaker match than the word 印度. */
    static final float BIGRAM_WEIGHT = 0.5f;
    /** A clause equal to a whole keyword or entity name is the strongest evidence. */
    static final float EXACT_NAME_BOOST = 6f;
    /** A name that only sounds alike is the weakest evidence: it finds, but ranks below every real match. */
    static final float SOUND_BOOST = 0.3f;
    /** A run of the Chinese text that sounds alike but was not recognized as a name: below {@link #SOUND_BOOST}. */
    static final float TEXT_SOUND_BOOST = 0.15f;
    private static final String ALL = "_all";

    private static final Map<String, Scope> SCOPES = Map.of(
            ALL, Scope.ALL, "title", Scope.TITLE, "text", Scope.TEXT, "body", Scope.TEXT, "keywords", Scope.KEYWORDS,
            "keyword", Scope.KEYWORDS);

    private final boolean chinese;
    private final boolean english;
    private final BiFunction<String, String, List<String>> names;
    private final java.util.function.Function<String, List<String>> englishNames;
    private int clauses;

    private enum Scope { ALL, TITLE, TEXT, KEYWORDS }

    /**
     * @param analyzer the index's per-field analyzer
     * @param chinese  whether to search the Chinese fields
     * @param english  whether to search the English fields
     */
    public NewsQueryParser(Analyzer analyzer, boolean chinese, boolean english) {
        this(analyzer, chinese, english, (field, key) -> List.of());
    }

    /**
     * @param analyzer the index's per-field analyzer
     * @param chinese  whether to search the Chinese fields
     * @param english  whether to search the English fields
     * @param names    the Chinese names the index holds for a Latin name key ({@link NameLinks#key}) in a field
     *                 ({@link Fields#NAME_LINKS}, {@link Fields#NAME_SPELLINGS}), e.g.
     *                 {@code (field, key) -> NameLinks.chineseNames(reader, field, key)}; they are also searched in
     *                 the Chinese text
     */
    public NewsQueryParser(Analyzer analyzer, boolean chinese, boolean english,
                           BiFunction<String, String, List<String>> names) {
        this(analyzer, chinese, english, names, han -> List.of());
    }

    /**
     * As {@link #NewsQueryParser(Analyzer, boolean, boolean, BiFunction)}, plus the English names of a Chinese name
     * from a curated table ({@link #englishNamesIn}), searched in the English title and text.
     */
    public NewsQueryParser(Analyzer analyzer, boolean chinese, boolean english,
                           BiFunction<String, String, List<String>> names,
                           java.util.function.Function<String, List<String>> englishNames) {
        super(ALL, analyzer);
        this.chinese = chinese;
        this.english = english;
        this.names = names;
        this.englishNames = englishNames;
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
        // fuzzy terms keep their first letter: far fewer candidate terms to score (FuzzyQuery expands to at most 50)
        setFuzzyPrefixLength(1);
    }

    /**
     * Parses {@code text}; a blank query matches every article.
     *
     * @throws BadQueryException with a short explanation when the query cannot be parsed
     */
    public Query parseQuery(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("query is too long: " + text.length() + " characters (at most "
                    + MAX_QUERY_LENGTH + ")");
        }
        checkNesting(text);
        clauses = 0;
        try {
            Query query = parse(quoteNames(text));
            if (query != null) {
                checkBoosts(query);
            }
            return query == null ? new MatchAllDocsQuery() : query;
        } catch (ParseException e) {
            throw new BadQueryException("Cannot parse query: " + shortMessage(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query has too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")", e);
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new BadQueryException("Cannot parse query: a wildcard term is too complex", e);
        } catch (IllegalArgumentException e) {
            // Lucene's own argument checks (e.g. an infinite ^boost) on input that got past the grammar
            throw new BadQueryException("Cannot parse query: " + (e.getMessage() == null ? "invalid query" : e.getMessage()), e);
        }
    }

    private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile(
            "[\"():+\\-^~*?\\[\\]{}!/\\\\&|]|\\b(AND|OR|NOT|TO)\\b");

    /** Most words of a query that {@link #relax} applies to: names and short phrases, not pasted paragraphs. */
    public static final int MAX_RELAXED_WORDS = 8;

    /**
     * Returns true when {@code text} is plain words (two to {@link #MAX_RELAXED_WORDS}, no query syntax), the only
     * queries {@link #relax} applies to: an explicit AND, a quote or a minus says what the user wants.
     */
    public static boolean relaxable(String text) {
        if (text == null || text.length() > MAX_QUERY_LENGTH || SYNTAX.matcher(text).find()) {
            return false;
        }
        int words = text.strip().split("\\s+").length;
        return words >= 2 && words <= MAX_RELAXED_WORDS;
    }

    /**
     * Returns the relaxed form of a plain query ({@link #relaxable}) whose AND form finds nothing: the AND form or the
     * query with OR between its words (both as this parser builds them), ranked by how many and how rare the words an
     * article has. A label-style name such as {@code Yemen Arab Republic} is rarely written word for word, and AND
     * then finds nothing although most of its words name the subject. Only an empty result is relaxed: relaxing below
     * 10 hits (measured on CoNLL, People's Daily and Reuters) let articles with one word of a two-word name crowd out
     * the real matches of rare names (CoNLL person nDCG@10 0.980 → 0.888).
     *
     * @param strict what {@link #parseQuery} made of {@code text}
     */
    public Query relax(String text, Query strict) {
        setDefaultOperator(Operator.OR);
        try {
            Query loose = parseQuery(text);
            return new BooleanQuery.Builder()
                    .add(strict, BooleanClause.Occur.SHOULD)
                    .add(loose, BooleanClause.Occur.SHOULD)
                    .build();
        } finally {
            setDefaultOperator(Operator.AND);
        }
    }

    /** Rejects parentheses nested deeper than {@link #MAX_NESTING} (outside quotes) before the recursive parser sees them. */
    private static void checkNesting(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
                throw new BadQueryException("query is nested too deeply (at most " + MAX_NESTING + " levels of parentheses)");
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** Rejects a {@code ^boost} above {@link #MAX_BOOST}. */
    private static void checkBoosts(Query query) throws ParseException {
        if (query instanceof BoostQuery b) {
            if (!(b.getBoost() <= MAX_BOOST)) {
                throw new ParseException("boost ^" + b.getBoost() + " is too large (at most " + (int) MAX_BOOST + ")");
            }
            checkBoosts(b.getQuery());
        } else if (query instanceof BooleanQuery bq) {
            for (BooleanClause clause : bq.clauses()) {
                checkBoosts(clause.query());
            }
        } else if (query instanceof DisjunctionMaxQuery dm) {
            for (Query q : dm.getDisjuncts()) {
                checkBoosts(q);
            }
        }
    }

    /** Counts one word, phrase or multi-term clause; throws when the query has more than {@link #MAX_CLAUSES}. */
    private void countClause() throws ParseException {
        if (++clauses > MAX_CLAUSES) {
            throw new ParseException("too many terms (at most " + MAX_CLAUSES + " words, phrases and wildcard terms)");
        }
    }

    private static final java.util.regex.Pattern CAPITALIZED_RUN = java.util.regex.Pattern.compile(
            "(?<![\\w:*?~^\\\\+-])(?:[A-Z][\\p{Ll}'’-]+)(?:\\s+[A-Z][\\p{Ll}'’-]+){1,3}(?![\\w:*?~^])");

    private static final java.util.regex.Pattern INITIAL_AND_NAME = java.util.regex.Pattern.compile(
            "(?<![\\w:*?~^\\\\+.-])[A-Z]\\.\\s+([A-Z][\\p{Ll}'’-]+)(?![\\w:*?~^])");

    /**
     * Turns runs of two to four capitalized words outside quotes into "the name, or all its words"
     * ({@code Antony Blinken} → {@code ("Antony Blinken" OR (Antony Blinken))}), so that a name can match as one
     * clause — as a phrase, or by its sound in Chinese, which an article naming only 布林肯 needs — while two names
     * side by side ({@code Guterres Geneva}) still match as separate words. Operators are upper case and never match.
     * An initial and a name ({@code A. Stewart}) become the name as written or the surname alone
     * ({@code ("A. Stewart" OR Stewart)}): the English analyzer drops the initial from the text, so AND would only find
     * the articles whose keyword line writes it.
     */
    static String quoteNames(String text) {
        StringBuilder out = new StringBuilder();
        boolean inQuote = false;
        int segmentStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                String segment = text.substring(segmentStart, i);
                out.append(inQuote ? segment : INITIAL_AND_NAME.matcher(
                        CAPITALIZED_RUN.matcher(segment).replaceAll("(\"$0\" OR ($0))")).replaceAll("(\"$0\" OR $1)"));
                if (i < text.length()) {
                    out.append('"');
                }
                inQuote = !inQuote;
                segmentStart = i + 1;
            }
        }
        return out.toString();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        countClause();
        return build(scope(field), queryText, quoted ? 0 : -1);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        countClause();
        return build(scope(field), queryText, slop);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return new MatchAllDocsQuery();
        }
        return englishMultiTerm(field, termStr, "wildcard");
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return englishMultiTerm(field, termStr, "prefix");
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return englishMultiTerm(field, termStr, "fuzzy");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new ParseException("range queries are not supported; use the from and to parameters for dates");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expression queries are not supported");
    }

    private Query englishMultiTerm(String field, String termStr, String kind) throws ParseException {
        Scope scope = scope(field);
        countClause();
        if (termStr.length() < 2 || termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new ParseException(kind + " term '" + termStr + "' is too short or starts with a wildcard");
        }
        checkMultiTerm(termStr, kind);
        String lower = termStr.toLowerCase(Locale.ROOT);
        List<Query> alternatives = new ArrayList<>();
        for (String f : englishFields(scope)) {
            Query q = switch (kind) {
                case "wildcard" -> super.getWildcardQuery(f, lower);
                case "prefix" -> super.getPrefixQuery(f, lower);
                default -> super.getFuzzyQuery(f, lower, getFuzzyMinSim());
            };
            alternatives.add(boost(q, f));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** Bounds the cost of prefix, wildcard and fuzzy terms: enough literal characters, few wildcards. */
    private static void checkMultiTerm(String termStr, String kind) throws ParseException {
        if (kind.equals("fuzzy")) {
            if (termStr.codePointCount(0, termStr.length()) < MIN_FUZZY_LENGTH) {
                throw new ParseException("fuzzy term '" + termStr + "~' is too short (at least " + MIN_FUZZY_LENGTH
                        + " characters)");
            }
            return;
        }
        int literal = 0;
        while (literal < termStr.length() && termStr.charAt(literal) != '*' && termStr.charAt(literal) != '?') {
            literal++;
        }
        if (literal < MIN_WILDCARD_PREFIX) {
            throw new ParseException(kind + " term '" + termStr + (kind.equals("prefix") ? "*" : "")
                    + "' needs at least " + MIN_WILDCARD_PREFIX + " letters before the first wildcard");
        }
        long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count() + (kind.equals("prefix") ? 1 : 0);
        if (wildcards > MAX_WILDCARDS) {
            throw new ParseException(kind + " term '" + termStr + "' has too many wildcards (at most " + MAX_WILDCARDS
                    + ")");
        }
    }

    private Scope scope(String field) throws ParseException {
        Scope scope = SCOPES.get(field.toLowerCase(Locale.ROOT));
        if (scope == null) {
            throw new ParseException("unknown field '" + field + "' (use title:, text: or keywords:, or the person,"
                    + " org and keyword filters)");
        }
        return scope;
    }

    /** Builds the query for one word or phrase: a conjunction over its script runs. */
    private Query build(Scope scope, String text, int slop) {
        List<String> runs = ScriptRuns.split(text);
        List<Query> parts = new ArrayList<>();
        for (String run : runs) {
            Query q = ScriptRuns.isHan(run) ? chineseRun(scope, run) : otherRun(scope, run, slop);
            if (q != null) {
                parts.add(q);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        parts.forEach(p -> all.add(p, BooleanClause.Occur.MUST));
        return all.build();
    }

    private Query chineseRun(Scope scope, String run) {
        List<Query> alternatives = new ArrayList<>();
        if (chinese && scope != Scope.KEYWORDS) {
            for (String f : scope == Scope.TITLE ? List.of(Fields.TITLE_ZH, Fields.TITLE_ZH_BIGRAMS)
                    : scope == Scope.TEXT ? List.of(Fields.TEXT_ZH, Fields.TEXT_ZH_BIGRAMS)
                    : List.of(Fields.TITLE_ZH, Fields.TEXT_ZH, Fields.TITLE_ZH_BIGRAMS, Fields.TEXT_ZH_BIGRAMS)) {
                addPhrase(alternatives, f, run, 0);
            }
        }
        addNameFields(alternatives, scope, run, 0);
        if (scope == Scope.ALL && english) {
            addLinkedPinyin(alternatives, run);
            addLatinSounds(alternatives, run);
            for (String name : englishNames.apply(run)) {
                // 保加利亚 → "Bulgaria", 北约 → "NATO": English articles that name it only in their text
                for (String f : Fields.ENGLISH_FIELDS) {
                    addPhrase(alternatives, f, name, 0);
                }
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * A transliterated name in a query (布林肯, 苏尔坦·贾比尔) also looks up the sound keys of Latin names of people and
     * places ({@link Fields#NAME_SOUNDS} with {@link Fields#LATIN_SOUND_PREFIX}; PLNKN for both 布林肯 and Antony
     * Blinken), weighted like the other sound
     * matches ({@link #SOUND_BOOST}), so English-only articles with that person or place are found. Names of fewer
     * than three consonants (克里: KL) have no sound key: they would match too many names.
     */
    private static void addLatinSounds(List<Query> alternatives, String run) {
        if (!Transliteration.isTransliteration(run)) {
            return;
        }
        for (String key : Transliteration.nameSoundKeys(run)) { // never shorter than three consonants (克里: none)
            alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.NAME_SOUNDS,
                    Fields.LATIN_SOUND_PREFIX + key)), SOUND_BOOST));
        }
    }

    /**
     * Returns the English names (canonical and Latin aliases) of the gazetteer entry that has {@code han} among its
     * Chinese names, for {@link #NewsQueryParser(Analyzer, boolean, boolean, BiFunction, java.util.function.Function)}.
     */
    public static java.util.function.Function<String, List<String>> englishNamesIn(
            com.newsbridge.entity.Gazetteer gazetteer) {
        return han -> {
            if (!com.newsbridge.ingest.ArticleParser.containsHan(han)) {
                return List.of();
            }
            com.newsbridge.entity.GazetteerEntry entry = gazetteer.find(han);
            return entry == null ? List.of() : entry.englishNames();
        };
    }

    /**
     * The other way round from {@link #addLinkedNames}: a Chinese person's name ({@code 刘建超}) is also searched as its
     * pinyin ({@code "liu jianchao"}) in the English title and text, so that English-only
     * articles that write the name in Latin letters are found. A name the index links to that pinyin (some article
     * has it as a person, {@link Fields#NAME_LINKS}) is searched with the weight of the fields; a three-character run
     * led by a surname that nothing links is still spelled, with the weakest weight ({@link #SOUND_BOOST}), unless
     * the index links the spelling to other names (then it is theirs). A two-character run that nothing links is
     * never spelled: a word led by a surname character (黄金, 高速) would match whatever its pinyin spells.
     */
    private void addLinkedPinyin(List<Query> alternatives, String run) {
        // a Han run of three characters led by a surname, common or not (解振华)
        boolean threeCharacterName = run.length() == 3 && com.newsbridge.entity.ChineseSurnames.isAnySurname(run.charAt(0));
        if (!com.newsbridge.entity.ChineseSurnames.looksLikeChineseName(run) && !threeCharacterName) {
            return;
        }
        List<String> forms = com.newsbridge.entity.Pinyin.nameForms(run); // "liu jianchao", "liujianchao"
        if (forms.isEmpty()) {
            return;
        }
        List<String> linkedNames = names.apply(Fields.NAME_LINKS, NameLinks.key(forms.get(1)));
        boolean linked = linkedNames.contains(run);
        if (!linked && (!threeCharacterName || !linkedNames.isEmpty())) {
            // two characters led by a surname are too often a word (黄金, 高速) to spell unasked; and a spelling the
            // index links to other names (liu jianchao: 刘建超) is theirs, not this homophone's (刘剑超)
            return;
        }
        // English title and text only: the entity names also hold the pinyin of Chinese people's names, where the
        // spelling would match homophones (江泽民 and 姜泽民 are both jiang zemin) in Chinese-only articles
        for (String f : List.of(Fields.TITLE_EN, Fields.TEXT_EN)) {
            Query q = createPhraseQuery(f, forms.get(0), 0);
            if (q != null) {
                // a name no article links is still spelled when it has three characters (刘慈欣 → "liu cixin"): the
                // pinyin phrase of a surname and a two-syllable given name in English text is that name; weakest weight
                alternatives.add(linked ? boost(q, f) : new BoostQuery(q, SOUND_BOOST));
            }
        }
    }

    private Query otherRun(Scope scope, String run, int slop) {
        List<Query> alternatives = new ArrayList<>();
        for (String f : englishFields(scope)) {
            addPhrase(alternatives, f, run, Math.max(slop, 0));
        }
        if (chinese && scope != Scope.KEYWORDS) {
            // Latin words inside Chinese text (DeepSeek, ChatGPT, UN) are indexed unstemmed by the Chinese chain
            for (String f : scope == Scope.TITLE ? List.of(Fields.TITLE_ZH) : scope == Scope.TEXT ? List.of(Fields.TEXT_ZH)
                    : List.of(Fields.TITLE_ZH, Fields.TEXT_ZH)) {
                addPhrase(alternatives, f, run, Math.max(slop, 0));
            }
        }
        addNameFields(alternatives, scope, run, Math.max(slop, 0));
        if (scope == Scope.ALL && chinese) {
            addLinkedNames(alternatives, run);
            // a name that reads as pinyin (Donghai, Jiang Zemin) is Chinese: the sound of text runs would only match
            // foreign homophones of it
            addSoundKeys(alternatives, run, !com.newsbridge.entity.Pinyin.isPinyin(run));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * Matches transliterated Chinese names that sound like a Latin name or its last word (Blinken → 布林肯): the
     * entities' sound keys and, with {@code textRuns}, those of every transliteration run of the Chinese text.
     */
    private static void addSoundKeys(List<Query> alternatives, String run, boolean textRuns) {
        if (!run.matches("[\\p{IsLatin} .'’-]+") || !Character.isUpperCase(run.codePointAt(0))) {
            return; // names are written capitalized; "blinken" in lower case is a word search
        }
        java.util.Set<String> keys = Transliteration.nameSoundKeys(run);
        java.util.Set<String> textKeys = new java.util.LinkedHashSet<>();
        for (String key : keys) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.NAME_SOUNDS, key)), SOUND_BOOST));
            if (textRuns) {
                textKeys.addAll(kAsS(key));
            }
        }
        for (String key : textKeys) {
            // any run of the Chinese text that sounds alike, recognized as a name or not: weaker still
            alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT_SOUNDS, key)), TEXT_SOUND_BOOST));
        }
    }

    /**
     * Returns a sound key and its variants with a K read as S, as Chinese writes a Latin k, c or g before i and y
     * with j/q/x (Kylian 基利安, Vekic 维基奇); {@link com.newsbridge.entity.NameLinker} counts the pair as near for
     * the same reason. At most the first two Ks vary (four keys).
     */
    static List<String> kAsS(String key) {
        List<String> variants = new ArrayList<>(List.of(key));
        int varied = 0;
        for (int i = 0; i < key.length() && varied < 2; i++) {
            if (key.charAt(i) == 'K') {
                varied++;
                int n = variants.size();
                for (int v = 0; v < n; v++) {
                    String s = variants.get(v);
                    variants.add(s.substring(0, i) + 'S' + s.substring(i + 1));
                }
            }
        }
        return variants;
    }

    /**
     * Searches the Chinese text for the Chinese names the index links to a capitalized Latin name ({@code Jiang Zemin}
     * → 江泽民), as if they had been typed: a phrase over the Chinese words or the bigrams, weighted as Chinese text.
     * That finds articles that name the person only in Chinese and have no entity for it, and it ranks them below the
     * articles that have the name as a keyword or entity (boosts {@link #KEYWORD_BOOST}, {@link #EXACT_NAME_BOOST}).
     * When no article links the name, what its pinyin spells in the corpus (three characters led by a surname,
     * {@link Fields#NAME_SPELLINGS}) is searched instead, as a bigram phrase with the weakest weight
     * ({@link #SOUND_BOOST}): it finds a person no article has as an entity, and homophones rank last.
     */
    private void addLinkedNames(List<Query> alternatives, String run) {
        if (!run.matches("[\\p{IsLatin} .'’-]+") || !Character.isUpperCase(run.codePointAt(0))) {
            return; // as for sound keys: names are written capitalized
        }
        String key = NameLinks.key(run);
        if (key.isEmpty()) {
            return;
        }
        List<String> linked = names.apply(Fields.NAME_LINKS, key);
        for (String name : linked) {
            for (String f : List.of(Fields.TITLE_ZH, Fields.TEXT_ZH, Fields.TITLE_ZH_BIGRAMS, Fields.TEXT_ZH_BIGRAMS)) {
                addPhrase(alternatives, f, name, 0);
            }
        }
        if (!linked.isEmpty()) {
            return;
        }
        for (String name : names.apply(Fields.NAME_SPELLINGS, key)) {
            for (String f : Fields.BIGRAM_FIELDS) {
                Query q = createPhraseQuery(f, name, 0);
                if (q != null) {
                    alternatives.add(new BoostQuery(boost(q, f), SOUND_BOOST));
                }
            }
        }
    }

    private List<String> englishFields(Scope scope) {
        if (!english) {
            return List.of();
        }
        return switch (scope) {
            case TITLE -> List.of(Fields.TITLE_EN);
            case TEXT -> List.of(Fields.TEXT_EN);
            case KEYWORDS -> List.of();
            case ALL -> List.of(Fields.TITLE_EN, Fields.TEXT_EN);
        };
    }

    private void addNameFields(List<Query> alternatives, Scope scope, String run, int slop) {
        if (scope == Scope.ALL || scope == Scope.KEYWORDS) {
            addPhrase(alternatives, Fields.KEYWORDS, run, slop);
            String key = NewsAnalyzers.normalizeText(run);
            for (String field : List.of(Fields.KEYWORD, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE)) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(field, key)), EXACT_NAME_BOOST));
            }
        }
        if (scope == Scope.ALL) {
            addPhrase(alternatives, Fields.ENTITY_NAMES, run, slop);
        }
    }

    /** Adds the analyzed phrase (or single term) of {@code text} in {@code field}, boosted for that field. */
    private void addPhrase(List<Query> alternatives, String field, String text, int slop) {
        Query q = createPhraseQuery(field, text, slop);
        if (q != null) {
            alternatives.add(boost(q, field));
        }
    }

    private static Query boost(Query q, String field) {
        float boost = switch (field) {
            case Fields.TITLE_EN, Fields.TITLE_ZH -> TITLE_BOOST;
            case Fields.TITLE_ZH_BIGRAMS -> TITLE_BOOST * BIGRAM_WEIGHT;
            case Fields.TEXT_ZH_BIGRAMS -> BIGRAM_WEIGHT;
            case Fields.KEYWORDS -> KEYWORD_BOOST;
            case Fields.ENTITY_NAMES -> ENTITY_BOOST;
            default -> 1f;
        };
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static String shortMessage(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int expecting = message.indexOf("Was expecting");
        if (expecting > 0) {
            message = message.substring(0, expecting);
        }
        message = message.replaceFirst("^Cannot parse '.*?': ", "").replaceAll("\\s+", " ").strip();
        return message.isEmpty() ? "syntax error" : message;
    }

}
