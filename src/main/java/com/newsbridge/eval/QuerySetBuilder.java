package com.newsbridge.eval;

import com.newsbridge.analysis.ChineseScriptFolding;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the evaluation query sets (queries, qrels and a suite file) from the shared derived corpora and from the
 * bundled corpus. Deterministic: the same inputs and seed give the same files.
 *
 * <p>Query types:
 * <ul>
 *   <li>{@code zh-person}, {@code zh-org}, {@code zh-place} (People's Daily 1998), {@code en-person}, {@code en-org},
 *       {@code en-place} (CoNLL-2003, Reuters-21578): an entity name; relevant = the articles whose gold lists it
 *       (any type; the query type is the name's most frequent type). Only names with {@link #MIN_RELEVANT} to
 *       {@link #MAX_RELEVANT} relevant articles, a seeded random sample per type.</li>
 *   <li>{@code known-item-zh}: a quoted run of 6–10 Han characters opening a clause (after punctuation or a line
 *       start) of one article, {@code known-item-en}: a quoted
 *       run of 4–6 plain words from its English text (at least three not stop words, none at either end); the phrase
 *       occurs in no other
 *       article of the corpus; relevant = that article.</li>
 *   <li>{@code trad-person}, {@code trad-known-item-zh}: the same queries in traditional characters (ICU
 *       Simplified-Traditional), only when the conversion changes them; same judgments.</li>
 *   <li>{@code pinyin-person}: the pinyin of a sampled Chinese person name ({@link ChineseNames#pinyinName}).</li>
 *   <li>{@code xlang}: an English name from {@code bundled-entities.tsv}; the corpus is the Chinese-only view of the
 *       bundled articles ({@code zh-only:}); relevant = the variants whose gold lists the entity and whose Chinese text
 *       contains its Chinese name.</li>
 *   <li>{@code xlang-zh}: the other way round, a Chinese name from {@code bundled-entities.tsv} over the English-only
 *       view ({@code en-only:}, no keyword lines); relevant = the variants whose gold lists the entity and whose
 *       English title or text contains its English name as words.</li>
 * </ul>
 */
public final class QuerySetBuilder {

    public static final int MIN_RELEVANT = 2;
    public static final int MAX_RELEVANT = 50;
    static final Pattern SYNTAX = Pattern.compile("[\\\\+!():^\\[\\]\"{}~*?/]|(^|\\s)(AND|OR|NOT)(\\s|$)|^-|&&|\\|\\|");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with", "he", "she", "his", "her", "its", "said", "has", "had",
            "have", "were", "been", "from", "which", "who", "would", "also", "we", "our", "i", "you");

    /**
     * Sizes and inputs.
     *
     * @param shared         the shared corpora folder ({@code .../shared/corpora}), or {@code null} for bundled sets only
     * @param bundled        the bundled corpus folder ({@code index-data})
     * @param bundledGold    {@code bundled-entities.tsv}
     * @param seed           random seed
     * @param zhPersons      sampled Chinese person names
     * @param zhOthers       sampled Chinese organizations and places (each)
     * @param enPerType      sampled English names per type and corpus
     * @param knownItems     known-item queries per language and large corpus
     */
    public record Config(Path shared, Path bundled, Path bundledGold, long seed, int zhPersons, int zhOthers,
                         int enPerType, int knownItems) {

        public static Config defaults(Path shared, Path bundled, Path bundledGold) {
            return new Config(shared, bundled, bundledGold, 20240601L, 150, 100, 100, 100);
        }
    }

    private final Config config;
    private final PrintStream log;

    public QuerySetBuilder(Config config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    /** A query with its relevant article ids. */
    record Built(EvalQuery query, Set<String> relevant) {
    }

    /** Builds every set into {@code out} and writes {@code out/sets.tsv}; returns the sets. */
    public List<EvalSet> buildAll(Path out) {
        List<EvalSet> sets = new ArrayList<>();
        if (config.shared() != null) {
            Path derived = config.shared().resolve("derived");
            sets.add(pd1998(derived.resolve("pd1998-zh"), out));
            sets.add(english("conll2003-en", "conll", derived.resolve("conll2003-en"), out));
            sets.add(english("reuters-en", "reuters", derived.resolve("reuters-en"), out));
            sets.add(wmt22(derived.resolve("wmt22-zhen"), out));
        }
        sets.addAll(bundled(out));
        Suite.write(out.resolve("sets.tsv"), sets, "NewsBridge evaluation suite, made by: eval --build-queries (seed "
                + config.seed() + ")\nrun with: eval --suite " + out.resolve("sets.tsv"));
        return sets;
    }

    // ---------------------------------------------------------------- sets

    EvalSet pd1998(Path dir, Path out) {
        Path articlesDir = dir.resolve("articles");
        Map<String, Article> articles = readArticles(articlesDir);
        List<GoldEntities.Row> gold = GoldEntities.read(dir.resolve("gold.tsv"));
        List<Built> queries = new ArrayList<>();
        List<Built> persons = entityQueries(gold, articles, "pd", "zh", EntityType.PERSON, config.zhPersons(), 1);
        queries.addAll(persons);
        queries.addAll(entityQueries(gold, articles, "pd", "zh", EntityType.ORGANIZATION, config.zhOthers(), 2));
        queries.addAll(entityQueries(gold, articles, "pd", "zh", EntityType.PLACE, config.zhOthers(), 3));
        List<Built> knownItems = knownItemsZh(articles, "pd", config.knownItems(), 4);
        queries.addAll(knownItems);
        queries.addAll(traditional(persons, "trad-person"));
        queries.addAll(traditional(knownItems, "trad-known-item-zh"));
        queries.addAll(pinyin(persons));
        return write("pd1998-zh", List.of(new CorpusSpec(CorpusSpec.View.AS_IS, articlesDir.toAbsolutePath())), queries,
                articles, out);
    }

    EvalSet english(String name, String prefix, Path dir, Path out) {
        Path articlesDir = dir.resolve("articles");
        Map<String, Article> articles = readArticles(articlesDir);
        List<GoldEntities.Row> gold = GoldEntities.read(dir.resolve("gold.tsv"));
        List<Built> queries = new ArrayList<>();
        queries.addAll(entityQueries(gold, articles, prefix, "en", EntityType.PERSON, config.enPerType(), 1));
        queries.addAll(entityQueries(gold, articles, prefix, "en", EntityType.ORGANIZATION, config.enPerType(), 2));
        queries.addAll(entityQueries(gold, articles, prefix, "en", EntityType.PLACE, config.enPerType(), 3));
        queries.addAll(knownItemsEn(articles, prefix, config.knownItems(), 4));
        return write(name, List.of(new CorpusSpec(CorpusSpec.View.AS_IS, articlesDir.toAbsolutePath())), queries,
                articles, out);
    }

    EvalSet wmt22(Path dir, Path out) {
        Path articlesDir = dir.resolve("articles");
        Map<String, Article> articles = readArticles(articlesDir);
        List<Built> queries = new ArrayList<>();
        List<Built> zh = knownItemsZh(articles, "wmt22", articles.size(), 5);
        queries.addAll(zh);
        queries.addAll(knownItemsEn(articles, "wmt22", articles.size(), 6));
        queries.addAll(traditional(zh, "trad-known-item-zh"));
        return write("wmt22-zhen", List.of(new CorpusSpec(CorpusSpec.View.AS_IS, articlesDir.toAbsolutePath())), queries,
                articles, out);
    }

    /**
     * The bundled sets: {@code bundled} (known-item, entity queries in both languages and traditional variants over
     * {@code index-data}), {@code bundled-xlang} (English names over the Chinese-only view) and {@code
     * bundled-xlang-zh} (Chinese names over the English-only view).
     */
    List<EvalSet> bundled(Path out) {
        Map<String, Article> articles = readArticles(config.bundled());
        List<String[]> gold = readBundledGold(config.bundledGold());
        List<Built> queries = new ArrayList<>();
        List<Built> zhKnown = knownItemsZh(articles, "bundled", articles.size(), 7);
        queries.addAll(zhKnown);
        queries.addAll(knownItemsEn(articles, "bundled", articles.size(), 8));
        queries.addAll(traditional(zhKnown, "trad-known-item-zh"));
        queries.addAll(bundledEntities(gold, articles, 2, "en"));
        List<Built> zhNames = bundledEntities(gold, articles, 3, "zh");
        queries.addAll(zhNames);
        queries.addAll(traditional(zhNames.stream().filter(b -> b.query().type().equals("zh-person")).toList(),
                "trad-person"));
        Path bundledDir = relativeIfInside(config.bundled());
        EvalSet main = write("bundled", List.of(new CorpusSpec(CorpusSpec.View.AS_IS, bundledDir)), queries, articles, out);

        Map<String, Article> zhOnly = new LinkedHashMap<>();
        articles.forEach((stem, a) -> {
            Article v = new CorpusSpec(CorpusSpec.View.ZH_ONLY, bundledDir).apply(a, false);
            if (v != null) {
                zhOnly.put(stem, v);
            }
        });
        EvalSet xlang = write("bundled-xlang", List.of(new CorpusSpec(CorpusSpec.View.ZH_ONLY, bundledDir)),
                xlang(gold, zhOnly), zhOnly, out);

        Map<String, Article> enOnly = new LinkedHashMap<>();
        articles.forEach((stem, a) -> {
            Article v = new CorpusSpec(CorpusSpec.View.EN_ONLY, bundledDir).apply(a, false);
            if (v != null) {
                enOnly.put(stem, v);
            }
        });
        EvalSet xlangZh = write("bundled-xlang-zh", List.of(new CorpusSpec(CorpusSpec.View.EN_ONLY, bundledDir)),
                xlangZh(gold, enOnly), enOnly, out);
        return List.of(main, xlang, xlangZh);
    }

    // ---------------------------------------------------------------- entity queries

    /**
     * Samples names of {@code type} whose gold lists them in {@link #MIN_RELEVANT}..{@link #MAX_RELEVANT} articles.
     * Names are grouped case-insensitively (after NFKC and traditional folding) across types; a name is of the type
     * most of its rows have; it is shown in its most frequent spelling.
     */
    List<Built> entityQueries(List<GoldEntities.Row> gold, Map<String, Article> articles, String prefix, String lang,
                              EntityType type, int sample, int salt) {
        Map<String, Set<String>> docs = new TreeMap<>();
        Map<String, Map<EntityType, Integer>> types = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (GoldEntities.Row row : gold) {
            Article article = articles.get(row.articleId());
            if (article == null) {
                continue;
            }
            String key = key(row.entity());
            docs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(article.id());
            types.computeIfAbsent(key, k -> new HashMap<>()).merge(row.type(), 1, Integer::sum);
            forms.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(row.entity(), 1, Integer::sum);
        }
        List<String> candidates = new ArrayList<>();
        for (var e : docs.entrySet()) {
            String key = e.getKey();
            int n = e.getValue().size();
            if (n < MIN_RELEVANT || n > MAX_RELEVANT || majority(types.get(key)) != type) {
                continue;
            }
            String form = mostFrequent(forms.get(key));
            if (form.codePointCount(0, form.length()) < 2 || SYNTAX.matcher(form).find()) {
                continue;
            }
            candidates.add(key);
        }
        Collections.shuffle(candidates, new Random(config.seed() * 31 + salt));
        List<String> picked = new ArrayList<>(candidates.subList(0, Math.min(sample, candidates.size())));
        Collections.sort(picked);
        String queryType = lang + "-" + shortType(type);
        List<Built> out = new ArrayList<>();
        int i = 0;
        for (String key : picked) {
            String id = String.format(Locale.ROOT, "%s-%s-%03d", prefix, queryType, ++i);
            out.add(new Built(new EvalQuery(id, mostFrequent(forms.get(key)), queryType), docs.get(key)));
        }
        log("%s: %d %s queries (of %d candidates with %d..%d relevant articles)", prefix, out.size(), queryType,
                candidates.size(), MIN_RELEVANT, MAX_RELEVANT);
        return out;
    }

    /** Entity queries of the bundled corpus from bundled-entities.tsv, in English or Chinese names (all of them). */
    List<Built> bundledEntities(List<String[]> gold, Map<String, Article> articles, int salt, String lang) {
        Map<String, Set<String>> docs = new TreeMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (String[] row : gold) {
            Article a = articles.get(stem(row[0]));
            String name = lang.equals("en") ? row[2] : row[3];
            if (a == null || name.isBlank() || SYNTAX.matcher(name).find()
                    || lang.equals("zh") != com.newsbridge.ingest.ArticleParser.containsHan(name)) {
                continue;
            }
            String key = key(name);
            docs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.id());
            types.putIfAbsent(key, EntityType.fromLabel(row[1]));
            forms.putIfAbsent(key, name);
        }
        List<Built> out = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        for (var e : docs.entrySet()) {
            String type = lang + "-" + shortType(types.get(e.getKey()));
            int n = counters.merge(type, 1, Integer::sum);
            String id = String.format(Locale.ROOT, "bundled-%s-%03d", type, n);
            out.add(new Built(new EvalQuery(id, forms.get(e.getKey()), type), e.getValue()));
        }
        out.sort(Comparator.comparing(b -> b.query().id()));
        log("bundled: %d %s entity queries", out.size(), lang);
        return out;
    }

    /** English names of bundled-entities.tsv, relevant = Chinese-only variants whose text has the Chinese name. */
    List<Built> xlang(List<String[]> gold, Map<String, Article> zhOnly) {
        return crossLanguage(gold, zhOnly, "xlang", 2, (row, a) ->
                ChineseScriptFolding.fold(a.textZh()).contains(ChineseScriptFolding.fold(row[3])));
    }

    /**
     * The other way round from {@link #xlang}: Chinese names of bundled-entities.tsv, relevant = English-only variants
     * whose title or text has the English name as words, case-insensitively ("Bulgarian" does not name Bulgaria).
     */
    List<Built> xlangZh(List<String[]> gold, Map<String, Article> enOnly) {
        return crossLanguage(gold, enOnly, "xlang-zh", 3, (row, a) ->
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(row[2]) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(a.titleEn() + "\n" + a.textEn()).find());
    }

    /**
     * Queries in the name of column {@code column} of bundled-entities.tsv (2 = English, 3 = Chinese, which must be
     * written in that script), over the articles of one language's view; an article is relevant when its gold row
     * lists the entity and {@code names} says its text names it in the other language.
     */
    private List<Built> crossLanguage(List<String[]> gold, Map<String, Article> view, String type, int column,
                                      java.util.function.BiPredicate<String[], Article> names) {
        Map<String, Set<String>> docs = new TreeMap<>();
        Map<String, String> forms = new HashMap<>();
        boolean chinese = column == 3;
        for (String[] row : gold) {
            Article a = view.get(stem(row[0]));
            if (a == null || row[2].isBlank() || row[3].isBlank() || SYNTAX.matcher(row[column]).find()
                    || com.newsbridge.ingest.ArticleParser.containsHan(row[column]) != chinese || !names.test(row, a)) {
                continue;
            }
            String key = key(row[column]);
            docs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.id());
            forms.putIfAbsent(key, row[column]);
        }
        List<Built> out = new ArrayList<>();
        int i = 0;
        for (var e : docs.entrySet()) {
            out.add(new Built(new EvalQuery(String.format(Locale.ROOT, "%s-%03d", type, ++i), forms.get(e.getKey()),
                    type), e.getValue()));
        }
        log("bundled-%s: %d %s queries", type, out.size(), type);
        return out;
    }

    // ---------------------------------------------------------------- known items

    /** One quoted 6–10 character Han phrase per sampled article, found in no other article. */
    List<Built> knownItemsZh(Map<String, Article> articles, String prefix, int count, int salt) {
        List<String> stems = sampleStems(articles, a -> !a.textZh().isEmpty(), count, salt);
        List<String> folded = articles.values().stream().map(a -> ChineseScriptFolding.fold(a.textZh())).toList();
        List<Built> out = new ArrayList<>();
        int i = 0;
        for (String stem : stems) {
            Article a = articles.get(stem);
            Random random = new Random(config.seed() ^ stem.hashCode() ^ salt);
            String phrase = pickHanPhrase(a.textZh(), folded, random);
            if (phrase == null) {
                continue;
            }
            String id = String.format(Locale.ROOT, "%s-known-item-zh-%03d", prefix, ++i);
            out.add(new Built(new EvalQuery(id, "\"" + phrase + "\"", "known-item-zh"), Set.of(a.id())));
        }
        log("%s: %d known-item-zh queries", prefix, out.size());
        return out;
    }

    static String pickHanPhrase(String text, List<String> foldedCorpus, Random random) {
        List<int[]> runs = new ArrayList<>(); // [start, end) of Han runs of at least 6 characters
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                if (i - start >= 6) {
                    runs.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            int[] run = runs.get(random.nextInt(runs.size()));
            int len = Math.min(6 + random.nextInt(5), run[1] - run[0]);
            String phrase = text.substring(run[0], run[0] + len); // a clause opening, as a reader would copy it
            if (occurrences(foldedCorpus, ChineseScriptFolding.fold(phrase)) == 1) {
                return phrase;
            }
        }
        return null;
    }

    /** One quoted run of 4–6 plain words per sampled article's English text, found in no other article. */
    List<Built> knownItemsEn(Map<String, Article> articles, String prefix, int count, int salt) {
        List<String> stems = sampleStems(articles, a -> !a.textEn().isEmpty(), count, salt);
        List<String> normalized = articles.values().stream().map(a -> normalizeEnglish(a.titleEn() + "\n" + a.textEn()))
                .toList();
        List<Built> out = new ArrayList<>();
        int i = 0;
        for (String stem : stems) {
            Article a = articles.get(stem);
            Random random = new Random(config.seed() ^ stem.hashCode() ^ salt);
            String phrase = pickEnglishPhrase(a.textEn(), normalized, random);
            if (phrase == null) {
                continue;
            }
            String id = String.format(Locale.ROOT, "%s-known-item-en-%03d", prefix, ++i);
            out.add(new Built(new EvalQuery(id, "\"" + phrase + "\"", "known-item-en"), Set.of(a.id())));
        }
        log("%s: %d known-item-en queries", prefix, out.size());
        return out;
    }

    static String pickEnglishPhrase(String text, List<String> normalizedCorpus, Random random) {
        List<List<String>> runs = new ArrayList<>(); // runs of plain words (letters or digits, nothing attached)
        for (String line : text.split("\n")) {
            List<String> current = new ArrayList<>();
            for (String token : line.split("\\s+")) {
                if (token.matches("[A-Za-z]+|[0-9]+")) {
                    current.add(token);
                } else {
                    if (current.size() >= 4) {
                        runs.add(current);
                    }
                    current = new ArrayList<>();
                }
            }
            if (current.size() >= 4) {
                runs.add(current);
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 60; attempt++) {
            List<String> run = runs.get(random.nextInt(runs.size()));
            int len = Math.min(4 + random.nextInt(3), run.size());
            int from = random.nextInt(run.size() - len + 1);
            List<String> words = run.subList(from, from + len);
            long content = words.stream().filter(w -> !STOP.contains(w.toLowerCase(Locale.ROOT))).count();
            if (content < 3 || STOP.contains(words.get(0).toLowerCase(Locale.ROOT))
                    || STOP.contains(words.get(len - 1).toLowerCase(Locale.ROOT))) {
                continue; // stop words are dropped by both systems: keep at least three words that count
            }
            String phrase = String.join(" ", words);
            if (occurrences(normalizedCorpus, normalizeEnglish(phrase)) == 1) {
                return phrase;
            }
        }
        return null;
    }

    static String normalizeEnglish(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    private static int occurrences(List<String> corpus, String needle) {
        int n = 0;
        for (String text : corpus) {
            if (text.contains(needle)) {
                n++;
            }
        }
        return n;
    }

    private List<String> sampleStems(Map<String, Article> articles, java.util.function.Predicate<Article> ok, int count,
                                     int salt) {
        List<String> stems = new ArrayList<>();
        articles.forEach((stem, a) -> {
            if (ok.test(a)) {
                stems.add(stem);
            }
        });
        Collections.shuffle(stems, new Random(config.seed() * 17 + salt));
        List<String> picked = new ArrayList<>(stems.subList(0, Math.min(count, stems.size())));
        Collections.sort(picked);
        return picked;
    }

    // ---------------------------------------------------------------- variants

    static List<Built> traditional(List<Built> queries, String type) {
        List<Built> out = new ArrayList<>();
        for (Built b : queries) {
            String trad = ChineseNames.traditional(b.query().text());
            if (!trad.equals(b.query().text())) {
                String id = b.query().id().replace(b.query().type(), type);
                out.add(new Built(new EvalQuery(id, trad, type), b.relevant()));
            }
        }
        return out;
    }

    List<Built> pinyin(List<Built> persons) {
        List<Built> out = new ArrayList<>();
        for (Built b : persons) {
            String pinyin = ChineseNames.pinyinName(b.query().text());
            if (pinyin != null) {
                String id = b.query().id().replace(b.query().type(), "pinyin-person");
                out.add(new Built(new EvalQuery(id, pinyin, "pinyin-person"), b.relevant()));
            }
        }
        log("pinyin-person: %d of %d person names romanized", out.size(), persons.size());
        return out;
    }

    // ---------------------------------------------------------------- files

    /** Reads every article file of a folder; returns file stem to article, in path order. */
    Map<String, Article> readArticles(Path dir) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, String> ids = new HashMap<>();
        CorpusReader reader = new CorpusReader();
        for (Path file : CorpusReader.listArticleFiles(dir)) {
            String stem = stem(file.getFileName().toString());
            reader.read(file, a -> {
                String previous = ids.putIfAbsent(a.id(), stem);
                if (previous != null) {
                    log("warning: %s and %s have the same article id %s; the second is left out", previous, stem, a.id());
                } else {
                    articles.put(stem, a);
                }
            }, failure -> log("warning: skipped %s", failure.getMessage()));
        }
        return articles;
    }

    static List<String[]> readBundledGold(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t", -1);
                if (line.isBlank() || line.startsWith("#") || cols[0].equals("file")) {
                    continue;
                }
                if (cols.length < 4) {
                    throw new IllegalArgumentException(file + ": expected file<TAB>type<TAB>english<TAB>chinese: " + line);
                }
                rows.add(new String[] {cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()});
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private EvalSet write(String name, List<CorpusSpec> corpora, List<Built> queries, Map<String, Article> articles,
                          Path out) {
        Path dir = out.resolve(name);
        Path queriesFile = dir.resolve("queries.tsv");
        Path qrelsFile = dir.resolve("qrels.txt");
        QueryFiles.write(queriesFile, queries.stream().map(Built::query).toList());
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        for (Built b : queries) {
            Map<String, Integer> docs = new LinkedHashMap<>();
            b.relevant().forEach(id -> docs.put(id, 1));
            judgments.put(b.query().id(), docs);
        }
        new Qrels(judgments).write(qrelsFile);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("docs.tsv"), StandardCharsets.UTF_8)) {
            for (var e : articles.entrySet()) {
                w.write(e.getValue().id() + "\t" + e.getKey() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> counts = new TreeMap<>();
        queries.forEach(b -> counts.merge(b.query().type(), 1, Integer::sum));
        log("%s: wrote %d queries %s to %s", name, queries.size(), counts, dir);
        return new EvalSet(name, corpora, queriesFile, qrelsFile);
    }

    // ---------------------------------------------------------------- helpers

    static String key(String name) {
        return ChineseScriptFolding.fold(com.newsbridge.analysis.NewsAnalyzers.normalizeText(name));
    }

    static String stem(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    static String shortType(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case PLACE -> "place";
            case TOPIC -> "topic";
        };
    }

    private static EntityType majority(Map<EntityType, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElseThrow();
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        String best = null;
        int max = -1;
        for (var e : forms.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    /** Keeps a folder relative to the working directory when it is inside it (so suites stay portable). */
    private static Path relativeIfInside(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    private void log(String format, Object... args) {
        if (log != null) {
            log.println(String.format(Locale.ROOT, format, args));
        }
    }
}
