package com.newsbridge.entity;

import static com.newsbridge.entity.KeywordTyping.alone;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types of the name-shape rules: given names ({@link GivenNames}), acronym words, team cues in sports. */
class NameShapeTypingTest {

    @Test
    void aCompassInitialBeforeAContinentOrACountryIsAPlace() {
        assertThat(alone("S. Africa", "Exports to S. Africa rose, S. Africa said.")).isEqualTo(EntityType.PLACE);
        assertThat(alone("W.C. India", "Freight rates to W.C. India were steady.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void givenNamesAreKnownCaseInsensitively() {
        assertThat(GivenNames.contains("davey")).isTrue();
        assertThat(GivenNames.contains("Ingrid")).isTrue();
        assertThat(GivenNames.contains("Northvale")).isFalse();
        assertThat(GivenNames.startsPersonName(new String[] {"J.", "Quellmarsh"})).isTrue();
        assertThat(GivenNames.startsPersonName(new String[] {"Ian"})).isFalse();
    }

    @Test
    void aNameWithAnAcronymWordIsAnOrganization() {
        String text = "KLX Dorvanto and Talbot Renwick met in Northvale on Monday.";
        assertThat(alone("KLX Dorvanto", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Dorvanto Holm AB", text + " Dorvanto Holm AB is listed.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Talbot Renwick", text)).isEqualTo(EntityType.PERSON);
        assertThat(alone("Louis XIV", "Louis XIV built a palace.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aGolfersScoresDoNotMakeHimATeam() {
        String text = "GOLF - OPEN SCORES\nScores after the second round of the championship played on Friday:\n"
                + "Ian Quellmarsh 70 68 138\nSteve Dorrance 71 69 140\n";
        assertThat(alone("Ian Quellmarsh", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTeamThatBeatsAnotherInASportsReportIsAnOrganization() {
        String text = "CRICKET - COUNTY CHAMPIONSHIP\nNorthvale beat Southmere by an innings and 39 runs in the county"
                + " championship match, and Southmere lost to Eastwick for the second season running.";
        assertThat(alone("Southmere", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void stateAbbreviationsAndFacilitiesArePlaces() {
        String text = "Officials in Dorrance, TX, and Hollins, N.J., said patients went to Dorrance Memorial Hospital.";
        assertThat(alone("TX", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("N.J.", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("Dorrance Memorial Hospital", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void compassWordsOpenPlacesAndForeignArticlesOpenOrganizations() {
        String text = "South Varnia was quiet, according to Le Grelot, and Talbot Renwick agreed.";
        assertThat(alone("South Varnia", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("Le Grelot", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Talbot Renwick", text)).isEqualTo(EntityType.PERSON);
        assertThat(alone("Al Renwick", "Al Renwick arrived.")).isEqualTo(EntityType.PERSON); // Al is a given name
    }

    @Test
    void aCountryIsAPlaceWhateverItsContextSays() {
        String text = "Kampuchea said it would sell rice, according to traders in Surinam.";
        assertThat(alone("Kampuchea", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("Surinam", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void companyClubAndNewspaperWordsMakeOrganizations() {
        String text = "Talbot Brothers, Dorrance Rovers and the Varnia Zeitung met Renwick Pictures Oy.";
        assertThat(alone("Talbot Brothers", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Dorrance Rovers", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Varnia Zeitung", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Renwick Pictures Oy", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompassInitialBeforeACountryIsNoFirstName() {
        String text = "Exports from S. Korea and North Yemen rose, Talbot Renwick said.";
        assertThat(alone("S. Korea", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("North Yemen", text)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aCompetitorsCountryInParenthesesMakesAPerson() {
        String text = "TENNIS - RESULTS\nResults of the second round of the championship played on Friday:\n"
                + "Varga Szolnoki (Hungary) beat Tomas Dorr (U.S.) 6-3 6-4\nSeeds won their matches.";
        assertThat(alone("Varga Szolnoki", text)).isEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Varga Szolnoki", text)).isEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Varga Szolnoki", "Varga Szolnoki (Northvale) won.")).isNull();
    }

    @Test
    void companyEndingsAndLoneFirstNames() {
        String text = "Dorvabank and Varnoil shares fell; Nicole told friends she would stay.";
        assertThat(alone("Dorvabank", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Varnoil", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Nicole", "The estate, the court heard, was kept by Nicole.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCapitalizedAtOpensAVenue() {
        assertThat(ContextEvidence.strongest("Dorrance", "CRICKET - SCORES\nAt Dorrance: Northvale 326.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aNameThatTakesTheArticleIsNoPerson() {
        String text = "Fans of Dorrance Herons cheered as the Herons stayed top, Talbot Renwick said.";
        assertThat(alone("Dorrance Herons", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Dorrance Herons", "Fans of Dorrance Herons cheered.")).isEqualTo(EntityType.PERSON);
        assertThat(alone("Talbot Renwick", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aHeadingInAPressDigestIsANewspaper() {
        String text = "PRESS DIGEST - Varnia\nHeadlines from major national newspapers.\nVOZ DORVALIA\n"
                + "- Talbot Renwick wins vote\nHERALDO NORTE\n- Rain in Dorrance\n";
        assertThat(alone("VOZ DORVALIA", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Talbot Renwick", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLoneUnknownWordInBusinessNewsIsACompanyButTerritoriesStayPlaces() {
        String text = "Dorvalis expects higher sales and profit this year, analysts said, helped by Bermuda and Calif units.";
        assertThat(alone("Dorvalis", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Bermuda", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("Calif", text)).isEqualTo(EntityType.PLACE);
        assertThat(alone("Dorvalis", "Dorvalis lies on a quiet river.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aKeywordIsTypedAsTheTextWritesIt() {
        assertThat(alone("Macdorran", "MacDorran said he would resign.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void partnersAreAFirmAndArabicParticlesStayInPersonsNames() {
        String text = "Talbot & Renwick advised Khaled al-Dorvani on the sale.";
        assertThat(alone("Talbot & Renwick", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Khaled al-Dorvani", text)).isEqualTo(EntityType.PERSON);
        assertThat(alone("Varga wa Dorr", "Varga wa Dorr met the envoy.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCountryInParenthesesBeforeAScoreMarksAClub() {
        String text = "SOCCER - CUP RESULTS\nResults of cup matches played on Thursday:\n"
                + "Dorvan Talis (Hungary) 2 Varnia Rovers (Malta) 1\n";
        assertThat(ContextEvidence.strongest("Dorvan Talis", text)).isNotEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Varga Szolnoki", "Varga Szolnoki (Hungary) beat Tomas Dorr (U.S.) 6-3 6-4"))
                .isEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Tomas Dorr", "Varga Szolnoki (Hungary) beat Tomas Dorr (U.S.) 6-3 6-4"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aFirstNameCountsMoreThanAnyCapitalizedWordBefore() {
        assertThat(ContextEvidence.strongest("Yeltsin", "Boris Yeltsin arrived on Monday.")).isEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Herons", "Dorrance Herons' shares rose.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aLastWordAfterAPlaceWordIsNoSurnameUsedAlone() {
        assertThat(ContextEvidence.strongest("Dorvan Talis", "Dorvan Talis met them. Later in Talis the crowd cheered."))
                .isNull();
        assertThat(ContextEvidence.strongest("Dorvan Talis", "Dorvan Talis met them. Later Talis cheered."))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCompanysNationalArmIsAnOrganizationButARegionOfACountryIsAPlace() {
        String text = "Zorvex China said on Monday that Statistica Canada and Norvel Europe agreed. Zorvex China said"
                + " it would grow. Southeastern Bulgaria had rain.";
        assertThat(alone("Zorvex China", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Statistica Canada", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Norvel Europe", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShape.isNationalArm(new String[] {"Southeastern", "Bulgaria"})).isFalse();
        assertThat(NameShape.isNationalArm(new String[] {"Latin", "America"})).isFalse();
        assertThat(NameShape.isNationalArm(new String[] {"Miss", "Poland"})).isFalse();
        assertThat(NameShape.isNationalArm(new String[] {"Papua", "New", "Guinea"})).isFalse();
        assertThat(alone("Peter Holland", "Peter Holland said he would stay.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anOrganizationsWordBeforeOfOutweighsATopicHeadOrANationalityAfterIt() {
        String text = "Delegates of the Organisation of the Varnian Conference, the Liberation Tigers of Tamil Varna and"
                + " the Voice for the Return of Refugees in Varnia met; the Korvel Treaty was signed.";
        assertThat(alone("Organisation of the Varnian Conference", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Liberation Tigers of Tamil Varna", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Voice for the Return of Refugees in Varnia", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Korvel Treaty", text)).isEqualTo(EntityType.TOPIC);
        assertThat(KeywordTyper.headLength(new String[] {"Bank", "of", "Varnia"})).isEqualTo(1);
        assertThat(KeywordTyper.headLength(new String[] {"Varnia", "Bank"})).isEqualTo(2);
    }

    @Test
    void foreignWordsForBankAndHoldingAndStateBodiesMakeOrganizations() {
        String text = "KORVANA BANKA and BARVO HOLDING rose, Banco Varnio fell, and the U.S. Navy and the U.S. Treasury"
                + " said nothing.";
        assertThat(alone("KORVANA BANKA", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("BARVO HOLDING", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("Banco Varnio", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("U.S. Navy", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(alone("U.S. Treasury", text)).isEqualTo(EntityType.ORGANIZATION);
    }
}
