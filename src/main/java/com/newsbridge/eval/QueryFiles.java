package com.newsbridge.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes query files: one query per line, {@code id<TAB>query[<TAB>type]}. Blank lines and lines starting
 * with {@code #} are ignored. A query may not contain a tab or a line break.
 */
public final class QueryFiles {

    private QueryFiles() {
    }

    /** Reads a query file; throws {@link IllegalArgumentException} naming the line when one is malformed. */
    public static List<EvalQuery> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries " + file, e);
        }
    }

    /** Parses the lines of a query file; {@code source} names it in error messages. */
    public static List<EvalQuery> parse(List<String> lines, String source) {
        List<EvalQuery> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected id<TAB>query[<TAB>type], got '"
                        + line + "'");
            }
            String id = cols[0].strip();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate query id '" + id + "'");
            }
            queries.add(new EvalQuery(id, cols[1].strip(), cols.length == 3 ? cols[2] : null));
        }
        return queries;
    }

    /** Writes queries in the format {@link #read} reads. */
    public static void write(Path file, List<EvalQuery> queries) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (EvalQuery q : queries) {
                    if (q.text().contains("\t") || q.text().contains("\n") || q.text().contains("\r")) {
                        throw new IllegalArgumentException("query " + q.id() + " contains a tab or line break");
                    }
                    out.write(q.id() + "\t" + q.text() + "\t" + q.type() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write queries " + file, e);
        }
    }
}
