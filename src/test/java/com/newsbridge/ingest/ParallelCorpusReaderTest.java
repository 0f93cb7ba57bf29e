package com.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCorpusReaderTest {

    @TempDir
    Path dir;

    private Path article(String name, String english) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "中文正文。\nTitle: " + english + "\nNews Content: " + english + " text.\n"
                + "【来源】https://fixtures.newsbridge.invalid/" + name + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyArticleReachesOneWorkerAndBadFilesAreListed() throws Exception {
        List<Path> files = List.of(article("a.txt", "Alpha"), article("b.txt", "Beta"), article("c.txt", "Gamma"),
                Files.writeString(dir.resolve("empty.txt"), ""));
        Set<String> titles = ConcurrentHashMap.newKeySet();
        AtomicInteger finished = new AtomicInteger();
        ParallelCorpusReader reader = new ParallelCorpusReader(2, "test-reader", null, "reading");
        ParallelCorpusReader.Result result = reader.read(files, () -> new ParallelCorpusReader.Worker() {
            @Override
            public void accept(Path file, com.newsbridge.model.Article article) {
                titles.add(file.getFileName() + "=" + article.titleEn());
            }

            @Override
            public void finish() {
                finished.incrementAndGet();
            }
        }, titles::size);
        assertThat(titles).containsExactlyInAnyOrder("a.txt=Alpha", "b.txt=Beta", "c.txt=Gamma");
        assertThat(finished).hasValue(2);
        assertThat(result.files()).isEqualTo(4);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        assertThat(result.bytes()).isEqualTo(bytes);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0)).startsWith(dir.resolve("empty.txt").toString());
    }

    @Test
    void aWorkerFailureEndsTheBatchWithItsException() throws Exception {
        List<Path> files = List.of(article("a.txt", "Alpha"));
        ParallelCorpusReader reader = new ParallelCorpusReader(1, "test-reader", null, "reading");
        assertThatThrownBy(() -> reader.read(files, () -> (file, article) -> {
            throw new IllegalStateException("disk full");
        }, () -> 0)).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }
}
