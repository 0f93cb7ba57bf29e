package com.newsbridge.backend;

import com.newsbridge.index.Fields;
import com.newsbridge.model.Article;
import com.newsbridge.model.IndexedArticle;
import com.newsbridge.search.MarkPassageFormatter;
import com.newsbridge.search.SnippetHighlighter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the snippets of a page of hits returned by a remote backend exactly as the embedded index does: each
 * article's indexed fields — the embedded index's document, analyzed by NewsBridge's analyzers with offsets — go into
 * a one-document in-memory index ({@link MemoryIndex}), and the same {@link UnifiedHighlighter} configuration as
 * the embedded index ({@link SnippetHighlighter#builder}: {@link MarkPassageFormatter}, passage length, bigram matches
 * shown on the Chinese text) runs the parsed query over it, on the article's original texts. Passage scores depend only on the document,
 * so the snippets are the embedded ones.
 */
final class PageHighlighter {

    private static final String[] FIELDS = {Fields.TEXT_EN, Fields.TEXT_ZH};

    private final Analyzer analyzer;
    private final OpenSearchDocuments documents;

    PageHighlighter(Analyzer analyzer, OpenSearchDocuments documents) {
        this.analyzer = analyzer;
        this.documents = documents;
    }

    /** Returns, for {@link Fields#TEXT_EN} and {@link Fields#TEXT_ZH}, one snippet (or null) per article. */
    Map<String, String[]> highlight(Query query, List<IndexedArticle> page) {
        String[] en = new String[page.size()];
        String[] zh = new String[page.size()];
        for (int i = 0; i < page.size(); i++) {
            Map<String, String[]> snippets = highlightOne(query, page.get(i));
            en[i] = snippets.get(Fields.TEXT_EN)[0];
            zh[i] = snippets.get(Fields.TEXT_ZH)[0];
        }
        return Map.of(Fields.TEXT_EN, en, Fields.TEXT_ZH, zh);
    }

    private Map<String, String[]> highlightOne(Query query, IndexedArticle indexed) {
        MemoryIndex index = new MemoryIndex(true, false);
        for (IndexableField field : documents.luceneDocument(indexed)) {
            if (field.fieldType().indexOptions() != IndexOptions.NONE) { // postings only: the query needs no more
                index.addField(field, analyzer);
            }
        }
        IndexSearcher searcher = index.createSearcher();
        Article article = indexed.article();
        UnifiedHighlighter highlighter = new UnifiedHighlighter(SnippetHighlighter.builder(searcher, analyzer)) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                // the texts come from the article, not from stored fields (a memory index stores none)
                docIter.nextDoc();
                CharSequence[] values = new CharSequence[fields.length];
                for (int k = 0; k < fields.length; k++) {
                    String text = switch (fields[k]) {
                        case Fields.TEXT_EN -> article.textEn();
                        case Fields.TEXT_ZH -> article.textZh();
                        default -> "";
                    };
                    values[k] = text.isEmpty() ? null : text.substring(0, Math.min(getMaxLength(), text.length()));
                }
                List<CharSequence[]> docs = new ArrayList<>(1);
                docs.add(values);
                return docs;
            }
        };
        int[] passages = new int[FIELDS.length];
        Arrays.fill(passages, SnippetHighlighter.PASSAGES);
        try {
            return highlighter.highlightFields(FIELDS, query, new int[] {0}, passages);
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting failed", e);
        }
    }
}
