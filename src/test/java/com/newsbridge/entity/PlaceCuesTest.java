package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by the place cues of {@link ContextEvidence} that read unknown multi-word places. */
class PlaceCuesTest {

    private final KeywordTyper typer = new KeywordTyper();

    @Test
    void aBearingBeforeANameMakesItAPlace() {
        String text = "The plane crashed about 150 km (90 miles) north of Tarvel Donne, an official said.";
        assertThat(typer.typeEnglish("Tarvel Donne", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aVillageOrATownOfBeforeANameMakesItAPlace() {
        assertThat(typer.typeEnglish("Marin Solvey", "The church in the small village of Marin Solvey was hit."))
                .isEqualTo(EntityType.PLACE);
        assertThat(typer.typeEnglish("Vesko Dranu", "The road between the towns of Vesko Dranu and Ruse was shut."))
                .isEqualTo(EntityType.PLACE);
        assertThat(typer.typeEnglish("Orla Pendry", "It happened in the Miami suburb of Orla Pendry on Tuesday."))
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void anAirportOrAHospitalAfterANameMakesItAPlaceEvenAfterAGivenName() {
        assertThat(typer.typeEnglish("John Verrado", "The plane landed at John Verrado airport on Sunday."))
                .isEqualTo(EntityType.PLACE);
        assertThat(typer.typeEnglish("Victor Malsen", "The head of the Victor Malsen hospital said two had died."))
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void theOfPhraseOfASpeakerIsNotTheSpeaker() {
        assertThat(typer.typeEnglish("Dravonia", "Rep. Tom Kessel of Dravonia said he and other members would vote."))
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void aGolfCourseAfterANameMakesItAPlace() {
        assertThat(typer.typeEnglish("Stonehill C.C", "Scores on the par 70 Stonehill C.C course (players U.S.):"))
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void aSpeakerStaysAPerson() {
        assertThat(typer.typeEnglish("Marin Solvey", "Marin Solvey said the village would be rebuilt."))
                .isEqualTo(EntityType.PERSON);
    }
}
