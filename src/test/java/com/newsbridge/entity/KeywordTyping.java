package com.newsbridge.entity;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;

/**
 * Types one keyword of an English article made of a text, as the typing tests need: {@link #type} with one extractor
 * kept for a test (its corpus-level votes see the earlier calls of that test), {@link #alone} with a fresh extractor
 * per call (nothing learned from other calls).
 */
final class KeywordTyping {

    private final EntityExtractor extractor = EntityExtractor.bundled();

    /** Returns the type this test's extractor gives {@code keyword} in an article whose English text is {@code text}. */
    EntityType type(String keyword, String text) {
        return typeWith(extractor, keyword, text);
    }

    /** Returns the type a fresh extractor gives {@code keyword} in an article whose English text is {@code text}. */
    static EntityType alone(String keyword, String text) {
        return typeWith(EntityExtractor.bundled(), keyword, text);
    }

    private static EntityType typeWith(EntityExtractor extractor, String keyword, String text) {
        Article article = new Article("x", "T", "", text, "", List.of(keyword), null, null, null);
        return extractor.extract(article).entities().get(0).type();
    }
}
