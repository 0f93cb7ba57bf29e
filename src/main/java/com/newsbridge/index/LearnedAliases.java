package com.newsbridge.index;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Teaches an {@link EntityExtractor} what an existing index already knows, when the index is opened: the English ↔
 * Chinese name pairs of its entities, and the Chinese names of its people and organizations.
 *
 * <p>Why: the extractor learns both as articles are indexed, and keeps them in the process. Without this, a server
 * restarted on an index of bilingual news would name a new Chinese-only article's 布林肯 as a separate entity from the
 * {@code Antony Blinken · 布林肯} its earlier articles have, and the facets would count one person twice; and Chinese
 * recognition would no longer find the names earlier articles found or their keyword lines gave
 * ({@link com.newsbridge.entity.ChineseEntityRecognizer}). Both are read from the facet values
 * ({@code Antony Blinken<US>布林肯}, {@code 刘建超}: one per distinct entity), not from the stored articles: a facet
 * field's distinct values are a small fraction of the index, so this costs milliseconds where re-reading every
 * article's stored entities would cost seconds.
 */
public final class LearnedAliases {

    private LearnedAliases() {
    }

    /**
     * Teaches {@code extractor} every person, organization and place of {@code reader}'s facets that has a Latin and a
     * Chinese name, and every Chinese person and organization name ({@link EntityExtractor#relearn}); returns how many
     * English-Chinese pairs its alias table knows afterwards.
     */
    public static int relearn(IndexReader reader, EntityExtractor extractor) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues values = leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                if (values == null) {
                    continue;
                }
                TermsEnum terms = values.termsEnum();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    String[] path = FacetsConfig.stringToPath(term.utf8ToString());
                    Entity entity = path.length == 2 ? fromFacetValue(path[0], path[1]) : null;
                    if (entity != null) {
                        extractor.relearn(entity);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values of the index", e);
        }
        return extractor.aliases().size();
    }

    /**
     * Reads one value of facet {@code facet} ({@code people}, value {@code Antony Blinken<US>布林肯} or {@code 刘建超})
     * as the entity it names when that entity has a Latin and a Chinese name, or is a person or organization named in
     * Chinese only; else returns null (a topic, a Latin-only name, a Chinese-only place). The OpenSearch backend reads
     * its facet values with this too.
     */
    public static Entity fromFacetValue(String facet, String value) {
        EntityType type = EntityType.fromFacetName(facet);
        if (type == null || type == EntityType.TOPIC) {
            return null;
        }
        String name = ArticleDocuments.facetName(value);
        String chinese = ArticleDocuments.facetChinese(value);
        if (chinese.isEmpty()) {
            boolean chineseName = (type == EntityType.PERSON || type == EntityType.ORGANIZATION)
                    && ArticleParser.containsHan(name) && name.chars().allMatch(c -> c >= 0x80);
            return chineseName ? new Entity(name, type, "", name) : null;
        }
        if (name.isEmpty() || ArticleParser.containsHan(name) || !ArticleParser.containsHan(chinese)) {
            return null;
        }
        return new Entity(name, type, name, chinese);
    }
}
