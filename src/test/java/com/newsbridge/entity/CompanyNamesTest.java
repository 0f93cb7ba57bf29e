package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by {@link CompanyNames}: a person-like name written with a company's legal form after it. */
class CompanyNamesTest {

    private final KeywordTyping typing = new KeywordTyping();

    @Test
    void aPersonLikeNameWithALegalFormAfterItIsACompany() {
        assertThat(typing.type("Walter T. Brenmoor", "Walter T. Brenmoor & Co. said it won $1 million of bonds."
                + " Walter T. Brenmoor said the issue was priced at par.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Dorsk", "Foodstuffs group Dorsk Oy said on Monday it expected a better result. Dorsk said"
                + " sales rose.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTradeWordMayStandBetweenTheNameAndItsLegalForm() {
        assertThat(typing.type("Lam Chee Wong", "Lam Chee Wong Investment Ltd said on Friday its net rose 2.7 percent."
                + " Lam Chee Wong said it expected growth.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theManWhoseFirmBearsHisNameStaysAPerson() {
        assertThat(typing.type("Harkwell", "A court approved a request by firms controlled by Ivan Harkwell. Harkwell and Co"
                + " will repay its noteholders, Harkwell said.")).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Ostrander", "Ostrander heads his own consulting firm, Ostrander Associates Inc."
                + " Ostrander said the dollar had bottomed.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void theNamesBeforeALegalFormAreCollectedOnce() {
        assertThat(CompanyNames.scan("Shares of Lam Chee Wong Investment Ltd rose.\nKerr Brothers Ltd fell."))
                .contains("Lam Chee Wong", "Lam Chee Wong Investment", "Chee Wong", "Kerr Brothers")
                .doesNotContain("Kerr", "Shares", "rose.");
    }
}
