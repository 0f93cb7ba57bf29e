package com.newsbridge.model;

import java.util.Objects;

/**
 * A typed entity of one article, with its names in both languages when known.
 *
 * @param name the canonical display name (English when known, else Chinese)
 * @param type what kind of entity it is
 * @param en   the English name, or empty
 * @param zh   the Chinese name, or empty
 */
public record Entity(String name, EntityType type, String en, String zh) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        en = en == null ? "" : en;
        zh = zh == null ? "" : zh;
    }

    /** Returns the label shown to users: both names joined by a middle dot when both are known. */
    public String label() {
        if (!en.isEmpty() && !zh.isEmpty() && !en.equals(zh)) {
            return en + " · " + zh;
        }
        return name;
    }
}
