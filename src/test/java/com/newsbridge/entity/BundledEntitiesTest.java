package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people, organizations and places of the bundled corpus against the checked-in gold list
 * ({@code src/test/resources/gold/bundled-entities.tsv}, 230 rows): every bilingual pair we link is correct, and the
 * rows we type wrongly or cannot link are exactly the known ones listed here (a regression list: fixing one makes this
 * test fail until the list is updated).
 */
class BundledEntitiesTest {

    record GoldRow(String file, EntityType type, String english, String chinese) {
        String label() {
            return english + "/" + type.label();
        }
    }

    static List<GoldRow> rows;
    static Map<String, IndexedArticle> corpus;
    static Gazetteer gazetteer;

    @BeforeAll
    static void extract() throws IOException {
        rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/gold/bundled-entities.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            rows.add(new GoldRow(c[0], EntityType.fromLabel(c[1]), c[2], c[3]));
        }
        EntityExtractor extractor = EntityExtractor.bundled();
        gazetteer = extractor.gazetteer();
        ArticleParser parser = new ArticleParser();
        corpus = new LinkedHashMap<>();
        List<Path> files;
        try (var stream = Files.list(Path.of("index-data"))) {
            files = stream.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            corpus.put(file.getFileName().toString(), extractor.extract(parser.parse(Files.readAllBytes(file), file.toString())));
        }
    }

    static Entity find(GoldRow row) {
        return corpus.get(row.file()).entities().stream()
                .filter(e -> e.name().equals(row.english()) || e.en().equals(row.english()) || e.zh().equals(row.english()))
                .findFirst().orElse(null);
    }

    /** True when {@code zh} is the gold Chinese name or, per the gazetteer, another Chinese name of the same entity. */
    static boolean sameChinese(GoldRow row, String zh) {
        if (zh.equals(row.chinese())) {
            return true;
        }
        GazetteerEntry entry = gazetteer.find(row.english());
        return entry != null && entry.chineseNames().contains(zh)
                && (row.chinese().isEmpty() || entry.chineseNames().contains(row.chinese()));
    }

    @Test
    void everyGoldEntityIsFound() {
        assertThat(rows).hasSize(230);
        assertThat(rows).allSatisfy(row -> assertThat(find(row)).as(row.toString()).isNotNull());
    }

    @Test
    void everyLinkedBilingualPairIsCorrect() {
        List<String> wrong = new ArrayList<>();
        int linked = 0;
        for (GoldRow row : rows) {
            Entity entity = find(row);
            if (!entity.zh().isEmpty()) {
                linked++;
                if (!sameChinese(row, entity.zh())) {
                    wrong.add(row.label() + ": " + entity.zh() + " (gold " + row.chinese() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(linked).isEqualTo(213);
    }

    @Test
    void unlinkedEntitiesAreExactlyTheKnownHardCases() {
        List<String> unlinked = new ArrayList<>();
        for (GoldRow row : rows) {
            if (!row.chinese().isEmpty() && find(row).zh().isEmpty()) {
                unlinked.add(row.label());
            }
        }
        // Western given names of Chinese, Korean and Japanese people, translated (not transliterated) place names,
        // and transliterations too loose for the consonant-skeleton matcher.
        assertThat(unlinked).containsExactly(
                "Ken Liu/person", "Satoshi Omura/person", "Lee Sedol/person", "Margaret Chan/person",
                "Von Karman crater/place", "Richard Yu/person", "Doug Hurley/person", "Kennedy Space Center/place",
                "Jezero Crater/place", "Utopia Planitia/place", "Naruhito/person", "Naomi Osaka/person",
                "Donna Vekic/person", "Notre-Dame/place", "Kirsty Coventry/person");
    }

    @Test
    void typesAreRightExceptTheKnownHardCases() {
        List<String> mistyped = new ArrayList<>();
        for (GoldRow row : rows) {
            Entity entity = find(row);
            if (entity.type() != row.type()) {
                mistyped.add(row.label() + " as " + entity.type().label());
            }
        }
        assertThat(mistyped).containsExactly("Kennedy Space Center/place as organization");
    }
}
