package com.newsbridge.eval;

import com.newsbridge.model.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The plain Lucene baseline NewsBridge is compared with: one document per article with fields {@code zh} (Chinese
 * text, {@link SmartChineseAnalyzer}), {@code title} and {@code en} (English title and text, {@link EnglishAnalyzer}),
 * {@code keywords} (each keyword, {@link SmartChineseAnalyzer}, which also lower-cases and stems Latin words), BM25,
 * queried with the classic {@link MultiFieldQueryParser} over all four fields with its default OR operator and no
 * boosts. No normalization beyond the analyzers' own, no traditional/simplified folding, no bigrams, no entities.
 */
public final class BaselineSystem implements RetrievalSystem {

    public static final String NAME = "baseline";
    static final String[] FIELDS = {"title", "en", "zh", "keywords"};

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Path tempDir;

    private BaselineSystem(Directory directory, Analyzer analyzer, Path tempDir) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.tempDir = tempDir;
    }

    /** Returns the baseline's per-field analyzer. */
    public static Analyzer analyzer() {
        Analyzer chinese = new SmartChineseAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(english, Map.of("zh", chinese, "keywords", chinese, "title", english, "en", english));
    }

    /** Builds the baseline index of {@code corpus} in a temporary folder (deleted on close). */
    public static BaselineSystem build(EvalCorpus corpus, int threads, PrintStream log) {
        Path temp = TempDirs.create("newsbridge-eval-baseline");
        Analyzer analyzer = analyzer();
        try {
            Directory dir = FSDirectory.open(temp);
            long start = System.nanoTime();
            EvalCorpus.ReadReport report;
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128))) {
                report = corpus.forEachArticle(threads, article -> {
                    try {
                        writer.updateDocument(new Term("id", article.id()), document(article));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.commit();
            }
            if (log != null) {
                log.printf(Locale.ROOT, "baseline: %d articles indexed in %.1f s%n", report.articles(),
                        (System.nanoTime() - start) / 1e9);
            }
            return new BaselineSystem(dir, analyzer, temp);
        } catch (IOException e) {
            TempDirs.deleteTree(temp);
            throw new UncheckedIOException("cannot build the baseline index", e);
        }
    }

    static Document document(Article a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        if (!a.titleEn().isEmpty()) {
            doc.add(new TextField("title", a.titleEn(), Field.Store.NO));
        }
        if (!a.textEn().isEmpty()) {
            doc.add(new TextField("en", a.textEn(), Field.Store.NO));
        }
        if (!a.textZh().isEmpty()) {
            doc.add(new TextField("zh", a.textZh(), Field.Store.NO));
        }
        for (String keyword : a.keywords()) {
            doc.add(new TextField("keywords", keyword, Field.Store.NO));
        }
        return doc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int size() {
        return reader.numDocs();
    }

    @Override
    public List<String> search(String query, int depth) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
        Query q;
        try {
            q = parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("baseline cannot parse '" + query + "': " + e.getMessage(), e);
        }
        try {
            ScoreDoc[] hits = searcher.search(q, depth).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                ids.add(stored.document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempDirs.deleteTree(tempDir);
        }
    }
}
