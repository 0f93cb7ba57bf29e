package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types of three- and four-word names that have no given name first and no other evidence. */
class FullNameShapeTest {

    private final KeywordTyping typing = new KeywordTyping();

    @Test
    void threeCapitalizedWordsWithoutAGivenNameAreAnOrganization() {
        assertThat(typing.type("Sarpa Indo Makmar", "Stocks to watch: Sarpa Indo Makmar on an offer announced on Monday."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleAGivenNameInsideOrAParticleMakeAFullPersonsName() {
        String text = "Crowds greeted Pope Jon Pavel, Shabir Ahmad Jalil and Jorge de la Vega on Monday.";
        assertThat(typing.type("Pope Jon Pavel", text)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Shabir Ahmad Jalil", text)).isEqualTo(EntityType.PERSON);
        assertThat(GivenNames.looksLikeFullName(new String[] {"Korvo", "de", "Vega"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"De", "La", "Morvada"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Zagreb", "Money", "Market"})).isFalse();
    }

    @Test
    void twoCapitalizedWordsWithoutEvidenceStayAPerson() {
        assertThat(typing.type("Korvan Telbin", "Korvan Telbin arrived on Monday.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTitleInsideOrAChineseNameAtTheEndMakeAFullPersonsName() {
        assertThat(GivenNames.looksLikeFullName(new String[] {"Conference", "President", "Alok", "Sharma"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Climate", "Change", "Xie", "Zhenhua"})).isTrue();
        assertThat(GivenNames.looksLikeFullName(new String[] {"Regional", "Economic", "Partnership"})).isFalse();
    }
}
