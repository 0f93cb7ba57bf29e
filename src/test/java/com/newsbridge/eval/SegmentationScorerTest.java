package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.eval.SegmentationScorer.Span;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Span-based segmentation scoring. */
class SegmentationScorerTest {

    @Test
    void goldSpansAreLaidEndToEnd() {
        assertThat(SegmentationScorer.goldSpans(List.of("共同", "创造", "美好"), "共同创造美好"))
                .containsExactly(new Span(0, 2), new Span(2, 4), new Span(4, 6));
        assertThat(SegmentationScorer.goldSpans(List.of("共同", "创造"), "共同创造美好")).isNull();
        assertThat(SegmentationScorer.goldSpans(List.of("共同", "美好"), "共同创造美好")).isNull();
    }

    @Test
    void wordsCountOnlyWithExactlyTheSameSpan() {
        // raw: 中国人民进入了新世纪 ; gold: 中国 人民 进入 了 新 世纪 ; predicted: 中国人民 进入 了 新世纪
        String raw = "中国人民进入了新世纪";
        List<Span> gold = SegmentationScorer.goldSpans(List.of("中国", "人民", "进入", "了", "新", "世纪"), raw);
        List<Span> predicted = List.of(new Span(0, 4), new Span(4, 6), new Span(6, 7), new Span(7, 10));
        SegmentationScorer scorer = new SegmentationScorer(null);
        scorer.add(raw, gold, predicted);
        Prf words = scorer.words();
        assertThat(words.gold()).isEqualTo(6);
        assertThat(words.predicted()).isEqualTo(4);
        assertThat(words.correctPredicted()).isEqualTo(2); // 进入, 了
        assertThat(words.precision()).isEqualTo(0.5);
        assertThat(words.recall()).isEqualTo(2.0 / 6);
        assertThat(words.f1()).isEqualTo(2 * 0.5 * (1.0 / 3) / (0.5 + 1.0 / 3));
        assertThat(scorer.hasOov()).isFalse();
        assertThat(scorer.oovRecall()).isNaN();
    }

    @Test
    void punctuationIsLeftOutOnBothSidesAndDuplicatesCountOnce() {
        String raw = "你好，世界——！";
        List<Span> gold = SegmentationScorer.goldSpans(List.of("你好", "，", "世界", "——", "！"), raw);
        // the predicted comma and a repeated token must not count
        List<Span> predicted = List.of(new Span(0, 2), new Span(2, 3), new Span(3, 5), new Span(3, 5));
        SegmentationScorer scorer = new SegmentationScorer(null);
        scorer.add(raw, gold, predicted);
        assertThat(scorer.words()).isEqualTo(Prf.of(2, 2, 2));
    }

    @Test
    void oovRecallCountsGoldWordsOutsideTheTrainingVocabulary() {
        String raw = "刘建超会见古特雷斯";
        List<Span> gold = SegmentationScorer.goldSpans(List.of("刘建超", "会见", "古特雷斯"), raw);
        List<Span> predicted = List.of(new Span(0, 1), new Span(1, 3), new Span(3, 5), new Span(5, 9));
        SegmentationScorer scorer = new SegmentationScorer(Set.of("会见"));
        scorer.add(raw, gold, predicted);
        assertThat(scorer.oovWords()).isEqualTo(2);
        assertThat(scorer.oovRecall()).isEqualTo(0.5); // 古特雷斯 found, 刘建超 split
        assertThat(scorer.words().recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void tokenOffsetsOfTheChainPointIntoTheRawTextAfterFolding() {
        // full-width digits and traditional characters are folded by the char filters; offsets stay on the raw text
        String raw = "１９９８年臺灣經濟";
        try (Analyzer chain = NewsAnalyzers.chinese()) {
            List<Span> spans = SegmentationEvaluation.tokenSpans(chain, raw);
            assertThat(spans).isNotEmpty();
            assertThat(spans.get(spans.size() - 1).end()).isEqualTo(raw.length());
            for (Span s : spans) {
                assertThat(s.start()).isBetween(0, raw.length());
                assertThat(s.end()).isBetween(s.start() + 1, raw.length());
            }
        }
    }
}
