package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by {@link TopicCues}: titles in quotes, storms and traded indexes are topics, not persons. */
class TopicCuesTest {

    private final KeywordTyper typer = new KeywordTyper();

    @Test
    void aQuotedTitleIsATopic() {
        assertThat(typer.typeEnglish("Harvey Lune", "It was the studio's biggest hit since \"Harvey Lune\" in 1994."))
                .isEqualTo(EntityType.TOPIC);
    }

    @Test
    void aQuotedGivenNameAndAQuotedPossessiveStayPersons() {
        assertThat(typer.typeEnglish("Oscar", "A rebel who called himself \"Oscar\" said the army had fled."))
                .isEqualTo(EntityType.PERSON);
        assertThat(typer.typeEnglish("Takemori", "An aide said, \"Takemori's power does not need a stage,\" and"
                + " Takemori said he agreed.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aStormIsATopic() {
        assertThat(typer.typeEnglish("Edmunda", "Hurricane Edmunda grew stronger on Saturday. \"Edmunda is getting"
                + " stronger,\" a forecaster said.")).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void aShipIsATopic() {
        assertThat(typer.typeEnglish("Marla Seven", "Passengers on board the ferry Marla Seven were rescued, the"
                + " owner said.")).isEqualTo(EntityType.TOPIC);
        assertThat(typer.typeEnglish("Iron Tolvane", "Brokers reported these sales.\nIron Tolvane - (built 1989)"
                + " 87,241 dwt sold to Greek buyers.")).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void aCarnivalOrARevolutionIsATopicButAPartyOfTheRevolutionIsNot() {
        assertThat(typer.typeEnglish("Darrow Hill Carnival", "Darrow Hill Carnival drew a million people."))
                .isEqualTo(EntityType.TOPIC);
        assertThat(typer.typeEnglish("Party of the Verdant Revolution", "The Party of the Verdant Revolution won."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTradedIndexIsATopic() {
        assertThat(typer.typeEnglish("Carl Brandt", "The Carl Brandt industrial average closed down 31 points,"
                + " dealers said.")).isEqualTo(EntityType.TOPIC);
    }
}
