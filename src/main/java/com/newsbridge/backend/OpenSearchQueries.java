package com.newsbridge.backend;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.index.Fields;
import com.newsbridge.model.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Translates NewsBridge's queries to OpenSearch's query DSL.
 *
 * <p>The user's query is parsed by {@link com.newsbridge.search.NewsQueryParser} with NewsBridge's own analyzers, as
 * for the embedded index, and the resulting Lucene query tree is translated node by node: {@code BooleanQuery} →
 * {@code bool}, {@code DisjunctionMaxQuery} → {@code dis_max}, boosts → {@code boost}, a single term → {@code term},
 * a phrase of analyzed tokens → {@code match_phrase} with the {@code nb_pretokenized} analyzer (the tokens and their
 * position gaps as they are; on the English fields too, whose index tokens OpenSearch's {@code english} analyzer makes
 * the same way), prefix, wildcard and fuzzy terms → {@code prefix}, {@code wildcard}, {@code fuzzy}. The filters of
 * the request become {@code term}/{@code range} filters in the same way {@link com.newsbridge.search.ArticleSearcher}
 * builds them. Scores therefore agree with the embedded index up to float rounding when the term statistics agree
 * ({@code dfs_query_then_fetch}).
 */
public final class OpenSearchQueries {

    /**
     * OpenSearch 2.x scores with {@code LegacyBM25Similarity}, which is Lucene's BM25 times {@code k1 + 1 = 2.2}. Scores
     * are divided by this to report them on the embedded index's scale, and constant-score clauses (prefix, wildcard,
     * match-all) are boosted by it so that they keep their weight relative to the BM25 clauses.
     */
    public static final float SCORE_SCALE = 2.2f;

    /** Fields whose statistics DFS must collect on every shard (see {@link #request}). */
    private static final List<String> SCORED_FIELDS = List.of(Fields.TITLE_EN, Fields.TEXT_EN, Fields.TITLE_ZH,
            Fields.TEXT_ZH, Fields.TITLE_ZH_BIGRAMS, Fields.TEXT_ZH_BIGRAMS, Fields.KEYWORDS, Fields.ENTITY_NAMES);

    private OpenSearchQueries() {
    }

    /** The whole query of a request: the parsed user query plus the request's filters. */
    public static Query request(org.apache.lucene.search.Query parsed, SearchRequest request) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (parsed instanceof MatchAllDocsQuery) {
            bool.filter(matchAll()); // as the embedded index: a blank query scores every article 0
        } else {
            bool.must(translate(parsed));
        }
        addFilters(bool, Fields.PERSON, request.people());
        addFilters(bool, Fields.ORGANIZATION, request.organizations());
        addFilters(bool, Fields.PLACE, request.places());
        for (String keyword : request.keywords()) {
            String key = NewsAnalyzers.normalizeText(keyword);
            List<Query> any = new ArrayList<>();
            for (String field : List.of(Fields.KEYWORD, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE)) {
                any.add(term(field, key, null));
            }
            bool.filter(Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
        }
        if (request.from() != null || request.to() != null) {
            bool.filter(Query.of(q -> q.range(r -> {
                r.field(Fields.PUBLISHED); // epoch days, inclusive
                if (request.from() != null) {
                    r.gte(org.opensearch.client.json.JsonData.of(request.from().toEpochDay()));
                }
                if (request.to() != null) {
                    r.lte(org.opensearch.client.json.JsonData.of(request.to().toEpochDay()));
                }
                return r;
            })));
        }
        if (request.language() != null) {
            bool.filter(term(Fields.LANGUAGE, request.language().name().toLowerCase(Locale.ROOT), null));
        }
        // One never-matching term per scored field. With dfs_query_then_fetch each shard reports the statistics of the
        // fields its query weights ask for; a phrase weight does not ask when the shard has none of its terms, which
        // would leave that shard's documents out of the field's document count and average length. A term weight
        // always asks, so these clauses make the statistics index-wide, as in the embedded index. They match nothing
        // (the marker is never indexed), so they change neither the hits nor the scores.
        for (String field : SCORED_FIELDS) {
            bool.should(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(OpenSearchDocuments.GAP)))));
        }
        bool.minimumShouldMatch("0");
        BoolQuery built = bool.build();
        return Query.of(q -> q.bool(built));
    }

    private static void addFilters(BoolQuery.Builder bool, String field, List<String> values) {
        for (String value : values) {
            bool.filter(term(field, NewsAnalyzers.normalizeText(value), null));
        }
    }

    /** Translates one Lucene query (as NewsQueryParser builds them). */
    public static Query translate(org.apache.lucene.search.Query query) {
        return translate(query, 1f);
    }

    private static Query translate(org.apache.lucene.search.Query query, float boost) {
        Float b = boost == 1f ? null : boost;
        if (query instanceof BoostQuery bq) {
            return translate(bq.getQuery(), boost * bq.getBoost());
        }
        if (query instanceof BooleanQuery bq) {
            return bool(bq, b);
        }
        if (query instanceof DisjunctionMaxQuery dm) {
            List<Query> disjuncts = new ArrayList<>();
            for (org.apache.lucene.search.Query d : dm.getDisjuncts()) {
                disjuncts.add(translate(d));
            }
            if (disjuncts.isEmpty()) {
                return matchNone();
            }
            double tie = dm.getTieBreakerMultiplier();
            return Query.of(q -> q.disMax(d -> d.queries(disjuncts).tieBreaker(tie).boost(b)));
        }
        if (query instanceof TermQuery tq) {
            return term(tq.getTerm().field(), tq.getTerm().text(), b);
        }
        if (query instanceof PhraseQuery pq) {
            return phrase(pq, b);
        }
        if (query instanceof PrefixQuery pq) {
            Term t = pq.getPrefix();
            float cb = boost * SCORE_SCALE;
            return Query.of(q -> q.prefix(p -> p.field(t.field()).value(t.text()).boost(cb)));
        }
        if (query instanceof WildcardQuery wq) {
            Term t = wq.getTerm();
            float cb = boost * SCORE_SCALE;
            return Query.of(q -> q.wildcard(w -> w.field(t.field()).value(t.text()).boost(cb)));
        }
        if (query instanceof FuzzyQuery fq) {
            Term t = fq.getTerm();
            return Query.of(q -> q.fuzzy(f -> f.field(t.field()).value(FieldValue.of(t.text()))
                    .fuzziness(Integer.toString(fq.getMaxEdits())).prefixLength(fq.getPrefixLength())
                    .maxExpansions(FuzzyQuery.defaultMaxExpansions).transpositions(fq.getTranspositions()).boost(b)));
        }
        if (query instanceof SynonymQuery sq) {
            List<Query> terms = new ArrayList<>();
            for (Term t : sq.getTerms()) {
                terms.add(term(t.field(), t.text(), null));
            }
            return Query.of(q -> q.disMax(d -> d.queries(terms).tieBreaker(0.0).boost(b)));
        }
        if (query instanceof ConstantScoreQuery cs) {
            Query inner = translate(cs.getQuery());
            float cb = boost * SCORE_SCALE;
            return Query.of(q -> q.constantScore(c -> c.filter(inner).boost(cb)));
        }
        if (query instanceof MatchAllDocsQuery) {
            float cb = boost * SCORE_SCALE;
            return Query.of(q -> q.matchAll(m -> m.boost(cb)));
        }
        if (query instanceof MatchNoDocsQuery) {
            return matchNone();
        }
        throw new IllegalArgumentException("cannot translate a " + query.getClass().getSimpleName()
                + " to OpenSearch: " + query);
    }

    private static Query bool(BooleanQuery bq, Float boost) {
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        for (BooleanClause clause : bq.clauses()) {
            Query q = translate(clause.query());
            switch (clause.occur()) {
                case MUST -> must.add(q);
                case SHOULD -> should.add(q);
                case MUST_NOT -> mustNot.add(q);
                case FILTER -> filter.add(q);
            }
        }
        if (must.isEmpty() && should.isEmpty() && filter.isEmpty()) {
            return matchNone(); // Lucene: a boolean query without positive clauses matches nothing
        }
        int msm = bq.getMinimumNumberShouldMatch();
        String minimumShouldMatch = msm > 0 ? Integer.toString(msm)
                : must.isEmpty() && filter.isEmpty() ? "1" : "0";
        return Query.of(q -> q.bool(b -> b.must(must).should(should).mustNot(mustNot).filter(filter)
                .minimumShouldMatch(minimumShouldMatch).boost(boost)));
    }

    private static Query phrase(PhraseQuery pq, Float boost) {
        Term[] terms = pq.getTerms();
        if (terms.length == 0) {
            return matchNone();
        }
        if (terms.length == 1) {
            return term(terms[0].field(), terms[0].text(), boost);
        }
        List<String> tokens = new ArrayList<>(terms.length);
        for (Term t : terms) {
            tokens.add(t.text());
        }
        String text = OpenSearchDocuments.phrase(tokens, pq.getPositions());
        int slop = pq.getSlop();
        return Query.of(q -> q.matchPhrase(m -> m.field(pq.getField()).query(text)
                .analyzer(OpenSearchSchema.PRETOKENIZED_ANALYZER).slop(slop == 0 ? null : slop).boost(boost)));
    }

    private static Query term(String field, String value, Float boost) {
        String v = OpenSearchDocuments.PRETOKENIZED_FIELDS.contains(field) ? OpenSearchDocuments.encodeToken(value) : value;
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(v)).boost(boost)));
    }

    static Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    static Query matchNone() {
        return Query.of(q -> q.matchNone(m -> m));
    }
}
