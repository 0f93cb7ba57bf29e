package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in English text that has no keyword line: runs of capitalized words (with {@code of}, {@code the},
 * {@code de}, {@code von} ... inside), typed by {@link KeywordTyper} in the context of the text. A single capitalized
 * word at the start of a sentence is skipped (it is usually an ordinary word), as are words that are capitalized for
 * other reasons (days, months, pronouns). Thread-safe.
 */
public final class EnglishEntityRecognizer {

    private static final String WORD = "(?:(?:[A-Z]\\.){2,}|[A-Z][\\p{L}'’-]*)";
    private static final Pattern NAME = Pattern.compile("\\b" + WORD
            + "(?:[ \\t]+(?:(?:of|the|de|da|del|von|van|der|den|bin|al|la|le|du|dos)[ \\t]+)*" + WORD + ")*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It", "They",
            "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "But", "And", "Or", "If", "When",
            "While", "After", "Before", "As", "By", "For", "From", "With", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Reuters", "There", "Here",
            "Some", "Many", "Most", "All", "Both", "Also", "However", "Meanwhile", "Under", "Over", "According",
            "About", "Its", "Our", "You", "Your", "One", "Two", "Three", "Today", "Yesterday", "Tomorrow");
    /** Organization and place words that are no name on their own. */
    private static final Set<String> GENERIC = Set.of("Ministry", "Department", "Committee", "Party", "Government",
            "Council", "Commission", "Court", "Parliament", "Congress", "Senate", "Army", "Police", "Bank", "Company",
            "Group", "Agency", "Office", "Union", "University", "City", "State", "Province", "Republic", "Kingdom");
    private static final Set<String> TITLES = Set.of("President", "Prime", "Minister", "Secretary", "General",
            "Chairman", "Director", "Chancellor", "King", "Queen", "Prince", "Pope", "Mr", "Mrs", "Ms", "Dr", "Premier",
            "Vice", "Senator", "Governor", "Mayor", "Ambassador", "Foreign", "State", "Sen", "Rep", "Gen", "Lt", "Col");

    private final KeywordTyper typer = new KeywordTyper();

    /** Returns the distinct names in {@code text} that are people, organizations or places, in order. */
    public List<ChineseEntityRecognizer.Mention> recognize(String text) {
        Map<String, ChineseEntityRecognizer.Mention> found = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = trimTitles(cleanEnd(m.group()));
            if (name.isEmpty() || NOT_NAMES.contains(name) || GENERIC.contains(name)) {
                continue;
            }
            boolean sentenceStart = m.start() == 0 || text.substring(Math.max(0, m.start() - 2), m.start()).matches(".*[.!?\"“\\n]\\s*");
            if (sentenceStart && !name.contains(" ") && !isAcronym(name)) {
                continue;
            }
            EntityType type = typer.typeEnglish(name, text);
            int of = name.indexOf(" of ");
            if (type == EntityType.PERSON && of > 0) {
                // "Jane Roe of Northvale": a person and a place, not one name
                add(found, name.substring(0, of), text);
                add(found, name.substring(of + 4), text);
            } else if (type != EntityType.TOPIC) {
                found.putIfAbsent(name, new ChineseEntityRecognizer.Mention(name, type));
            }
        }
        return List.copyOf(found.values());
    }

    private void add(Map<String, ChineseEntityRecognizer.Mention> found, String name, String text) {
        EntityType type = typer.typeEnglish(name, text);
        if (type != EntityType.TOPIC) {
            found.putIfAbsent(name, new ChineseEntityRecognizer.Mention(name, type));
        }
    }

    /** Drops a possessive and trailing punctuation, keeping the final dot of an acronym such as U.S. */
    private static String cleanEnd(String name) {
        String cleaned = name.replaceAll("['’]s$", "");
        if (cleaned.matches(".*\\b(?:[A-Z]\\.){2,}$")) {
            return cleaned;
        }
        return cleaned.replaceAll("[.'’-]+$", "");
    }

    private static String trimTitles(String name) {
        String[] words = name.split("\\s+");
        int from = 0;
        while (from < words.length - 1 && (TITLES.contains(words[from]) || NOT_NAMES.contains(words[from]))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }
}
