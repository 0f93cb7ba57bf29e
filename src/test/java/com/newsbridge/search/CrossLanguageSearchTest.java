package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.ArticleIds;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinyin for Chinese people's names and names across languages (gazetteer and recognized entities). */
class CrossLanguageSearchTest {

    static final String ZHENG = id("sport/2024/08-03/zheng.html");
    static final String LIU = id("world/2024/05-20/liu-delegation.html");
    static final String UN = id("world/2023/12-01/un-resolution.html");
    static final String GUTERRES = id("world/2023/11-01/guterres-ceasefire.html");
    static final String ZHENGZHOU = id("local/2023/04-01/zhengzhou.html");
    static final String BLINKEN = id("world/2023/06-18/blinken-arrives.html");

    @TempDir
    static Path tmp;
    static NewsIndex index;
    static ArticleSearcher searcher;

    static String id(String path) {
        return ArticleIds.fromSource("https://fixtures.newsbridge.invalid/" + path);
    }

    @BeforeAll
    static void indexCorpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("zheng-qinwen-zh.txt", "liu-jianchao-zh.txt", "un-zh.txt", "guterres-en.txt",
                "zhengzhou-zh.txt", "blinken-zh.txt")) {
            try (InputStream in = CrossLanguageSearchTest.class.getResourceAsStream("/crosslang/" + name)) {
                Files.copy(in, corpus.resolve(name));
            }
        }
        index = NewsIndex.open(tmp.resolve("index"), EntityExtractor.bundled());
        new CorpusIndexer(index, 1, null).indexFolder(corpus);
        searcher = new ArticleSearcher(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<String> ids(String query) {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void pinyinOfAChinesePersonNameFindsTheChineseOnlyArticle() {
        assertThat(ids("Zheng Qinwen")).containsExactly(ZHENG);
        assertThat(ids("zheng qinwen")).containsExactly(ZHENG);
        assertThat(ids("zhengqinwen")).containsExactly(ZHENG);
        assertThat(ids("\"Zheng Qinwen\"")).containsExactly(ZHENG);
    }

    @Test
    void pinyinIsKeptToPersonNamesSoHomophonesDoNotFlood() {
        // 郑州 and 钦州 sound like zheng/qin..., but they are not people: no pinyin for them
        assertThat(ids("zheng")).containsExactly(ZHENG);
        assertThat(ids("qinzhou")).isEmpty(); // 钦州(路) is a place: no pinyin (郑州 is found as Zhengzhou, its gazetteer name)
    }

    @Test
    void aRecognizedChineseNameIsFoundByItsEnglishNameAndPinyin() {
        assertThat(ids("\"Liu Jianchao\"")).containsExactly(LIU);
        assertThat(ids("liujianchao")).containsExactly(LIU);
        assertThat(searcher.search(SearchRequest.of("").withPeople(List.of("Liu Jianchao"))).hits())
                .extracting(SearchHit::id).containsExactly(LIU);
    }

    @Test
    void englishNamesFindChineseOnlyArticlesAndTheOtherWayRound() {
        assertThat(ids("\"United Nations\"")).containsExactly(UN);
        assertThat(ids("UN")).containsExactly(UN);
        assertThat(ids("古特雷斯")).containsExactly(GUTERRES);
    }

    @Test
    void mixedQueriesAndLanguageRestriction() {
        // "tennis" is in no text or name: AND finds nothing, so the plain query is relaxed; explicit AND is not
        assertThat(ids("郑钦文 tennis")).containsExactly(ZHENG);
        assertThat(ids("郑钦文 AND tennis")).isEmpty();
        assertThat(ids("郑钦文 Zheng")).containsExactly(ZHENG);
        assertThat(searcher.search(SearchRequest.of("Guterres").withLanguage(SearchRequest.Language.ZH)).total())
                .isZero();
    }

    @Test
    void aForeignNameFindsItsChineseTransliterationBySound() {
        // no bilingual article taught the pair: 布林肯 is recognized in the Chinese text and indexed by its sound
        assertThat(ids("Antony Blinken")).containsExactly(BLINKEN);
        assertThat(ids("Blinken")).containsExactly(BLINKEN);
        assertThat(ids("blinken")).isEmpty(); // lower case is a word search, not a name
    }
}
