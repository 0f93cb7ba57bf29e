package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by {@link ClubNicknames}: a plural nickname after a club's city in a sports report. */
class ClubNicknamesTest {

    private final KeywordTyper typer = new KeywordTyper(word -> word.equals("Brantford"), TypeVotes.NONE);

    private static final String REPORT = "BASEBALL - CORSAIRS SIGN TELLMAN\nBRANTFORD 1996-08-28\nThe Brantford"
            + " Corsairs, with the best record in the league, signed a pitcher from the San Ardiel Comets. The Comets,"
            + " who conceded earlier this season, said they would rebuild. Tellman said he was happy.";

    @Test
    void aPluralAfterACityInASportsReportIsAClub() {
        assertThat(typer.typeEnglish("Comets", REPORT)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.typeEnglish("CORSAIRS", REPORT)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void thePlayerStaysAPerson() {
        assertThat(typer.typeEnglish("Tellman", REPORT)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void outsideSportsThereAreNoNicknames() {
        ClubNicknames nicknames = new ClubNicknames(word -> word.equals("Brantford"));
        assertThat(nicknames.scan("The Brantford Corsairs said on Monday the vote was close.")).isEmpty();
        assertThat(nicknames.scan(REPORT)).contains("comets", "san ardiel comets", "corsairs", "brantford corsairs")
                .doesNotContain("tellman");
    }
}
