package com.newsbridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small fixture corpus the search and HTTP tests share: the seed article plus five written for the tests. */
public final class TestCorpus {

    public static final Path SEED = Path.of("index-data/seed-article.txt");
    public static final List<String> FIXTURES = List.of("guterres-climate.txt", "scattered-characters.txt",
            "traditional-script.txt", "english-only-mars.txt", "hostile-markup.txt");

    private TestCorpus() {
    }

    /** Writes the seed and the fixtures into {@code dir} and returns it. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(SEED, dir.resolve("seed-article.txt"));
            for (String name : FIXTURES) {
                try (InputStream in = TestCorpus.class.getResourceAsStream("/articles/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
