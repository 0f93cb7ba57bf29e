package com.newsbridge.bench;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.ArticleDocuments;
import com.newsbridge.index.CorpusIndexer;
import com.newsbridge.index.IndexReport;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing throughput passes over the same corpus files, each on {@code threads} threads pulling files from a shared
 * counter (as {@link CorpusIndexer} does):
 * <ul>
 *   <li>{@code parse}: read and parse the files only;</li>
 *   <li>{@code analyze}: parse, then SmartChinese analysis of the Chinese title and text and English analysis of the
 *       English title and text (the "pure analysis" reference: what any index of this text must at least spend);</li>
 *   <li>{@code analyze-all}: parse, extract entities, build the Lucene document and analyze every tokenized field of
 *       it (Chinese words and bigrams, English, keywords, entity names): all the analysis the real index does;</li>
 *   <li>{@code index}: the real code path, {@link CorpusIndexer} into a new {@link NewsIndex} (its own settings);</li>
 *   <li>{@code index-merge}: {@code index}, then the merge to one segment that {@code newsbridge index} does after a
 *       bulk load (its time and CPU are also printed alone);</li>
 *   <li>{@code bare}: the "bare Lucene" reference on the same files: the same two analyzers (SmartChinese chain
 *       for the Chinese title and text, English chain for the English title and text), three stored text fields
 *       (Chinese, English, keywords; positions, no offsets) and one keyword facet, into a plain {@link IndexWriter}
 *       with Lucene's defaults but the RAM buffer NewsIndex uses. No entities, no bigrams, no names: what the product
 *       would cost if it did nothing beyond that, so the product's own additions are the difference.</li>
 *   <li>{@code raw-RAM} (e.g. {@code raw-256}): the same documents through a plain {@link IndexWriter} configured like
 *       NewsIndex but with a RAM buffer of RAM MB, to try writer settings without changing NewsIndex; {@code
 *       rawadd-RAM} uses addDocument instead of updateDocument (what an initial bulk load could do).</li>
 * </ul>
 * Megabytes are the input files' bytes, so every pass has the same denominator.
 */
final class IndexBench {

    /** One pass's result. */
    record Result(String pass, int threads, int docs, long bytes, double seconds, double cpuSeconds) {
        double mbPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }

        double docsPerSecond() {
            return docs / seconds;
        }

        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final List<Path> files;
    private final Path workDir;

    IndexBench(Path corpus, Path workDir) {
        this.files = CorpusReader.listArticleFiles(corpus);
        this.workDir = workDir;
    }

    int fileCount() {
        return files.size();
    }

    /** Runs a pass; the result's CPU time is the whole process's over the pass (GC and merge threads included). */
    Result run(String pass, int threads) throws Exception {
        long cpu0 = cpuNanos();
        Result r = runPass(pass, threads);
        return new Result(r.pass(), r.threads(), r.docs(), r.bytes(), r.seconds(), (cpuNanos() - cpu0) / 1e9);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private Result runPass(String pass, int threads) throws Exception {
        if (pass.equals("index") || pass.equals("index-merge")) {
            return realIndex(pass, threads);
        }
        if (pass.startsWith("raw-") || pass.startsWith("rawadd-")) {
            return rawIndex(pass, threads);
        }
        if (pass.equals("bare")) {
            return bareIndex(threads);
        }
        Analyzer chinese = NewsAnalyzers.chinese();
        Analyzer english = NewsAnalyzers.english();
        Analyzer perField = NewsIndex.newAnalyzer();
        EntityExtractor extractor = EntityExtractor.bundled();
        ArticleDocuments documents = new ArticleDocuments(ArticleDocuments.newFacetsConfig(), extractor.gazetteer());
        Consumer<Article> work = switch (pass) {
            case "parse" -> a -> { };
            case "analyze" -> a -> {
                consume(chinese, "text_zh", a.titleZh());
                consume(chinese, "text_zh", a.textZh());
                consume(english, "text_en", a.titleEn());
                consume(english, "text_en", a.textEn());
            };
            case "analyze-all" -> a -> {
                Document doc = documents.toDocument(extractor.extract(a));
                for (IndexableField f : doc.getFields()) {
                    if (f.fieldType().tokenized() && f.stringValue() != null) {
                        consume(perField, f.name(), f.stringValue());
                    }
                }
            };
            default -> throw new IllegalArgumentException("unknown pass " + pass);
        };
        return parallel(pass, threads, work);
    }

    private Result parallel(String pass, int threads, Consumer<Article> work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger docs = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                CorpusReader reader = new CorpusReader();
                int i;
                while ((i = next.getAndIncrement()) < files.size()) {
                    Path file = files.get(i);
                    bytes.addAndGet(size(file));
                    reader.read(file, a -> {
                        work.accept(a);
                        docs.incrementAndGet();
                    }, failure -> { });
                }
            }, pass + "-" + t);
            workers.add(thread);
            thread.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        return new Result(pass, threads, docs.get(), bytes.get(), (System.nanoTime() - start) / 1e9, 0);
    }

    private Result realIndex(String pass, int threads) throws IOException {
        Path dir = freshDir(pass);
        long start = System.nanoTime();
        IndexReport report;
        try (NewsIndex index = NewsIndex.open(dir, EntityExtractor.bundled())) {
            report = new CorpusIndexer(index, threads, null).indexFiles(files);
            int before = index.segmentCount();
            System.out.printf(java.util.Locale.ROOT, "%s: %d segments after the load%n", pass, before);
            if (pass.equals("index-merge")) { // what `newsbridge index` does after the load (--merge-segments 1)
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                index.forceMerge(1);
                System.out.printf(java.util.Locale.ROOT, "index-merge: %d segments merged to %d in %.1f s, %.1f CPU-s%n",
                        before, index.segmentCount(), (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9);
            }
        } // close() included: it waits for merges
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pass, threads, report.indexed(), report.bytes(), seconds, 0);
    }

    private Result rawIndex(String pass, int threads) throws Exception {
        boolean add = pass.startsWith("rawadd-");
        double ramMb = Double.parseDouble(pass.substring(pass.indexOf('-') + 1));
        Path dir = freshDir(pass);
        EntityExtractor extractor = EntityExtractor.bundled();
        FacetsConfig facets = ArticleDocuments.newFacetsConfig();
        ArticleDocuments documents = new ArticleDocuments(facets, extractor.gazetteer());
        IndexWriterConfig config = new IndexWriterConfig(NewsIndex.newAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramMb)
                .setSimilarity(new BM25Similarity());
        ((ConcurrentMergeScheduler) config.getMergeScheduler()).setDefaultMaxMergesAndThreads(false);
        long start = System.nanoTime();
        Result result;
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            result = parallel(pass, threads, a -> {
                try {
                    Document doc = documents.toDocument(extractor.extract(a));
                    if (add) {
                        writer.addDocument(doc);
                    } else {
                        writer.updateDocument(ArticleDocuments.idTerm(a.id()), doc);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pass, threads, result.docs(), result.bytes(), seconds, 0);
    }

    private Result bareIndex(int threads) throws Exception {
        Path dir = freshDir("bare");
        Analyzer analyzer = new PerFieldAnalyzerWrapper(NewsAnalyzers.english(),
                java.util.Map.of("zh", NewsAnalyzers.chinese(), "keywords", new StandardAnalyzer()));
        FacetsConfig facets = new FacetsConfig();
        facets.setMultiValued("keyword", true);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(NewsIndex.RAM_BUFFER_MB);
        long start = System.nanoTime();
        Result result;
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            result = parallel("bare", threads, a -> {
                Document doc = new Document();
                doc.add(new StringField("id", a.id(), Field.Store.YES));
                doc.add(new TextField("zh", a.titleZh() + "\n" + a.textZh(), Field.Store.YES));
                doc.add(new TextField("en", a.titleEn() + "\n" + a.textEn(), Field.Store.YES));
                doc.add(new TextField("keywords", String.join("; ", a.keywords()), Field.Store.YES));
                for (String keyword : a.keywords()) {
                    doc.add(new SortedSetDocValuesFacetField("keyword", keyword));
                }
                try {
                    writer.updateDocument(new Term("id", a.id()), facets.build(doc));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result("bare", threads, result.docs(), result.bytes(), seconds, 0);
    }

    private Path freshDir(String name) throws IOException {
        Path dir = workDir.resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void consume(Analyzer analyzer, String field, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            long sink = 0;
            while (ts.incrementToken()) {
                sink += term.length() + offset.endOffset();
            }
            ts.end();
            if (sink == 42) {
                System.out.print("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
