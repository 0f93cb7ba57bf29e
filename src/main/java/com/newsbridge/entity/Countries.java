package com.newsbridge.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of countries (the {@code entities/countries.txt} resource), compared case-insensitively. Sports results
 * name national teams by their country, and those stay places; a city or county in a score line is a club.
 */
final class Countries {

    /** The resource holding the list. */
    static final String RESOURCE = "/entities/countries.txt";

    private static final Set<String> NAMES = load();

    private Countries() {
    }

    /** Returns true when {@code name} is a country's name. */
    static boolean contains(String name) {
        return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
