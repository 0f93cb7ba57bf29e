package com.newsbridge.entity;

import static com.newsbridge.entity.KeywordTyping.alone;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types of the topic shapes of {@link TopicShape}: compounds, adjectives and competitions. */
class TopicShapeTest {

    @Test
    void hyphenatedCompoundsAreTopics() {
        String text = "The Varnia-brokered deal ended a Russian-Varnian dispute over One-month loans and Israel-Varnia talks.";
        assertThat(alone("Varnia-brokered", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("One-month", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Russian-Varnian", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Israel-Varnia", text)).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void adjectivesOfPeoplesAndCreedsAreTopics() {
        String text = "A Varnican envoy and a Marlovist leader met in Dorrance.";
        assertThat(alone("Varnican", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Marlovist", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Dorrance", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void competitionsInSportsReportsAreTopics() {
        String sports = "BASEBALL - RESULTS\nNorthvale beat Southmere 4-2 in the Varnian League on Friday; the season"
                + " ends in October.";
        assertThat(alone("Varnian League", sports)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Talbot League", sports)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Talbot League", "The Talbot League urged members to vote.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void indexesStatisticsAndModelNumbersAreTopics() {
        String text = "The VARN-120 index and the FTSE rose; he had 3 RBI; the MI-17 helicopter landed in the U.S";
        assertThat(alone("VARN-120", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("FTSE", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("RBI", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("MI-17", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("U.S", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aMakersModelIsATopicButItsCompanyIsNot() {
        String text = "Toyota Celica and Airbus A310 sales rose at Ford Motor and Ford China.";
        assertThat(alone("Toyota Celica", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Airbus A310", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Ford Motor", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Ford China", text)).isNotEqualTo(EntityType.TOPIC);
    }

    @Test
    void nationalitiesFormedFromCountriesAreTopicsEvenWhenTheySpeak() {
        String text = "Sri Lankan officials met Costa Ricans and a Tunisian delegate; Sierra Leoneans said the talks"
                + " went well, New Zealanders said so too, and the Sudanese said nothing. Mexican envoys said it.";
        assertThat(alone("Sri Lankan", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Costa Ricans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Tunisian", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Sierra Leoneans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("New Zealanders", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Sudanese", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Mexican", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Sri Lanka", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void pluralsOfPeoplesAndCreedsAreTopicsButNotEveryPlural() {
        String text = "Germans said on Monday that Catholics told Russians about the Olympics. Tours said it would grow.";
        assertThat(alone("Germans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Catholics", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Russians", text)).isEqualTo(EntityType.TOPIC);
        assertThat(alone("Olympics", text)).isEqualTo(EntityType.TOPIC);
        assertThat(TopicShape.isCountryDemonym(new String[] {"Oman"})).isFalse();
        assertThat(TopicShape.isCountryDemonym(new String[] {"Japanese"})).isTrue();
    }
}
