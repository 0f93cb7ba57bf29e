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
        if (examplesPerKind == 0) {
            return;
        }
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

    /** A source of articles, each with the stem its gold rows are filed under. */
    @FunctionalInterface
    public interface ArticleSource {
        /** Calls {@code action} with every article and its stem, in order. */
        void forEach(java.util.function.BiConsumer<String, Article> action);
    }

    /**
     * One recognized entity as scored: its type, how it is shown in examples and all its names, normalized with
     * {@link QuerySetBuilder#key}.
     */
    public record Found(EntityType type, String label, Set<String> names) {
    }

    /** Recognizes entities in the text of every article with gold rows, keyword line removed. */
    public Result recognition(String corpus, Path goldFile, Path articlesDir, int limit) {
        return recognition(corpus, GoldEntities.byArticle(GoldEntities.read(goldFile)),
                action -> forEachArticle(articlesDir, limit, action));
    }

    /** NewsBridge's recognition ({@link EntityExtractor#extract} of a fresh extractor) on the articles of a source. */
    public Result recognition(String corpus, Map<String, List<GoldEntities.Row>> gold, ArticleSource source) {
        EntityExtractor extractor = extractors.get();
        return score(corpus, "recognition", gold, source, article -> recognize(extractor, article));
    }

    private static List<Found> recognize(EntityExtractor extractor, Article article) {
        List<Found> found = new ArrayList<>();
        for (Entity e : extractor.extract(CorpusSpec.withoutKeywords(article)).entities()) {
            found.add(new Found(e.type(), e.label(), names(extractor, e)));
        }
        return found;
    }

    /**
     * Recognition in the second half of the articles (file order, keyword lines removed) by an extractor that first
     * read the first half: with its keyword lines ({@code taught}, as an index of news that partly carries keyword
     * lines reads them) or without ({@code false}: only what recognition itself remembers). The difference is what
     * keyword lines teach recognition; the second half's gold is never read by the extractor.
     */
    public Result recognitionAfterFirstHalf(String corpus, Path goldFile, Path articlesDir, int limit, boolean taught) {
        List<Map.Entry<String, Article>> all = new ArrayList<>();
        forEachArticle(articlesDir, limit, (stem, article) -> all.add(Map.entry(stem, article)));
        int half = all.size() / 2;
        EntityExtractor extractor = extractors.get();
        all.subList(0, half).forEach(e -> extractor.extract(taught ? e.getValue() : CorpusSpec.withoutKeywords(e.getValue())));
        Map<String, List<GoldEntities.Row>> gold = GoldEntities.byArticle(GoldEntities.read(goldFile));
        Map<String, List<GoldEntities.Row>> secondHalf = new java.util.LinkedHashMap<>();
        all.subList(half, all.size()).forEach(e -> {
            if (gold.containsKey(e.getKey())) {
                secondHalf.put(e.getKey(), gold.get(e.getKey()));
            }
        });
        String task = "recognition, second half, after the first half " + (taught ? "with" : "without") + " keyword lines";
        return score(corpus, task, secondHalf, action -> all.subList(half, all.size())
                .forEach(e -> action.accept(e.getKey(), e.getValue())), article -> recognize(extractor, article));
    }

    /** The baseline: plain HanLP ({@link PlainHanLpRecognizer}) on the Chinese text of the articles of a source. */
    public Result hanLpRecognition(String corpus, Path goldFile, Path articlesDir, int limit) {
        return hanLpRecognition(corpus, GoldEntities.byArticle(GoldEntities.read(goldFile)),
                action -> forEachArticle(articlesDir, limit, action));
    }

    /** The baseline: plain HanLP ({@link PlainHanLpRecognizer}) on the Chinese text of the articles of a source. */
    public Result hanLpRecognition(String corpus, Map<String, List<GoldEntities.Row>> gold, ArticleSource source) {
        PlainHanLpRecognizer hanLp = new PlainHanLpRecognizer();
        return score(corpus, "recognition (HanLP out of the box)", gold, source, article -> {
            List<Found> found = new ArrayList<>();
            for (var m : hanLp.recognize((article.titleZh() + "\n" + article.textZh()).strip())) {
                found.add(new Found(m.type(), m.text(), Set.of(QuerySetBuilder.key(m.text()))));
            }
            return found;
        });
    }

    private Result score(String corpus, String task, Map<String, List<GoldEntities.Row>> gold, ArticleSource source,
                         java.util.function.Function<Article, List<Found>> recognizer) {
        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class); // predicted, gold, correctPredicted, foundGold
        Map<String, List<String>> examples = new java.util.TreeMap<>();
        int[] articles = {0};
        long[] items = {0};
        source.forEach((stem, article) -> {
            List<GoldEntities.Row> rows = gold.get(stem);
            if (rows == null) {
                return;
            }
            articles[0]++;
            List<Found> found = recognizer.apply(article);
            for (Found f : found) {
                long[] c = counts.computeIfAbsent(f.type(), x -> new long[4]);
                c[0]++;
                if (rows.stream().anyMatch(r -> r.type() == f.type() && f.names().contains(QuerySetBuilder.key(r.entity())))) {
                    c[2]++;
                } else {
                    String goldNote = rows.stream().filter(r -> f.names().contains(QuerySetBuilder.key(r.entity())))
                            .map(r -> " (gold: " + label(r.type()) + ")").findFirst().orElse(" (not in gold)");
                    example(examples, "false " + label(f.type()), stem, f.label() + goldNote);
                }
            }
            for (GoldEntities.Row r : rows) {
                items[0]++;
                long[] c = counts.computeIfAbsent(r.type(), x -> new long[4]);
                c[1]++;
                String key = QuerySetBuilder.key(r.entity());
                if (found.stream().anyMatch(f -> f.type() == r.type() && f.names().contains(key))) {
                    c[3]++;
                } else {
                    example(examples, "missed " + label(r.type()), stem, r.entity());
                }
            }
        });
        Map<EntityType, Prf> perType = new EnumMap<>(EntityType.class);
        counts.forEach((t, c) -> perType.put(t, new Prf(c[0], c[1], c[2], c[3])));
        return new Result(corpus, task, articles[0], items[0], perType, Map.of(), Map.of(), examples);
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

    static String label(EntityType t) {
        return t == EntityType.TOPIC ? "topic/misc" : t.label();
    }
}
