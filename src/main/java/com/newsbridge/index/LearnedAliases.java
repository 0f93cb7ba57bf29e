package com.newsbridge.index;

import com.newsbridge.entity.AliasTable;
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
 * Teaches an {@link AliasTable} the English ↔ Chinese name pairs an existing index already holds, when the index is
 * opened.
 *
 * <p>Why: the alias table learns pairs from bilingual articles as they are indexed, and lives in the process. Without
 * this, a server restarted on an index of bilingual news would name a new Chinese-only article's 布林肯 as a separate
 * entity from the {@code Antony Blinken · 布林肯} its earlier articles have, and the facets would count one person
 * twice. The pairs are read from the facet values ({@code Antony Blinken<US>布林肯}, one per distinct entity), not
 * from the stored articles: a facet field's distinct values are a small fraction of the index, so this costs
 * milliseconds where re-reading every article's stored entities would cost seconds.
 */
public final class LearnedAliases {

    private LearnedAliases() {
    }

    /**
     * Adds every person, organization and place of {@code reader}'s facets that has a Latin name and a Chinese name to
     * {@code aliases}, and returns how many pairs the table knows afterwards.
     */
    public static int relearn(IndexReader reader, AliasTable aliases) {
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
                        aliases.learn(entity);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values of the index", e);
        }
        return aliases.size();
    }

    /**
     * Reads one value of facet {@code facet} ({@code people}, value {@code Antony Blinken<US>布林肯}) as the entity it
     * names when that entity has a Latin and a Chinese name, else returns null (a topic, a Chinese-only name, a
     * Latin-only name). The OpenSearch backend reads its facet values with this too.
     */
    public static Entity fromFacetValue(String facet, String value) {
        EntityType type = EntityType.fromFacetName(facet);
        int separator = value.indexOf(Fields.FACET_NAME_SEPARATOR);
        if (type == null || type == EntityType.TOPIC || separator <= 0) {
            return null;
        }
        String name = value.substring(0, separator);
        String chinese = value.substring(separator + 1);
        if (ArticleParser.containsHan(name) || !ArticleParser.containsHan(chinese)) {
            return null;
        }
        return new Entity(name, type, name, chinese);
    }
}
