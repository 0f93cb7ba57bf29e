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

/** Reads the shipped word lists: one name per line, lines starting with {@code #} are comments. */
final class NameLists {

    private NameLists() {
    }

    /**
     * Returns the names of a class-path resource in lower case ({@link Locale#ROOT}), stripped.
     *
     * @throws IllegalStateException when the resource is missing from the jar
     */
    static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
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
