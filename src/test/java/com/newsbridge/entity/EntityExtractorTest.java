package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = EntityExtractor.bundled();
    private final ArticleParser parser = new ArticleParser();

    @Test
    void typesAndLinksTheSeedKeywords() throws IOException {
        Path seed = Path.of("index-data/seed-article.txt");
        IndexedArticle indexed = extractor.extract(parser.parse(Files.readAllBytes(seed), seed.toString()));
        assertThat(indexed.entities()).containsExactly(
                new Entity("Liu Jianchao", EntityType.PERSON, "Liu Jianchao", "刘建超"),
                new Entity("Antonio Guterres", EntityType.PERSON, "Antonio Guterres", "古特雷斯"),
                new Entity("UN", EntityType.ORGANIZATION, "UN", "联合国"),
                new Entity("cooperation", EntityType.TOPIC, "cooperation", ""),
                new Entity("global civilization initiative", EntityType.TOPIC, "global civilization initiative", ""));
    }

    @Test
    void typesUnknownKeywordsFromTheirFormAndContext() {
        Article article = new Article("x", "T", "", "Prime Minister Jane Roe met officials of the Ministry of Fishing"
                + " and ACME in Northvale.", "", java.util.List.of(), null, null, null);
        KeywordTyper typer = new KeywordTyper();
        assertThat(typer.type("Jane Roe", article)).isEqualTo(EntityType.PERSON);
        assertThat(typer.type("Ministry of Fishing", article)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.type("ACME", article)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.type("Northvale", article)).isEqualTo(EntityType.PLACE);
        assertThat(typer.type("fishing quotas", article)).isEqualTo(EntityType.TOPIC);
        assertThat(typer.type("Belt and Road Initiative", article)).isEqualTo(EntityType.TOPIC);
        assertThat(typer.type("王小明", article)).isEqualTo(EntityType.PERSON);
        assertThat(typer.type("国家统计局", article)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.type("浙江省", article)).isEqualTo(EntityType.PLACE);
        assertThat(typer.type("气候变化", article)).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void chineseKeywordsOfAChineseOnlyArticleAreLinkedToEnglishNames() {
        Article article = parser.parse("世卫组织总干事谭德塞宣布中国获得无疟疾认证。\nKeywords: 谭德塞，世界卫生组织，疟疾\n", "zh.txt");
        assertThat(extractor.extract(article).entities()).containsExactly(
                new Entity("Tedros Adhanom Ghebreyesus", EntityType.PERSON, "Tedros Adhanom Ghebreyesus", "谭德塞"),
                new Entity("WHO", EntityType.ORGANIZATION, "WHO", "世界卫生组织"),
                new Entity("疟疾", EntityType.TOPIC, "", "疟疾"));
    }

    @Test
    void articlesWithoutKeywordsGetGazetteerEntitiesFromTheirText() {
        Article article = parser.parse("Title: Talks\nNews Content:\nWang Yi met officials of the United Nations.\n", "k.txt");
        assertThat(extractor.extract(article).entities()).containsExactly(
                new Entity("Wang Yi", EntityType.PERSON, "Wang Yi", "王毅"),
                new Entity("UN", EntityType.ORGANIZATION, "UN", "联合国"));
    }

    @Test
    void chineseTextWithoutKeywordsGetsRecognizedPeopleWithForeignNamesWhole() {
        Article article = parser.parse("美国国务卿布林肯在华盛顿会见了中共中央对外联络部部长刘建超。\n", "zh.txt");
        assertThat(extractor.extract(article).entities())
                .extracting(Entity::zh, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("布林肯", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("刘建超", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("华盛顿", EntityType.PLACE))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("林肯", EntityType.PERSON));
    }

    @Test
    void aKnownPlaceNamedInsideAnOrganizationStaysAPlaceOfTheArticle() {
        // People's Daily and MSRA count no place in 阿根廷队; a reader filtering by Argentina wants this article
        Article team = parser.parse("阿根廷队在决赛中夺得世界杯冠军。\n", "t.txt");
        assertThat(extractor.extract(team).entities()).extracting(Entity::name, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Argentina", EntityType.PLACE));
    }

    @Test
    void aChineseKeywordTeachesRecognitionInLaterArticlesWithoutKeywords() {
        EntityExtractor fresh = EntityExtractor.bundled();
        Article later = parser.parse("联想集团发布了新产品。\n", "later.txt");
        Entity lenovo = new Entity("联想集团", EntityType.ORGANIZATION, "", "联想集团");
        assertThat(EntityExtractor.bundled().extract(later).entities()).doesNotContain(lenovo);
        fresh.extract(parser.parse("联想集团今年的利润增长很快。\nKeywords: 联想集团\n", "k.txt"));
        assertThat(fresh.extract(later).entities()).contains(lenovo);
    }

    @Test
    void englishTextWithoutKeywordsGetsRecognizedNames() {
        Article article = parser.parse("Title: Visit\nNews Content:\nThe envoy met President Jane Roe of Northvale"
                + " at the Ministry of Fishing on Monday. Roe said talks in Port Amber went well.\n", "en.txt");
        assertThat(extractor.extract(article).entities())
                .extracting(Entity::name, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Jane Roe", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Ministry of Fishing", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Port Amber", EntityType.PLACE))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Monday", EntityType.PLACE),
                        org.assertj.core.groups.Tuple.tuple("The", EntityType.PLACE));
    }

    @Test
    void learnedAliasesNameAChineseOnlyMentionInEnglish() {
        EntityExtractor fresh = EntityExtractor.bundled();
        fresh.extract(parser.parse("美国国务卿布林肯访问北京。\nTitle: Blinken visits Beijing\nKeywords: Antony Blinken\n"
                + "News Content:\nAntony Blinken visited Beijing.\n", "bi.txt"));
        Article chineseOnly = parser.parse("布林肯表示，双方同意保持沟通。\n", "zh.txt");
        assertThat(fresh.extract(chineseOnly).entities())
                .contains(new Entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "布林肯"));
    }
}
