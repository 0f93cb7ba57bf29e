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
}
