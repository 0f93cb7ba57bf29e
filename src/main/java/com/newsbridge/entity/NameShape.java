package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * Types an English name by its shape alone, for the names that {@link KeywordTyper} finds no stronger evidence for.
 * Each rule reads the words of the name, never the article:
 * <ul>
 *   <li>a postal or dotted abbreviation of a U.S. state ({@code TX}, {@code N.J.}) is a place;</li>
 *   <li>a name headed by a building that is visited ({@code ... Hospital}, {@code ... Stadium}) is a place, and so,
 *       in a sports report, is one headed by a ground ({@code ... Tennis Centre}, {@code ... Park});</li>
 *   <li>a name opened by a compass word or a place prefix ({@code South Kivu}, {@code New Mexico}, {@code St Albans},
 *       {@code Sao Paulo}) is a place;</li>
 *   <li>a name opened by a Romance, German or Arabic article ({@code Le Monde}, {@code El Pais}, {@code Der Spiegel})
 *       is an organization (newspapers and parties, rarely a person);</li>
 *   <li>a mixed-case name with an acronym word ({@code PSV Eindhoven}, {@code Swebus AB}) is an organization.</li>
 * </ul>
 */
final class NameShape {

    /** U.S. state postal codes, the usual abbreviations with and without their dots, Hong Kong and New Zealand. */
    private static final Set<String> STATE_ABBREVIATIONS = Set.of("AK", "AL", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "IA", "ID", "IL", "KS", "KY", "LA", "MA", "MD", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE",
            "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI",
            "WV", "WY", "N.J.", "N.Y.", "N.C.", "N.H.", "N.M.", "N.D.", "S.C.", "S.D.", "W.Va.", "W. Va", "Calif.",
            "Fla.", "Mass.", "Conn.", "Penn.", "Tex.", "Ill.", "Mich.", "Minn.", "Wash.", "Ore.", "Ariz.", "Colo.",
            "Ga.", "Ky.", "La.", "Md.", "Mo.", "Tenn.", "Va.", "Wis.", "Okla.", "Ala.", "Ark.", "Kan.", "Neb.", "Nev.",
            "HK", "H.K.", "NZ", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ill", "Kan", "Kans", "Ky",
            "Md", "Mass", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va",
            "Vt", "Wash", "Wis", "Wyo", "Del.", "Ind.", "Mont.", "Vt.", "Wyo.", "Kans.");
    /** Buildings and grounds that CoNLL-style news typing calls places. */
    private static final Set<String> FACILITY_HEADS = Set.of("hospital", "stadium", "museum", "church", "cathedral",
            "mosque", "temple", "palace", "prison", "arena", "racecourse", "station");
    /** Heads of the names of grounds, in sports reports (elsewhere a "court" or a "centre" is an institution). */
    private static final Set<String> SPORTS_GROUNDS = Set.of("centre", "center", "court", "park", "ground", "oval",
            "field", "road", "lane", "gardens");
    /** First words that open place names. */
    private static final Set<String> PLACE_OPENERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "northeast", "northwest", "southeast", "southwest", "central", "new", "st", "st.",
            "saint", "san", "santa", "santo", "sao", "puerto", "port", "fort", "mount", "lake", "cape", "upper",
            "lower", "greater", "far", "near", "middle", "n.", "s.", "e.", "w.", "w.c.", "e.c.");
    /** Endings of one-word company names (a bank, an oil or telecoms firm, a software house). */
    private static final java.util.List<String> COMPANY_ENDINGS = java.util.List.of("bank", "oil", "soft", "tech",
            "corp", "com", "tel", "net");
    /** Articles that open the names of newspapers, parties and companies in other languages. */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "el", "der", "die", "das", "il", "o", "al");

    private NameShape() {
    }

    /** Returns true when {@code name} abbreviates a U.S. state (or Hong Kong, New Zealand): {@code TX}, {@code N.J.}. */
    static boolean isStateAbbreviation(String name) {
        return STATE_ABBREVIATIONS.contains(name);
    }

    /** Returns true when the last of two or more words names a building or ground: {@code Johns Hopkins Hospital}. */
    static boolean isFacility(String[] words) {
        return words.length >= 2 && FACILITY_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Returns true when a compass word or its initial opens a country's name: {@code S. Korea}, {@code North Yemen},
     * {@code W. Germany}, {@code S. Africa}, {@code W.C. India} (an initial before a country or a continent is no
     * first name).
     */
    static boolean isPartOfCountry(String[] words) {
        if (words.length < 2 || !PLACE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))
                || words[0].equalsIgnoreCase("new")) {
            return false;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        return Countries.contains(rest) || CONTINENTS.contains(rest.toLowerCase(Locale.ROOT)); // S. Korea, S. Africa
    }

    /** Returns true when one word ends like a company's name: {@code Rabobank}, {@code Statoil}, {@code JavaSoft}. */
    static boolean hasCompanyEnding(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : COMPANY_ENDINGS) {
            if (w.length() >= ending.length() + 2 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Continents and regions that name a company's arm as a country does: "AOL Europe", "Toyota Asia". */
    private static final Set<String> CONTINENTS = Set.of("europe", "asia", "africa", "america", "americas", "australasia",
            "pacific", "asia-pacific", "asia pacific", "latin america", "north america", "middle east");
    /** First words that make "X Country" a place, a people or a title rather than a company's arm (Miss Poland). */
    private static final Set<String> REGION_OPENERS = Set.of("latin", "southeastern", "southwestern", "northeastern",
            "northwestern", "greater", "little", "old", "new", "upper", "lower", "inner", "outer", "rest", "all", "anglo",
            "miss", "mister", "mr", "mrs");

    /**
     * Returns true when a name of two or three words ends with a country or a continent after words that are no
     * compass or region word: the national arm of a company or an agency ({@code Ford China}, {@code AOL Europe},
     * {@code Statistics Canada}, {@code Power New Zealand}). A person's name rarely ends with a country, and the caller
     * checks first that the name does not start with a given name.
     */
    static boolean isNationalArm(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (PLACE_OPENERS.contains(first) || REGION_OPENERS.contains(first) || ARTICLES.contains(first)) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return false; // "Iga Swiatek of Poland": a person and her country
            }
        }
        for (int tail = 1; tail <= Math.min(2, words.length - 1); tail++) {
            String region = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - tail, words.length));
            if (Countries.contains(region) || CONTINENTS.contains(region.toLowerCase(Locale.ROOT))) {
                return !Countries.contains(String.join(" ", words));
            }
        }
        return false;
    }

    /** Returns true when the last of two or more words names a ground of sport: {@code National Tennis Centre}. */
    static boolean isSportsGround(String[] words) {
        return words.length >= 2 && SPORTS_GROUNDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Returns the type that the shape of {@code name} (split in {@code words}) suggests, or {@code null}. */
    static EntityType type(String name, String[] words) {
        if (STATE_ABBREVIATIONS.contains(name)) {
            return EntityType.PLACE;
        }
        if (words.length < 2) {
            return null;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (FACILITY_HEADS.contains(last)) {
            return EntityType.PLACE;
        }
        if (hasAcronymWord(words)) {
            return EntityType.ORGANIZATION;
        }
        if (words.length <= 4 && PLACE_OPENERS.contains(first)) {
            return EntityType.PLACE;
        }
        if (words.length <= 4 && ARTICLES.contains(first)) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** Returns true when a word of a mixed-case name is an acronym of two to five capitals (not II, III, IV). */
    static boolean hasAcronymWord(String[] words) {
        boolean mixedCase = false;
        boolean acronym = false;
        for (String word : words) {
            if (word.matches("\\p{Lu}{2,5}")) {
                acronym |= !word.matches("[IVX]+");
            } else if (word.matches("\\p{Lu}\\p{Ll}.*")) {
                mixedCase = true;
            }
        }
        return mixedCase && acronym;
    }
}
