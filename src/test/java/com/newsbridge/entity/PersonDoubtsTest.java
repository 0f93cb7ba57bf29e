package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by {@link PersonDoubts#byShape}: forms that no person's name takes. */
class PersonDoubtsTest {

    private final KeywordTyper typer = new KeywordTyper();

    @Test
    void aTitleAbbreviationAloneIsATopic() {
        assertThat(PersonDoubts.byShape("Rep")).isEqualTo(EntityType.TOPIC);
        assertThat(PersonDoubts.byShape("Gov.")).isEqualTo(EntityType.TOPIC);
        assertThat(PersonDoubts.byShape("Repton")).isNull();
    }

    @Test
    void aNameOpeningWithANumberWordIsATopic() {
        assertThat(typer.typeEnglish("Seven Rivers", "Seven Rivers said the talks would go on.")).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void missBeforeACountryIsATitle() {
        assertThat(PersonDoubts.byShape("Miss Poland")).isEqualTo(EntityType.TOPIC);
        assertThat(PersonDoubts.byShape("Miss Marple")).isNull();
    }

    @Test
    void usBeforeAWordIsAFederalBodyOrARegion() {
        assertThat(typer.typeEnglish("U.S. Brelco", "U.S. Brelco said it set the price.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(PersonDoubts.byShape("U.S. Midwest")).isEqualTo(EntityType.PLACE);
        assertThat(PersonDoubts.byShape("Ulla Stern")).isNull();
    }
}
