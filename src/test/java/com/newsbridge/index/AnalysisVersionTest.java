package com.newsbridge.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.TestCorpus;
import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.ingest.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis version recorded in an index's commits: a new index gets the current one and keeps it, an index from
 * before the version was recorded is reported as version 1 and keeps that until it is rebuilt.
 */
class AnalysisVersionTest {

    @TempDir
    Path tmp;

    @Test
    void aNewIndexRecordsTheCurrentVersionAndAnIndexWithoutOneIsVersionOne() throws Exception {
        Path path = tmp.resolve("index");
        var article = new ArticleParser().parse(Files.readString(TestCorpus.SEED), "seed");
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.COMMIT)) {
            assertThat(index.analysisVersion()).isEqualTo(NewsAnalyzers.ANALYSIS_VERSION);
            index.upsert(article);
            index.commit();
        }
        assertThat(userData(path)).containsEntry(NewsIndex.ANALYSIS_VERSION,
                Integer.toString(NewsAnalyzers.ANALYSIS_VERSION));
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.WAL)) {
            assertThat(index.analysisVersion()).isEqualTo(NewsAnalyzers.ANALYSIS_VERSION);
        }

        // what an index written before the version was recorded looks like: articles, only the log generation
        try (FSDirectory dir = FSDirectory.open(path);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(NewsIndex.newAnalyzer()))) {
            w.setLiveCommitData(Map.of(NewsIndex.WAL_GENERATION, "1").entrySet());
            w.commit();
        }
        try (NewsIndex index = NewsIndex.open(path, EntityExtractor.bundled(), NewsIndex.Durability.WAL)) {
            assertThat(index.analysisVersion()).isEqualTo(1);
            index.upsert(article);
            index.commit();
        }
        assertThat(userData(path)).containsEntry(NewsIndex.ANALYSIS_VERSION, "1"); // kept until rebuilt
    }

    @Test
    void aBulkLoadStillShowsItsArticlesWhenItEnds() throws Exception {
        try (NewsIndex index = NewsIndex.open(tmp.resolve("bulk"), EntityExtractor.bundled())) {
            IndexReport report = new CorpusIndexer(index, 2, null).indexFolder(TestCorpus.write(tmp.resolve("corpus")));
            assertThat(report.indexed()).isPositive();
            assertThat(index.count()).isEqualTo(report.indexed());
            index.beginBulkLoad();
            index.beginBulkLoad(); // nests
            index.endBulkLoad();
            index.endBulkLoad();
            index.endBulkLoad(); // one too many: ignored
        }
    }

    private static Map<String, String> userData(Path path) throws Exception {
        try (FSDirectory dir = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getUserData();
        }
    }
}
