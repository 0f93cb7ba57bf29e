package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by {@link OrganizationLinks}: an acronym of the name's initials, a row of a price table. */
class OrganizationLinksTest {

    private final KeywordTyper typer = new KeywordTyper();

    @Test
    void aNameAbbreviatedByItsInitialsIsAnOrganization() {
        assertThat(typer.typeEnglish("Dalton Secondary Market", "Shares were listed on the Dalton Secondary Market"
                + " (DSM). Dalton Secondary Market said trading was calm.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.typeEnglish("Bertram Online", "The venture between Bertram Online (BOL) and a publisher"
                + " was formed. Bertram Online said it would grow.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterAJobAtItIsAnOrganization() {
        assertThat(typer.typeEnglish("Morgan Halvey", "Prices firmed, said Will Oster, an analyst with Morgan Halvey."
                + " Morgan Halvey said it expected more gains.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(OrganizationLinks.scan("The economists at Credo Vask, Zurich, said growth slowed."))
                .contains("Credo Vask").doesNotContain("Credo Vask Zurich", "Zurich");
    }

    @Test
    void aPossessiveInsideANameOrAListingBeforeItMakesAnOrganization() {
        assertThat(typer.typeEnglish("Harold's of Leeds", "Investors in Harold's of Leeds, Harold's of Leeds said,"
                + " will vote.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typer.typeEnglish("Van Der Molt", "The unit is a subsidiary of Singapore-listed Van Der Molt."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameBeforeTheKindOfPublicationItIsIsAnOrganization() {
        assertThat(typer.typeEnglish("La Vortana", "Police were seeking an officer. La Vortana newspaper said the"
                + " officers were suspected. La Vortana said more arrests were likely.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameOpeningARowOfPricesInBusinessNewsIsAnOrganization() {
        String text = "Shares on the stock exchange closed mixed; the company index and bank stocks rose.\n"
                + "Issue Close High Turnover\nVARNO DELSKY 960.00 960.00 2230\nMARIK HOLA 25.00 25.00 34684\n";
        assertThat(typer.typeEnglish("VARNO DELSKY", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aGolfersScoresAreNoTableOfPrices() {
        String text = "GOLF - LEADING SCORES\nLeading scores after the second round of the tournament, played on"
                + " the par 70 course, on Thursday; he scored well in the match:\nLeon Farrow 70 68\nMark Tolby 71 69\n";
        assertThat(typer.typeEnglish("Leon Farrow", text)).isEqualTo(EntityType.PERSON);
    }
}
