package com.newsbridge.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A suite file lists query sets, one per line: {@code name<TAB>corpora<TAB>queries<TAB>qrels}, where corpora are
 * corpus specs ({@link CorpusSpec}) separated by {@code ;}. Relative corpus folders are resolved against the working
 * directory (like every folder given on the command line); relative query and qrels files against the suite file's
 * folder. Blank lines and {@code #} comments are ignored.
 */
public final class Suite {

    private Suite() {
    }

    public static List<EvalSet> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suite " + file, e);
        }
        Path folder = file.toAbsolutePath().getParent();
        List<EvalSet> sets = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected name<TAB>corpora<TAB>queries<TAB>qrels");
            }
            List<CorpusSpec> corpora = Arrays.stream(cols[1].split(";")).filter(s -> !s.isBlank())
                    .map(s -> CorpusSpec.parse(s, null)).toList();
            sets.add(new EvalSet(cols[0].strip(), corpora, folder.resolve(cols[2].strip()).normalize(),
                    folder.resolve(cols[3].strip()).normalize()));
        }
        return sets;
    }

    /** Writes a suite; query and qrels paths are written relative to the suite's folder when they are inside it. */
    public static void write(Path file, List<EvalSet> sets, String header) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String h : header.split("\n")) {
                    out.write("# " + h + "\n");
                }
                out.write("# name\tcorpora\tqueries\tqrels\n");
                for (EvalSet set : sets) {
                    String corpora = set.corpora().stream().map(CorpusSpec::toString).collect(Collectors.joining(";"));
                    out.write(set.name() + "\t" + corpora + "\t" + relative(folder, set.queries()) + "\t"
                            + relative(folder, set.qrels()) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write suite " + file, e);
        }
    }

    private static String relative(Path folder, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(folder) ? folder.relativize(abs).toString() : abs.toString();
    }
}
