package com.newsbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.config.SecurityConfig;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search that runs out of its time budget answers what it has, flagged {@code "partial": true}. */
class PartialSearchTest {

    @TempDir
    static Path tmp;
    static SecureTestServer api;

    @BeforeAll
    static void start() {
        // a budget that is spent before the first document is scored
        api = new SecureTestServer(tmp, SecurityConfig.defaults().withSearchTimeBudget(Duration.ofNanos(1)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void searcherFlagsPartialResults() {
        ArticleSearcher.Page page = new ArticleSearcher(api.index, Duration.ofNanos(1)).searchPage(SearchRequest.of("UN"), null);
        assertThat(page.partial()).isTrue();
        ArticleSearcher.Page full = new ArticleSearcher(api.index).searchPage(SearchRequest.of("UN"), null);
        assertThat(full.partial()).isFalse();
        assertThat(full.result().total()).isEqualTo(3);
    }

    @Test
    void responseSaysPartial() {
        SecureTestServer.Response r = api.get("/api/search?q=UN");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("partial").asBoolean()).isTrue();
        assertThat(api.get("/metrics").body()).containsPattern("newsbridge_search_partial_total [1-9]");
    }

    @Test
    void facetsOfATimedOutSearchAreNotAnError() {
        assertThat(api.get("/api/facets/people?q=UN").status()).isEqualTo(200);
    }
}
