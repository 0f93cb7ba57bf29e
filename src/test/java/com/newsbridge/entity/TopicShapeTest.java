package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact types of the topic shapes of {@link TopicShape}: compounds, adjectives and competitions. */
class TopicShapeTest {

    private static EntityType type(String keyword, String text) {
        Article article = new Article("x", "T", "", text, "", List.of(keyword), null, null, null);
        return EntityExtractor.bundled().extract(article).entities().get(0).type();
    }

    @Test
    void hyphenatedCompoundsAreTopics() {
        String text = "The Varnia-brokered deal ended a Russian-Varnian dispute over One-month loans and Israel-Varnia talks.";
        assertThat(type("Varnia-brokered", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("One-month", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Russian-Varnian", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Israel-Varnia", text)).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void adjectivesOfPeoplesAndCreedsAreTopics() {
        String text = "A Varnican envoy and a Marlovist leader met in Dorrance.";
        assertThat(type("Varnican", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Marlovist", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Dorrance", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void competitionsInSportsReportsAreTopics() {
        String sports = "BASEBALL - RESULTS\nNorthvale beat Southmere 4-2 in the Varnian League on Friday; the season"
                + " ends in October.";
        assertThat(type("Varnian League", sports)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Talbot League", sports)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Talbot League", "The Talbot League urged members to vote.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void indexesStatisticsAndModelNumbersAreTopics() {
        String text = "The VARN-120 index and the FTSE rose; he had 3 RBI; the MI-17 helicopter landed in the U.S";
        assertThat(type("VARN-120", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("FTSE", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("RBI", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("MI-17", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("U.S", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aMakersModelIsATopicButItsCompanyIsNot() {
        String text = "Toyota Celica and Airbus A310 sales rose at Ford Motor and Ford China.";
        assertThat(type("Toyota Celica", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Airbus A310", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Ford Motor", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type("Ford China", text)).isNotEqualTo(EntityType.TOPIC);
    }

    @Test
    void nationalitiesFormedFromCountriesAreTopicsEvenWhenTheySpeak() {
        String text = "Sri Lankan officials met Costa Ricans and a Tunisian delegate; Sierra Leoneans said the talks"
                + " went well, New Zealanders said so too, and the Sudanese said nothing. Mexican envoys said it.";
        assertThat(type("Sri Lankan", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Costa Ricans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Tunisian", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Sierra Leoneans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("New Zealanders", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Sudanese", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Mexican", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Sri Lanka", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void pluralsOfPeoplesAndCreedsAreTopicsButNotEveryPlural() {
        String text = "Germans said on Monday that Catholics told Russians about the Olympics. Tours said it would grow.";
        assertThat(type("Germans", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Catholics", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Russians", text)).isEqualTo(EntityType.TOPIC);
        assertThat(type("Olympics", text)).isEqualTo(EntityType.TOPIC);
        assertThat(TopicShape.isCountryDemonym(new String[] {"Oman"})).isFalse();
        assertThat(TopicShape.isCountryDemonym(new String[] {"Japanese"})).isTrue();
    }
}
