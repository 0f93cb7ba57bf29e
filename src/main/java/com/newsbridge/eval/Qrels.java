package com.newsbridge.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments in the TREC qrels format: {@code qid iteration docid relevance}, separated by white space (the
 * iteration column is ignored, usually {@code 0}). A relevance above 0 means relevant; the value is the graded gain
 * used by nDCG. Blank lines and lines starting with {@code #} are ignored. Immutable.
 */
public final class Qrels {

    private final Map<String, Map<String, Integer>> judgments;

    /** Wraps judgments: query id to (doc id to relevance), both in insertion order. */
    public Qrels(Map<String, Map<String, Integer>> judgments) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        judgments.forEach((q, docs) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
        this.judgments = Collections.unmodifiableMap(copy);
    }

    /** Reads a qrels file; throws {@link IllegalArgumentException} naming the line when one is malformed. */
    public static Qrels read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read qrels " + file, e);
        }
    }

    /** Parses qrels lines; {@code source} names the file in error messages. */
    public static Qrels parse(List<String> lines, String source) {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\s+");
            if (cols.length != 4) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'qid 0 docid relevance', got '"
                        + line + "'");
            }
            int rel;
            try {
                rel = Integer.parseInt(cols[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": relevance '" + cols[3] + "' is not an integer");
            }
            Map<String, Integer> docs = judgments.computeIfAbsent(cols[0], k -> new LinkedHashMap<>());
            if (docs.containsKey(cols[2]) && docs.get(cols[2]) != rel) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": conflicting judgment for " + cols[0] + " "
                        + cols[2]);
            }
            docs.put(cols[2], rel);
        }
        return new Qrels(judgments);
    }

    /** Returns the judgments of query {@code qid} (doc id to relevance), empty when it has none. */
    public Map<String, Integer> judgments(String qid) {
        return judgments.getOrDefault(qid, Map.of());
    }

    /** Returns the number of relevant documents (relevance above 0) of query {@code qid}. */
    public int relevantCount(String qid) {
        return (int) judgments(qid).values().stream().filter(r -> r > 0).count();
    }

    /** Returns the ids of the judged queries in file order. */
    public Set<String> queryIds() {
        return judgments.keySet();
    }

    /** Writes qrels in the format {@link #read} reads ({@code qid 0 docid rel}). */
    public void write(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (var q : judgments.entrySet()) {
                    for (var d : q.getValue().entrySet()) {
                        out.write(q.getKey() + " 0 " + d.getKey() + " " + d.getValue() + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write qrels " + file, e);
        }
    }
}
