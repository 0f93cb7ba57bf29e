package com.newsbridge.entity;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognizes capitalized keywords that name no person, organization or place but a topic (CoNLL's "misc"), by their
 * shape:
 * <ul>
 *   <li>a hyphenated word that ends in a lower-case word ({@code One-month}, {@code U.S.-mediated},
 *       {@code Tutsi-dominated}) or joins a nationality or a country to another name ({@code Russian-Chechen},
 *       {@code Israel-PLO}: relations between two parties);</li>
 *   <li>one word with the ending of a nationality, a people or a creed that the demonym rules do not catch
 *       ({@code Eritrean}, {@code Mozambican}, {@code Stalinist});</li>
 *   <li>a maker's name before a model ({@code Toyota Celica}, {@code Airbus A310}): a product;</li>
 *   <li>in a sports report, a league or competition ({@code Major League}, {@code American League},
 *       {@code Bundesliga}): CoNLL-style typing calls competitions "misc", not organizations.</li>
 * </ul>
 */
final class TopicShape {

    private static final Set<String> COMPETITION_HEADS = Set.of("league", "bundesliga", "supercup", "liga",
            "championship", "championships", "tournament", "cup", "series");

    /** Makers of cars and aircraft: "Toyota Celica", "Airbus A310" name a product, a topic. */
    private static final Set<String> MAKERS = Set.of("toyota", "ford", "mitsubishi", "subaru", "nissan", "honda",
            "mazda", "volkswagen", "vw", "bmw", "audi", "peugeot", "renault", "fiat", "opel", "volvo", "saab", "hyundai",
            "porsche", "chevrolet", "cadillac", "citroen", "lancia", "skoda", "airbus", "boeing", "fokker", "sukhoi",
            "mig", "tupolev", "ilyushin", "antonov");

    /** Words that make a maker's name a company's, not a product's: Ford Motor, Airbus Industrie. */
    private static final Set<String> MAKER_UNITS = Set.of("motor", "motors", "company", "corp", "group", "industrie",
            "international", "holdings", "industries", "aerospace", "ag", "sa", "plc", "inc", "europe", "america",
            "asia", "finance", "credit");

    private TopicShape() {
    }

    /**
     * Returns true when {@code name} (split in {@code words}) is a topic by its shape.
     *
     * @param isDemonym tells whether a lower-cased word is a nationality, people or creed
     * @param sports    whether the article reports sport
     */
    static boolean isTopic(String name, String[] words, Predicate<String> isDemonym, boolean sports) {
        if (words.length == 1 && name.indexOf('-') > 0 && !name.endsWith("-")) {
            String[] parts = name.split("-");
            String lastPart = parts[parts.length - 1];
            if (lastPart.length() >= 3 && Character.isLowerCase(lastPart.charAt(0))) {
                return true;
            }
            for (String part : parts) {
                if (isDemonym.test(part.toLowerCase(Locale.ROOT)) || part.length() > 2 && Countries.contains(part)) {
                    return true;
                }
            }
        }
        if (words.length == 1 && name.length() >= 6 && !Countries.contains(name)) {
            String w = name.toLowerCase(Locale.ROOT);
            if (w.endsWith("ean") || w.endsWith("ican") || w.endsWith("ist") || w.endsWith("ists")) {
                return true;
            }
        }
        if (words.length == 2 && MAKERS.contains(words[0].toLowerCase(Locale.ROOT)) && !Countries.contains(words[1])
                && !MAKER_UNITS.contains(words[1].toLowerCase(Locale.ROOT))
                && words[1].matches("\\p{Lu}[\\p{L}\\d-]*|\\d+")) {
            return true; // Toyota Celica, Ford Escort, Airbus A310 (not Ford China, the company's arm)
        }
        if (!sports) {
            return false;
        }
        for (String word : words) {
            if (word.equalsIgnoreCase("league")) {
                return true; // Major League Baseball, League Cup
            }
        }
        return COMPETITION_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
