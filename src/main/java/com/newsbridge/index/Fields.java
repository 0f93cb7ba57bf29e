package com.newsbridge.index;

import java.util.List;

/**
 * Names of the index fields and facet dimensions, and which analyzer each text field uses.
 *
 * <p>Why each field exists:
 * <ul>
 *   <li>{@link #TITLE_EN}, {@link #TEXT_EN}: English words, stemmed, for ranking; stored with offsets in the postings
 *       so that the highlighter needs no re-analysis.</li>
 *   <li>{@link #TITLE_ZH}, {@link #TEXT_ZH}: Chinese words as SmartChinese segments them; stored, with offsets.</li>
 *   <li>{@link #TITLE_ZH_BIGRAMS}, {@link #TEXT_ZH_BIGRAMS}: the same Chinese text as character bigrams. Segmentation
 *       splits unknown names (刘建超 → 刘|建|超) and may segment a string differently in a query than in a text; the
 *       bigram field matches any exact substring, and a bigram phrase cannot match scattered characters.</li>
 *   <li>{@link #KEYWORDS}: the keyword line, unstemmed, weighted above body text.</li>
 *   <li>{@link #ENTITY_NAMES}: every name of every entity of the article in both languages, so a query in one language
 *       finds an article that names the entity in the other.</li>
 *   <li>{@link #NAME_LINKS}: indexed-only keyword terms {@code <latin key><US><Chinese name>} (see {@link NameLinks}),
 *       the Latin → Chinese links the article knows (pinyin of its Chinese person names, English ↔ Chinese names of
 *       its linked entities). Not searched directly: a query looks up the Chinese names of its Latin names here and
 *       searches the Chinese text for them, so {@code Jiang Zemin} finds an article whose text names 江泽民 although
 *       no entity was extracted from it. A keyword field, so the lookup is one {@code seekCeil} per segment.</li>
 *   <li>{@link #NAME_SPELLINGS}: indexed-only keyword terms {@code <pinyin><US><three Han characters>} for every
 *       three characters of the Chinese text led by a surname ({@code zhangzhuoyuan<US>张卓元}): what a pinyin name
 *       can spell in this corpus, for names that no article links (a person named only in the text of articles whose
 *       keyword line is full). Looked up like the links, searched with the weakest weight.</li>
 *   <li>{@link #TEXT_SOUNDS}: the sound keys (as {@link #NAME_SOUNDS}) of every run of transliteration characters in
 *       the Chinese text, whether or not it was recognized as a name (斯波坎, 夏尔马): {@code Spokane} finds a
 *       Chinese-only article whose recognizer missed the name. Searched below {@link #NAME_SOUNDS}.</li>
 *   <li>{@link #PERSON}, {@link #ORGANIZATION}, {@link #PLACE}, {@link #KEYWORD}: exact, normalized names for
 *       filters; every name of an entity is indexed, so {@code person=刘建超} and {@code person=Liu Jianchao} match
 *       the same articles.</li>
 *   <li>Facet dimensions ({@link #FACET_PEOPLE} ...): sorted-set doc values holding one value per entity (its
 *       canonical name and Chinese name), counted by Lucene's facet module.</li>
 * </ul>
 */
public final class Fields {

    public static final String ID = "id";
    public static final String TITLE_EN = "title_en";
    public static final String TEXT_EN = "text_en";
    public static final String TITLE_ZH = "title_zh";
    public static final String TEXT_ZH = "text_zh";
    public static final String TITLE_ZH_BIGRAMS = "title_zh_bigrams";
    public static final String TEXT_ZH_BIGRAMS = "text_zh_bigrams";
    public static final String KEYWORDS = "keywords";
    public static final String ENTITY_NAMES = "entity_names";
    public static final String NAME_SOUNDS = "name_sounds";
    public static final String NAME_LINKS = "name_links";
    public static final String NAME_SPELLINGS = "name_spellings";
    public static final String TEXT_SOUNDS = "text_sounds";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "org";
    public static final String PLACE = "place";
    public static final String KEYWORD = "keyword";
    public static final String LANGUAGE = "lang";
    public static final String PUBLISHED = "published";
    public static final String VIEWS = "views";
    public static final String SOURCE = "source";
    public static final String ENTITIES = "entities";

    public static final String FACET_PEOPLE = "people";
    public static final String FACET_ORGANIZATIONS = "organizations";
    public static final String FACET_PLACES = "places";
    public static final String FACET_KEYWORDS = "keywords";
    public static final List<String> FACETS = List.of(FACET_KEYWORDS, FACET_PEOPLE, FACET_ORGANIZATIONS, FACET_PLACES);

    /**
     * Marks the {@link #NAME_SOUNDS} keys taken from a Latin name (an English-only person or place: {@code en:KNLN} for
     * Cameron), which Chinese queries look up (卡梅伦). The unmarked keys come from Chinese transliterations (布林肯 →
     * PLNKN), which English queries look up ({@code Blinken}), so that an English query never matches other English
     * names by sound.
     */
    public static final String LATIN_SOUND_PREFIX = "en:";

    /** Separates an entity's canonical name from its Chinese name inside a facet value. */
    public static final char FACET_NAME_SEPARATOR = '\u001F';

    public static final List<String> CHINESE_FIELDS = List.of(TITLE_ZH, TEXT_ZH);
    public static final List<String> BIGRAM_FIELDS = List.of(TITLE_ZH_BIGRAMS, TEXT_ZH_BIGRAMS);
    public static final List<String> ENGLISH_FIELDS = List.of(TITLE_EN, TEXT_EN);
    public static final List<String> NAME_FIELDS = List.of(KEYWORDS, ENTITY_NAMES);

    private Fields() {
    }
}
