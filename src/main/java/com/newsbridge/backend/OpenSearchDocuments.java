package com.newsbridge.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.entity.Gazetteer;
import com.newsbridge.index.ArticleDocuments;
import com.newsbridge.index.Fields;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;

/**
 * Converts articles to OpenSearch documents and back.
 *
 * <p>The document is derived from the very Lucene document the embedded index would store
 * ({@link ArticleDocuments#toDocument}), so both backends index the same fields with the same tokens:
 * <ul>
 *   <li>Chinese, bigram, keyword and entity-name fields are analyzed here, by NewsBridge's analyzers, and sent as
 *       their tokens joined by spaces ({@link #pretokenize}); the index analyzes them with {@code nb_pretokenized}
 *       (whitespace tokenizer, then the position-gap marker {@link #GAP} removed), which reproduces the tokens and
 *       their positions exactly, gaps left by stop words included;</li>
 *   <li>English title and text are sent as written and analyzed by OpenSearch's built-in {@code english} analyzer
 *       (standard tokenizer, possessives, lower case, English stop words, Porter stemming: the chain NewsBridge uses,
 *       less its NFKC case folding of full-width letters);</li>
 *   <li>filter keys ({@code person}, {@code org}, {@code place}, {@code keyword}, {@code lang}) and facet values
 *       ({@code facet_people}, ...) are keyword fields with the values the embedded index uses;</li>
 *   <li>{@code published} (days since 1970-01-01, as the embedded index stores it) and {@code views} are longs;</li>
 *   <li>the original texts, keywords, source, date and typed entities are kept under {@code article} (not indexed), for
 *       display and for highlighting, which NewsBridge does itself.</li>
 * </ul>
 */
public final class OpenSearchDocuments {

    /** Marks a position gap (a removed stop word or punctuation) in pre-tokenized text; never a real token. */
    public static final String GAP = "\u0001";
    /** Stands for a whitespace character inside a token, which the whitespace tokenizer would otherwise split. */
    static final char SPACE_IN_TOKEN = '\u2423';

    /** Lucene fields that are sent pre-tokenized. */
    public static final Set<String> PRETOKENIZED_FIELDS = Set.of(Fields.TITLE_ZH, Fields.TEXT_ZH,
            Fields.TITLE_ZH_BIGRAMS, Fields.TEXT_ZH_BIGRAMS, Fields.KEYWORDS, Fields.ENTITY_NAMES);
    /** Lucene fields that are sent as written and analyzed by OpenSearch's {@code english} analyzer. */
    public static final Set<String> ENGLISH_FIELDS = Set.of(Fields.TITLE_EN, Fields.TEXT_EN);
    /** Lucene fields that are exact keys (keyword fields). */
    public static final Set<String> KEY_FIELDS = Set.of(Fields.ID, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE,
            Fields.KEYWORD, Fields.LANGUAGE, Fields.NAME_SOUNDS, Fields.NAME_LINKS,
            Fields.NAME_SPELLINGS, Fields.TEXT_SOUNDS);
    /** Lucene fields taken from the article itself rather than from the document (numbers, stored-only values). */
    private static final Set<String> FROM_ARTICLE = Set.of(Fields.PUBLISHED, Fields.VIEWS, Fields.SOURCE, Fields.ENTITIES);
    /** Prefix of the keyword fields holding facet values: {@code facet_people}, ... */
    public static final String FACET_PREFIX = "facet_";
    /** The object holding the originals. */
    public static final String ARTICLE = "article";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleDocuments documents;
    private final Analyzer analyzer;

    /**
     * @param gazetteer the gazetteer of the entity extractor (for entity aliases)
     * @param analyzer  NewsBridge's per-field analyzer ({@link com.newsbridge.index.NewsIndex#newAnalyzer()})
     */
    public OpenSearchDocuments(Gazetteer gazetteer, Analyzer analyzer) {
        this.documents = new ArticleDocuments(ArticleDocuments.newFacetsConfig(), gazetteer);
        this.analyzer = analyzer;
    }

    /** Returns the Lucene document the embedded index would hold for this article. */
    public Document luceneDocument(IndexedArticle indexed) {
        return documents.toDocument(indexed);
    }

    /** Builds the OpenSearch document (its {@code _id} is the article id). */
    public ObjectNode toJson(IndexedArticle indexed) {
        Article a = indexed.article();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (IndexableField field : luceneDocument(indexed)) {
            String name = field.name();
            if (field instanceof SortedSetDocValuesField && name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
                String[] path = FacetsConfig.stringToPath(field.binaryValue().utf8ToString());
                if (path.length == 2) {
                    values.computeIfAbsent(FACET_PREFIX + path[0], k -> new ArrayList<>()).add(path[1]);
                }
            } else if (PRETOKENIZED_FIELDS.contains(name) && field.stringValue() != null) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(pretokenize(analyzer, name, field.stringValue()));
            } else if (ENGLISH_FIELDS.contains(name) && field.stringValue() != null) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(field.stringValue());
            } else if (KEY_FIELDS.contains(name) && field.stringValue() != null && field.fieldType().indexOptions()
                    != org.apache.lucene.index.IndexOptions.NONE) {
                List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                if (!list.contains(field.stringValue())) {
                    list.add(field.stringValue());
                }
            } else if (!FROM_ARTICLE.contains(name) && !name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    && !KEY_FIELDS.contains(name) && !PRETOKENIZED_FIELDS.contains(name) && !ENGLISH_FIELDS.contains(name)) {
                // a field the embedded index gained that the OpenSearch mapping does not know: fail loudly rather
                // than search differently (map it in OpenSearchDocuments and OpenSearchSchema)
                throw new IllegalStateException("the embedded index's field '" + name + "' has no OpenSearch mapping");
            }
            // published, views, source and the stored entities are taken from the article below
        }
        ObjectNode doc = JSON.createObjectNode();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            List<String> list = e.getValue();
            if (list.size() == 1 && !isMultiValued(e.getKey())) {
                doc.put(e.getKey(), list.get(0));
            } else {
                ArrayNode array = doc.putArray(e.getKey());
                list.forEach(array::add);
            }
        }
        if (a.published() != null) {
            doc.put(Fields.PUBLISHED, a.published().toEpochDay()); // a long, as in the embedded index (sorts, ranges)
        }
        if (a.views() != null) {
            doc.put(Fields.VIEWS, a.views());
        }
        ObjectNode original = doc.putObject(ARTICLE);
        original.put("title_zh", a.titleZh());
        original.put("text_zh", a.textZh());
        ArrayNode keywords = original.putArray("keywords");
        a.keywords().forEach(keywords::add);
        if (a.source() != null) {
            original.put("source", a.source());
        }
        if (a.published() != null) {
            original.put("published", a.published().toString());
        }
        ArrayNode entities = original.putArray("entities");
        for (Entity entity : indexed.entities()) {
            ObjectNode e = entities.addObject();
            e.put("name", entity.name());
            e.put("type", entity.type().label());
            e.put("en", entity.en());
            e.put("zh", entity.zh());
        }
        return doc;
    }

    private static boolean isMultiValued(String field) {
        return !(field.equals(Fields.ID) || ENGLISH_FIELDS.contains(field) || field.equals(Fields.TITLE_ZH)
                || field.equals(Fields.TEXT_ZH) || field.equals(Fields.TITLE_ZH_BIGRAMS)
                || field.equals(Fields.TEXT_ZH_BIGRAMS));
    }

    /** Rebuilds the article and its entities from a document's {@code _source}. */
    public static IndexedArticle fromSource(JsonNode source) {
        JsonNode original = source.path(ARTICLE);
        List<String> keywords = new ArrayList<>();
        original.path("keywords").forEach(k -> keywords.add(k.asText()));
        String published = text(original, "published");
        JsonNode views = source.get(Fields.VIEWS);
        Article article = new Article(
                text(source, Fields.ID),
                orEmpty(text(source, Fields.TITLE_EN)),
                orEmpty(text(original, "title_zh")),
                orEmpty(text(source, Fields.TEXT_EN)),
                orEmpty(text(original, "text_zh")),
                keywords,
                text(original, "source"),
                published == null ? null : LocalDate.parse(published),
                views == null || views.isNull() ? null : views.asLong());
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : original.path("entities")) {
            entities.add(new Entity(e.path("name").asText(), EntityType.fromLabel(e.path("type").asText()),
                    e.path("en").asText(""), e.path("zh").asText("")));
        }
        return new IndexedArticle(article, entities);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : v.get(0).asText();
        }
        return v.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Analyzes {@code text} as field {@code field} and returns its tokens joined by single spaces, with one
     * {@link #GAP} marker per skipped position (so that whitespace tokenization plus removal of the markers gives the
     * same tokens at the same positions). Tokens at the same position (position increment 0) cannot be expressed and
     * are laid one after the other; NewsBridge's analyzers produce none.
     */
    public static String pretokenize(Analyzer analyzer, String field, String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                appendGaps(out, increment.getPositionIncrement() - 1);
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                appendToken(out, term);
            }
            stream.end();
            appendGaps(out, increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze field " + field, e);
        }
        return out.toString();
    }

    /** Joins already analyzed tokens for a phrase query; {@code positions} are relative to the first token. */
    public static String phrase(List<String> tokens, int[] positions) {
        StringBuilder out = new StringBuilder();
        int previous = positions.length == 0 ? 0 : positions[0] - 1;
        for (int i = 0; i < tokens.size(); i++) {
            appendGaps(out, Math.max(0, positions[i] - previous - 1));
            if (!out.isEmpty()) {
                out.append(' ');
            }
            appendToken(out, tokens.get(i));
            previous = Math.max(previous + 1, positions[i]);
        }
        return out.toString();
    }

    /** The form a token takes in pre-tokenized text (whitespace inside it replaced). */
    public static String encodeToken(CharSequence token) {
        StringBuilder out = new StringBuilder(token.length());
        appendToken(out, token);
        return out.toString();
    }

    private static void appendToken(StringBuilder out, CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            out.append(Character.isWhitespace(c) ? SPACE_IN_TOKEN : c);
        }
    }

    private static void appendGaps(StringBuilder out, int gaps) {
        for (int i = 0; i < gaps; i++) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(GAP);
        }
    }
}
