package com.newsbridge.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbridge.index.Fields;
import com.newsbridge.search.ArticleSearcher;

/**
 * The settings and mappings of NewsBridge's OpenSearch index. Created by NewsBridge at start-up when the index does not
 * exist; an existing index is used as it is when its {@code _meta.newsbridge_schema} equals {@link #VERSION}.
 */
public final class OpenSearchSchema {

    /** Bumped when a change of the mapping needs a re-index. */
    public static final int VERSION = 2; // 2: name_links, name_spellings, text_sounds
    /** The analyzer of the pre-tokenized fields: whitespace tokenizer, then the gap markers removed. */
    public static final String PRETOKENIZED_ANALYZER = "nb_pretokenized";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchSchema() {
    }

    /** The body of {@code PUT /<index>}. */
    public static ObjectNode createIndexBody(int shards, int replicas) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode settings = body.putObject("settings");
        ObjectNode index = settings.putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        index.put("max_result_window", ArticleSearcher.MAX_RESULT_WINDOW);
        ObjectNode analysis = settings.putObject("analysis");
        ObjectNode tokenizer = analysis.putObject("tokenizer").putObject("nb_whitespace");
        tokenizer.put("type", "whitespace");
        tokenizer.put("max_token_length", 4096);
        ObjectNode gap = analysis.putObject("filter").putObject("nb_position_gap");
        gap.put("type", "stop");
        gap.putArray("stopwords").add(OpenSearchDocuments.GAP);
        ObjectNode analyzer = analysis.putObject("analyzer").putObject(PRETOKENIZED_ANALYZER);
        analyzer.put("type", "custom");
        analyzer.put("tokenizer", "nb_whitespace");
        analyzer.putArray("filter").add("nb_position_gap");

        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put("newsbridge_schema", VERSION);
        ArrayNode excludes = mappings.putObject("_source").putArray("excludes");
        OpenSearchDocuments.PRETOKENIZED_FIELDS.stream().sorted().forEach(excludes::add);
        ObjectNode properties = mappings.putObject("properties");
        for (String field : OpenSearchDocuments.KEY_FIELDS) {
            properties.putObject(field).put("type", "keyword");
        }
        for (String field : OpenSearchDocuments.ENGLISH_FIELDS) {
            ObjectNode f = properties.putObject(field);
            f.put("type", "text");
            f.put("analyzer", "english");
        }
        for (String field : OpenSearchDocuments.PRETOKENIZED_FIELDS) {
            ObjectNode f = properties.putObject(field);
            f.put("type", "text");
            f.put("analyzer", PRETOKENIZED_ANALYZER);
            // Lucene's analyzers put no gap between the values of a multi-valued field; neither does the index
            f.put("position_increment_gap", 0);
        }
        properties.putObject(Fields.PUBLISHED).put("type", "long"); // epoch day
        properties.putObject(Fields.VIEWS).put("type", "long");
        for (String facet : Fields.FACETS) {
            properties.putObject(OpenSearchDocuments.FACET_PREFIX + facet).put("type", "keyword");
        }
        ObjectNode article = properties.putObject(OpenSearchDocuments.ARTICLE);
        article.put("type", "object");
        article.put("enabled", false);
        return body;
    }
}
