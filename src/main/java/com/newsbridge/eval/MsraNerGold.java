package com.newsbridge.eval;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the MSRA Chinese NER test set (SIGHAN 2006 bakeoff 3) as gold for recognition: one line per sentence, spans
 * {@code text/tag} separated by spaces, tags {@code nr} person, {@code ns} place, {@code nt} organization and {@code o}
 * other text. Each sentence becomes one Chinese-only article {@code msra-NNNNN} (its line number) whose gold rows are
 * its distinct tagged entities; sentences without entities are kept with no rows, so what is predicted in them counts
 * against precision.
 */
public final class MsraNerGold {

    /** The gold file's name inside the {@code msra-ner-test} folder. */
    public static final String FILE = "msra_ner_test_gold.txt";

    private static final Pattern SPAN = Pattern.compile("(.*?)/(nr|ns|nt|o)(?: +|$)");

    /**
     * The sentences and their gold.
     *
     * @param articles one Chinese-only article per sentence, in file order
     * @param gold     gold rows by article id (an empty list for a sentence without entities)
     */
    public record Data(List<Article> articles, Map<String, List<GoldEntities.Row>> gold) {

        /**
         * Returns the first half of the sentences ({@code first} true) or the second half. Rules are developed by
         * reading the errors of the first half (the development half); the second half is held out, scored but never
         * read, so its figure shows how well the rules carry over to text nobody looked at.
         */
        public Data half(boolean first) {
            int middle = articles.size() / 2;
            List<Article> part = first ? articles.subList(0, middle) : articles.subList(middle, articles.size());
            Map<String, List<GoldEntities.Row>> partGold = new LinkedHashMap<>();
            part.forEach(a -> partGold.put(a.id(), gold.get(a.id())));
            return new Data(List.copyOf(part), partGold);
        }
    }

    private MsraNerGold() {
    }

    /** Reads the gold file; at most {@code limit} sentences (0 = all). */
    public static Data read(Path file, int limit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Article> articles = new ArrayList<>();
        Map<String, List<GoldEntities.Row>> gold = new LinkedHashMap<>();
        for (int i = 0; i < lines.size() && (limit <= 0 || i < limit); i++) {
            String id = String.format(java.util.Locale.ROOT, "msra-%05d", i + 1);
            StringBuilder text = new StringBuilder();
            List<GoldEntities.Row> rows = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            Matcher m = SPAN.matcher(lines.get(i).strip());
            while (m.find() && m.end() > m.start()) {
                String span = m.group(1);
                text.append(span);
                EntityType type = switch (m.group(2)) {
                    case "nr" -> EntityType.PERSON;
                    case "ns" -> EntityType.PLACE;
                    case "nt" -> EntityType.ORGANIZATION;
                    default -> null;
                };
                if (type != null && seen.add(type + "\u0000" + span)) {
                    rows.add(new GoldEntities.Row(id, span, type, type.label()));
                }
            }
            articles.add(new Article(id, "", "", "", text.toString(), null, null, null, null));
            gold.put(id, rows);
        }
        return new Data(articles, gold);
    }
}
