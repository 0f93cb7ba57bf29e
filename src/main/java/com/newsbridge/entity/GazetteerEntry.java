package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.List;

/**
 * A curated entity with its names.
 *
 * @param type    what it is
 * @param english the canonical English name
 * @param chinese the canonical Chinese name, or empty
 * @param aliases other names in either language
 */
public record GazetteerEntry(EntityType type, String english, String chinese, List<String> aliases) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }

    /** Returns every Chinese name: the canonical one first, then the Chinese aliases. */
    public List<String> chineseNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        if (!chinese.isEmpty()) {
            names.add(chinese);
        }
        for (String alias : aliases) {
            if (com.newsbridge.ingest.ArticleParser.containsHan(alias)) {
                names.add(alias);
            }
        }
        return names;
    }

    /** Returns every English name: the canonical one first, then the Latin aliases. */
    public List<String> englishNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        names.add(english);
        for (String alias : aliases) {
            if (!com.newsbridge.ingest.ArticleParser.containsHan(alias)) {
                names.add(alias);
            }
        }
        return names;
    }
}
