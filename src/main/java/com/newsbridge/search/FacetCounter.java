package com.newsbridge.search;

import com.newsbridge.index.FacetOrdinalsCache;
import com.newsbridge.index.FacetOrdinalsCache.SegmentOrdinals;
import com.newsbridge.index.Fields;
import com.newsbridge.model.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facet values of a result set from the in-heap ordinals of {@link FacetOrdinalsCache} and returns the top
 * values of each dimension.
 *
 * <p>The result is exactly what Lucene's {@code SortedSetDocValuesFacetCounts.getTopChildren} returns (tests compare
 * the two): values with a count above zero, the highest count first and, among equal counts, the lower ordinal (the
 * label that sorts first as UTF-8 bytes) first. Only the way of reading each hit's ordinals differs.
 */
final class FacetCounter {

    private final FacetOrdinalsCache cache;
    /** Segments counted from the documents their hits lack (see {@link #countFromComplement}); read by tests. */
    final LongAdder complemented = new LongAdder();
    /** Segments counted word by word from their hits' bit set (see {@link #countSetBits}); read by tests. */
    final LongAdder countedFromBitSet = new LongAdder();

    FacetCounter(FacetOrdinalsCache cache) {
        this.cache = cache;
    }

    /** Counts every facet value over the hits, indexed by the reader-wide (global) ordinal of the state. */
    int[] count(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
        int[] counts = new int[state.getSize()];
        SortedSetDocValues topLevel = state.getDocValues();
        OrdinalMap ordinalMap = topLevel instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            if (matching.totalHits() == 0 || matching.bits() == null) {
                continue;
            }
            SegmentOrdinals segment = cache.get(matching.context().reader(), state.getField());
            if (segment == null) {
                continue;
            }
            LongValues toGlobal = ordinalMap == null ? null : ordinalMap.getGlobalOrds(matching.context().ord);
            FixedBitSet bits = bitSet(matching);
            if (bits != null && matching.totalHits() > matching.context().reader().maxDoc() / 2) {
                // most of the segment: count the documents the hits lack (see countFromComplement)
                complemented.increment();
                addSegmentCounts(counts, countFromComplement(segment, bits), toGlobal);
            } else if (toGlobal != null && matching.totalHits() < segment.valueCount() / 8) {
                countMappingEachHit(counts, segment, iterator(matching), toGlobal); // few hits: map per hit
            } else {
                // one segment: its ordinals are the reader's; else count per segment ordinal, then map once each
                int[] target = toGlobal == null ? counts : new int[segment.valueCount()];
                if (bits != null) {
                    countedFromBitSet.increment();
                    countSetBits(target, segment, bits);
                } else {
                    countInto(target, segment, iterator(matching));
                }
                if (toGlobal != null) {
                    addSegmentCounts(counts, target, toGlobal);
                }
            }
        }
        return counts;
    }

    /** The hits of a segment, one by one. */
    private static DocIdSetIterator iterator(FacetsCollector.MatchingDocs matching) throws IOException {
        DocIdSetIterator docs = matching.bits().iterator();
        return docs == null ? DocIdSetIterator.empty() : docs;
    }

    /** The hits of a segment as a bit set, when the collector built one (more than 1/128 of the segment). */
    private static FixedBitSet bitSet(FacetsCollector.MatchingDocs matching) {
        return matching.bits() instanceof BitDocIdSet bitSet && bitSet.bits() instanceof FixedBitSet bits ? bits : null;
    }

    /** Counts the ordinals of the documents set in {@code hits}, word by word (no iterator per document). */
    private static void countSetBits(int[] counts, SegmentOrdinals segment, FixedBitSet hits) {
        int[] starts = segment.starts();
        int[] ords = segment.ords();
        long[] words = hits.getBits();
        int wordCount = Math.min(words.length, (starts.length - 1 + 63) >>> 6);
        for (int w = 0; w < wordCount; w++) {
            long word = words[w];
            while (word != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[ords[i]]++;
                }
            }
        }
    }

    /**
     * The segment's counts over its documents that are set in {@code hits}: its counts over all its documents minus
     * those of the documents missing from {@code hits} (deleted ones included, which are never hits). Cheaper than
     * counting the hits when they are most of the segment: the blank query that lists every article — what the search
     * page shows first — then counts almost nothing.
     */
    private static int[] countFromComplement(SegmentOrdinals segment, FixedBitSet hits) {
        int[] counts = segment.allCounts().clone();
        int[] starts = segment.starts();
        int[] ords = segment.ords();
        int maxDoc = starts.length - 1;
        long[] words = hits.getBits();
        int wordCount = (maxDoc + 63) >>> 6;
        for (int w = 0; w < wordCount; w++) {
            long missing = w < words.length ? ~words[w] : -1L;
            if (w == wordCount - 1 && (maxDoc & 63) != 0) {
                missing &= (1L << (maxDoc & 63)) - 1; // no documents past maxDoc
            }
            while (missing != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(missing);
                missing &= missing - 1;
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[ords[i]]--;
                }
            }
        }
        return counts;
    }

    /** Adds a segment's counts to the reader's: by the same ordinal when {@code toGlobal} is null (one segment). */
    private static void addSegmentCounts(int[] counts, int[] segmentCounts, LongValues toGlobal) {
        for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] != 0) {
                counts[toGlobal == null ? ord : (int) toGlobal.get(ord)] += segmentCounts[ord];
            }
        }
    }

    private static void countInto(int[] counts, SegmentOrdinals segment, DocIdSetIterator docs) throws IOException {
        int[] starts = segment.starts();
        int[] ords = segment.ords();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                counts[ords[i]]++;
            }
        }
    }

    private static void countMappingEachHit(int[] counts, SegmentOrdinals segment, DocIdSetIterator docs,
            LongValues toGlobal) throws IOException {
        int[] starts = segment.starts();
        int[] ords = segment.ords();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                counts[(int) toGlobal.get(ords[i])]++;
            }
        }
    }

    /**
     * Returns the top {@code topN} values of every facet dimension of {@link Fields#FACETS} (an empty list for a
     * dimension without values), in the order of {@link Fields#FACETS}.
     */
    Map<String, List<FacetValue>> top(SortedSetDocValuesReaderState state, int[] counts, int topN) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        SortedSetDocValues labels = state.getDocValues();
        for (String dim : Fields.FACETS) {
            SortedSetDocValuesReaderState.OrdRange range = state.getPrefixToOrdRange().get(dim);
            facets.put(dim, range == null ? List.of() : topOfRange(labels, counts, range, topN));
        }
        return Collections.unmodifiableMap(facets);
    }

    private static List<FacetValue> topOfRange(SortedSetDocValues labels, int[] counts,
            SortedSetDocValuesReaderState.OrdRange range, int topN) throws IOException {
        // the weakest of the kept values at the head: a lower count, or the same count and a higher ordinal
        PriorityQueue<int[]> top = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1])
                : Integer.compare(b[0], a[0]));
        for (int ord = range.start(); ord <= range.end(); ord++) {
            int count = counts[ord];
            if (count == 0) {
                continue;
            }
            if (top.size() < topN) {
                top.add(new int[] {ord, count});
            } else {
                int[] weakest = top.peek();
                if (count > weakest[1]) { // an equal count never wins: its ordinal is higher than every kept one
                    top.poll();
                    top.add(new int[] {ord, count});
                }
            }
        }
        List<int[]> best = new ArrayList<>(top);
        best.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        List<FacetValue> values = new ArrayList<>(best.size());
        for (int[] entry : best) {
            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(entry[0]).utf8ToString());
            values.add(ArticleSearcher.facetValue(path[path.length - 1], entry[1]));
        }
        return List.copyOf(values);
    }
}
