package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types of a fixture list's clubs: a country in parentheses and a "v" make a club, not a competitor. */
class FixtureTypingTest {

    private static final String DRAW = "SOCCER - UEFA CUP DRAW\nGENEVA 1996-08-23\nDraw for the first round of the"
            + " UEFA Cup, played in the league season (x denotes seeded team):\nTorsvik Dalen (Norway) v Brenhal"
            + " Orvo (Belgium)\nKasimo Graal (Austria) v Ekerlo (Belgium)\n";

    private final KeywordTyper typer = new KeywordTyper();

    @Test
    void aClubAfterAFixturesVIsAnOrganization() {
        assertThat(typer.typeEnglish("Brenhal Orvo", DRAW)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompetitorWithACountryStaysAPerson() {
        String text = "TENNIS - RESULTS\nNEW YORK 1996-08-23\nResults of the tournament, the season's last match:\n"
                + "Anna Verlosk (Hungary) beat Mira Tolvo (Austria) 6-3 6-4\n";
        assertThat(typer.typeEnglish("Anna Verlosk", text)).isEqualTo(EntityType.PERSON);
    }
}
