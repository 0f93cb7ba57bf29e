package com.newsbridge.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the nicknames of clubs named after their city in a sports report: "Pittsburgh Pirates", "San Francisco
 * Giants", "Kansas City Royals". The nickname is a capitalized plural right after the city, and the report often
 * uses it alone ("the Pirates, who conceded ...", "BRAVES SIGN NEAGLE"), where the speech and relative-clause cues of
 * a person would otherwise win.
 *
 * <p>The text is scanned once per article ({@link LastComputed}); a keyword is then a set look-up. A nickname that is
 * also a known given name is not taken.
 */
final class ClubNicknames {

    /** One or two capitalized words, then a capitalized word ending in "s": a city and a plural nickname. */
    private static final Pattern CITY_AND_PLURAL = Pattern.compile("\\b(?:(San|Los|Las|New|Santa|St\\.?|Saint|"
            + "\\p{Lu}\\p{Ll}+)[ ](\\p{Lu}\\p{Ll}+)|(\\p{Lu}\\p{Ll}+))[ ](\\p{Lu}\\p{Ll}+s)\\b");

    private final Predicate<String> isCity;
    private final LastComputed<String, Set<String>> nicknames = new LastComputed<>(this::scan);

    /**
     * @param isCity tells whether a single word names a place that is not a country (the gazetteer's cities)
     */
    ClubNicknames(Predicate<String> isCity) {
        this.isCity = isCity;
    }

    /**
     * Returns true when {@code name} is a club's nickname in {@code text}, alone ("Pirates") or with its city
     * ("Pittsburgh Pirates"), in any case ("PIRATES" in a headline); only sports reports have them.
     */
    boolean isNickname(String name, String text) {
        return ArticleGenre.isSportsReport(text) && nicknames.get(text).contains(name.toLowerCase(Locale.ROOT));
    }

    /** Collects the nicknames after a city in {@code text}, each alone and with its city, in lower case. */
    Set<String> scan(String text) {
        Set<String> names = new HashSet<>();
        if (!ArticleGenre.isSportsReport(text)) {
            return names;
        }
        Matcher m = CITY_AND_PLURAL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String nickname = m.group(4);
            String city = m.group(3) != null ? m.group(3) : m.group(1) + " " + m.group(2);
            boolean cityFirst = m.group(3) != null ? isCity.test(city)
                    : isPrefix(m.group(1)) || m.group(2).equals("City"); // San Francisco, St. Louis, Kansas City
            if (cityFirst && !GivenNames.contains(nickname) && !Countries.contains(nickname)) {
                names.add(nickname.toLowerCase(Locale.ROOT));
                names.add((city + " " + nickname).toLowerCase(Locale.ROOT));
            }
            from = m.start() + Math.max(1, m.group().indexOf(' '));
        }
        return names;
    }

    private static boolean isPrefix(String word) {
        return switch (word) {
            case "San", "Los", "Las", "New", "Santa", "Saint", "St", "St." -> true;
            default -> false;
        };
    }
}
