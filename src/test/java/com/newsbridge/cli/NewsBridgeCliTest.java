package com.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.TestCorpus;
import com.newsbridge.index.NewsIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsBridgeCliTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void indexSkipsBadFilesReportsThemAndExitsTwo() throws IOException {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Files.write(corpus.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        Files.writeString(corpus.resolve("empty.txt"), "");
        Path index = tmp.resolve("index");

        int code = NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", index.toString());

        assertThat(code).isEqualTo(NewsBridgeCli.EXIT_SKIPPED);
        assertThat(out()).contains("6 indexed, 2 skipped from 8 files");
        assertThat(err()).contains("skipped: " + corpus.resolve("binary.txt") + ":1: binary file (NUL byte at offset 2)")
                .contains("skipped: " + corpus.resolve("empty.txt") + ": empty file");
        assertThat(NewsIndex.committedCount(index)).isEqualTo(6);
    }

    @Test
    void indexExitsZeroWhenEveryFileIsGoodAndAgainWithoutDuplicates() {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        assertThat(NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        assertThat(NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();
        assertThat(NewsIndex.committedCount(index)).isEqualTo(6);
    }

    @Test
    void searchPrintsTopResults() {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", index.toString());
        out.reset();

        int code = NewsBridgeCli.execute("search", "--index", index.toString(), "刘建超");

        assertThat(code).isZero();
        assertThat(out()).startsWith("1 results (")
                .contains(" 1. Chinese official meets UN chief to discuss cooperation, global civilization initiative / ")
                .contains("    中共中央对外联络部部长[刘建超]于1月9日")
                .contains("people: Antonio Guterres · 古特雷斯 (1), Liu Jianchao · 刘建超 (1)");
    }

    @Test
    void errorsAreOneClearLineAndNonZero() {
        int code = NewsBridgeCli.execute("index", "--corpus", tmp.resolve("missing").toString(), "--index",
                tmp.resolve("i").toString());
        assertThat(code).isEqualTo(NewsBridgeCli.EXIT_ERROR);
        assertThat(err().strip()).isEqualTo("error: corpus folder not found: " + tmp.resolve("missing"));

        err.reset();
        code = NewsBridgeCli.execute("search", "--index", tmp.resolve("none").toString(), "x");
        assertThat(code).isEqualTo(NewsBridgeCli.EXIT_ERROR);
        assertThat(err().strip()).startsWith("error: no index at ");
    }

    @Test
    void badQueryInSearchIsAClearError() {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", index.toString());
        err.reset();
        assertThat(NewsBridgeCli.execute("search", "--index", index.toString(), "(open")).isEqualTo(1);
        assertThat(err().strip()).startsWith("error: Cannot parse query: ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"index", "serve", "search"}) {
            out.reset();
            assertThat(NewsBridgeCli.execute(command, "--help")).isZero();
            assertThat(out()).startsWith("Usage: newsbridge " + command);
        }
    }

    @Test
    void indexMergesToOneSegmentUnlessToldNot() throws IOException {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path merged = tmp.resolve("merged");
        Path unmerged = tmp.resolve("unmerged");
        // one thread and a second run make several segments to merge
        assertThat(NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", merged.toString(),
                "--threads", "2", "--merge-segments", "0")).isZero();
        assertThat(NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", merged.toString(),
                "--threads", "2")).isZero();
        assertThat(NewsBridgeCli.execute("index", "--corpus", corpus.toString(), "--index", unmerged.toString(),
                "--merge-segments", "0")).isZero();
        try (var dir = org.apache.lucene.store.FSDirectory.open(merged);
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(reader.numDocs()).isEqualTo(6);
        }
        assertThat(NewsIndex.committedCount(unmerged)).isEqualTo(6);
    }

    @Test
    void segmentEvalPrintsMarkdownAndWritesTheSameFiguresAsJson() throws IOException {
        Path gold = tmp.resolve("gold.txt");
        Files.writeString(gold, "我们 在 北京 工作\n", StandardCharsets.UTF_8);
        Path json = tmp.resolve("figures.json");

        int code = NewsBridgeCli.execute("segment-eval", "--gold", gold.toString(), "--name", "tiny", "--markdown",
                "--json", json.toString());

        assertThat(code).isZero();
        assertThat(out()).startsWith("|").contains("| tiny |");
        assertThat(err()).contains("figures written to " + json);
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(written).startsWith("{").contains("\"results\"").contains("\"tiny\"");
    }
}
