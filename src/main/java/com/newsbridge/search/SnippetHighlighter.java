package com.newsbridge.search;

import com.newsbridge.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the English and Chinese texts with Lucene's {@link UnifiedHighlighter}, reading offsets from
 * the postings (no re-analysis). Matches in the Chinese bigram field are shown on the stored Chinese text (masked
 * fields: both fields index the same text, so their offsets agree).
 */
final class SnippetHighlighter {

    /** Snippet passages per language. */
    static final int PASSAGES = 2;
    /** Target passage length in characters. */
    static final int PASSAGE_LENGTH = 160;
    /** Only the first characters of a long text are considered, bounding the work per hit. */
    static final int MAX_ANALYZED_CHARS = 20_000;

    private static final String[] FIELDS = {Fields.TEXT_EN, Fields.TEXT_ZH};

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Returns, for {@link Fields#TEXT_EN} and {@link Fields#TEXT_ZH}, one snippet (or null) per document. */
    Map<String, String[]> highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkPassageFormatter())
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaskedFieldsFunc(field -> Fields.TEXT_ZH.equals(field) ? Set.of(Fields.TEXT_ZH_BIGRAMS) : Set.of())
                .withMaxNoHighlightPassages(1)
                .build();
        int[] passages = new int[FIELDS.length];
        java.util.Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(FIELDS, query, docIds, passages);
    }
}
