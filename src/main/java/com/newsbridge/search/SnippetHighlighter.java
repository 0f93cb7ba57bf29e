package com.newsbridge.search;

import com.newsbridge.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the English and Chinese texts with Lucene's {@link UnifiedHighlighter}, reading offsets from
 * the postings (no re-analysis). Matches in the Chinese bigram field are shown on the stored Chinese text (masked
 * fields: both fields index the same text, so their offsets agree).
 */
public final class SnippetHighlighter {

    /** Snippet passages per language. */
    public static final int PASSAGES = 2;
    /** Target passage length in characters. */
    public static final int PASSAGE_LENGTH = 160;
    /** Only the first characters of a long text are considered, bounding the work per hit. */
    public static final int MAX_ANALYZED_CHARS = 20_000;

    private static final String[] FIELDS = {Fields.TEXT_EN, Fields.TEXT_ZH};

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Returns a highlighter builder set up as every NewsBridge snippet is made (both backends use it, so their snippets
     * agree): {@code <mark>} formatting, passages of about {@value #PASSAGE_LENGTH} characters, bigram matches shown on
     * the Chinese text, at most {@value #MAX_ANALYZED_CHARS} characters considered per text.
     */
    public static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkPassageFormatter())
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaskedFieldsFunc(field -> Fields.TEXT_ZH.equals(field) ? Set.of(Fields.TEXT_ZH_BIGRAMS) : Set.of())
                .withMaxNoHighlightPassages(1)
                // offsets come from the terms of each field (term and phrase extraction), not from re-running the
                // whole multi-field query per hit as weight matching does; MarkPassageFormatter joins a phrase's words
                .withWeightMatches(false);
    }

    /**
     * Returns, for {@link Fields#TEXT_EN} and {@link Fields#TEXT_ZH}, one snippet (or null) per document.
     *
     * @param documents the stored documents of {@code docIds}, already loaded by the caller: the texts are taken from
     *                  them instead of being read and decompressed from the index a second time
     */
    Map<String, String[]> highlight(IndexSearcher searcher, Query query, int[] docIds, Map<Integer, Document> documents)
            throws IOException {
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder(searcher, analyzer)) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = documents.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        String text = document == null ? null : document.get(fields[i]);
                        texts[i] = text == null || text.length() <= MAX_ANALYZED_CHARS
                                ? text : text.substring(0, MAX_ANALYZED_CHARS);
                    }
                    values.add(texts);
                }
                return values;
            }
        };
        int[] passages = new int[FIELDS.length];
        java.util.Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(FIELDS, query, docIds, passages);
    }
}
