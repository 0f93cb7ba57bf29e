package com.newsbridge.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses articles given as JSON objects, one per line in JSON Lines files and in the write API.
 *
 * <p>Fields (all optional, but some English or Chinese text is required): {@code id}, {@code zh} (Chinese text),
 * {@code title_zh}, {@code title_en} (or {@code title}), {@code en} (English text), {@code keywords} (array or a
 * separated string), {@code date} (or {@code published}, {@code YYYY-MM-DD}), {@code source} (or {@code url}),
 * {@code views}. These are the field names that {@code make_bench_corpus.py --format jsonl} writes.
 */
public final class JsonArticleParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Parses one JSON object.
     *
     * @param json   the object's text
     * @param source file and line (or item position) for error messages
     * @param line   the 1-based line for error messages
     */
    public Article parse(String json, String source, int line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ArticleParseException(source, line, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ArticleParseException(source, line, "expected a JSON object");
        }
        String zh = text(node, source, line, "zh", "text_zh");
        String titleEn = text(node, source, line, "title_en", "title");
        String titleZh = text(node, source, line, "title_zh");
        String en = text(node, source, line, "en", "text_en");
        String articleSource = text(node, source, line, "source", "url");
        String dateText = text(node, source, line, "date", "published");
        String id = text(node, source, line, "id");
        if (!ArticleParser.containsHan(zh) && titleEn.isEmpty() && en.isEmpty()) {
            throw new ArticleParseException(source, line, "no English or Chinese text (fields zh, title_en, en)");
        }
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new ArticleParseException(source, line, "invalid date '" + dateText + "' (expected YYYY-MM-DD)");
            }
        } else if (!articleSource.isEmpty()) {
            date = ArticleParser.dateFromUrl(articleSource);
        }
        Long views = null;
        JsonNode viewsNode = node.get("views");
        if (viewsNode != null && !viewsNode.isNull()) {
            if (!viewsNode.canConvertToLong() || viewsNode.asLong() < 0) {
                throw new ArticleParseException(source, line, "views must be a non-negative integer");
            }
            views = viewsNode.asLong();
        }
        if (id.isEmpty()) {
            id = !articleSource.isEmpty() ? ArticleIds.fromSource(articleSource) : ArticleIds.fromContent(titleEn, en, zh);
        } else if (!ArticleIds.isWellFormed(id)) {
            throw new ArticleParseException(source, line, "id may only contain letters, digits, '-', '_' and '.'");
        }
        String zhTitle = titleZh.isEmpty() ? ArticleParser.chineseTitle(zh) : titleZh;
        return new Article(id, titleEn, zhTitle, en, zh, keywords(node, source, line), articleSource.isEmpty() ? null
                : articleSource, date, views);
    }

    private static String text(JsonNode node, String source, int line, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new ArticleParseException(source, line, "field '" + name + "' must be a string");
            }
            return value.asText().strip();
        }
        return "";
    }

    private static List<String> keywords(JsonNode node, String source, int line) {
        JsonNode value = node.get("keywords");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return ArticleParser.splitKeywords(value.asText());
        }
        if (!value.isArray()) {
            throw new ArticleParseException(source, line, "keywords must be an array of strings or a string");
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new ArticleParseException(source, line, "keywords must be an array of strings");
            }
            parts.add(item.asText());
        }
        return ArticleParser.splitKeywords(String.join(",", parts));
    }
}
