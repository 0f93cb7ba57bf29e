package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact types of the sports, scorecard and adjective rules of {@link KeywordTyper} and {@link ContextEvidence}. */
class SportsTypingTest {

    private static final String RESULTS = "SOCCER - ENGLISH LEAGUE RESULTS\nLONDON 1996-08-24\nResults of English"
            + " league matches played on Saturday:\nLiverpool 2 Chelsea 1\nDurham 3 Northvale 0\n"
            + "Durham beat Kent at home.\nGermany 2 Italy 1\nBochum 1 (Klinsmann 15th minute) Arminia 0\n";

    private final KeywordTyping typing = new KeywordTyping();

    @Test
    void citiesAndCountiesInScoreLinesAreClubs() {
        assertThat(typing.type("Liverpool", RESULTS)).isEqualTo(EntityType.ORGANIZATION); // a gazetteer place
        assertThat(typing.type("Durham", RESULTS)).isEqualTo(EntityType.ORGANIZATION); // an unknown name
        assertThat(typing.type("LONDON", RESULTS)).isEqualTo(EntityType.PLACE); // the dateline
    }

    @Test
    void aGazetteerCityFoundInTheTextOfAnArticleWithoutKeywordsIsTheClubInScoreLines() {
        Article article = new Article("x", "Results", "", RESULTS, "", List.of(), null, null, null);
        Map<String, EntityType> types = new java.util.HashMap<>();
        EntityExtractor.bundled().extract(article).entities().forEach(e -> types.put(e.en(), e.type()));
        assertThat(types).containsEntry("Liverpool", EntityType.ORGANIZATION).containsEntry("Germany", EntityType.PLACE);
        Article report = new Article("y", "Prices", "", "Prices rose 2 percent in Liverpool 3 weeks ago, officials said.",
                "", List.of(), null, null, null);
        assertThat(EntityExtractor.bundled().extract(report).entities())
                .anySatisfy(e -> assertThat(e.en() + "/" + e.type()).isEqualTo("Liverpool/" + EntityType.PLACE));
    }

    @Test
    void countriesStayPlacesInScoreLines() {
        assertThat(typing.type("Germany", RESULTS)).isEqualTo(EntityType.PLACE);
        assertThat(typing.type("Italy", RESULTS)).isEqualTo(EntityType.PLACE);
    }

    @Test
    void withoutSportsACityIsAPlace() {
        assertThat(typing.type("Liverpool", "Prices rose 2 percent in Liverpool 3 weeks ago, officials said.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aClubNamedAfterItsCityIsAnOrganization() {
        assertThat(typing.type("Ajax Amsterdam", RESULTS + "Ajax Amsterdam drew with Feyenoord.\n")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void scorersAndScorecardNamesArePeople() {
        assertThat(typing.type("Klinsmann", RESULTS)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Mullally", "CRICKET - SCOREBOARD\nInzamam c Hussain b Mullally 35\nSalim c Stewart b Mullally 10"
                + "\nwickets fell, innings closed")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void currenciesNationalitiesAndAdjectivesAreTopics() {
        String text = "The Boston-based firm paid A$ 5 million to Kurds and Moslem groups.";
        assertThat(typing.type("A$", text)).isEqualTo(EntityType.TOPIC);
        assertThat(typing.type("Boston-based", text)).isEqualTo(EntityType.TOPIC);
        assertThat(typing.type("Kurds", text)).isEqualTo(EntityType.TOPIC);
        assertThat(typing.type("Moslem", text)).isEqualTo(EntityType.TOPIC);
    }

    @Test
    void aLoneUnknownWordInASportsReportIsAClub() {
        String sports = "SOCCER - LEAGUE ROUND-UP\nDorvalia, champions last season, kept their lead in the league.";
        assertThat(typing.type("Dorvalia", sports)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("Dorvalia", "Dorvalia, a quiet town, kept its old bridge.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aOneWordNameThatTakesTheArticleInASportsReportIsATeam() {
        String sports = "BASEBALL - ROUND-UP\nThe Herons kept their lead in the ninth inning and the season goes on.";
        assertThat(ContextEvidence.strongest("Herons", sports)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ContextEvidence.strongest("Herons", "The Herons nest by the lake.")).isNull();
    }

    @Test
    void resultVerbsMarkAPersonOnlyOutsideSport() {
        assertThat(ContextEvidence.strongest("Northvale", "SOCCER - CUP\nNorthvale won the cup match this season."))
                .isNull();
        assertThat(ContextEvidence.strongest("Renwick", "Renwick won a seat on the council.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void groundsAndLeaguesInSportsReports() {
        String sports = "TENNIS - RESULTS\nResults of the championship played at the Dorrance Tennis Centre, where the"
                + " Varnian Baseball League season also ended.";
        assertThat(typing.type("Dorrance Tennis Centre", sports)).isEqualTo(EntityType.PLACE);
        assertThat(typing.type("Varnian Baseball League", sports)).isEqualTo(EntityType.TOPIC);
        assertThat(typing.type("Dorrance Policy Centre", "The Dorrance Policy Centre published a report."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceShapedNameInASportsReportIsAClub() {
        String sports = "RUGBY LEAGUE - ROUND-UP\nSouth Dorrance kept their lead this season and the match was tight.";
        assertThat(typing.type("South Dorrance", sports)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typing.type("South Dorrance", "Rain fell over South Dorrance.")).isEqualTo(EntityType.PLACE);
    }

    @Test
    void scorersWithTheirMinutesInParenthesesArePeople() {
        String text = "SOCCER - DUTCH LEAGUE SUMMARY\nSummaries of Dutch league soccer played on Sunday:\n"
                + "Fortvale Sittrum 2 (Jeffory 7, Roestra 33) Heervale 4 (Korvenko 12, Hansmar 40)\n"
                + "Barcelo - Ronaldino (5th and 89th minutes), Pizzaro (73rd)\n";
        assertThat(typing.type("Roestra", text)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Korvenko", text)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Ronaldino", text)).isEqualTo(EntityType.PERSON);
        assertThat(typing.type("Pizzaro", text)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCityAfterATransferOrAnAwayDefeatIsAClub() {
        String text = "SOCCER - LEAGUE ROUND-UP\nThe striker signed from Liverpool in the close season scored twice in"
                + " the league match on Saturday.";
        assertThat(ContextEvidence.isTeam("Liverpool", text)).isTrue();
        assertThat(typing.type("Liverpool", text)).isEqualTo(EntityType.ORGANIZATION);
    }
}
