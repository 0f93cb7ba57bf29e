package com.newsbridge.ingest;

import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds and reads the article files of a corpus folder: {@code *.txt} files hold one article each, {@code *.jsonl}
 * files one JSON article per line. Other files (READMEs, a Lucene index kept inside the folder) are ignored.
 */
public final class CorpusReader {

    private final ArticleParser textParser = new ArticleParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();

    /**
     * Lists the article files under {@code dir} (recursively, hidden folders skipped), sorted by path so that runs are
     * reproducible.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static List<Path> listArticleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus folder not found: " + dir);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(CorpusReader::isArticleFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Returns true for {@code .txt} and {@code .jsonl} files. */
    public static boolean isArticleFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    /**
     * Reads one file, handing every article to {@code articles} and every bad article to {@code failures}; never
     * throws for bad content, so a batch goes on.
     */
    public void read(Path file, Consumer<Article> articles, Consumer<ArticleParseException> failures) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            readJsonLines(file, articles, failures);
            return;
        }
        try {
            articles.accept(textParser.parse(Files.readAllBytes(file), name));
        } catch (ArticleParseException e) {
            failures.accept(e);
        } catch (IOException e) {
            failures.accept(new ArticleParseException(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    private void readJsonLines(Path file, Consumer<Article> articles, Consumer<ArticleParseException> failures) {
        String name = file.toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.accept(jsonParser.parse(line, name, lineNo));
                } catch (ArticleParseException e) {
                    failures.accept(e);
                }
            }
        } catch (IOException e) {
            failures.accept(new ArticleParseException(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
