package com.newsbridge.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name pairs learned from bilingual articles survive a restart: the index teaches them to a new extractor. */
class LearnedAliasesTest {

    private static final Entity BLINKEN = new Entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "布林肯");

    @TempDir
    Path tmp;

    private final ArticleParser parser = new ArticleParser();

    @Test
    void aReopenedIndexNamesANewChineseOnlyArticleWithThePairItsEarlierArticlesLearned() {
        Path path = tmp.resolve("index");
        Article bilingual = parser.parse("美国国务卿布林肯访问北京。\nTitle: Blinken visits Beijing\nKeywords: Antony Blinken\n"
                + "News Content:\nAntony Blinken visited Beijing.\n", "bi.txt");
        Article chineseOnly = parser.parse("布林肯表示，双方同意保持沟通。\n", "zh.txt");
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.COMMIT)) {
            assertThat(index.upsert(bilingual).entities()).contains(BLINKEN);
            index.commit();
        }
        // what a restart without the index's pairs would give: the Chinese name as an entity of its own
        assertThat(EntityExtractor.bundled().extract(chineseOnly).entities())
                .extracting(Entity::name).contains("布林肯").doesNotContain("Antony Blinken");

        EntityExtractor restarted = EntityExtractor.bundled();
        try (NewsIndex index = NewsIndex.open(path, restarted, NewsIndex.Durability.COMMIT)) {
            assertThat(restarted.aliases().byChinese("布林肯")).isEqualTo(BLINKEN);
            assertThat(restarted.aliases().byEnglish("antony blinken")).isEqualTo(BLINKEN);
            assertThat(index.upsert(chineseOnly).entities()).contains(BLINKEN);
        }
    }

    @Test
    void aReopenedIndexStillFindsTheChineseNamesItsKeywordLinesGave() {
        Path path = tmp.resolve("names");
        Article withKeywords = parser.parse("联想集团今年的利润增长很快。\nKeywords: 联想集团\n", "k.txt");
        Article without = parser.parse("联想集团发布了新产品。\n", "n.txt");
        Entity lenovo = new Entity("联想集团", EntityType.ORGANIZATION, "", "联想集团");
        assertThat(EntityExtractor.bundled().extract(without).entities()).doesNotContain(lenovo); // HanLP alone misses it
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.COMMIT)) {
            assertThat(index.upsert(withKeywords).entities()).contains(lenovo);
            index.commit();
        }
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.COMMIT)) {
            assertThat(index.upsert(without).entities()).contains(lenovo);
        }
    }

    @Test
    void pairsOfPeopleOrganizationsAndPlacesAndChinesePeopleAndOrganizationsAreLearned() {
        char us = Fields.FACET_NAME_SEPARATOR;
        assertThat(LearnedAliases.fromFacetValue("people", "Antony Blinken" + us + "布林肯")).isEqualTo(BLINKEN);
        assertThat(LearnedAliases.fromFacetValue("organizations", "UN" + us + "联合国"))
                .isEqualTo(new Entity("UN", EntityType.ORGANIZATION, "UN", "联合国"));
        assertThat(LearnedAliases.fromFacetValue("keywords", "trade" + us + "贸易")).isNull();
        assertThat(LearnedAliases.fromFacetValue("people", "刘建超"))
                .isEqualTo(new Entity("刘建超", EntityType.PERSON, "", "刘建超"));
        assertThat(LearnedAliases.fromFacetValue("organizations", "联想集团"))
                .isEqualTo(new Entity("联想集团", EntityType.ORGANIZATION, "", "联想集团"));
        assertThat(LearnedAliases.fromFacetValue("places", "酒泉")).isNull();
        assertThat(LearnedAliases.fromFacetValue("people", "Jane Roe")).isNull();
        assertThat(LearnedAliases.fromFacetValue("nonsense", "Jane Roe" + us + "布林肯")).isNull();
    }
}
