package com.newsbridge.entity;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.model.Article;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.model.IndexedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns an article's keywords (and, for articles without a keyword line, the gazetteer names found in its text) into
 * typed entities with their English and Chinese names.
 *
 * <p>A keyword the gazetteer knows takes the gazetteer's type and canonical names, so {@code U.N.}, {@code UN} and
 * {@code 联合国} are one entity; other keywords are typed by {@link KeywordTyper}. Thread-safe.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final KeywordTyper typer = new KeywordTyper();

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Returns an extractor over the bundled gazetteer. */
    public static EntityExtractor bundled() {
        return new EntityExtractor(Gazetteer.bundled());
    }

    /** Returns the gazetteer this extractor uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Extracts the article's entities: its keywords first, in order, each once. */
    public IndexedArticle extract(Article article) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String keyword : article.keywords()) {
            Entity entity = fromKeyword(keyword, article);
            entities.putIfAbsent(key(entity), entity);
        }
        if (article.keywords().isEmpty()) {
            for (Entity entity : fromText(article)) {
                entities.putIfAbsent(key(entity), entity);
            }
        }
        return new IndexedArticle(article, new ArrayList<>(entities.values()));
    }

    private Entity fromKeyword(String keyword, Article article) {
        GazetteerEntry entry = gazetteer.find(keyword);
        if (entry != null) {
            return fromEntry(entry);
        }
        EntityType type = typer.type(keyword, article);
        boolean chinese = com.newsbridge.ingest.ArticleParser.containsHan(keyword);
        return new Entity(keyword, type, chinese ? "" : keyword, chinese ? keyword : "");
    }

    private static Entity fromEntry(GazetteerEntry entry) {
        return new Entity(entry.english(), entry.type(), entry.english(), entry.chinese());
    }

    /** Finds gazetteer people, organizations and places named in the text (whole words for English names). */
    private List<Entity> fromText(Article article) {
        List<Entity> found = new ArrayList<>();
        String zh = ChineseText.fold(article.titleZh() + "\n" + article.textZh());
        String en = article.titleEn() + "\n" + article.textEn();
        for (GazetteerEntry entry : gazetteer.entries()) {
            boolean named = false;
            for (String name : entry.chineseNames()) {
                if (name.length() >= 2 && zh.contains(ChineseText.fold(name))) {
                    named = true;
                    break;
                }
            }
            if (!named && !en.isBlank()) {
                for (String name : entry.englishNames()) {
                    if (name.length() >= 2 && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(en).find()) {
                        named = true;
                        break;
                    }
                }
            }
            if (named) {
                found.add(fromEntry(entry));
            }
        }
        return found;
    }

    private static String key(Entity entity) {
        return entity.type() + "\u0000" + NewsAnalyzers.normalizeText(entity.name());
    }

    /** Chinese text folded for substring matching. */
    private static final class ChineseText {
        static String fold(String text) {
            return com.newsbridge.analysis.ChineseScriptFolding.fold(text);
        }
    }
}
