package com.newsbridge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.backend.OpenSearchBackend;
import com.newsbridge.backend.OpenSearchConfig;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.IndexReport;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.NotFoundException;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes against the cluster: create, update and delete are visible to the very next search ({@code refresh=wait_for});
 * bulk writes and corpus loads report each rejected article and go on.
 */
@Tag("opensearch")
class OpenSearchWriteTest {

    static OpenSearchTestCluster cluster;
    static OpenSearchBackend backend;

    @TempDir
    Path tmp;

    @BeforeAll
    static void connect() {
        cluster = OpenSearchTestCluster.shared();
        backend = OpenSearchBackend.connect(OpenSearchConfig.of(cluster.uris(), "writes"), EntityExtractor.bundled());
        backend.deleteIndex();
        backend.ensureIndex();
    }

    @AfterAll
    static void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /**
     * A keyword short enough for a facet value, whose filter key (NFKC case folded: U+FDFA becomes 18 characters) is
     * longer than the 32 766 bytes a keyword field can hold, so that the cluster rejects the article.
     */
    static final String IMMENSE_AFTER_NORMALIZATION = "\uFDFA".repeat(3_000);

    static Article article(String id, String titleEn, String textEn, String textZh, List<String> keywords) {
        return new Article(id, titleEn, textZh.isEmpty() ? "" : textZh.substring(0, Math.min(12, textZh.length())),
                textEn, textZh, keywords, "https://example.invalid/" + id, LocalDate.of(2024, 5, 1), 7L);
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void createUpdateDeleteAreVisibleToTheNextSearch() {
        Article created = article("w0000000000000a1", "Quokka census on Rottnest Island",
                "Volunteers counted quokkas on Rottnest Island.", "志愿者在罗特尼斯岛清点短尾矮袋鼠。",
                List.of("quokka", "Rottnest Island"));
        backend.save(created);
        assertThat(ids(backend.search(SearchRequest.of("quokka")))).containsExactly(created.id());
        assertThat(ids(backend.search(SearchRequest.of("短尾矮袋鼠")))).containsExactly(created.id());
        assertThat(backend.article(created.id()).article()).isEqualTo(created);
        long count = backend.count();

        Article updated = article(created.id(), "Wombat census on Rottnest Island",
                "Volunteers counted wombats this year.", "志愿者今年清点了袋熊。", List.of("wombat"));
        backend.save(updated);
        assertThat(ids(backend.search(SearchRequest.of("quokka")))).isEmpty();
        assertThat(ids(backend.search(SearchRequest.of("wombat")))).containsExactly(created.id());
        assertThat(ids(backend.search(SearchRequest.of("袋熊")))).containsExactly(created.id());
        assertThat(backend.search(SearchRequest.of("wombat")).hits().get(0).snippetEn()).contains("<mark>wombats</mark>");
        assertThat(backend.count()).isEqualTo(count);

        assertThat(backend.remove(created.id())).isTrue();
        assertThat(ids(backend.search(SearchRequest.of("wombat")))).isEmpty();
        assertThatThrownBy(() -> backend.article(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(backend.remove(created.id())).isFalse();
        assertThat(backend.count()).isEqualTo(count - 1);
    }

    @Test
    void aNewConnectionLearnsTheNamePairsTheClusterAlreadyHas() {
        Article bilingual = article("w0000000000000c1", "Blinken visits Beijing", "Antony Blinken visited Beijing.",
                "美国国务卿布林肯访问北京。", List.of("Antony Blinken"));
        backend.save(bilingual);
        EntityExtractor restarted = EntityExtractor.bundled();
        try (OpenSearchBackend again = OpenSearchBackend.connect(OpenSearchConfig.of(cluster.uris(), "writes"), restarted)) {
            Entity blinken = new Entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "布林肯");
            assertThat(restarted.aliases().byChinese("布林肯")).isEqualTo(blinken);
            Article chineseOnly = article("w0000000000000c2", "", "", "布林肯表示，双方同意保持沟通。", List.of());
            again.save(chineseOnly);
            assertThat(again.article(chineseOnly.id()).entities()).contains(blinken);
        }
        backend.remove("w0000000000000c1");
        backend.remove("w0000000000000c2");
    }

    @Test
    void bulkWritesReportEachRejectedArticle() {
        List<Article> batch = List.of(
                article("w0000000000000b1", "Okapi sighting", "An okapi was seen in Ituri.", "", List.of("okapi")),
                article("w0000000000000b2", "Rejected by the cluster", "Its keyword's filter key is too long.", "",
                        List.of(IMMENSE_AFTER_NORMALIZATION)),
                article("w0000000000000b3", "Pangolin rescue", "A pangolin was rescued.", "", List.of("pangolin")),
                article("w0000000000000b4", "Rejected here", "Its keyword is too long for a facet.", "",
                        List.of("x".repeat(10_000))));
        List<SearchBackend.SaveResult> results = backend.saveAll(batch);
        assertThat(results).extracting(SearchBackend.SaveResult::id)
                .containsExactly("w0000000000000b1", "w0000000000000b2", "w0000000000000b3", "w0000000000000b4");
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(1).ok()).isFalse();
        assertThat(results.get(1).error().getMessage()).contains("OpenSearch rejected").containsIgnoringCase("immense");
        assertThat(results.get(2).ok()).isTrue();
        assertThat(results.get(3).ok()).isFalse();
        assertThat(results.get(3).error().getMessage()).contains("path length");
        assertThat(ids(backend.search(SearchRequest.of("okapi OR pangolin"))))
                .containsExactlyInAnyOrder("w0000000000000b1", "w0000000000000b3");
        assertThatThrownBy(() -> backend.article("w0000000000000b2")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void corpusLoadReportsBadFilesAndRejectedArticlesAndIndexesTheRest() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("good-1.txt"), "北极熊在冰面上休息。\nTitle: Polar bear rests on the ice\n"
                + "Keywords: polar bear, Arctic\nDate: 2024-02-03\nNews Content:\nA polar bear rested on the ice.\n"
                + "【来源】http://example.invalid/polar-bear\n");
        Files.writeString(corpus.resolve("good-2.txt"), "Title: Narwhal spotted\nKeywords: narwhal\nDate: 2024-02-04\n"
                + "News Content:\nA narwhal was spotted near Greenland.\n【来源】http://example.invalid/narwhal\n");
        Files.writeString(corpus.resolve("not-an-article.txt"), "Date: yesterday\n");
        Files.writeString(corpus.resolve("rejected.txt"), "Title: Immense keyword\nKeywords: " + IMMENSE_AFTER_NORMALIZATION
                + "\nNews Content:\nThis article has a keyword nobody can index.\n【来源】http://example.invalid/immense\n");
        OpenSearchConfig config = OpenSearchConfig.of(cluster.uris(), "writes-corpus");
        try (OpenSearchBackend loader = OpenSearchBackend.connect(config, EntityExtractor.bundled())) {
            loader.deleteIndex();
            IndexReport report = loader.indexFolder(corpus, 2, null);
            assertThat(report.files()).isEqualTo(4);
            assertThat(report.indexed()).isEqualTo(2);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(report.problems()).hasSize(2);
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("not-an-article.txt"));
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("rejected.txt").contains("article ")
                    .contains("OpenSearch rejected it"));
            assertThat(loader.count()).isEqualTo(2);
            assertThat(ids(loader.search(SearchRequest.of("北极熊 OR narwhal")))).hasSize(2);
        }
    }
}
