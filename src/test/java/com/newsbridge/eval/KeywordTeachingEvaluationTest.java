package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EntityEvaluation#recognitionAfterFirstHalf}: the first half of the articles is read (with or without its
 * keyword lines), only the second half is scored.
 */
class KeywordTeachingEvaluationTest {

    @Test
    void whatTheFirstHalfsKeywordLinesTeachShowsInTheSecondHalfOnly(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "联想集团今年的利润增长很快。\nKeywords: 联想集团\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("a2.txt"), "联想集团发布了新产品。\nKeywords: 联想集团\n", StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "article_id\tentity\ttype\tcount_in_text\na1\t联想集团\torganization\t1\n"
                + "a2\t联想集团\torganization\t1\n", StandardCharsets.UTF_8);
        EntityEvaluation evaluation = new EntityEvaluation(EntityExtractor::bundled, 0);

        EntityEvaluation.Result untaught = evaluation.recognitionAfterFirstHalf("t", gold, articles, 0, false);
        EntityEvaluation.Result taught = evaluation.recognitionAfterFirstHalf("t", gold, articles, 0, true);

        assertThat(untaught.articles()).isEqualTo(1);
        assertThat(untaught.perType().get(EntityType.ORGANIZATION)).isEqualTo(new Prf(0, 1, 0, 0));
        assertThat(taught.articles()).isEqualTo(1);
        assertThat(taught.perType().get(EntityType.ORGANIZATION)).isEqualTo(new Prf(1, 1, 1, 1));
    }
}
