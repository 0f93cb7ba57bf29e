package com.newsbridge.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues around one mention of a name that point to an organization, read by {@link ContextEvidence#strongest} on the
 * same short windows as its other cues:
 * <ul>
 *   <li>a kind of organization right before the name: {@code consulting firm Towers Perrin}, {@code utility Cukurova},
 *       {@code the group Action Against Hunger}, and in a sports report {@code champions Juventus}, {@code side
 *       Boland} (a plural "champions" is a team; the singular is a person's title);</li>
 *   <li>a kind of organization right after the name: {@code Les Echos newspaper}, {@code the ECOMOG force};</li>
 *   <li>in a sports report, a plural verb right after the name ({@code Essex are}, {@code Juventus meet}): British
 *       usage gives a team plural verbs, and no single person takes them;</li>
 *   <li>in a sports report, a results line's score after the country in parentheses ({@code Gloria Bistrita (Romania)
 *       2}), a scorers' heading ({@code Gloria Bistrita - Ilie Lazar (32nd)}) and a club in parentheses after a
 *       player's name ({@code Jacek Dembinski (Widzew Lodz)}).</li>
 * </ul>
 */
final class OrganizationCues {

    /** Kinds of organization that stand right before a name as its apposition: "consulting firm Towers Perrin". */
    private static final Set<String> KINDS_BEFORE = Set.of("firm", "company", "utility", "manufacturer", "maker",
            "concern", "consortium", "group", "newspaper", "daily", "weekly", "magazine", "broker", "brokerage", "insurer",
            "retailer", "carrier", "airline", "distributor", "conglomerate", "subsidiary", "unit", "agency", "party",
            "movement", "organisation", "organization", "bank", "lender", "operator", "producer", "publisher", "chain",
            "club");
    /** Kinds of team that stand right before a club's name in a sports report: "champions Juventus". */
    private static final Set<String> TEAM_KINDS_BEFORE = Set.of("champions", "side", "club", "rivals", "leaders",
            "pacesetters", "outfit", "holders", "visitors", "hosts", "neighbours");
    /**
     * Two words before a club's name in a sports report that {@link ContextEvidence}'s team cues do not read: a goal
     * against it, a transfer to it, and a driver's car ("in his Williams", "on a Ducati").
     */
    private static final Set<String> RESULTS_BEFORE = Set.of("goal against", "goals against", "win for",
            "victory for", "win at", "victory at", "signed to", "moved from", "moved to", "in his", "in her", "in a",
            "on his", "on her", "on a");
    /** Kinds of organization that follow a name. */
    private static final Pattern KIND_AFTER = Pattern.compile("^\\s+(?:newspaper|daily|weekly|magazine|force|"
            + "peacekeeping\\s+force|order|movement|party|group|consortium|agency)\\b");
    /** Parts and products of a company after a one-word name: a city or a people has none of them. */
    private static final Pattern PART_AFTER = Pattern.compile("^\\s+(?:unit|subsidiary|brokerage|poll|pollsters?|"
            + "affiliate)\\b");
    /** A plural verb after a name: a team in British sports writing. */
    private static final Pattern PLURAL_VERB_AFTER = Pattern.compile("^,?\\s+(?:are|were|have|win|meet|face|play|"
            + "need|host|visit|lead|go|take|travel|trail)\\b");
    /** A plural verb after "who": "Stuttgart, who have a game in hand" (a person's "who" counts for the person). */
    private static final Pattern WHO_PLURAL_AFTER = Pattern.compile("^,\\s+who\\s+(?:have|are|were)\\b");
    /** A club's possessive before one of its players: "Parma's Alessandro Melli" (not "Rupert Murdoch's News Corp"). */
    private static final Pattern PLAYER_AFTER_POSSESSIVE = Pattern.compile("^['’]s\\s+"
            + "(?![^\\n]{0,30}\\b(?:Corp|Inc|Ltd|Co|Group|Plc|PLC|Bank|Holdings)\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}"
            + "[\\p{Ll}'-]+){1,2}\\b");
    /** A competitor and the country in parentheses before a constructor in a motor race's results: "Damon Hill (Britain)". */
    private static final Pattern COMPETITOR_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\([A-Z][A-Za-z.]*(?:\\s[A-Z]"
            + "[A-Za-z.]*){0,2}\\)[ \\t]+$");
    /** A results line: the country in parentheses, then a score. */
    private static final Pattern COUNTRY_SCORE_AFTER = Pattern.compile("^\\s+\\([A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*)"
            + "{0,2}\\)[ \\t]+\\d{1,2}(?![\\d.:-])[ \\t]*(?:\\(|[A-Z])");
    /** A scorers' heading: the club, a dash or a colon, then a player and a minute. */
    private static final Pattern SCORERS_AFTER = Pattern.compile("^\\s*[-:]\\s+[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*)"
            + "{0,3}\\s+\\(\\d{1,3}(?:st|nd|rd|th)\\b");
    /** A player's full name and an opening parenthesis before the club's name. */
    private static final Pattern PLAYER_BEFORE_PARENTHESIS = Pattern.compile("\\b[A-Z][\\p{L}'-]+\\s+[A-Z][\\p{L}'-]+"
            + "\\s+\\($");

    /** A conjunction or a comma shortly before the name: "Underwood and Dean Richards have" is a plural subject. */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?:\\band\\b|,)[^.\\n]{0,30}$");

    private OrganizationCues() {
    }

    /**
     * Returns the organization points of one mention of {@code name} with the text {@code left} and {@code right} of
     * it.
     */
    static int points(String name, String left, String right, boolean sports) {
        String[] before = lastWords(left);
        String last = before[1];
        // a capitalized word right before the mention: the name is part of a longer one ("Gloria Bistrita")
        boolean ownMention = last.isEmpty() || !Character.isUpperCase(last.charAt(0)) || before[2].isEmpty();
        int points = KINDS_BEFORE.contains(last) ? 3 : 0;
        if (name.indexOf(' ') > 0 || name.equals(name.toUpperCase(Locale.ROOT))) {
            points += 2 * starts(KIND_AFTER, right); // "Les Echos newspaper", "ECOMOG force"; not "Maputo daily"
        } else {
            points += 2 * starts(PART_AFTER, right); // "its Specia unit", "Interacciones brokerage", "Ipsos poll"
        }
        if (!sports) {
            return points;
        }
        points += (TEAM_KINDS_BEFORE.contains(last) ? 3 : 0) + 3 * starts(SCORERS_AFTER, right)
                + 4 * starts(WHO_PLURAL_AFTER, right) + 2 * starts(PLAYER_AFTER_POSSESSIVE, right)
                + (RESULTS_BEFORE.contains(before[0] + " " + last) ? 2 : 0);
        if (ownMention && starts(PLURAL_VERB_AFTER, right) > 0 && !LIST_BEFORE.matcher(left).find()) {
            points += 2; // "Essex are set to", not "Underwood and Dean Richards have"
        }
        if (ownMention) {
            points += 3 * starts(COUNTRY_SCORE_AFTER, right);
        }
        if (left.endsWith(") ") && COMPETITOR_BEFORE.matcher(left).find()) {
            points += 3; // "Damon Hill (Britain) Williams 1:50.980": the constructor
        }
        if (right.startsWith(")") && left.endsWith("(") && PLAYER_BEFORE_PARENTHESIS.matcher(left).find()
                && !Countries.contains(name)) {
            points += 3; // "Jacek Dembinski (Widzew Lodz)": a player's club
        }
        return points;
    }

    /**
     * Returns the two words that end {@code left} (the one before the last, then the last; empty when absent) and, as
     * the third element, "1" when a single space or tab separates the last word from the name, else "".
     */
    private static String[] lastWords(String left) {
        int end = left.length();
        int gap = end;
        while (gap > 0 && Character.isWhitespace(left.charAt(gap - 1))) {
            gap--;
        }
        boolean single = end - gap == 1 && (left.charAt(gap) == ' ' || left.charAt(gap) == '\t');
        int start = gap;
        while (start > 0 && isWordChar(left.charAt(start - 1))) {
            start--;
        }
        int previousEnd = start;
        while (previousEnd > 0 && Character.isWhitespace(left.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        int previousStart = previousEnd;
        while (previousStart > 0 && isWordChar(left.charAt(previousStart - 1))) {
            previousStart--;
        }
        return new String[] {left.substring(previousStart, previousEnd), left.substring(start, gap), single ? "1" : ""};
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-';
    }

    private static int starts(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window);
        return m.lookingAt() ? 1 : 0;
    }
}
