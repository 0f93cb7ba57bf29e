package com.newsbridge.entity;

import com.newsbridge.analysis.ChineseScriptFolding;
import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an article's keywords into typed entities with their English and Chinese names, and finds the entities of
 * articles that have no keyword line in their text.
 *
 * <p>For each keyword, in order of trust: the curated {@link Gazetteer} (type and both names, so {@code U.N.},
 * {@code UN} and {@code 联合国} are one entity), then the {@link AliasTable} learned from earlier articles, then
 * {@link KeywordTyper} for the type and {@link NameLinker} for the Chinese mention (pinyin or transliteration), which
 * also teaches the alias table. Articles without keywords get the gazetteer's and the alias table's entities named in
 * their text, plus recognized names: English names (linked to their Chinese mentions) when the article has English
 * text, HanLP's Chinese recognition only for Chinese-only articles. Thread-safe.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final AliasTable aliases;
    private final KeywordTyper typer;
    private final NameLinker linker = new NameLinker();
    private final ChineseEntityRecognizer chineseRecognizer;
    private final EnglishEntityRecognizer englishRecognizer = new EnglishEntityRecognizer();
    private final GazetteerScanner gazetteerScanner;

    public EntityExtractor(Gazetteer gazetteer, AliasTable aliases) {
        this.gazetteer = gazetteer;
        this.aliases = aliases;
        this.gazetteerScanner = new GazetteerScanner(gazetteer);
        this.typer = new KeywordTyper(word -> {
            GazetteerEntry entry = word.length() > 2 ? gazetteer.find(word) : null;
            return entry != null && entry.type() == EntityType.PLACE && entry.english().indexOf(' ') < 0;
        });
        this.chineseRecognizer = new ChineseEntityRecognizer(name -> {
            GazetteerEntry entry = gazetteer.find(name);
            return entry != null && entry.type() == EntityType.ORGANIZATION;
        });
    }

    /** Returns an extractor over the bundled gazetteer with an empty alias table. */
    public static EntityExtractor bundled() {
        return new EntityExtractor(Gazetteer.bundled(), new AliasTable());
    }

    /** Returns the gazetteer this extractor uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Returns the learned alias table. */
    public AliasTable aliases() {
        return aliases;
    }

    /** Extracts the article's entities: its keywords first, in order, each once. */
    public IndexedArticle extract(Article article) {
        String zh = ChineseScriptFolding.fold(article.titleZh() + "\n" + article.textZh()).strip();
        List<String> keywords = article.keywords();
        Entity[] resolved = new Entity[keywords.size()];
        Set<String> taken = new HashSet<>();
        // Known names first, so that their Chinese mentions are not linked to another keyword.
        String en = article.titleEn() + "\n" + article.textEn();
        for (int i = 0; i < keywords.size(); i++) {
            resolved[i] = known(keywords.get(i), en);
            if (resolved[i] != null && !resolved[i].zh().isEmpty()) {
                taken.add(ChineseScriptFolding.fold(resolved[i].zh()));
            }
        }
        for (int i = 0; i < keywords.size(); i++) {
            if (resolved[i] == null) {
                resolved[i] = typeAndLink(keywords.get(i), article, zh, taken);
                if (!resolved[i].zh().isEmpty()) {
                    taken.add(resolved[i].zh());
                }
            }
            rememberChineseName(resolved[i]); // an editor named it: later articles without keywords find it too
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity entity : resolved) {
            entities.putIfAbsent(key(entity), entity);
        }
        if (keywords.isEmpty()) {
            for (Entity entity : fromText(article, zh)) {
                entities.putIfAbsent(key(entity), entity);
            }
        }
        return new IndexedArticle(article, new ArrayList<>(entities.values()));
    }

    /**
     * Teaches the extractor an entity that an earlier run found, when an index is opened again: its English and
     * Chinese names join the alias table, and a Chinese person or organization name joins the names Chinese
     * recognition finds again ({@link ChineseEntityRecognizer#remember}). Without this a restart would forget both.
     */
    public void relearn(Entity entity) {
        aliases.learn(entity);
        rememberChineseName(entity);
    }

    private void rememberChineseName(Entity entity) {
        if ((entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)
                && entity.zh().length() >= 3 && entity.zh().chars().allMatch(c -> ArticleParser.isHan(c) || c == '·')) {
            chineseRecognizer.remember(ChineseScriptFolding.fold(entity.zh()), entity.type());
        }
    }

    /**
     * Returns the entity the gazetteer or the learned aliases know by {@code name}, as its article uses it, or null. A
     * place that plays as a team in the article's English text is its club (Liverpool in "Liverpool 2 Chelsea 1"):
     * the same names, typed as an organization. Countries stay places (their national teams are the country's).
     *
     * @param englishText the article's English title and text ("" for a Chinese mention: no club reading)
     */
    private Entity known(String name, String englishText) {
        GazetteerEntry entry = gazetteer.find(name);
        Entity entity = entry != null ? fromEntry(entry)
                : ArticleParser.containsHan(name) ? aliases.byChinese(name) : aliases.byEnglish(name);
        return entity == null ? null : asUsedIn(entity, name, englishText);
    }

    /** The club reading of {@link #known}: {@code entity}, or its club when {@code name} plays as a team in the text. */
    private static Entity asUsedIn(Entity entity, String name, String englishText) {
        if (entity.type() == EntityType.PLACE && !englishText.isBlank() && !ArticleParser.containsHan(name)
                && KeywordTyper.isClub(name, englishText)) {
            return new Entity(entity.name(), EntityType.ORGANIZATION, entity.en(), entity.zh());
        }
        return entity;
    }

    private Entity typeAndLink(String keyword, Article article, String zh, Set<String> taken) {
        if (ArticleParser.containsHan(keyword)) {
            // HanLP's reading of the keyword first (it knows 江苏 is a place although 江 is a surname), then the rules
            EntityType recognized = chineseRecognizer.typeKeyword(keyword);
            return new Entity(keyword, recognized != null ? recognized : typer.type(keyword, article), "", keyword);
        }
        EntityType type = typer.type(keyword, article);
        String chinese = type == EntityType.TOPIC ? "" : linker.link(keyword, type, zh, taken);
        Entity entity = new Entity(keyword, type, keyword, chinese);
        aliases.learn(entity);
        return entity;
    }

    private static Entity fromEntry(GazetteerEntry entry) {
        return new Entity(entry.english(), entry.type(), entry.english(), entry.chinese());
    }

    /**
     * Finds the entities of an article without keywords: gazetteer and learned names in its texts, then what the
     * Chinese and English recognizers find (named canonically when the gazetteer or the alias table knows them).
     */
    private List<Entity> fromText(Article article, String zh) {
        List<Entity> found = new ArrayList<>();
        String en = article.titleEn() + "\n" + article.textEn();
        for (GazetteerEntry entry : gazetteerScanner.scan(zh, en)) {
            Entity entity = fromEntry(entry);
            found.add(entity.en().isEmpty() ? entity : asUsedIn(entity, entity.en(), en));
        }
        for (Entity learned : aliases.entities()) {
            if (!zh.isEmpty() && zh.contains(ChineseScriptFolding.fold(learned.zh()))) {
                found.add(learned);
            }
        }
        Set<String> covered = new HashSet<>();
        found.forEach(e -> {
            covered.add(ChineseScriptFolding.fold(e.zh()));
            covered.add(e.en());
        });
        if (!article.textEn().isBlank()) {
            // Bilingual or English: recognize the English names and link them to the Chinese text (cheap), rather than
            // run the Chinese recognizer, which costs more than all other analysis of the article together.
            for (ChineseEntityRecognizer.Mention mention : englishRecognizer.recognize(en)) {
                if (!covered.contains(mention.text())) {
                    Entity known = known(mention.text(), en);
                    if (known == null) {
                        String chinese = linker.link(mention.text(), mention.type(), zh, covered);
                        known = new Entity(mention.text(), mention.type(), mention.text(), chinese);
                        covered.add(chinese);
                    }
                    found.add(known);
                }
            }
        } else if (!zh.isEmpty()) {
            return chineseOnly(found, zh);
        }
        return found;
    }

    /**
     * The entities of a Chinese-only article: every known name found in its text (gazetteer and learned names, kept
     * even inside longer names: a reader searching "UN" wants the article about 联合国安理会), then HanLP's mentions
     * (repaired by {@link ChineseEntityRecognizer}) that occur outside longer names ({@link NestedMentions}: 特雷斯
     * inside the known 古特雷斯, or 监测总站 inside 中国环境监测总站, is no mention of its own).
     */
    private List<Entity> chineseOnly(List<Entity> known, String zh) {
        Map<String, Entity> kept = new LinkedHashMap<>();
        List<String> surfaces = new ArrayList<>();
        for (Entity entity : known) {
            kept.putIfAbsent(key(entity), entity);
            GazetteerEntry entry = gazetteer.find(entity.name());
            for (String surface : entry != null ? entry.chineseNames() : List.of(entity.zh())) {
                String folded = ChineseScriptFolding.fold(surface);
                if (folded.length() >= 2 && zh.contains(folded)) {
                    surfaces.add(folded);
                }
            }
        }
        Map<String, Entity> recognized = new LinkedHashMap<>();
        for (ChineseEntityRecognizer.Mention mention : chineseRecognizer.recognize(zh)) {
            Entity entity = known(mention.text(), "");
            recognized.putIfAbsent(mention.text(),
                    entity != null ? entity : new Entity(mention.text(), mention.type(), "", mention.text()));
        }
        surfaces.addAll(recognized.keySet());
        for (String surface : NestedMentions.outermost(zh, surfaces)) {
            Entity entity = recognized.get(surface);
            if (entity != null) {
                kept.putIfAbsent(key(entity), entity);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static String key(Entity entity) {
        return entity.type() + "\u0000" + NewsAnalyzers.normalizeText(entity.name());
    }

    /**
     * Finds gazetteer entries named in a text in one pass: Chinese names as substrings of the (folded) Chinese text,
     * English names as runs of one to five whole words looked up in a map — instead of one regular expression per
     * entry, which cost more than all the other work on an article.
     */
    private static final class GazetteerScanner {
        private static final int MAX_WORDS = 5;
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");

        private final Map<String, GazetteerEntry> english = new java.util.HashMap<>();
        private final List<Map.Entry<String, GazetteerEntry>> chinese = new ArrayList<>();

        GazetteerScanner(Gazetteer gazetteer) {
            for (GazetteerEntry entry : gazetteer.entries()) {
                for (String name : entry.englishNames()) {
                    if (name.length() >= 2) {
                        english.putIfAbsent(name, entry);
                    }
                }
                for (String name : entry.chineseNames()) {
                    if (name.length() >= 2) {
                        chinese.add(Map.entry(ChineseScriptFolding.fold(name), entry));
                    }
                }
            }
        }

        /** Returns the entries named in the texts, in gazetteer order, each once. */
        List<GazetteerEntry> scan(String zh, String en) {
            Set<GazetteerEntry> found = new java.util.LinkedHashSet<>();
            if (!zh.isEmpty()) {
                for (Map.Entry<String, GazetteerEntry> name : chinese) {
                    if (zh.contains(name.getKey())) {
                        found.add(name.getValue());
                    }
                }
            }
            if (!en.isBlank()) {
                List<String> words = new ArrayList<>();
                java.util.regex.Matcher m = WORD.matcher(en);
                while (m.find()) {
                    words.add(m.group());
                }
                for (int i = 0; i < words.size(); i++) {
                    StringBuilder name = new StringBuilder();
                    for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                        if (n > 0) {
                            name.append(' ');
                        }
                        name.append(words.get(i + n));
                        GazetteerEntry entry = english.get(name.toString());
                        if (entry == null && name.length() > 1 && ".'’".indexOf(name.charAt(name.length() - 1)) >= 0) {
                            entry = english.get(name.substring(0, name.length() - 1)); // "Geneva." ends a sentence
                        }
                        if (entry == null && (name.toString().endsWith("'s") || name.toString().endsWith("’s"))) {
                            entry = english.get(name.substring(0, name.length() - 2)); // "China's"
                        }
                        if (entry != null) {
                            found.add(entry);
                        }
                    }
                }
            }
            return new ArrayList<>(found);
        }
    }
}
