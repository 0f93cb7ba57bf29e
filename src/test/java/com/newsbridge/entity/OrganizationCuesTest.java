package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import org.junit.jupiter.api.Test;

/** Exact types given by the organization cues of {@link OrganizationCues}: kinds, plural verbs, results lines. */
class OrganizationCuesTest {

    private final KeywordTyping typing = new KeywordTyping();

    @Test
    void aKindOfOrganizationBeforeTheNameMakesItOne() {
        assertThat(typing.type("Torvel Brandt", "The survey by consulting firm Torvel Brandt showed a shift in pay."))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Kelmora", "Shares of utility Kelmora lost 3,000 lira to 67,000.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKindAfterAMultiWordNameMakesItOneButNotAfterAnAdjective() {
        assertThat(typing.type("Kurier Varens", "Kurier Varens newspaper said on Friday that talks had failed."))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Zubrian", "A Zubrian newspaper said on Saturday that seven died.")).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void aPluralVerbAfterANameInASportsReportIsATeams() {
        String text = "CRICKET - TITLE RACE\nLONDON 1996-08-24\nMorvale are set to step up their county championship"
                + " challenge. Morvale, who started the round of matches second, scored 300 in the match.";
        assertThat(typing.type("Morvale", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPluralVerbAfterAListOfPlayersIsNoTeams() {
        String text = "RUGBY - SQUAD NAMED\nThe league match was played on Saturday and the season goes on.\n"
                + "Forwards Tom Farlow and Dean Quillan have been left out of the squad.";
        assertThat(typing.type("Dean Quillan", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void resultsLinesAndScorersHeadingsNameClubs() {
        String text = "SOCCER - CUP RESULTS\nResults of cup matches played on Thursday:\n"
                + "In Vorna: Flamora Vlekt (Albania) 0 Chelmon Hurane\n(Slovakia) 2 (halftime 0-0)\n"
                + "Scorers:\nFlamora Vlekt - Ilie Lazar (32nd), Eugen Voica (84th)\n";
        assertThat(typing.type("Flamora Vlekt", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Chelmon Hurane", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aClubInParenthesesAfterAPlayerIsAClubButAPlayerBeforeAClubIsAPerson() {
        String text = "SOCCER - LEADING GOALSCORERS\nLeading goalscorers in the league after matches played:\n"
                + "7 - Bogdan Prusekov (Sokol Tyrva)\n5 - Slawek Wojtaszek (Kavla Kortow)\n";
        assertThat(typing.type("Sokol Tyrva", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Slawek Wojtaszek", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTimeOrPointsAfterACompetitorsCountryIsNoScore() {
        String text = "CYCLING - WORLD CHAMPIONSHIP RESULTS\nResults of the season's championship points:\n"
                + "Andrea Colvetti (Italy) 4:16.141 beat Francis Morvan (France) 4:19.665\n5. Mika Harkonen (Finland) 23\n";
        assertThat(typing.type("Andrea Colvetti", text)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Mika Harkonen", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void clubsTakeWhoHaveTheirPlayersAndResults() {
        String text = "SOCCER - LEAGUE SUMMARY\nBremsing won the league match 2-1 and lead the standings, a point ahead"
                + " of Valdorf, who have a game in hand.\nTarvena's Alessandro Melvi pulled back a late goal.\n"
                + "Hoskers scored a convincing 1-0 win over Lunavel and a late goal for Kastrup.";
        assertThat(typing.type("Valdorf", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Tarvena", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Lunavel", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Kastrup", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonsPossessiveBeforeACompanyIsNoClubs() {
        String text = "Media baron Rupin Mardock's News Corp Ltd reported lower profits as the league season began"
                + " and points were scored.";
        assertThat(typing.type("Rupin Mardock", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTwoWordNameThatPlaysAsATeamIsAClub() {
        String text = "SOCCER - DUTCH FIRST DIVISION SUMMARIES\nSummaries of Dutch first division soccer played on"
                + " Sunday:\nFeyvoort Rottstad 3 (Sanches 27th, Taumer 44th) Volendorp 0\n";
        assertThat(typing.type("Feyvoort Rottstad", text)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aHyphenatedGivenNameStartsAPersonsName() {
        assertThat(GivenNames.startsPersonName(new String[] {"Jean-Philippe", "Fleurot"})).isTrue();
        assertThat(GivenNames.startsPersonName(new String[] {"Alkhan-Yurt", "Road"})).isFalse();
    }

    @Test
    void aUnitOrAPollAfterAOneWordNameIsACompanysButADailyAfterACityIsNot() {
        assertThat(typing.type("Spectra", "Promodes agreed to sell its Spectra unit, which runs 100 stores.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Ipsera", "An Ipsera poll reports that most voters back the plan.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void transfersAwayGamesAndMotorRacingConstructorsNameTeams() {
        String text = "SOCCER - LEAGUE ROUND-UP\nThe striker signed from Norwell in the close season scored twice in"
                + " the match.\nAjaxo were beaten 2-0 away to Heervale on Saturday.\n";
        assertThat(typing.type("Norwell", text)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Heervale", text)).isEqualTo(EntityType.ORGANIZATION);
        String race = "MOTOR RACING - GRAND PRIX GRID POSITIONS\nGrid positions after qualifying for the championship race"
                + " on Saturday:\n1. Jacques Villon (Canada) Wilhams 1 minute 50.574\n2. Damon Hale (Britain) Wilhams"
                + " 1:50.980\nHale finished second in his Wilhams and leads the championship on points.\n";
        assertThat(typing.type("Wilhams", race)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompassAdjectiveOrAStateAfterACommaMakesAPlace() {
        assertThat(typing.type("Minnowa", "Top prices in Iowa and southern Minnowa were expected to rise, traders said."))
                .isEqualTo(EntityType.PLACE);
        assertThat(typing.type("Creedvale", "It has plants in Creedvale, N.C., and Tijuana, where Creedvale workers said"
                + " they were pleased.")).isEqualTo(EntityType.PLACE);
        assertThat(typing.type("Garret Lambeth", "\"We have given them preferential treatment,\" said Garret Lambeth, Canada's"
                + " high commissioner.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCompanyThatSaysItIsAnOrganization() {
        assertThat(ContextEvidence.strongest("Atrova", "Atrova said on Monday that its profit rose."))
                .isNotEqualTo(EntityType.PERSON);
        assertThat(typing.type("Atrova", "Foodstuffs maker Atrova said on Monday that its profit rose.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aOneWordNameThatTakesAnArticleIsNoPerson() {
        String text = "Only Vorlak and the Vorlak's allies backed the bill; Mr Petrov told the Vorlak so.";
        assertThat(ContextEvidence.strongest("Vorlak", text)).isNotEqualTo(EntityType.PERSON);
        assertThat(ContextEvidence.strongest("Kiechlo", "Only Kiechlo backed it, and the Kiechlo bill passed."))
                .isEqualTo(EntityType.PERSON); // "the Kiechlo bill": the name qualifies a noun
    }
}
