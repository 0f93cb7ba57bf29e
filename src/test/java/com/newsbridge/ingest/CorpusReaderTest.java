package com.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void listsTxtAndJsonlFilesSortedSkippingHiddenFoldersAndOtherFiles() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Title: B\n");
        Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        Files.writeString(dir.resolve("README.md"), "# no");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.txt"), "Title: X\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.TXT"), "Title: C\n");

        assertThat(CorpusReader.listArticleFiles(dir))
                .containsExactly(dir.resolve("a.jsonl"), dir.resolve("b.txt"), dir.resolve("sub/c.TXT"));
    }

    @Test
    void readsJsonLinesReportingBadLinesAndKeepingTheRest() throws IOException {
        Path file = dir.resolve("bulk.jsonl");
        Files.writeString(file, "{\"en\":\"one\",\"source\":\"s1\"}\n\n{broken\n{\"zh\":\"三。\",\"source\":\"s3\"}\n",
                StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        new CorpusReader().read(file, articles::add, e -> problems.add(e.getMessage()));

        assertThat(articles).extracting(Article::source).containsExactly("s1", "s3");
        assertThat(problems).hasSize(1).first().asString().startsWith(file + ":3: invalid JSON");
    }
}
