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
 *   <li>a nationality formed from a country's name ({@code Sri Lankan}, {@code Costa Ricans}, {@code Tunisian}) or,
 *       as one word, a nationality, people or creed or its plural ({@code Germans}, {@code Democrats});</li>
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
        if (isCountryDemonym(words) || words.length == 1 && isDemonymWord(name.toLowerCase(Locale.ROOT), isDemonym)) {
            return true; // Sri Lankan, Costa Ricans, Tunisian, New Zealanders; Germans, Democrats, Olympics
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

    /**
     * Returns true when one word is a nationality, people or creed, or the plural of one that ends like a people's
     * name ({@code Germans}, {@code Iraqis}, {@code Democrats}; not {@code Tours} for "tour").
     */
    private static boolean isDemonymWord(String word, Predicate<String> isDemonym) {
        if (isDemonym.test(word)) {
            return true;
        }
        if (word.length() < 5 || !word.endsWith("s")) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        return (singular.endsWith("an") || singular.endsWith("i") || singular.endsWith("crat")
                || singular.endsWith("ic")) && isDemonym.test(singular);
    }

    /**
     * Returns true when the name is formed from a country's name by a nationality ending, in the singular or the
     * plural: {@code Sri Lankan} (Sri Lanka), {@code Costa Ricans}, {@code Tunisian}, {@code Mexican} (Mexico),
     * {@code Sierra Leonean}, {@code Sudanese}, {@code Iraqi}, {@code New Zealanders}. A country itself is no demonym.
     */
    static boolean isCountryDemonym(String[] words) {
        String last = words[words.length - 1];
        if (last.length() < 4 || !Character.isUpperCase(last.charAt(0))) {
            return false;
        }
        String whole = String.join(" ", words);
        if (Countries.contains(whole)) {
            return false;
        }
        String prefix = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        String singular = last.endsWith("ans") || last.endsWith("ers") || last.endsWith("is") ? last.substring(0,
                last.length() - 1) : last;
        java.util.List<String> stems = new java.util.ArrayList<>(4);
        if (singular.endsWith("n")) {
            stems.add(singular.substring(0, singular.length() - 1)); // Tunisian, Sri Lankan, Kenyan
        }
        if (singular.endsWith("an")) {
            String stem = singular.substring(0, singular.length() - 2);
            stems.add(stem + "o"); // Mexican, Puerto Rican
            stems.add(stem); // Sierra Leonean
        }
        if (singular.endsWith("ese")) {
            stems.add(singular.substring(0, singular.length() - 3)); // Sudanese, Senegalese
        }
        if (singular.endsWith("i")) {
            stems.add(singular.substring(0, singular.length() - 1)); // Iraqi, Pakistani
        }
        if (singular.endsWith("er")) {
            stems.add(singular.substring(0, singular.length() - 2)); // New Zealander, Icelander
        }
        for (String stem : stems) {
            if (stem.length() >= 3 && Countries.contains(prefix.isEmpty() ? stem : prefix + " " + stem)) {
                return true;
            }
        }
        return false;
    }
}
