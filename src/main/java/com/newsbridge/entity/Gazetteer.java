package com.newsbridge.entity;

import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated table of well-known people, organizations and places with their English and Chinese names, loaded from
 * the {@code entities/gazetteer.tsv} resource. Lookups accept any of an entry's names in either script, matched
 * after NFKC case folding and traditional → simplified folding.
 */
public final class Gazetteer {

    /** The resource holding the bundled table. */
    public static final String RESOURCE = "/entities/gazetteer.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byName = new HashMap<>();

    /** Builds a gazetteer from entries; on duplicate names the first entry wins. */
    public Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry entry : this.entries) {
            index(entry.english(), entry);
            index(entry.chinese(), entry);
            entry.aliases().forEach(alias -> index(alias, entry));
        }
    }

    /** Loads the bundled table. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Gazetteer(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GazetteerEntry> read(BufferedReader reader) throws IOException {
        List<GazetteerEntry> list = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            EntityType type = cols.length >= 2 ? EntityType.fromLabel(cols[0]) : null;
            if (type == null || cols[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected type<TAB>english[<TAB>chinese[<TAB>aliases]]");
            }
            String chinese = cols.length > 2 ? cols[2].strip() : "";
            List<String> aliases = cols.length > 3 && !cols[3].isBlank()
                    ? Arrays.stream(cols[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            list.add(new GazetteerEntry(type, cols[1].strip(), chinese, aliases));
        }
        return list;
    }

    private void index(String name, GazetteerEntry entry) {
        if (name != null && !name.isBlank()) {
            byName.putIfAbsent(NewsAnalyzers.normalizeText(name), entry);
        }
    }

    /** Returns the entry that has {@code name} as one of its names, or {@code null}. */
    public GazetteerEntry find(String name) {
        return byName.get(NewsAnalyzers.normalizeText(name));
    }

    /** Returns all entries in file order. */
    public List<GazetteerEntry> entries() {
        return entries;
    }
}
