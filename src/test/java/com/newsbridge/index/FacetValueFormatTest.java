package com.newsbridge.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import com.newsbridge.search.ArticleSearcher;
import org.junit.jupiter.api.Test;

/** The one facet value format: written by {@link ArticleDocuments}, read back by the searcher and the relearning. */
class FacetValueFormatTest {

    @Test
    void anEntityWithTwoNamesIsOneValueThatSplitsBackIntoBoth() {
        String value = ArticleDocuments.facetValue(new Entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "布林肯"));
        assertThat(value).isEqualTo("Antony Blinken" + Fields.FACET_NAME_SEPARATOR + "布林肯");
        assertThat(ArticleDocuments.facetName(value)).isEqualTo("Antony Blinken");
        assertThat(ArticleDocuments.facetChinese(value)).isEqualTo("布林肯");
        assertThat(ArticleSearcher.facetValue(value, 3).label()).isEqualTo("Antony Blinken · 布林肯");
        assertThat(ArticleSearcher.facetValue(value, 3).value()).isEqualTo("Antony Blinken");
    }

    @Test
    void anEntityWithOneNameIsItsName() {
        String value = ArticleDocuments.facetValue(new Entity("刘建超", EntityType.PERSON, "", "刘建超"));
        assertThat(value).isEqualTo("刘建超");
        assertThat(ArticleDocuments.facetName(value)).isEqualTo("刘建超");
        assertThat(ArticleDocuments.facetChinese(value)).isEmpty();
        assertThat(ArticleSearcher.facetValue(value, 1).label()).isEqualTo("刘建超");
    }
}
