package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of the evaluation tools on the shared corpora ({@code ../shared/corpora}); skipped with a message when
 * that folder is missing. Each run is bounded (small samples, few lines) and checks broad ranges, not exact figures.
 */
@Tag("shared")
class SharedCorporaEvalTest {

    static final Path SHARED = Path.of("..", "shared", "corpora");

    @BeforeEach
    void needShared() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("derived")),
                "../shared not found: " + SHARED.toAbsolutePath().normalize() + " (the shared corpora are needed)");
    }

    @Test
    void wmt22KnownItemsAreFoundByNewsBridgeAndTheBaselineRuns(@TempDir Path tmp) {
        QuerySetBuilder builder = new QuerySetBuilder(QuerySetBuilder.Config.defaults(SHARED, Path.of("index-data"),
                Path.of("src/test/resources/gold/bundled-entities.tsv")), null);
        EvalSet set = builder.wmt22(SHARED.resolve("derived/wmt22-zhen"), tmp);
        List<EvalQuery> queries = QueryFiles.read(set.queries());
        assertThat(queries).extracting(EvalQuery::type).contains("known-item-zh", "known-item-en", "trad-known-item-zh");
        SetResult result = RetrievalEvaluation.evaluate(set,
                new RetrievalEvaluation.Options(true, false, null, false, null, 0, null));
        assertThat(result.runs()).extracting(SystemRun::system).containsExactly("baseline", "newsbridge");
        assertThat(result.articles()).isEqualTo(38);
        assertThat(result.runs().get(1).byType().get("known-item-zh").mrr10()).isGreaterThan(0.9);
    }

    @Test
    void pd1998EntityQueriesHaveTwoToFiftyRelevantArticles(@TempDir Path tmp) {
        QuerySetBuilder.Config config = new QuerySetBuilder.Config(SHARED, Path.of("index-data"),
                Path.of("src/test/resources/gold/bundled-entities.tsv"), 7, 20, 10, 10, 10);
        EvalSet set = new QuerySetBuilder(config, null).pd1998(SHARED.resolve("derived/pd1998-zh"), tmp);
        Qrels qrels = Qrels.read(set.qrels());
        List<EvalQuery> queries = QueryFiles.read(set.queries());
        assertThat(queries).extracting(EvalQuery::type).contains("zh-person", "zh-org", "zh-place", "known-item-zh",
                "trad-person", "pinyin-person");
        for (EvalQuery q : queries) {
            int n = qrels.relevantCount(q.id());
            if (q.type().startsWith("known-item") || q.type().startsWith("trad-known")) {
                assertThat(n).as(q.id()).isEqualTo(1);
            } else {
                assertThat(n).as(q.id()).isBetween(QuerySetBuilder.MIN_RELEVANT, QuerySetBuilder.MAX_RELEVANT);
            }
        }
    }

    @Test
    void segmentationOfSighanPkuIsScored() {
        Path pku = SHARED.resolve("sighan2005-pku");
        List<SegmentationEvaluation.Result> results = SegmentationEvaluation.evaluate(new SegmentationEvaluation.Dataset(
                "sighan-pku", pku.resolve("pku_test_gold.utf8"), pku.resolve("pku_test.utf8"),
                pku.resolve("pku_training_words.utf8")), 200);
        assertThat(results).extracting(SegmentationEvaluation.Result::segmenter).containsExactly("smartcn", "newsbridge");
        for (SegmentationEvaluation.Result r : results) {
            assertThat(r.lines()).isEqualTo(200);
            assertThat(r.skipped()).isZero();
            assertThat(r.words().f1()).isBetween(0.7, 1.0);
            assertThat(r.oovWords()).isPositive();
        }
    }

    @Test
    void conllKeywordTypingIsScored() {
        Path dir = SHARED.resolve("derived/conll2003-en");
        EntityEvaluation evaluation = new EntityEvaluation(EntityExtractor::bundled, 2);
        EntityEvaluation.Result typing = evaluation.typing("conll2003-en", dir.resolve("gold.tsv"), dir.resolve("articles"), 50);
        assertThat(typing.articles()).isEqualTo(50);
        assertThat(typing.perType()).containsKeys(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
        assertThat(typing.micro().f1()).isBetween(0.2, 1.0);
        EntityEvaluation.Result recognition = evaluation.recognition("conll2003-en", dir.resolve("gold.tsv"),
                dir.resolve("articles"), 50);
        assertThat(recognition.micro().gold()).isPositive();
    }
}
