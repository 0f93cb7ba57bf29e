package com.newsbridge.eval;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.entity.GazetteerEntry;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores NewsBridge's entities against a gold file of a derived corpus ({@link GoldEntities}); gold article ids are
 * file stems, so articles are matched by file, not by NewsBridge id.
 *
 * <ul>
 *   <li><b>Typing</b>: every keyword of an article that the gold lists (names compared after NFKC case folding and
 *       traditional folding) is typed by {@link EntityExtractor#extract} of the article with that keyword alone (the
 *       gazetteer's type when it knows the name, else what the extractor's recognizers and {@code KeywordTyper} say),
 *       with the articles in file order, as an indexing run would see them. Per type: precision = correct / predicted
 *       as that type, recall = correct / gold of that type. A keyword with two gold types is correct when either
 *       matches.</li>
 *   <li><b>Recognition</b>: the article without its keyword line goes through {@link EntityExtractor#extract} of a
 *       fresh extractor (nothing learned from the gold keywords), which then finds names in the text. A predicted
 *       entity is correct when the gold of the article has an entity of the same type named by any of its names
 *       (canonical, English, Chinese, gazetteer aliases); a gold entity is found when such a prediction exists.</li>
 * </ul>
 * Micro averages are over person, organization and place (topic/misc is "not a named entity": predicting it is a
 * miss, never a hit of the micro figures).
 */
public final class EntityEvaluation {

    /** The entity types of the micro average. */
    public static final List<EntityType> NAMED = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

    private final java.util.function.Supplier<EntityExtractor> extractors;
    private final int examplesPerKind;

    /**
     * @param extractors      makes a fresh extractor for each task and corpus (the extractor learns aliases from the
     *                        keywords it types; a fresh one keeps what it learned from gold keywords out of recognition
     *                        and out of the next corpus)
     * @param examplesPerKind how many errors of each kind to keep as examples (0 = none)
     */
    public EntityEvaluation(java.util.function.Supplier<EntityExtractor> extractors, int examplesPerKind) {
        this.extractors = extractors;
        this.examplesPerKind = examplesPerKind;
    }

    private void example(Map<String, List<String>> examples, String kind, String stem, String name) {
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < examplesPerKind) {
            list.add(stem + ": " + name);
        }
    }

    /**
     * The figures of one task on one corpus.
     *
     * @param corpus    the corpus name
     * @param task      {@code typing} or {@code recognition}
     * @param articles  articles scored (those with gold rows)
     * @param items     items scored (keywords for typing, gold entities for recognition)
     * @param perType   counts per type
     * @param confusion typing only: gold type to predicted type counts (keywords with one gold type); else empty
     * @param notes     extra counts (keywords not in gold, gazetteer hits ...)
     * @param examples  a few errors of each kind (e.g. {@code place -> person}, {@code false organization}), each as
     *                  {@code article: name}
     */
    public record Result(String corpus, String task, int articles, long items, Map<EntityType, Prf> perType,
                         Map<EntityType, Map<EntityType, Long>> confusion, Map<String, Long> notes,
                         Map<String, List<String>> examples) {

        /** Micro average over person, organization and place. */
        public Prf micro() {
            Prf sum = Prf.ZERO;
            for (EntityType t : NAMED) {
                sum = sum.plus(perType.getOrDefault(t, Prf.ZERO));
            }
            return sum;
        }
    }

    /** Types the keywords of every article of {@code articlesDir} that has gold rows. */
    public Result typing(String corpus, Path goldFile, Path articlesDir, int limit) {
        EntityExtractor extractor = extractors.get();
        Map<String, List<GoldEntities.Row>> gold = GoldEntities.byArticle(GoldEntities.read(goldFile));
        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class); // predicted, gold, correct
        Map<EntityType, Map<EntityType, Long>> confusion = new EnumMap<>(EntityType.class);
        Map<String, Long> notes = new LinkedHashMap<>();
        Map<String, List<String>> examples = new java.util.TreeMap<>();
        int[] articles = {0};
        long[] items = {0};
        forEachArticle(articlesDir, limit, (stem, article) -> {
            List<GoldEntities.Row> rows = gold.get(stem);
            if (rows == null) {
                return;
            }
            articles[0]++;
            for (String keyword : article.keywords()) {
                Set<EntityType> goldTypes = new HashSet<>();
                String key = QuerySetBuilder.key(keyword);
                for (GoldEntities.Row r : rows) {
                    if (QuerySetBuilder.key(r.entity()).equals(key)) {
                        goldTypes.add(r.type());
                    }
                }
                if (goldTypes.isEmpty()) {
                    notes.merge("keywordsNotInGold", 1L, Long::sum);
                    continue;
                }
                items[0]++;
                if (extractor.gazetteer().find(keyword) != null) {
                    notes.merge("gazetteerHits", 1L, Long::sum);
                }
                Article single = new Article(article.id(), article.titleEn(), article.titleZh(), article.textEn(),
                        article.textZh(), List.of(keyword), article.source(), article.published(), article.views());
                EntityType predicted = extractor.extract(single).entities().get(0).type();
                counts.computeIfAbsent(predicted, t -> new long[3])[0]++;
                for (EntityType t : goldTypes) {
                    counts.computeIfAbsent(t, x -> new long[3])[1]++;
                }
                if (goldTypes.contains(predicted)) {
                    counts.get(predicted)[2]++;
                } else {
                    example(examples, label(goldTypes.iterator().next()) + " -> " + label(predicted), stem, keyword);
                }
                if (goldTypes.size() == 1) {
                    confusion.computeIfAbsent(goldTypes.iterator().next(), t -> new EnumMap<>(EntityType.class))
                            .merge(predicted, 1L, Long::sum);
                } else {
                    notes.merge("keywordsWithTwoGoldTypes", 1L, Long::sum);
                }
            }
        });
        Map<EntityType, Prf> perType = new EnumMap<>(EntityType.class);
        counts.forEach((t, c) -> perType.put(t, Prf.of(c[0], c[1], c[2])));
        return new Result(corpus, "typing", articles[0], items[0], perType, confusion, notes, examples);
    }

    /** Recognizes entities in the text of every article with gold rows, keyword line removed. */
    public Result recognition(String corpus, Path goldFile, Path articlesDir, int limit) {
        EntityExtractor extractor = extractors.get();
        Map<String, List<GoldEntities.Row>> gold = GoldEntities.byArticle(GoldEntities.read(goldFile));
        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class); // predicted, gold, correctPredicted, foundGold
        Map<String, List<String>> examples = new java.util.TreeMap<>();
        int[] articles = {0};
        long[] items = {0};
        forEachArticle(articlesDir, limit, (stem, article) -> {
            List<GoldEntities.Row> rows = gold.get(stem);
            if (rows == null) {
                return;
            }
            articles[0]++;
            IndexedArticle extracted = extractor.extract(CorpusSpec.withoutKeywords(article));
            List<Set<String>> predictedNames = new ArrayList<>();
            for (Entity e : extracted.entities()) {
                predictedNames.add(names(extractor, e));
            }
            for (int i = 0; i < extracted.entities().size(); i++) {
                EntityType t = extracted.entities().get(i).type();
                long[] c = counts.computeIfAbsent(t, x -> new long[4]);
                c[0]++;
                Set<String> names = predictedNames.get(i);
                if (rows.stream().anyMatch(r -> r.type() == t && names.contains(QuerySetBuilder.key(r.entity())))) {
                    c[2]++;
                } else {
                    Entity e = extracted.entities().get(i);
                    String goldNote = rows.stream().filter(r -> names.contains(QuerySetBuilder.key(r.entity())))
                            .map(r -> " (gold: " + label(r.type()) + ")").findFirst().orElse(" (not in gold)");
                    example(examples, "false " + label(t), stem, e.label() + goldNote);
                }
            }
            for (GoldEntities.Row r : rows) {
                items[0]++;
                long[] c = counts.computeIfAbsent(r.type(), x -> new long[4]);
                c[1]++;
                String key = QuerySetBuilder.key(r.entity());
                for (int i = 0; i < extracted.entities().size(); i++) {
                    if (extracted.entities().get(i).type() == r.type() && predictedNames.get(i).contains(key)) {
                        c[3]++;
                        break;
                    }
                }
            }
        });
        Map<EntityType, Prf> perType = new EnumMap<>(EntityType.class);
        counts.forEach((t, c) -> perType.put(t, new Prf(c[0], c[1], c[2], c[3])));
        return new Result(corpus, "recognition", articles[0], items[0], perType, Map.of(), Map.of(), examples);
    }

    /** Every name of an entity, normalized: canonical, English, Chinese and the gazetteer's aliases. */
    private static Set<String> names(EntityExtractor extractor, Entity e) {
        Set<String> names = new HashSet<>();
        for (String n : List.of(e.name(), e.en(), e.zh())) {
            if (!n.isBlank()) {
                names.add(QuerySetBuilder.key(n));
            }
        }
        GazetteerEntry entry = extractor.gazetteer().find(e.name());
        if (entry != null) {
            entry.aliases().forEach(a -> names.add(QuerySetBuilder.key(a)));
        }
        return names;
    }

    private static void forEachArticle(Path dir, int limit, java.util.function.BiConsumer<String, Article> action) {
        CorpusReader reader = new CorpusReader();
        int n = 0;
        for (Path file : CorpusReader.listArticleFiles(dir)) {
            if (limit > 0 && n++ >= limit) {
                break;
            }
            String stem = QuerySetBuilder.stem(file.getFileName().toString());
            reader.read(file, a -> action.accept(stem, a), failure -> { });
        }
    }

    /** Formats a result as a text table (or Markdown). */
    public static String table(Result r, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        List<EntityType> rows = new ArrayList<>(List.of(EntityType.values()));
        rows.removeIf(t -> !r.perType().containsKey(t));
        if (markdown) {
            sb.append("| type | gold | predicted | P | R | F1 |\n|---|---:|---:|---:|---:|---:|\n");
            for (EntityType t : rows) {
                sb.append(mdRow(label(t), r.perType().get(t)));
            }
            sb.append(mdRow("**micro (person/org/place)**", r.micro()));
        } else {
            sb.append(String.format(Locale.ROOT, "%s %s: %d articles, %d %s%s%n", r.corpus(), r.task(), r.articles(),
                    r.items(), r.task().equals("typing") ? "keywords" : "gold entities",
                    r.notes().isEmpty() ? "" : " " + r.notes()));
            sb.append(String.format(Locale.ROOT, "  %-28s %8s %9s %7s %7s %7s%n", "type", "gold", "predicted", "P", "R", "F1"));
            for (EntityType t : rows) {
                sb.append(textRow(label(t), r.perType().get(t)));
            }
            sb.append(textRow("micro (person/org/place)", r.micro()));
            if (!r.confusion().isEmpty()) {
                sb.append("  confusion (rows gold, columns predicted):\n");
                sb.append(String.format(Locale.ROOT, "  %-14s", ""));
                for (EntityType p : EntityType.values()) {
                    sb.append(String.format(Locale.ROOT, " %12s", label(p)));
                }
                sb.append('\n');
                r.confusion().forEach((g, preds) -> {
                    sb.append(String.format(Locale.ROOT, "  %-14s", label(g)));
                    for (EntityType p : EntityType.values()) {
                        sb.append(String.format(Locale.ROOT, " %12d", preds.getOrDefault(p, 0L)));
                    }
                    sb.append('\n');
                });
            }
            if (!r.examples().isEmpty()) {
                sb.append("  examples of errors:\n");
                r.examples().forEach((kind, list) -> sb.append("    ").append(kind).append(": ")
                        .append(String.join("; ", list)).append('\n'));
            }
        }
        return sb.toString();
    }

    /** JSON-ready form of a result. */
    public static Map<String, Object> json(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", r.corpus());
        m.put("task", r.task());
        m.put("articles", r.articles());
        m.put("items", r.items());
        Map<String, Object> types = new LinkedHashMap<>();
        r.perType().forEach((t, prf) -> types.put(t.label(), prf.asMap()));
        m.put("perType", types);
        m.put("micro", r.micro().asMap());
        if (!r.confusion().isEmpty()) {
            Map<String, Object> conf = new LinkedHashMap<>();
            r.confusion().forEach((g, preds) -> {
                Map<String, Long> row = new LinkedHashMap<>();
                preds.forEach((p, n) -> row.put(p.label(), n));
                conf.put(g.label(), row);
            });
            m.put("confusion", conf);
        }
        m.put("notes", r.notes());
        m.put("examples", r.examples());
        return m;
    }

    private static String label(EntityType t) {
        return t == EntityType.TOPIC ? "topic/misc" : t.label();
    }

    private static String textRow(String label, Prf p) {
        return String.format(Locale.ROOT, "  %-28s %8d %9d %7.4f %7.4f %7.4f%n", label, p.gold(), p.predicted(),
                p.precision(), p.recall(), p.f1());
    }

    private static String mdRow(String label, Prf p) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n", label, p.gold(), p.predicted(),
                p.precision(), p.recall(), p.f1());
    }
}
