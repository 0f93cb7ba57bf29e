package com.newsbridge.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The names of countries (the {@code entities/countries.txt} resource), compared case-insensitively. Sports results
 * name national teams by their country, and those stay places; a city or county in a score line is a club.
 */
final class Countries {

    /** The resource holding the list. */
    static final String RESOURCE = "/entities/countries.txt";

    private static final Set<String> NAMES = NameLists.load(RESOURCE);

    private Countries() {
    }

    /** Returns true when {@code name} is a country's name. */
    static boolean contains(String name) {
        return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
