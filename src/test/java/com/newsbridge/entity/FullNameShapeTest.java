package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact types of three- and four-word names that have no given name first and no other evidence. */
class FullNameShapeTest {

    private final EntityExtractor extractor = EntityExtractor.bundled();

    private EntityType type(String keyword, String text) {
        Article article = new Article("x", "T", "", text, "", List.of(keyword), null, null, null);
        return extractor.extract(article).entities().get(0).type();
    }

    @Test
    void threeCapitalizedWordsWithoutAGivenNameAreAnOrganization() {
        assertThat(type("Sarpa Indo Makmar", "Stocks to watch: Sarpa Indo Makmar on an offer announced on Monday."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleAGivenNameInsideOrAParticleMakeAFullPersonsName() {
        String text = "Crowds greeted Pope Jon Pavel, Shabir Ahmad Jalil and Jorge de la Vega on Monday.";
        assertThat(type("Pope Jon Pavel", text)).isEqualTo(EntityType.PERSON);
        assertThat(type("Shabir Ahmad Jalil", text)).isEqualTo(EntityType.PERSON);
        assertThat(GivenNames.looksLikeFullName(new String[] {"Korvo", "de", "Vega"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"De", "La", "Morvada"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Zagreb", "Money", "Market"})).isFalse();
    }

    @Test
    void twoCapitalizedWordsWithoutEvidenceStayAPerson() {
        assertThat(type("Korvan Telbin", "Korvan Telbin arrived on Monday.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTitleInsideOrAChineseNameAtTheEndMakeAFullPersonsName() {
        assertThat(GivenNames.looksLikeFullName(new String[] {"Conference", "President", "Alok", "Sharma"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Climate", "Change", "Xie", "Zhenhua"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Regional", "Economic", "Partnership"})).isFalse();
    }
}
