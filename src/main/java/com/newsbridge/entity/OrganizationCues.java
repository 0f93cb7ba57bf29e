package com.newsbridge.entity;

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

    /** Kinds of organization that stand before a name as its apposition. */
    private static final Pattern KIND_BEFORE = Pattern.compile("\\b(?:firm|company|utility|manufacturer|maker|concern|"
            + "consortium|group|newspaper|daily|weekly|magazine|broker|brokerage|insurer|retailer|carrier|airline|"
            + "distributor|conglomerate|subsidiary|unit|agency|party|movement|organisation|organization|bank|lender|"
            + "operator|producer|publisher|chain|club)\\s+$");
    /** Kinds of team that stand before a club's name in a sports report. */
    private static final Pattern TEAM_KIND_BEFORE = Pattern.compile("\\b(?:champions|side|club|rivals|leaders|"
            + "pacesetters|outfit|holders|visitors|hosts|neighbours)\\s+$");
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
    private static final Pattern PLAYER_AFTER_POSSESSIVE = Pattern.compile("^['’]s\\s+(?![^\\n]{0,30}\\b(?:Corp|Inc|Ltd|Co|Group|Plc|PLC|Bank|Holdings)\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}"
            + "[\\p{Ll}'-]+){1,2}\\b");
    /** A match's result or goal for or over a club: "a 1-0 win over Nantes", "a consolation goal for Leverkusen". */
    private static final Pattern RESULT_BEFORE = Pattern.compile("\\b(?:(?:win|victory|triumph|goal|goals)"
            + "\\s+(?:over|for|against)|(?:win|victory|defeat|loss|draw)\\s+(?:at|away\\s+to)|away\\s+to|"
            + "(?:signed|transferred|moved)\\s+(?:from|to)|in\\s+(?:his|her|a)|on\\s+(?:his|her|a))\\s+$");
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
    /** A capitalized word right before the mention: the name is then part of a longer one ("Gloria Bistrita"). */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'-]*[ \\t]$");

    private OrganizationCues() {
    }

    /**
     * Returns the organization points of one mention of {@code name} with the text {@code left} and {@code right} of
     * it.
     */
    static int points(String name, String left, String right, boolean sports) {
        boolean ownMention = hits(CAPITAL_BEFORE, left) == 0;
        int points = 3 * hits(KIND_BEFORE, left);
        if (name.indexOf(' ') > 0 || name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            points += 2 * hits(KIND_AFTER, right); // "Les Echos newspaper", "ECOMOG force"; not "Maputo daily"
        } else {
            points += 2 * hits(PART_AFTER, right); // "its Specia unit", "Interacciones brokerage", "Ipsos poll"
        }
        if (sports) {
            points += 3 * hits(TEAM_KIND_BEFORE, left) + 3 * hits(SCORERS_AFTER, right)
                    + (ownMention && hits(LIST_BEFORE, left) == 0 ? 2 * hits(PLURAL_VERB_AFTER, right) : 0)
                    + (ownMention ? 3 * hits(COUNTRY_SCORE_AFTER, right) : 0)
                    + 4 * hits(WHO_PLURAL_AFTER, right) + 2 * hits(PLAYER_AFTER_POSSESSIVE, right)
                    + 2 * hits(RESULT_BEFORE, left) + 3 * hits(COMPETITOR_BEFORE, left);
            if (right.startsWith(")") && hits(PLAYER_BEFORE_PARENTHESIS, left) > 0 && !Countries.contains(name)) {
                points += 3; // "Jacek Dembinski (Widzew Lodz)": a player's club
            }
        }
        return points;
    }

    private static int hits(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window);
        return m.find() ? 1 : 0;
    }
}
