package com.newsbridge.bench;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.ingest.CorpusReader;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Derives a realistic query mix from a corpus: frequent Chinese words (as SmartChinese segments them), Chinese and
 * English names from the keyword lines, frequent English words and two-word phrases, mixed-language queries, person
 * and organization filters (paired with a word of an article that has the entity, so they find something), date sorts
 * and deep pages, plus a small share of blank "browse" queries. Deterministic for a seed.
 */
final class QueryMix {

    /** Query types and their weights (percent of the mix). */
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("zh-word", 16);
        WEIGHTS.put("zh-name", 10);
        WEIGHTS.put("en-word", 16);
        WEIGHTS.put("en-phrase", 10);
        WEIGHTS.put("mixed", 8);
        WEIGHTS.put("person-filter", 10);
        WEIGHTS.put("org-filter", 8);
        WEIGHTS.put("date-sort", 10);
        WEIGHTS.put("page-2+", 8);
        WEIGHTS.put("browse", 4);
    }

    private static final Pattern EN_WORD = Pattern.compile("[A-Za-z][a-z]{3,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Set<String> EN_STOP = new HashSet<>(List.of((
            "the and that this with from have been were will would which their there they them than then about after "
            + "also said says told more most other some such into over only when what where while since could should "
            + "last year years first week month today being very made make many much even well just like does during "
            + "before between because under against these those each whose your here among still three four five "
            + "according added percent compared reuters billion million").split(" ")));

    private QueryMix() {
    }

    /** Writes {@code count} queries derived from {@code corpus} (reading about {@code sample} articles) to a file. */
    static List<BenchQuery> derive(Path corpus, int sample, int count, long seed) {
        List<Path> files = CorpusReader.listArticleFiles(corpus);
        int step = Math.max(1, files.size() / Math.max(1, sample));
        EntityExtractor extractor = EntityExtractor.bundled();
        Analyzer chinese = NewsAnalyzers.chinese();
        Map<String, Integer> enDf = new HashMap<>();
        Map<String, Integer> phraseDf = new HashMap<>();
        Map<String, Integer> zhDf = new HashMap<>();
        Map<String, Integer> zhNameDf = new HashMap<>();
        Map<String, Integer> personDf = new HashMap<>();
        Map<String, Integer> orgDf = new HashMap<>();
        // per entity, words of articles that have it (to pair filters with a query that finds something)
        Map<String, List<String>> entityWords = new HashMap<>();
        CorpusReader reader = new CorpusReader();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            reader.read(files.get(i), articles::add, failure -> { });
        }
        List<Set<String>> articleEnWords = new ArrayList<>();
        List<Set<String>> articleZhWords = new ArrayList<>();
        for (Article a : articles) {
            Set<String> en = new HashSet<>();
            String text = a.titleEn() + "\n" + a.textEn();
            Matcher m = EN_WORD.matcher(text);
            String prev = null;
            int prevEnd = -1;
            Set<String> phrases = new HashSet<>();
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                boolean content = !EN_STOP.contains(w);
                if (content) {
                    en.add(w);
                    // two adjacent content words, only a space between them
                    if (prev != null && text.substring(prevEnd, m.start()).equals(" ")) {
                        phrases.add(prev + " " + w);
                    }
                }
                prev = content ? w : null;
                prevEnd = m.end();
            }
            en.forEach(w -> enDf.merge(w, 1, Integer::sum));
            phrases.forEach(p -> phraseDf.merge(p, 1, Integer::sum));
            Set<String> zh = chineseWords(chinese, a.textZh());
            zh.forEach(w -> zhDf.merge(w, 1, Integer::sum));
            articleEnWords.add(en);
            articleZhWords.add(zh);
            for (String k : a.keywords()) {
                if (HAN.matcher(k).matches() && k.length() >= 2 && k.length() <= 4) {
                    zhNameDf.merge(k, 1, Integer::sum);
                }
            }
        }
        Set<String> topEn = new HashSet<>(top(enDf, 400, 3));
        Set<String> topZh = new HashSet<>(top(zhDf, 400, 3));
        for (int i = 0; i < articles.size(); i++) {
            IndexedArticle indexed = extractor.extract(articles.get(i));
            for (Entity e : indexed.entities()) {
                Map<String, Integer> df = e.type() == EntityType.PERSON ? personDf
                        : e.type() == EntityType.ORGANIZATION ? orgDf : null;
                if (df == null) {
                    continue;
                }
                df.merge(e.name(), 1, Integer::sum);
                List<String> words = entityWords.computeIfAbsent(e.type() + ":" + e.name(), k -> new ArrayList<>());
                if (words.size() < 20) {
                    articleEnWords.get(i).stream().filter(topEn::contains).limit(2).forEach(words::add);
                    articleZhWords.get(i).stream().filter(topZh::contains).limit(2).forEach(words::add);
                }
            }
        }
        List<String> enWords = top(enDf, 400, 3);
        List<String> enPhrases = top(phraseDf, 300, 3);
        List<String> zhWords = top(zhDf, 400, 3);
        List<String> zhNames = top(zhNameDf, 300, 2);
        List<String> people = top(personDf, 200, 2);
        List<String> orgs = top(orgDf, 200, 2);
        if (enWords.isEmpty() || zhWords.isEmpty()) {
            throw new IllegalStateException("corpus " + corpus + " is too small to derive queries from");
        }
        Random random = new Random(seed);
        List<String> types = new ArrayList<>();
        WEIGHTS.forEach((type, w) -> {
            for (int i = 0; i < w; i++) {
                types.add(type);
            }
        });
        List<BenchQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            String type = types.get(random.nextInt(types.size()));
            BenchQuery q = switch (type) {
                case "zh-word" -> BenchQuery.of(type, "q", pick(random, zhWords));
                case "zh-name" -> zhNames.isEmpty() ? null : BenchQuery.of(type, "q", pick(random, zhNames));
                case "en-word" -> BenchQuery.of(type, "q", pick(random, enWords));
                case "en-phrase" -> enPhrases.isEmpty() ? null : BenchQuery.of(type, "q", "\"" + pick(random, enPhrases) + "\"");
                case "mixed" -> BenchQuery.of(type, "q", pick(random, zhWords) + " " + pick(random, enWords));
                case "person-filter" -> filter(random, type, "person", EntityType.PERSON, people, entityWords);
                case "org-filter" -> filter(random, type, "org", EntityType.ORGANIZATION, orgs, entityWords);
                case "date-sort" -> BenchQuery.of(type, "q",
                        random.nextBoolean() ? pick(random, enWords) : pick(random, zhWords), "sort", "date");
                case "page-2+" -> BenchQuery.of(type, "q",
                        random.nextBoolean() ? pick(random, enWords) : pick(random, zhWords),
                        "page", Integer.toString(2 + random.nextInt(4)));
                case "browse" -> BenchQuery.of(type, "q", "", "sort", "date");
                default -> throw new IllegalStateException(type);
            };
            if (q != null) {
                queries.add(q);
            }
        }
        return queries;
    }

    private static BenchQuery filter(Random random, String type, String param, EntityType entityType,
                                     List<String> names, Map<String, List<String>> entityWords) {
        if (names.isEmpty()) {
            return null;
        }
        String name = pick(random, names);
        List<String> words = entityWords.getOrDefault(entityType + ":" + name, List.of());
        // a third of filter queries are a plain facet click (no query text)
        if (words.isEmpty() || random.nextInt(3) == 0) {
            return BenchQuery.of(type, "q", "", param, name);
        }
        return BenchQuery.of(type, "q", pick(random, words), param, name);
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The {@code n} values with the highest document frequency (at least {@code minDf}), most frequent first. */
    private static List<String> top(Map<String, Integer> df, int n, int minDf) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(df.entrySet());
        entries.removeIf(e -> e.getValue() < minDf);
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }

    private static Set<String> chineseWords(Analyzer analyzer, String text) {
        Set<String> words = new HashSet<>();
        if (text.isEmpty()) {
            return words;
        }
        try (TokenStream ts = analyzer.tokenStream("text_zh", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                if (w.length() >= 2 && w.length() <= 4 && HAN.matcher(w).matches()) {
                    words.add(w);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    static void write(List<BenchQuery> queries, Path file) {
        List<String> lines = new ArrayList<>();
        for (BenchQuery q : queries) {
            lines.add(q.toLine());
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BenchQuery> read(Path file) {
        try {
            List<BenchQuery> queries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(BenchQuery.parseLine(line));
                }
            }
            return Collections.unmodifiableList(queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
