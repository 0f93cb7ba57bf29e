package com.newsbridge.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in an article that look like a person's but name a thing (CoNLL's "misc"):
 * <ul>
 *   <li>a work's title in quotation marks: {@code "Forrest Gump"}, {@code "Book of Mass"};</li>
 *   <li>a storm: {@code Hurricane Edouard}, {@code Typhoon Sally};</li>
 *   <li>a ship: {@code the ferry Trident Seven}, {@code Iron Gippsland - (built 1989)} in a list of sales;</li>
 *   <li>a market index or contract: {@code Dow Jones industrial average}, {@code Euromark futures}.</li>
 * </ul>
 * The text is scanned once per article ({@link LastComputed}); a keyword is then a set look-up. The typer asks this
 * only of names it would otherwise call a person.
 */
final class TopicCues {

    /** A quotation of one to six capitalized words, the whole quotation: a title. */
    private static final Pattern QUOTED = Pattern.compile("[\"“]([\\p{Lu}\\d][^\"“”\\n]{1,60}?)[,.]?[\"”]");
    /** A storm's name after its kind. */
    private static final Pattern STORM = Pattern.compile("\\b(?=[HTC])(?:Hurricane|Typhoon|Cyclone|Tropical\\s+Storm)\\s+"
            + "(\\p{Lu}\\p{Ll}+)\\b");
    /** What follows the name of an index or a traded contract. */
    private static final Pattern INSTRUMENT_AFTER = Pattern.compile(" (?=[ifo])(?:industrial\\s+average|index|futures|options)\\b");
    /** A ship's kind before its name ("the ferry Trident Seven"), or its year of building after it in a sale list. */
    private static final Pattern VESSEL = Pattern.compile("\\b(?=[fsvtlyb])(?:ferry|ship|vessel|tanker|freighter|liner|"
            + "trawler|yacht|bulk\\s+carrier)\\s+(\\p{Lu}[\\p{L}\\d'-]*(?:\\s\\p{Lu}[\\p{L}\\d'-]*){0,3})");
    /** A ship in a list of sales, its year of building after it. */
    private static final Pattern SOLD_VESSEL = Pattern.compile("(?m)^(\\p{Lu}[\\p{L}\\d'-]*(?:\\s\\p{Lu}[\\p{L}\\d'-]*)"
            + "{0,3})\\s+-\\s+\\(built\\b");
    /** Words one of which a text must hold for the storm, ship and index patterns to be run over it at all. */
    private static final List<String> STORM_WORDS = List.of("Hurricane", "Typhoon", "Cyclone", "Tropical Storm");
    private static final List<String> VESSEL_WORDS = List.of("ferry", "ship", "vessel", "tanker", "freighter",
            "liner", "trawler", "yacht", "carrier");
    private static final List<String> INSTRUMENT_WORDS = List.of(" industrial", " index", " futures", " options");
    /** Short words a title keeps in lower case. */
    private static final Set<String> TITLE_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "to", "for");

    private static final LastComputed<String, Set<String>> NAMES = new LastComputed<>(TopicCues::scan);

    private TopicCues() {
    }

    /** Returns true when {@code text} uses {@code name} as a title, a storm, a ship or a traded index. */
    static boolean isTopic(String name, String text) {
        return NAMES.get(text).contains(name);
    }

    /** Collects the titles, storms, ships and indexes that {@code text} names. */
    static Set<String> scan(String text) {
        Set<String> names = new HashSet<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String title = quoted.group(1).strip();
            if (isTitle(title)) {
                names.add(title);
            }
        }
        Matcher storm = STORM.matcher(containsAny(text, STORM_WORDS) ? text : "");
        while (storm.find()) {
            names.add(storm.group(1));
        }
        Matcher vessel = VESSEL.matcher(containsAny(text, VESSEL_WORDS) ? text : "");
        while (vessel.find()) {
            names.add(vessel.group(1));
        }
        if (text.contains("(built")) {
            Matcher sold = SOLD_VESSEL.matcher(text);
            while (sold.find()) {
                names.add(sold.group(1));
            }
        }
        Matcher instrument = INSTRUMENT_AFTER.matcher(containsAny(text, INSTRUMENT_WORDS) ? text : "");
        while (instrument.find()) {
            List<String> run = CompanyNames.runBefore(text, instrument.start());
            for (int start = 0; start < run.size(); start++) {
                names.add(String.join(" ", run.subList(start, run.size())));
            }
        }
        return names;
    }

    /** Returns true when {@code text} holds one of {@code words}: a fast {@code indexOf} before a slower pattern. */
    static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true when {@code title} has at most six words, each capitalized, a number or a short title word, and is
     * not a given name alone.
     */
    private static boolean isTitle(String title) {
        String[] words = title.split(" ");
        if (words.length > 6 || words.length == 1 && GivenNames.contains(title)) {
            // (a nom de guerre in quotes, "Oscar", is still a person's)
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !TITLE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
