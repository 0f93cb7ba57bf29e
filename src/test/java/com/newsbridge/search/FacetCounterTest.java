package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.index.ArticleDocuments;
import com.newsbridge.index.FacetOrdinalsCache;
import com.newsbridge.index.Fields;
import com.newsbridge.model.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link FacetCounter} must return exactly what Lucene's {@link SortedSetDocValuesFacetCounts} returns: same values,
 * counts and order (ties by label), on one segment and on many (where segment ordinals are mapped to the reader's),
 * with deletions, and for sparse and dense result sets.
 */
class FacetCounterTest {

    private static final FacetsConfig CONFIG = ArticleDocuments.newFacetsConfig();

    @Test
    void smallIndexGivesExactCountsInLuceneOrder() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(doc("a", List.of("Liu Jianchao\u001F刘建超", "Antonio Guterres"), List.of("UN")));
                writer.addDocument(doc("b", List.of("Antonio Guterres"), List.of("UN", "WHO")));
                writer.addDocument(doc("c", List.of("Liu Jianchao\u001F刘建超"), List.of("WHO")));
                writer.addDocument(doc("d", List.of("Zhang San"), List.of()));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, List<FacetValue>> top = ours(reader, new MatchAllDocsQuery(), 10,
                        new FacetCounter(new FacetOrdinalsCache()));
                assertThat(top.keySet()).containsExactlyElementsOf(Fields.FACETS);
                assertThat(top.get(Fields.FACET_PEOPLE)).containsExactly(
                        new FacetValue("Antonio Guterres", "Antonio Guterres", 2),
                        new FacetValue("Liu Jianchao", "Liu Jianchao · 刘建超", 2),
                        new FacetValue("Zhang San", "Zhang San", 1));
                assertThat(top.get(Fields.FACET_ORGANIZATIONS)).containsExactly(
                        new FacetValue("UN", "UN", 2), new FacetValue("WHO", "WHO", 2));
                assertThat(top.get(Fields.FACET_PLACES)).isEmpty();
                assertThat(top.get(Fields.FACET_KEYWORDS)).isEmpty();

                Map<String, List<FacetValue>> one = ours(reader, new TermQuery(new Term("id", "c")), 1,
                        new FacetCounter(new FacetOrdinalsCache()));
                assertThat(one.get(Fields.FACET_PEOPLE)).containsExactly(
                        new FacetValue("Liu Jianchao", "Liu Jianchao · 刘建超", 1));
            }
        }
    }

    @Test
    void randomIndexesMatchLuceneOnOneAndManySegmentsWithDeletions() throws IOException {
        Random random = new Random(20261128);
        for (int round = 0; round < 6; round++) {
            try (Directory dir = new ByteBuffersDirectory()) {
                boolean manySegments = round % 2 == 1;
                IndexWriterConfig config = new IndexWriterConfig();
                if (manySegments) {
                    config.setMergePolicy(NoMergePolicy.INSTANCE);
                }
                try (IndexWriter writer = new IndexWriter(dir, config)) {
                    int docs = 200 + random.nextInt(400);
                    for (int i = 0; i < docs; i++) {
                        List<String> people = pick(random, "person", 40, 4);
                        List<String> orgs = pick(random, "org", 15, 3);
                        writer.addDocument(doc("d" + i, people, orgs));
                        if (manySegments && random.nextInt(60) == 0) {
                            writer.commit();
                        }
                    }
                    for (int i = 0; i < docs / 10; i++) {
                        writer.deleteDocuments(new Term("id", "d" + random.nextInt(docs)));
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    if (manySegments) {
                        assertThat(reader.leaves()).hasSizeGreaterThan(1);
                    }
                    FacetOrdinalsCache cache = new FacetOrdinalsCache();
                    FacetCounter dense = new FacetCounter(cache);
                    ours(reader, new MatchAllDocsQuery(), 10, dense);
                    assertThat(dense.complemented.sum()).as("every segment of match-all counted from its complement")
                            .isEqualTo(reader.leaves().size());
                    FacetCounter sparse = new FacetCounter(cache);
                    ours(reader, new TermQuery(new Term("id", "d3")), 10, sparse);
                    assertThat(sparse.complemented.sum()).isZero();
                    assertThat(sparse.countedFromBitSet.sum()).isZero(); // one hit: a list of ids, not a bit set
                    if (!manySegments) {
                        FacetCounter quarter = new FacetCounter(cache);
                        ours(reader, new TermQuery(new Term("quarter", "0")), 10, quarter);
                        assertThat(quarter.countedFromBitSet.sum()).as("a quarter of one segment: its bit set's words")
                                .isEqualTo(1);
                    }
                    List<Query> queries = List.of(new MatchAllDocsQuery(),
                            new TermQuery(new Term("id", "d3")),
                            new TermQuery(new Term("tag", "even")),
                            new TermQuery(new Term("tag", "odd")),
                            new TermQuery(new Term("quarter", "0")));
                    for (Query query : queries) {
                        for (int topN : new int[] {1, 3, 10, 1000}) {
                            assertThat(ours(reader, query, topN, new FacetCounter(cache)))
                                    .as("round %d, %s, top %d", round, query, topN)
                                    .isEqualTo(lucene(reader, query, topN));
                        }
                    }
                    assertThat(cache.size()).isEqualTo(reader.leaves().size());
                    assertThat(cache.ramBytesUsed()).isPositive();
                }
            }
        }
    }

    private static List<String> pick(Random random, String prefix, int distinct, int max) {
        List<String> values = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String value = prefix + " " + random.nextInt(distinct);
            if (random.nextInt(5) == 0) {
                value += "\u001F中文" + value.length();
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static Document doc(String id, List<String> people, List<String> orgs) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new StringField("tag", id.hashCode() % 2 == 0 ? "even" : "odd", Field.Store.NO));
        doc.add(new StringField("quarter", String.valueOf(id.hashCode() & 3), Field.Store.NO));
        for (String person : people) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PEOPLE, person));
        }
        for (String org : orgs) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ORGANIZATIONS, org));
        }
        return CONFIG.build(doc);
    }

    private static Map<String, List<FacetValue>> ours(DirectoryReader reader, Query query, int topN,
            FacetCounter counter) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetsCollector hits = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
        return counter.top(state, counter.count(state, hits), topN);
    }

    private static Map<String, List<FacetValue>> lucene(DirectoryReader reader, Query query, int topN)
            throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetsCollector hits = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(topN, dim);
            } catch (IllegalArgumentException neverIndexed) {
                top = null;
            }
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(ArticleSearcher.facetValue(lv.label, lv.value.intValue()));
                }
            }
            facets.put(dim, List.copyOf(values));
        }
        return facets;
    }
}
