package com.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonArticleParserTest {

    private final JsonArticleParser parser = new JsonArticleParser();

    @Test
    void readsTheBenchmarkFieldNames() {
        Article a = parser.parse("""
                {"id":"bench-1","zh":"第一句。第二句。","title_en":"Title","keywords":["A","B"],"en":"Text.",
                 "date":"2020-02-03","source":"https://bench.invalid/1","views":5}""", "b.jsonl", 1);
        assertThat(a.id()).isEqualTo("bench-1");
        assertThat(a.textZh()).isEqualTo("第一句。第二句。");
        assertThat(a.titleZh()).isEqualTo("第一句");
        assertThat(a.titleEn()).isEqualTo("Title");
        assertThat(a.keywords()).containsExactly("A", "B");
        assertThat(a.textEn()).isEqualTo("Text.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(a.source()).isEqualTo("https://bench.invalid/1");
        assertThat(a.views()).isEqualTo(5L);
    }

    @Test
    void derivesTheIdFromTheSourceLikeTextFiles() {
        Article a = parser.parse("{\"en\":\"x\",\"source\":\"http://e.com/2024/01-10/a\",\"keywords\":\"A，B\"}", "f", 3);
        assertThat(a.id()).isEqualTo(ArticleIds.fromSource("http://e.com/2024/01-10/a"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(a.keywords()).containsExactly("A", "B");
    }

    @Test
    void reportsBadRecordsWithFileAndLine() {
        assertThatThrownBy(() -> parser.parse("{not json", "f.jsonl", 7))
                .isInstanceOf(ArticleParseException.class).hasMessageStartingWith("f.jsonl:7: invalid JSON");
        assertThatThrownBy(() -> parser.parse("[1,2]", "f.jsonl", 2))
                .isInstanceOf(ArticleParseException.class).hasMessage("f.jsonl:2: expected a JSON object");
        assertThatThrownBy(() -> parser.parse("{\"title_en\":\"\"}", "f.jsonl", 1))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("f.jsonl:1: no English or Chinese text (fields zh, title_en, en)");
        assertThatThrownBy(() -> parser.parse("{\"en\":\"x\",\"views\":\"many\"}", "f.jsonl", 4))
                .isInstanceOf(ArticleParseException.class).hasMessage("f.jsonl:4: views must be a non-negative integer");
        assertThatThrownBy(() -> parser.parse("{\"en\":\"x\",\"id\":\"../etc\"}", "f.jsonl", 5))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("f.jsonl:5: id may only contain letters, digits, '-', '_' and '.'");
    }
}
