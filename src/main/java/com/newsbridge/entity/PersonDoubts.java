package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.function.Predicate;

/**
 * Second looks at an English name that {@link KeywordTyper} would call a person: the article may show it is a company
 * ({@link CompanyNames}, {@link OrganizationLinks}), a club's nickname ({@link ClubNicknames}) or a title, storm, ship
 * or index ({@link TopicCues}). Each of them reads the article once and answers with a set look-up.
 */
final class PersonDoubts {

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
        if (CompanyNames.isCompany(name, text) || clubNicknames.isNickname(name, text)
                || OrganizationLinks.isOrganization(name, text)) {
            return EntityType.ORGANIZATION; // "Robert W. Baird & Co.", "Pittsburgh Pirates", "America Online (AOL)"
        }
        if (TopicCues.isTopic(name, text)) {
            return EntityType.TOPIC; // "Forrest Gump", Hurricane Edouard, Dow Jones industrial average
        }
        return null;
    }
}
