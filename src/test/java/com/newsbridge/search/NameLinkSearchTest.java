package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.entity.Transliteration;
import com.newsbridge.index.Fields;
import com.newsbridge.index.NameLinks;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latin names expanded to the Chinese names the index links to them ({@link NameLinks}): an English or pinyin query
 * finds a Chinese-only article that names the person only in its text, with no entity extracted from it.
 */
class NameLinkSearchTest {

    /** Has 刘建超 as a keyword: the person entity, its pinyin and the link liujianchao → 刘建超. */
    static final Article LIU_KEYWORD = zh("liu-keyword", List.of("刘建超"), "刘建超会见了来访的代表团。");
    /** Names 刘建超 only in its text; its keyword line is about something else, so no entity is taken from the text. */
    static final Article LIU_TEXT = zh("liu-text", List.of("外交部"), "外交部例行记者会上，刘建超回答了提问。");
    /** 流鉴潮 sounds exactly like Liu Jianchao but is no person: never linked, never found by the pinyin. */
    static final Article HOMOPHONE = zh("homophone", List.of("外交部"), "外交部门前的流鉴潮涌动。");
    /** 刘剑超 is spelled liu jian chao too, by another person: a linked name is not spelled out, so not found. */
    static final Article NAMESAKE = zh("namesake", List.of("外交部"), "刘剑超在会上发言。");
    /** Names 张卓元 in its text only, and no article links that name: found by what its pinyin spells. */
    static final Article SPELLED = zh("spelled", List.of("经济"), "经济学家张卓元认为，改革仍需深化。");
    /** Names the city 斯波坎 and the player 唐娜·维基奇 in its text only (its keyword line is full of other things). */
    static final Article SOUNDS = zh("sounds", List.of("网球"), "唐娜·维基奇在斯波坎赢得了比赛。");
    /** Bilingual, links the English keyword Huawei to 华为. */
    static final Article HUAWEI_BILINGUAL = new Article("huawei-en", "Huawei opens a lab", "华为开设实验室",
            "Huawei opened a research lab.", "华为开设了一个研究实验室。", List.of("Huawei"), null, null, null);
    /** Chinese-only, names 华为 in its text only. */
    static final Article HUAWEI_TEXT = zh("huawei-zh", List.of("手机"), "新款手机由华为在深圳发布。");
    /** English text that names Yemen's republic in other words than the label. */
    static final Article YEMEN = new Article("yemen", "Yemen exports", "", "The Arab Republic of Yemen said exports"
            + " rose.", "", List.of(), null, null, null);

    @TempDir
    Path tmp;
    NewsIndex index;
    ArticleSearcher searcher;

    static Article zh(String id, List<String> keywords, String text) {
        return new Article(id, "", "", "", text, keywords, null, null, null);
    }

    @BeforeEach
    void indexArticles() {
        index = NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled());
        for (Article a : List.of(LIU_KEYWORD, LIU_TEXT, HOMOPHONE, NAMESAKE, SPELLED, SOUNDS,
                HUAWEI_BILINGUAL, HUAWEI_TEXT, YEMEN)) {
            index.save(a);
        }
        index.refresh();
        searcher = new ArticleSearcher(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    List<String> ids(String query) {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void theTextOnlyArticleHasNoEntityForTheName() {
        assertThat(searcher.article("liu-text").entities()).extracting(Entity::zh).doesNotContain("刘建超");
        assertThat(searcher.article("huawei-zh").entities()).extracting(Entity::zh).doesNotContain("华为");
    }

    @Test
    void pinyinOfAPersonFindsTheArticleThatNamesHimOnlyInChineseTextBelowTheEntityMatch() {
        assertThat(ids("Liu Jianchao")).containsExactly("liu-keyword", "liu-text");
        assertThat(ids("Liujianchao")).containsExactly("liu-keyword", "liu-text");
        assertThat(ids("\"Liu Jianchao\"")).containsExactly("liu-keyword", "liu-text");
    }

    @Test
    void aHomophoneThatIsNoPersonIsNotMatched() {
        assertThat(ids("Liu Jianchao")).doesNotContain("homophone");
        IndexSearcher s = index.acquire();
        try {
            assertThat(NameLinks.chineseNames(s.getIndexReader(), "liujianchao")).containsExactly("刘建超");
            assertThat(NameLinks.chineseNames(s.getIndexReader(), "liu")).isEmpty();
        } finally {
            index.release(s);
        }
    }

    @Test
    void aNameNoArticleLinksIsFoundByWhatItsPinyinSpellsButALinkedNameIsNotSpelledOut() {
        assertThat(ids("Zhang Zhuoyuan")).containsExactly("spelled");
        assertThat(ids("zhang zhuoyuan")).isEmpty(); // lower case: words, not a name
        assertThat(ids("Liu Jianchao")).doesNotContain("namesake");
        IndexSearcher s = index.acquire();
        try {
            assertThat(NameLinks.chineseNames(s.getIndexReader(), Fields.NAME_SPELLINGS, "liujianchao"))
                    .containsExactlyInAnyOrder("刘建超", "刘剑超");
        } finally {
            index.release(s);
        }
        assertThat(NameLinks.spellingTerms("外交部门前的流鉴潮涌动")).isEmpty(); // no surname leads 流鉴潮
        assertThat(NameLinks.spellingTerms("张卓元说")).containsExactly("zhangzhuoyuan\u001F张卓元", "zhuoyuanshuo\u001F卓元说");
    }

    @Test
    void aTransliterationInTheTextThatNoRecognizerTookIsFoundByItsSound() {
        assertThat(searcher.article("sounds").entities()).extracting(Entity::zh).containsExactly("网球");
        assertThat(ids("Spokane")).containsExactly("sounds"); // 斯波坎: SPKN
        assertThat(ids("Donna Vekic")).containsExactly("sounds"); // TNFK, read TNFS as 唐娜·维基奇
        assertThat(ids("spokane")).isEmpty(); // lower case is a word search, not a name
        assertThat(NameLinks.soundTerms("唐娜·维基奇在斯波坎赢得了比赛。")).containsExactly("TNFS", "SPKN");
        // a name and its last part, after a middle dot or a space; fewer than three consonants give no key
        assertThat(Transliteration.nameSoundKeys("苏尔坦·贾比尔")).containsExactly("SLTNSPL", "SPL");
        assertThat(Transliteration.nameSoundKeys(" Antony  Blinken ")).containsExactly("NTNPLNKN", "PLNKN");
        assertThat(Transliteration.nameSoundKeys("布林肯")).containsExactly("PLNKN");
        assertThat(Transliteration.nameSoundKeys("克里")).isEmpty();
        assertThat(NewsQueryParser.kAsS("KLNK")).containsExactly("KLNK", "SLNK", "KLNS", "SLNS");
        // names that read as pinyin are Chinese: never matched by the sound of text runs
        assertThat(com.newsbridge.entity.Pinyin.isPinyin("Lin Donghai")).isTrue();
        assertThat(com.newsbridge.entity.Pinyin.isPinyin("Spokane")).isFalse();
        assertThat(com.newsbridge.entity.Pinyin.isPinyin("Donna Vekic")).isFalse();
    }

    @Test
    void anEnglishNameLinkedInABilingualArticleFindsAChineseOnlyArticle() {
        assertThat(ids("Huawei")).containsExactly("huawei-en", "huawei-zh");
        assertThat(searcher.search(SearchRequest.of("Huawei").withLanguage(SearchRequest.Language.EN)).hits())
                .extracting(SearchHit::id).containsExactly("huawei-en");
        assertThat(ids("huawei")).containsExactly("huawei-en"); // lower case is a word search, not a name
    }

    @Test
    void aChineseNameTheIndexLinksFindsEnglishOnlyArticlesThatWriteItsPinyin() {
        // keyword lines about other things: no entity is taken from these texts, only the words are indexed
        index.save(new Article("liu-en", "Talks in Beijing", "", "Liu Jianchao met the visiting delegation on"
                + " Monday.", "", List.of("diplomacy"), null, null, null));
        index.save(new Article("huang-en", "Markets", "", "Huang Jin, a trader, said prices rose.", "",
                List.of("markets"), null, null, null));
        index.refresh();
        assertThat(searcher.article("liu-en").entities()).extracting(Entity::name).containsExactly("diplomacy");
        // the name as a keyword, then in the Chinese text, then spelled in the English text
        assertThat(ids("刘建超")).containsExactly("liu-keyword", "liu-text", "liu-en");
        assertThat(searcher.search(SearchRequest.of("刘建超").withLanguage(SearchRequest.Language.ZH)).hits())
                .extracting(SearchHit::id).containsExactly("liu-keyword", "liu-text");
        // 黄金 (gold) reads huang jin, but no article has it as a person: never spelled out
        assertThat(ids("黄金")).doesNotContain("huang-en");
        // 刘剑超 reads liu jian chao too, but the index links that pinyin only to 刘建超
        assertThat(ids("刘剑超")).containsExactly("namesake");
    }

    @Test
    void aThreeCharacterChineseNameIsSpelledInEnglishEvenWhenNoArticleLinksIt() {
        index.save(new Article("liu-cixin-en", "Hugo award", "", "The novelist Liu Cixin won the award.", "",
                List.of("literature"), null, null, null));
        index.save(new Article("qin-gang-en", "Talks", "", "Qin Gang met his counterpart.", "", List.of("diplomacy"),
                null, null, null));
        index.refresh();
        assertThat(ids("刘慈欣")).containsExactly("liu-cixin-en");
        assertThat(ids("秦刚")).isEmpty(); // two characters and no link: could be a word, never spelled unasked
    }

    @Test
    void aTransliteratedNameFindsEnglishOnlyArticlesByTheSoundOfTheirPeopleAndPlaces() {
        index.save(new Article("cameron-en", "Referendum", "", "David Cameron said he would resign.", "",
                List.of("David Cameron"), null, null, null));
        index.refresh();
        assertThat(searcher.article("cameron-en").entities()).extracting(Entity::zh).containsExactly("");
        assertThat(ids("卡梅伦")).containsExactly("cameron-en"); // KNLN, as Cameron
        assertThat(ids("卡梅")).isEmpty(); // KN: fewer than three consonants are never asked
    }

    @Test
    void aChineseNameOfTheGazetteerFindsEnglishArticlesThatNameItOnlyInTheirText() {
        index.save(new Article("bulgaria-en", "Exports", "", "Exports to Bulgaria rose in March.", "",
                List.of("trade"), null, null, null));
        index.refresh();
        assertThat(searcher.article("bulgaria-en").entities()).extracting(Entity::name).containsExactly("trade");
        assertThat(ids("保加利亚")).containsExactly("bulgaria-en"); // gazetteer: place Bulgaria 保加利亚
        assertThat(searcher.search(SearchRequest.of("保加利亚").withLanguage(SearchRequest.Language.ZH)).hits())
                .isEmpty();
    }

    @Test
    void theLinksLiveInTheIndexAndSurviveARestart() {
        index.close();
        index = NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled()); // empty alias table
        searcher = new ArticleSearcher(index);
        assertThat(ids("Liu Jianchao")).containsExactly("liu-keyword", "liu-text");
        assertThat(ids("Huawei")).containsExactly("huawei-en", "huawei-zh");
    }

    @Test
    void linksArriveWithNewArticles() {
        assertThat(ids("Zhang Wei")).isEmpty();
        index.save(zh("zhang-text", List.of("外交部"), "张伟出席了会议。"));
        index.refresh();
        assertThat(ids("Zhang Wei")).isEmpty(); // nothing links the name yet
        index.save(zh("zhang-keyword", List.of("张伟"), "张伟表示欢迎。"));
        index.refresh();
        assertThat(ids("Zhang Wei")).containsExactly("zhang-keyword", "zhang-text");
    }

    @Test
    void aPlainQueryWithoutAndHitsIsRelaxedButOperatorsAndQuotesAreNot() {
        assertThat(ids("Yemen Arab Republic")).containsExactly("yemen");
        assertThat(ids("\"Yemen Arab Republic\"")).isEmpty();
        assertThat(ids("Yemen AND Arab AND Kingdom")).isEmpty();
        assertThat(ids("Yemen Kingdom")).containsExactly("yemen");
        assertThat(ids("Yemen exports")).containsExactly("yemen");
    }

    @Test
    void relaxableQueriesArePlainWordsOnly() {
        assertThat(NewsQueryParser.relaxable("Yemen Arab Republic")).isTrue();
        assertThat(NewsQueryParser.relaxable("北京 冬奥会")).isTrue();
        assertThat(NewsQueryParser.relaxable("Yemen")).isFalse();
        assertThat(NewsQueryParser.relaxable("\"Yemen Arab\"")).isFalse();
        assertThat(NewsQueryParser.relaxable("climate -Paris")).isFalse();
        assertThat(NewsQueryParser.relaxable("China OR trade")).isFalse();
        assertThat(NewsQueryParser.relaxable("title:China trade")).isFalse();
        assertThat(NewsQueryParser.relaxable("econom* growth")).isFalse();
        assertThat(NewsQueryParser.relaxable("a b c d e f g h")).isTrue();
        assertThat(NewsQueryParser.relaxable("a b c d e f g h i")).isFalse(); // long queries stay AND
    }

    @Test
    void keysAreTheLettersOfWholeLatinNames() {
        assertThat(NameLinks.key("Jiang Ze-min")).isEqualTo("jiangzemin");
        assertThat(NameLinks.key("Müller")).isEqualTo("muller");
        assertThat(NameLinks.key("UN")).isEmpty();
        assertThat(NameLinks.key("G20 summit")).isEmpty();
        assertThat(NameLinks.key("刘建超")).isEmpty();
        assertThat(NameLinks.terms(new Entity("刘建超", EntityType.PERSON, "", "刘建超"), null))
                .containsExactly("liujianchao\u001F刘建超");
        assertThat(NameLinks.terms(new Entity("郑州", EntityType.PLACE, "", "郑州"), null)).isEmpty();
        assertThat(NameLinks.terms(new Entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "布林肯"), null))
                .containsExactly("antonyblinken\u001F布林肯");
    }
}
