package com.newsbridge.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.Gazetteer;
import com.newsbridge.entity.GazetteerEntry;
import com.newsbridge.entity.Pinyin;
import com.newsbridge.entity.ChineseSurnames;
import com.newsbridge.entity.Transliteration;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;

/**
 * Converts articles to Lucene documents and back. See {@link Fields} for why each field is indexed as it is.
 */
public final class ArticleDocuments {

    /** Stored, tokenized, with offsets in the postings so the unified highlighter reads them instead of re-analyzing. */
    static final FieldType STORED_TEXT_WITH_OFFSETS = textType(true);
    /** Not stored (the highlighter reads the stored text of the companion field), with offsets. */
    static final FieldType TEXT_WITH_OFFSETS = textType(false);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> ENTITY_LIST = new TypeReference<>() { };

    private final FacetsConfig facetsConfig;
    private final Gazetteer gazetteer;

    public ArticleDocuments(FacetsConfig facetsConfig, Gazetteer gazetteer) {
        this.facetsConfig = facetsConfig;
        this.gazetteer = gazetteer;
    }

    /** Returns the facets configuration every index of NewsBridge uses (multi-valued dimensions). */
    public static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : Fields.FACETS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    /** Returns the term that identifies the article with {@code id}. */
    public static Term idTerm(String id) {
        return new Term(Fields.ID, id);
    }

    /** Builds the document for an article (facet fields already translated by the facets config). */
    public Document toDocument(IndexedArticle indexed) {
        Article a = indexed.article();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        addText(doc, Fields.TITLE_EN, Fields.TITLE_EN, a.titleEn());
        addText(doc, Fields.TEXT_EN, Fields.TEXT_EN, a.textEn());
        addText(doc, Fields.TITLE_ZH, Fields.TITLE_ZH_BIGRAMS, a.titleZh());
        addText(doc, Fields.TEXT_ZH, Fields.TEXT_ZH_BIGRAMS, a.textZh());
        if (a.hasChinese()) {
            doc.add(new StringField(Fields.LANGUAGE, "zh", Field.Store.NO));
            // what a pinyin person name can spell here: one pass of table look-ups, no segmentation
            String chinese = a.titleZh() + "\n" + a.textZh();
            for (String spelling : NameLinks.spellingTerms(chinese)) {
                doc.add(new StringField(Fields.NAME_SPELLINGS, spelling, Field.Store.NO));
            }
            // and how its runs of transliteration characters sound, names or not: a pass of table look-ups
            for (String key : NameLinks.soundTerms(chinese)) {
                doc.add(new StringField(Fields.TEXT_SOUNDS, key, Field.Store.NO));
            }
        }
        if (a.hasEnglish()) {
            doc.add(new StringField(Fields.LANGUAGE, "en", Field.Store.NO));
        }
        for (String keyword : a.keywords()) {
            doc.add(new TextField(Fields.KEYWORDS, keyword, Field.Store.YES));
            doc.add(new StringField(Fields.KEYWORD, NewsAnalyzers.normalizeText(keyword), Field.Store.NO));
        }
        for (Entity entity : indexed.entities()) {
            addEntity(doc, entity);
        }
        if (a.source() != null) {
            doc.add(new StoredField(Fields.SOURCE, a.source()));
        }
        if (a.published() != null) {
            doc.add(new LongField(Fields.PUBLISHED, a.published().toEpochDay(), Field.Store.YES));
        }
        if (a.views() != null) {
            doc.add(new LongField(Fields.VIEWS, a.views(), Field.Store.YES));
        }
        doc.add(new StoredField(Fields.ENTITIES, entitiesJson(indexed.entities())));
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addText(Document doc, String storedField, String bigramField, String text) {
        if (text.isEmpty()) {
            return;
        }
        doc.add(new Field(storedField, text, STORED_TEXT_WITH_OFFSETS));
        if (!bigramField.equals(storedField)) {
            doc.add(new Field(bigramField, text, TEXT_WITH_OFFSETS));
        }
    }

    private void addEntity(Document doc, Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        if (!entity.en().isEmpty()) {
            names.add(entity.en());
        }
        if (!entity.zh().isEmpty()) {
            names.add(entity.zh());
        }
        GazetteerEntry entry = gazetteer.find(entity.name());
        if (entry != null && entry.type() == entity.type()) {
            names.addAll(entry.aliases());
        }
        // the article's Latin -> Chinese links, looked up by queries to search the Chinese text of other articles
        for (String link : NameLinks.terms(entity, entry)) {
            doc.add(new StringField(Fields.NAME_LINKS, link, Field.Store.NO));
        }
        if (entity.type() == EntityType.PERSON && ChineseSurnames.looksLikeChineseName(entity.zh())) {
            // pinyin only for Chinese people's names: "liu jianchao" and "liujianchao" find 刘建超
            names.addAll(Pinyin.nameForms(entity.zh()));
        } else if ((entity.type() == EntityType.PERSON || entity.type() == EntityType.PLACE)
                && Transliteration.isTransliteration(entity.zh())) {
            addSoundKeys(doc, entity.zh(), ""); // 布林肯, 苏尔坦·贾比尔; never 郑州, whose "sound" means nothing
        } else if ((entity.type() == EntityType.PERSON || entity.type() == EntityType.PLACE) && entity.zh().isEmpty()
                && NameLinks.key(entity.name()).length() > 0) {
            // Antony Blinken, with no Chinese name: found by 布林肯 (PLNKN)
            addSoundKeys(doc, entity.name(), Fields.LATIN_SOUND_PREFIX);
        }
        String filterField = filterField(entity.type());
        for (String name : names) {
            doc.add(new TextField(Fields.ENTITY_NAMES, name, Field.Store.NO));
            doc.add(new StringField(filterField, NewsAnalyzers.normalizeText(name), Field.Store.NO));
        }
        doc.add(new SortedSetDocValuesFacetField(entity.type().facetName(), facetValue(entity)));
    }

    /**
     * The facet value of an entity: its name, then {@link Fields#FACET_NAME_SEPARATOR} and its Chinese name when that
     * differs ({@code Antony Blinken<US>布林肯}, {@code 刘建超}), so one value counts the entity under both names.
     */
    static String facetValue(Entity entity) {
        return entity.zh().isEmpty() || entity.zh().equals(entity.name())
                ? entity.name()
                : entity.name() + Fields.FACET_NAME_SEPARATOR + entity.zh();
    }

    /** Returns the name part of a facet value: {@code Antony Blinken} of {@code Antony Blinken<US>布林肯}. */
    public static String facetName(String value) {
        int separator = value.indexOf(Fields.FACET_NAME_SEPARATOR);
        return separator < 0 ? value : value.substring(0, separator);
    }

    /** Returns the Chinese part of a facet value, or "" when the value holds one name only. */
    public static String facetChinese(String value) {
        int separator = value.indexOf(Fields.FACET_NAME_SEPARATOR);
        return separator < 0 ? "" : value.substring(separator + 1);
    }

    /**
     * Indexes the sound keys of a name and of its last part ({@link Transliteration#nameSoundKeys}), with
     * {@code prefix}: none for a Chinese transliteration (苏尔坦·贾比尔 and 贾比尔, looked up by English queries),
     * {@link Fields#LATIN_SOUND_PREFIX} for a Latin name without a Chinese name ({@code Antony Blinken} and
     * {@code Blinken}, looked up by Chinese queries such as 布林肯).
     */
    private static void addSoundKeys(Document doc, String name, String prefix) {
        for (String key : Transliteration.nameSoundKeys(name)) {
            doc.add(new StringField(Fields.NAME_SOUNDS, prefix + key, Field.Store.NO));
        }
    }

    /** Returns the filter field for entities of {@code type}. */
    public static String filterField(EntityType type) {
        return switch (type) {
            case PERSON -> Fields.PERSON;
            case ORGANIZATION -> Fields.ORGANIZATION;
            case PLACE -> Fields.PLACE;
            case TOPIC -> Fields.KEYWORD;
        };
    }

    /** Reads an article back from its stored fields. */
    public static IndexedArticle fromStored(StoredFields storedFields, int docId) throws IOException {
        return fromDocument(storedFields.document(docId));
    }

    /** Reads an article back from a document loaded with all its stored fields. */
    public static IndexedArticle fromDocument(Document d) {
        Long published = numeric(d, Fields.PUBLISHED);
        Article article = new Article(
                d.get(Fields.ID),
                orEmpty(d.get(Fields.TITLE_EN)),
                orEmpty(d.get(Fields.TITLE_ZH)),
                orEmpty(d.get(Fields.TEXT_EN)),
                orEmpty(d.get(Fields.TEXT_ZH)),
                List.of(d.getValues(Fields.KEYWORDS)),
                d.get(Fields.SOURCE),
                published == null ? null : LocalDate.ofEpochDay(published),
                numeric(d, Fields.VIEWS));
        return new IndexedArticle(article, parseEntities(d.get(Fields.ENTITIES)));
    }

    private static Long numeric(Document d, String field) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().longValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String entitiesJson(List<Entity> entities) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Entity e : entities) {
            list.add(Map.of("name", e.name(), "type", e.type().label(), "en", e.en(), "zh", e.zh()));
        }
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entity> parseEntities(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<Entity> entities = new ArrayList<>();
            for (Map<String, String> m : JSON.readValue(json, ENTITY_LIST)) {
                entities.add(new Entity(m.get("name"), EntityType.fromLabel(m.get("type")), m.get("en"), m.get("zh")));
            }
            return entities;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored entities: " + e.getOriginalMessage(), e);
        }
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
