package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Second looks at an English name that {@link KeywordTyper} would call a person: a possessive inside it ("Lloyd's of
 * London") makes it a firm's, and the article may show it is a company ({@link CompanyNames},
 * {@link OrganizationLinks}), a club's nickname ({@link ClubNicknames}) or a title, storm, ship or index
 * ({@link TopicCues}). Each of them reads the article once and answers with a set look-up.
 */
final class PersonDoubts {

    /** A word in the possessive inside a name: "Lloyd's of London", "Moody's"; a person's name has none. */
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{L}['’]s\\b");

    private final ClubNicknames clubNicknames;

    /**
     * @param isCity tells whether a single word names a place that is not a country (the gazetteer's cities)
     */
    PersonDoubts(Predicate<String> isCity) {
        this.clubNicknames = new ClubNicknames(isCity);
    }

    /**
     * Returns the type that {@code text} gives {@code name} instead of a person's, or {@code null} when it gives none.
     */
    EntityType retype(String name, String text) {
        EntityType byShape = byShape(name);
        if (byShape != null) {
            return byShape;
        }
        if (POSSESSIVE_WORD.matcher(name).find() || CompanyNames.isCompany(name, text) || clubNicknames.isNickname(name, text)
                || OrganizationLinks.isOrganization(name, text)) {
            return EntityType.ORGANIZATION; // "Robert W. Baird & Co.", "Pittsburgh Pirates", "America Online (AOL)"
        }
        if (TopicCues.isTopic(name, text)) {
            return EntityType.TOPIC; // "Forrest Gump", Hurricane Edouard, Dow Jones industrial average
        }
        return null;
    }

    /** Title abbreviations that stand alone as a keyword when a line breaks after them ("Rep." then the name). */
    private static final Set<String> TITLES = Set.of("Rep", "Sen", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Dr",
            "Mr", "Mrs", "Ms", "Prof", "Rev");
    /** Number words: no person's name opens with one ("Five Nations", "Ten Commandments"). */
    private static final Set<String> NUMBER_WORDS = Set.of("One", "Two", "Three", "Four", "Five", "Six", "Seven",
            "Eight", "Nine", "Ten", "Eleven", "Twelve", "Hundred", "Thousand");

    /**
     * Types a would-be person's name by its form alone: a title abbreviation or a name opening with a number word is
     * a topic, as is "Miss" before a country (a beauty title); "U.S." before another word names a federal body or
     * market ("U.S. Treasuries", "U.S. DLA"), or a region when a compass word ends it ("U.S. Midwest").
     */
    static EntityType byShape(String name) {
        String[] words = name.split("\\s+");
        if (words.length == 1 && TITLES.contains(name.replace(".", "")) || NUMBER_WORDS.contains(words[0])) {
            return EntityType.TOPIC;
        }
        if (words.length == 2 && words[0].equals("Miss") && Countries.contains(words[1])) {
            return EntityType.TOPIC; // Miss Poland
        }
        if (words.length >= 2 && (words[0].equals("U.S.") || words[0].equals("U.K."))) {
            return words[words.length - 1].toLowerCase(Locale.ROOT).matches(".*(?:north|south|east|west)")
                    ? EntityType.PLACE : EntityType.ORGANIZATION;
        }
        return null;
    }
}
