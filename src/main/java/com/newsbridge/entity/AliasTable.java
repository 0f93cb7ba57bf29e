package com.newsbridge.entity;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English ↔ Chinese names learned from the corpus itself: every bilingual article that links an English keyword to
 * a Chinese mention ({@link NameLinker}) teaches the pair, so a later Chinese-only article that names 布林肯 gets the
 * entity {@code Antony Blinken}, and its Chinese keyword 布林肯 is typed and named in English. Thread-safe; grows as
 * articles arrive.
 */
public final class AliasTable {

    private final Map<String, Entity> byEnglish = new ConcurrentHashMap<>();
    private final Map<String, Entity> byChinese = new ConcurrentHashMap<>();

    /** Records an entity that has both names (the first pair seen for a name wins). */
    public void learn(Entity entity) {
        if (entity.en().isEmpty() || entity.zh().isEmpty() || entity.type() == EntityType.TOPIC
                || entity.zh().length() < 2) {
            return;
        }
        byEnglish.putIfAbsent(NewsAnalyzers.normalizeText(entity.en()), entity);
        byChinese.putIfAbsent(NewsAnalyzers.normalizeText(entity.zh()), entity);
    }

    /** Returns the learned entity with this English name, or {@code null}. */
    public Entity byEnglish(String name) {
        return byEnglish.get(NewsAnalyzers.normalizeText(name));
    }

    /** Returns the learned entity with this Chinese name, or {@code null}. */
    public Entity byChinese(String name) {
        return byChinese.get(NewsAnalyzers.normalizeText(name));
    }

    /** Returns every learned entity (a snapshot). */
    public List<Entity> entities() {
        return List.copyOf(byChinese.values());
    }

    /** Returns how many pairs are known. */
    public int size() {
        return byChinese.size();
    }
}
