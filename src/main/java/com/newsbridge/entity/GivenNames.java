package com.newsbridge.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Common given names (the {@code entities/given-names.txt} resource, written for this project from general knowledge
 * of naming customs), compared case-insensitively. A run of capitalized words that starts with a given name or an
 * initial ({@code Davey Johnson}, {@code J. Smith}) is the shape of a person's name; one that does not ({@code PSV
 * Eindhoven}, {@code Seattle Mariners}) needs other evidence before it is called a person.
 */
final class GivenNames {

    /** The resource holding the list. */
    static final String RESOURCE = "/entities/given-names.txt";

    private static final Set<String> NAMES = NameLists.load(RESOURCE);

    private GivenNames() {
    }

    /** Returns true when {@code word} is a common given name. */
    static boolean contains(String word) {
        return NAMES.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Returns true when the first word of {@code name} is a given name, a hyphenated given name whose first part is one
     * ({@code Jean-Philippe}) or an initial ({@code J.}, {@code J.J.}) and the name has two to four words.
     */
    static boolean startsPersonName(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String first = words[0];
        int hyphen = first.indexOf('-');
        return contains(first) || first.matches("(?:\\p{Lu}\\.){1,2}")
                || hyphen > 0 && contains(first.substring(0, hyphen)); // Jean-Philippe, Marc-Vivien
    }

    /** Titles written with a person's name: "Pope John Paul", "Mayor Antonio Gonzalez Garcia". */
    private static final Set<String> LEADING_TITLES = Set.of("pope", "mayor", "president", "king", "queen", "prince",
            "princess", "sheikh", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady", "general",
            "gen.", "senator", "sen.", "judge", "father", "sister", "brother", "cardinal", "bishop", "archbishop",
            "imam", "ayatollah", "rabbi", "emir", "sultan", "captain", "colonel", "col.", "major", "lieutenant");
    /** Capitalized particles that open a surname: "De La Madrid", "Van Der Merwe", "Abu Nidal". */
    private static final Set<String> LEADING_PARTICLES = Set.of("De", "Van", "Von", "Di", "Da", "Del", "Dos", "Du",
            "Bin", "Ibn", "Abu", "Abdel", "Abdul");
    /** Lower-case words inside the names of organizations and works; other lower-case words are name particles. */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "a",
            "an", "am", "by", "with");

    /**
     * Returns true when a name of three or four words has the marks of a person's full name although its first word
     * is no known given name: a title or a surname's particle first ({@code Pope John Paul}, {@code De La Madrid}) or a
     * title inside ({@code Conference President Alok Sharma}), a Chinese name in pinyin at the end ({@code Climate
     * Change Xie Zhenhua}), a given name inside ({@code Shabir Ahmad Muhammad Jalil}) or a lower-case name particle
     * ({@code Juan de la Cruz}, {@code Varga wa Dorr}; not {@code of}).
     */
    static boolean looksLikeFullName(String[] words) {
        if (LEADING_TITLES.contains(words[0].toLowerCase(Locale.ROOT)) || LEADING_PARTICLES.contains(words[0])) {
            return true;
        }
        if (words.length >= 3 && words[words.length - 2].length() <= 4
                && Pinyin.isPinyin(words[words.length - 2]) && Pinyin.isPinyin(words[words.length - 1])
                && words[words.length - 1].length() <= 8) {
            return true; // "Climate Change Xie Zhenhua": a Chinese name ends the run
        }
        for (int i = 1; i < words.length; i++) {
            if (i < words.length - 1 && LEADING_TITLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true; // "Conference President Alok Sharma"
            }
            boolean particle = words[i].chars().allMatch(Character::isLowerCase) && !FUNCTION_WORDS.contains(words[i]);
            if (i < words.length - 1 && contains(words[i]) || particle) {
                return true;
            }
        }
        return false;
    }
}
