package com.newsbridge.opensearch;

import com.newsbridge.backend.SearchBackend;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two backends request by request: totals, the page's hits (ids and order; hits whose sort keys tie may come
 * in any order within their tie group, scores within float rounding), every field and snippet of each hit, and the
 * facets. Used by the parity test and by the benchmark.
 */
final class BackendComparison {

    /** Scores closer than this (relative) count as tied: the backends sum floats in different orders. */
    static final double SCORE_TOLERANCE = 1e-4;

    final List<String> problems = new ArrayList<>();
    int requests;
    int exactTop;      // same ids in the same order
    int sameTopSet;    // same ids
    int facetsEqual;
    int snippetsCompared;
    int snippetsEqual;
    int fuzzy;         // compared by matches only
    int errors;        // rejected requests (the same error expected)

    private final SearchBackend expected;
    private final SearchBackend actual;

    BackendComparison(SearchBackend expected, SearchBackend actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** Compares one request; returns false (and records why) when the answers differ. */
    boolean compare(SearchRequest request) {
        requests++;
        String label = describe(request);
        SearchResult a;
        try {
            a = actual.search(request);
        } catch (BadRequestException e) {
            errors++;
            try {
                expected.search(request);
                return problem(label + ": " + actual.name() + " rejected it: " + e.getMessage());
            } catch (BadRequestException expectedToo) {
                return Objects.equals(e.getMessage(), expectedToo.getMessage())
                        || problem(label + ": different errors: " + expectedToo.getMessage() + " / " + e.getMessage());
            }
        }
        int offset = (request.page() - 1) * request.size();
        int window = Math.min(100, offset + request.size() + 25);
        SearchResult e = expected.search(request.withPage(1, window));
        boolean ok = true;
        if (e.total() != a.total()) {
            ok = problem(label + ": total " + e.total() + " vs " + a.total());
        }
        if (hasFuzzyTerm(request)) {
            // OpenSearch expands a fuzzy term on each shard (top 50 terms, frequencies blended per shard), so its
            // scores differ from the embedded index's: only the matches and the facets are compared.
            fuzzy++;
            ok &= compareFacets(label, e, a);
            if (e.total() <= window && a.total() <= request.size() && offset == 0) {
                java.util.Set<String> want = new java.util.HashSet<>(e.hits().stream().map(SearchHit::id).toList());
                java.util.Set<String> got = new java.util.HashSet<>(a.hits().stream().map(SearchHit::id).toList());
                if (!want.equals(got)) {
                    ok = problem(label + ": fuzzy matches differ: " + want + " vs " + got);
                }
            }
            return ok;
        }
        List<SearchHit> eh = e.hits();
        List<SearchHit> ah = a.hits();
        int expectedOnPage = (int) Math.max(0, Math.min(request.size(), e.total() - offset));
        if (ah.size() != Math.min(expectedOnPage, Math.max(0, eh.size() - offset))) {
            ok = problem(label + ": " + ah.size() + " hits on the page, expected " + expectedOnPage);
        }
        Map<String, SearchHit> byId = new HashMap<>();
        eh.forEach(h -> byId.put(h.id(), h));
        boolean exact = true;
        List<String> eIds = new ArrayList<>();
        List<String> aIds = new ArrayList<>();
        for (int i = 0; i < ah.size() && offset + i < eh.size(); i++) {
            int j = offset + i;
            SearchHit want = eh.get(j);
            SearchHit got = ah.get(i);
            eIds.add(want.id());
            aIds.add(got.id());
            if (!want.id().equals(got.id())) {
                exact = false;
            }
            if (!sameKey(request.sort(), want, got)) {
                ok = problem(label + ": hit " + (j + 1) + " sort key " + key(request.sort(), want) + " ("
                        + want.id() + ") vs " + key(request.sort(), got) + " (" + got.id() + ")");
                continue;
            }
            if (!tieGroup(request.sort(), eh, j).contains(got.id())) {
                ok = problem(label + ": hit " + (j + 1) + " is " + got.id() + ", expected " + want.id()
                        + " (or a hit tied with it)");
                continue;
            }
            SearchHit same = byId.get(got.id());
            ok &= compareHit(label, same, got);
        }
        if (exact && eIds.size() == ah.size()) {
            exactTop++;
        }
        if (new java.util.HashSet<>(eIds).equals(new java.util.HashSet<>(aIds))) {
            sameTopSet++;
        }
        ok &= compareFacets(label, e, a);
        return ok;
    }

    private boolean compareFacets(String label, SearchResult e, SearchResult a) {
        if (e.facets().equals(a.facets())) {
            facetsEqual++;
            return true;
        }
        for (String dim : e.facets().keySet()) {
            List<FacetValue> ef = e.facets().get(dim);
            List<FacetValue> af = a.facets().get(dim);
            if (!ef.equals(af)) {
                problem(label + ": facet " + dim + " differs:\n    " + ef + "\n    " + af);
            }
        }
        return false;
    }

    /** Whether the request's query has a fuzzy term ({@code word~}). */
    static boolean hasFuzzyTerm(SearchRequest request) {
        org.apache.lucene.search.Query q;
        try {
            q = new com.newsbridge.search.NewsQueryParser(com.newsbridge.index.NewsIndex.newAnalyzer(), true, true)
                    .parseQuery(request.query());
        } catch (BadRequestException e) {
            return false;
        }
        boolean[] found = {false};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTermsMatching(org.apache.lucene.search.Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                found[0] |= query instanceof org.apache.lucene.search.FuzzyQuery;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                                      org.apache.lucene.search.Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private boolean compareHit(String label, SearchHit want, SearchHit got) {
        boolean ok = true;
        String id = got.id();
        if (!Objects.equals(want.titleEn(), got.titleEn()) || !Objects.equals(want.titleZh(), got.titleZh())
                || !Objects.equals(want.url(), got.url()) || !Objects.equals(want.published(), got.published())
                || !Objects.equals(want.views(), got.views()) || !want.keywords().equals(got.keywords())
                || !want.people().equals(got.people()) || !want.organizations().equals(got.organizations())
                || !want.places().equals(got.places())) {
            ok = problem(label + ": fields of " + id + " differ:\n    " + want + "\n    " + got);
        }
        snippetsCompared++;
        if (Objects.equals(want.snippetEn(), got.snippetEn()) && Objects.equals(want.snippetZh(), got.snippetZh())) {
            snippetsEqual++;
        } else {
            ok = problem(label + ": snippets of " + id + " differ:\n    en " + want.snippetEn() + "\n    en "
                    + got.snippetEn() + "\n    zh " + want.snippetZh() + "\n    zh " + got.snippetZh());
        }
        return ok;
    }

    private static List<String> tieGroup(SearchRequest.Sort sort, List<SearchHit> hits, int j) {
        List<String> group = new ArrayList<>();
        for (SearchHit h : hits) {
            if (sameKey(sort, hits.get(j), h)) {
                group.add(h.id());
            }
        }
        return group;
    }

    static boolean sameKey(SearchRequest.Sort sort, SearchHit a, SearchHit b) {
        boolean scores = closeScores(a.score(), b.score());
        boolean dates = Objects.equals(a.published(), b.published());
        return switch (sort) {
            case RELEVANCE, DATE -> scores && dates;
            case VIEWS -> scores && dates && Objects.equals(a.views(), b.views());
        };
    }

    static boolean closeScores(float a, float b) {
        if (Float.isNaN(a) || Float.isNaN(b)) {
            return Float.isNaN(a) && Float.isNaN(b);
        }
        return Math.abs(a - b) <= SCORE_TOLERANCE * Math.max(1e-3, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String key(SearchRequest.Sort sort, SearchHit h) {
        LocalDate d = h.published();
        return switch (sort) {
            case RELEVANCE -> String.format(Locale.ROOT, "score %.6f, %s", h.score(), d);
            case DATE -> String.format(Locale.ROOT, "%s, score %.6f", d, h.score());
            case VIEWS -> String.format(Locale.ROOT, "views %s, %s, score %.6f", h.views(), d, h.score());
        };
    }

    static String describe(SearchRequest r) {
        StringBuilder s = new StringBuilder("q=[").append(r.query()).append(']');
        if (!r.people().isEmpty()) {
            s.append(" person=").append(r.people());
        }
        if (!r.organizations().isEmpty()) {
            s.append(" org=").append(r.organizations());
        }
        if (!r.places().isEmpty()) {
            s.append(" place=").append(r.places());
        }
        if (!r.keywords().isEmpty()) {
            s.append(" keyword=").append(r.keywords());
        }
        if (r.from() != null || r.to() != null) {
            s.append(" dates=").append(r.from()).append("..").append(r.to());
        }
        if (r.language() != null) {
            s.append(" lang=").append(r.language());
        }
        if (r.sort() != SearchRequest.Sort.RELEVANCE) {
            s.append(" sort=").append(r.sort());
        }
        if (r.page() != 1 || r.size() != 10) {
            s.append(" page=").append(r.page()).append('x').append(r.size());
        }
        return s.toString();
    }

    private boolean problem(String message) {
        if (problems.size() < 60) {
            problems.add(message);
        }
        return false;
    }

    String summary() {
        int answered = Math.max(1, requests - errors);
        int ranked = Math.max(1, requests - errors - fuzzy);
        return String.format(Locale.ROOT, "%d requests (%d rejected alike, %d fuzzy compared by matches only): page of"
                        + " hits identical in order %d of %d (%.1f%%; the others differ only within ties), same ids %d"
                        + " (%.1f%%); facets identical %d of %d (%.1f%%); snippets identical %d of %d; %d problems",
                requests, errors, fuzzy, exactTop, ranked, 100.0 * exactTop / ranked, sameTopSet,
                100.0 * sameTopSet / ranked, facetsEqual, answered, 100.0 * facetsEqual / answered, snippetsEqual,
                snippetsCompared, problems.size());
    }
}
