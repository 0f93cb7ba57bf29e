package com.newsbridge.eval;

import com.newsbridge.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gold entity files of the derived corpora: {@code article_id<TAB>entity<TAB>type[<TAB>count]} with a header
 * line, where article_id is the article file's name without {@code .txt} and type is person, organization, place,
 * misc (CoNLL) or topic (Reuters). Misc and topic both map to {@link EntityType#TOPIC}.
 */
public final class GoldEntities {

    /**
     * One gold row.
     *
     * @param articleId the article file stem
     * @param entity    the entity as written
     * @param type      its type ({@link EntityType#TOPIC} for misc and topic)
     * @param label     the type as written in the file (person, organization, place, misc, topic)
     */
    public record Row(String articleId, String entity, EntityType type, String label) {
    }

    private GoldEntities() {
    }

    /** Reads a gold file. */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank() || line.startsWith("#") || (lineNo == 1 && line.startsWith("article_id"))) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected article_id<TAB>entity<TAB>type");
            }
            EntityType type = EntityType.fromLabel(cols[2]);
            if (type == null) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": unknown type '" + cols[2] + "'");
            }
            rows.add(new Row(cols[0].strip(), cols[1].strip(), type, cols[2].strip().toLowerCase(Locale.ROOT)));
        }
        return rows;
    }

    /** Groups rows by article id, keeping file order. */
    public static Map<String, List<Row>> byArticle(List<Row> rows) {
        Map<String, List<Row>> map = new LinkedHashMap<>();
        for (Row r : rows) {
            map.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        return map;
    }
}
