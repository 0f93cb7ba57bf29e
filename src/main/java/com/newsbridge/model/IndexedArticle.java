package com.newsbridge.model;

import java.util.List;

/**
 * An article together with the entities recognized and typed in it; this is what gets indexed and what the article
 * endpoint returns.
 *
 * @param article  the parsed article
 * @param entities its typed entities (keywords first, in file order, then mentions found only in the text)
 */
public record IndexedArticle(Article article, List<Entity> entities) {

    public IndexedArticle {
        entities = List.copyOf(entities);
    }

    /** Returns the display names of the entities of one type, in order. */
    public List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
