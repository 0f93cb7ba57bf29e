package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Second looks at an English name that {@link KeywordTyper} would call a person: a possessive inside it ("Lloyd's of
 * London") makes it a firm's, and the article may show it is a company ({@link CompanyNames}, {@link OrganizationLinks}), a club's nickname ({@link ClubNicknames}) or a title, storm, ship
 * or index ({@link TopicCues}). Each of them reads the article once and answers with a set look-up.
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
        if (POSSESSIVE_WORD.matcher(name).find() || CompanyNames.isCompany(name, text) || clubNicknames.isNickname(name, text)
                || OrganizationLinks.isOrganization(name, text)) {
            return EntityType.ORGANIZATION; // "Robert W. Baird & Co.", "Pittsburgh Pirates", "America Online (AOL)"
        }
        if (TopicCues.isTopic(name, text)) {
            return EntityType.TOPIC; // "Forrest Gump", Hurricane Edouard, Dow Jones industrial average
        }
        return null;
    }
}
