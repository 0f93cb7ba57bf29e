package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.backend.OpenSearchDocuments;
import com.newsbridge.backend.OpenSearchQueries;
import com.newsbridge.backend.OpenSearchSchema;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.Article;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.NewsQueryParser;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** The OpenSearch documents and query translation, without a cluster. */
class OpenSearchTranslationTest {

    static final Analyzer ANALYZER = NewsIndex.newAnalyzer();
    static final String GAP = OpenSearchDocuments.GAP;

    static String json(Query q) {
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        StringWriter w = new StringWriter();
        try (var generator = mapper.jsonProvider().createGenerator(w)) {
            q.serialize(generator, mapper);
        }
        return w.toString();
    }

    static String translate(String query) {
        return json(OpenSearchQueries.translate(new NewsQueryParser(ANALYZER, true, true).parseQuery(query)));
    }

    @Test
    void pretokenizedTextKeepsTokensAndPositionGaps() {
        // SmartChinese drops the punctuation: a position gap that the marker keeps
        assertThat(OpenSearchDocuments.pretokenize(ANALYZER, Fields.TEXT_ZH, "中国，美国"))
                .isEqualTo("中国 " + GAP + " 美国");
        assertThat(OpenSearchDocuments.pretokenize(ANALYZER, Fields.TEXT_ZH_BIGRAMS, "刘建超访美"))
                .isEqualTo("刘建 建超 超访 访美");
        assertThat(OpenSearchDocuments.pretokenize(ANALYZER, Fields.KEYWORDS, "Ｌｉｕ Jianchao")).isEqualTo("liu jianchao");
        assertThat(OpenSearchDocuments.phrase(List.of("bank", "china"), new int[] {3, 5}))
                .isEqualTo("bank " + GAP + " china");
        assertThat(OpenSearchDocuments.encodeToken("a b")).isEqualTo("a\u2423b");
    }

    @Test
    void documentsCarryPreAnalyzedFieldsAndReadBackToTheSameArticle() throws Exception {
        EntityExtractor extractor = EntityExtractor.bundled();
        Article article = new Article("0123456789abcdef", "Liu Jianchao meets Antonio Guterres",
                "联合国秘书长古特雷斯会见刘建超。", "Liu Jianchao met UN Secretary-General Antonio Guterres.",
                "联合国秘书长古特雷斯会见刘建超。\n双方交换了意见。", List.of("Liu Jianchao", "Antonio Guterres", "UN"),
                "https://example.invalid/x", LocalDate.of(2024, 1, 10), 5L);
        IndexedArticle indexed = extractor.extract(article);
        var doc = new OpenSearchDocuments(extractor.gazetteer(), ANALYZER).toJson(indexed);
        assertThat(doc.get(Fields.TEXT_ZH_BIGRAMS).asText()).contains("刘建 建超");
        assertThat(doc.get(Fields.TEXT_EN).asText()).isEqualTo(article.textEn());
        assertThat(doc.get(Fields.PERSON).toString()).contains("刘建超").contains("liu jianchao").contains("liujianchao");
        assertThat(doc.get("facet_people").toString()).contains("Liu Jianchao\\u001F刘建超");
        assertThat(doc.get(Fields.PUBLISHED).asLong()).isEqualTo(LocalDate.of(2024, 1, 10).toEpochDay());
        ObjectMapper json = new ObjectMapper();
        var source = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(json.writeValueAsString(doc));
        OpenSearchDocuments.PRETOKENIZED_FIELDS.forEach(source::remove); // as _source excludes them
        assertThat(OpenSearchDocuments.fromSource(source)).isEqualTo(indexed);
    }

    @Test
    void queriesTranslateToTheDsl() {
        assertThat(translate("刘建超")).contains("\"dis_max\"").contains("\"tie_breaker\":0.1")
                .contains("{\"match_phrase\":{\"text_zh\":{\"analyzer\":\"nb_pretokenized\",\"query\":\"刘 建 超\"}}}")
                .contains("\"text_zh_bigrams\":{").contains("\"query\":\"刘建 建超\"")
                .contains("{\"term\":{\"person\":{\"boost\":6.0,\"value\":\"刘建超\"}}}");
        assertThat(translate("UN")).contains("{\"term\":{\"text_en\":{\"value\":\"un\"}}}")
                .contains("{\"term\":{\"keywords\":{\"boost\":4.0,\"value\":\"un\"}}}");
        assertThat(translate("\"Bank of China\"")).contains("\"query\":\"bank \\u0001 china\"");
        assertThat(translate("NOT climate")).isEqualTo("{\"match_none\":{}}");
        assertThat(translate("climat*")).contains("\"prefix\"").contains("\"boost\":6.6000003");
        assertThat(translate("climat~")).contains("\"fuzzy\"").contains("\"fuzziness\":\"2\"");
        assertThat(translate("a OR b")).contains("\"minimum_should_match\":\"1\"");
        String request = json(OpenSearchQueries.request(new NewsQueryParser(ANALYZER, true, true).parseQuery(""),
                SearchRequest.of("").withPeople(List.of("Liu Jianchao")).withDates(LocalDate.of(2024, 1, 1), null)
                        .withLanguage(SearchRequest.Language.ZH)));
        assertThat(request).contains("{\"term\":{\"person\":{\"value\":\"liu jianchao\"}}}")
                .contains("{\"range\":{\"published\":{\"gte\":" + LocalDate.of(2024, 1, 1).toEpochDay() + "}}}")
                .contains("{\"term\":{\"lang\":{\"value\":\"zh\"}}}").contains("{\"match_all\":{}}");
        assertThat(OpenSearchSchema.createIndexBody(3, 1).toString()).contains("\"number_of_shards\":3")
                .contains("\"nb_pretokenized\"").contains("\"dynamic\":\"strict\"");
    }
}
