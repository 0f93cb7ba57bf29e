package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how an article's English text uses a name and scores the evidence for person, organization and place. Cues,
 * each worth points when found around a mention of the name:
 * <ul>
 *   <li>person: a title before it ({@code President}, {@code Mr}, {@code coach} ...), a scorer's minute after it
 *       ({@code Klinsmann 15th}) or a cricket scorecard's {@code c}/{@code b} around it, a first name before a one-word
 *       name ({@code Boris Yeltsin} for {@code Yeltsin}; a known given name counts double), a speech verb after it
 *       ({@code said}, {@code told}; result verbs such as {@code won} only outside sports reports), a family word
 *       after its possessive, a competitor's country in parentheses after a full name ({@code (Hungary)}), a full
 *       name that starts with a given name ({@link GivenNames}), and — for a full name — its surname used alone
 *       elsewhere;</li>
 *   <li>organization: a company suffix after it ({@code Inc}, {@code Corp}, {@code Ltd}), {@code said it},
 *       shares, a spokesman for it, sports results (a team name followed by scores) and, in sports reports, team
 *       cues ({@code beat}, {@code v}, a player's position); a full name or its last word after {@code the}
 *       ({@code the Mariners}: no person's name takes an article), and in sports a one-word name after it;</li>
 *   <li>place: a locative preposition before it ({@code in}, {@code at}, {@code near}), a dateline.</li>
 * </ul>
 * The name is found with {@code indexOf}; precompiled patterns then read only a short window on each side, so the
 * cost is linear in the text and independent of how many cues there are (this runs for every keyword indexed).
 */
final class ContextEvidence {

    private static final int WINDOW = 48;
    private static final int MAX_MENTIONS = 8;

    private static final String TITLES = "(?:mr|mrs|ms|dr|prof|president|premier|minister|secretary-general|secretary|"
            + "chairman|chairwoman|chair|director-general|director|chancellor|king|queen|prince|princess|pope|ceo|coach|"
            + "ambassador|spokesman|spokeswoman|spokesperson|governor|mayor|senator|general|envoy|vice|leader|"
            + "striker|midfielder|defender|goalkeeper|captain|manager|champion|player|driver|rider|skipper|batsman|"
            + "bowler|seed|opponent|compatriot|teammate|colleague|judge|lawyer|economist|analyst|trader|officer|"
            + "commander|rebel|cardinal|bishop|rev|sen|rep|gen|col|lt|sgt|sir|lord|lady|dame|sheikh|emir|sultan)";
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\b" + TITLES + "\\.?\\s+$");
    /** An apposition that gives a person's office: "Tedros Adhanom Ghebreyesus, a former foreign minister". */
    private static final Pattern TITLE_APPOSITION_AFTER = Pattern.compile("^,\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,3}"
            + TITLES + "\\b");
    private static final Pattern FIRST_NAME_BEFORE = Pattern.compile("\\b(?!(?:The|In|At|On|For|And|But|New|North|"
            + "South|East|West|San|Los|Las|St|Saint|Port|Fort|Mount|Lake|Cape|Upper|Lower|Greater|United|Hong|Sri|El|La|"
            + "Le)\\b)[A-Z][a-z]+\\s+$");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^,?\\s+(?:said|says|told|added|stressed|noted|"
            + "emphasized|warned|urged|announced|insisted|argued|wrote|explained|claimed|denied|admitted|"
            + "resigned|died|was born|who)\\b");
    /** "of" or "from" before a name: in "Tony Hall of Ohio said" the speaker is the person before it, not the name. */
    private static final Pattern OF_BEFORE = Pattern.compile("\\b(?:of|from)\\s+$");
    /** A result verb: a person's outside sport; in a sports report teams score, win and lose as well. */
    private static final Pattern RESULT_AFTER = Pattern.compile("^,?\\s+(?:scored|won|beat|lost|finished|shot|struck)\\b");
    /**
     * A goal scorer in a results line, "(Klinsmann 15th, Zieger 24th)", "Ronaldo (5th and 89th minutes)", or a cricket
     * scorecard's "c Hussain b Mullally".
     */
    private static final Pattern PLAYER_AFTER = Pattern.compile("^(?:\\s+\\(?\\d{1,3}(?:st|nd|rd|th)\\b(?!\\s+(?:century|"
            + "anniversary|birthday))|\\s+(?:c|b|lbw|st)\\s+[A-Z]|\\s+not\\s+out\\b|\\s+run\\s+out\\b)");
    /** A goal's minute inside a results line's parentheses, after the scorer: "(Jeffrey 7, Roest 33)". */
    private static final Pattern MINUTE_IN_PARENTHESES = Pattern.compile("^[ \\t]+\\d{1,3}(?:[,)]|[ \\t]+pen\\b)");
    private static final Pattern PLAYER_BEFORE = Pattern.compile("(?:\\bc|\\bb|\\blbw|\\bst|\\bc\\s+&|"
            + "\\bridden\\s+by|\\btrained\\s+by)\\s+$");
    /**
     * A results line's country after a competitor: "Anna Varga (Hungary)", "Tom Hale (U.S.)", "Al Roe (GBR)"; a score
     * right after it (group 2; not a tennis set such as 6-3) makes it a club's in a cup result, and so does a fixture's
     * "v" after it or before the name ("Lyngby (Denmark) v Club Brugge (Belgium)").
     */
    private static final Pattern COUNTRY_AFTER = Pattern.compile("^\\s+\\(([A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2})\\)"
            + "(\\s+\\d+(?![\\d-])|\\s+v\\s)?");
    private static final Pattern FAMILY_AFTER = Pattern.compile("^['’]s\\s+(?:wife|husband|son|daughter|father|mother|"
            + "brother|sister|family|career|lawyer|spokesman|government|administration|death|visit|remarks|comments)\\b");
    private static final Pattern COMPANY_AFTER = Pattern.compile("(?i)^,?\\s+(?:inc|corp|corporation|co|ltd|plc|ag|sa|"
            + "nv|gmbh|llc|group|holdings|bank|airlines|motors|international)\\b");
    private static final Pattern SAID_IT_AFTER = Pattern.compile("^,?\\s+said\\s+(?:on\\s+\\p{Lu}\\p{Ll}+day\\s+)?"
            + "(?:that\\s+)?(?:it|its)\\b");
    private static final Pattern ORG_CUE_BEFORE = Pattern.compile("(?i)\\b(?:shares\\s+(?:of|in)|spokesman\\s+for|"
            + "stake\\s+in|unit\\s+of|bid\\s+for|subsidiary\\s+of|takeover\\s+of|-listed|-owned|-controlled)\\s+$");
    private static final Pattern ORG_CUE_AFTER = Pattern.compile("^['’]?s?\\s+(?:shares|stock|profit|earnings|chairman|"
            + "board|spokesman|executives|shareholders|news\\s+agency|reported|quoted)\\b");
    private static final Pattern SCORES_AFTER = Pattern.compile("^\\s+\\d+\\s+(?:\\d+|[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*\\s+\\d+\\b)");
    private static final Pattern SCORE_BEFORE = Pattern.compile("[A-Z][\\w.]*\\s+\\d+\\s+$");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s+\\d+\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|In|At|near|across|outside|inside|throughout|"
            + "capital|(?:city|cities|province|towns?|villages?|region|state|suburb|district)\\s+of|border\\s+with|"
            + "(?:north|south|east|west|northeast|northwest|southeast|southwest)\\s+of)\\s+$");
    /** Motion towards or from a place; "according to" and "thanks to" name sources, not destinations. */
    private static final Pattern MOTION_BEFORE = Pattern.compile("(?<!according\\s|thanks\\s|due\\s)"
            + "\\b(?:to|from|into|via)\\s+$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^['’]s\\s+(?:capital|president|prime minister|"
            + "government|economy|border|coast|army|people|population)\\b");
    /**
     * A place's facility after a name: "Ben Gurion airport", "Victor Babes hospital", a golf club's "course"; it
     * outweighs a given name.
     */
    private static final Pattern FACILITY_AFTER = Pattern.compile("^\\s+(?:airport|airfield|air\\s+base|stadium|"
            + "hospital|prison|jail|course)\\b");
    /** A compass adjective before a name: "southern Minnesota", "northeastern Kivu". */
    private static final Pattern COMPASS_BEFORE = Pattern.compile("\\b(?:southern|northern|eastern|western|central|"
            + "northeastern|northwestern|southeastern|southwestern)\\s+$");
    /**
     * A comma and a capitalized word after a name, the state or country of a town: "Creedmoor, N.C.", "Akron, Ohio"
     * (not a possessive: "Garrett Lambert, Canada's high commissioner").
     */
    private static final Pattern REGION_AFTER = Pattern.compile("^,\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)(?!\\p{L}|['’]s)");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^(?:\\s*,\\s*[A-Za-z .]+)?\\s+(?:\\d{4}-\\d{2}-\\d{2}|"
            + "\\((?:Reuters|AP|AFP|Xinhua)\\))");

    /** After a club's name: a score, a cricket total, a results-table row, a player of the club, a result verb. */
    private static final Pattern TEAM_AFTER = Pattern.compile("^(?:[ \\t]+\\d{1,3}(?:-\\d{1,2})?(?![\\d-])[ \\t]*(?:$|\\n|\\(|[A-Z]|\\d|\\.\\d)"
            + "|['’]?s?\\s+(?:striker|defender|midfielder|goalkeeper|keeper|forward|winger|coach|manager|captain|"
            + "skipper|batsman|bowler|pitcher|opener|left-hander|right-hander|all-rounder)\\b"
            + "|\\s+(?:beat|beats|drew|lost\\s+to|held|v|vs\\.?|won\\s+(?:by|\\d))\\b)");
    /** Before a club's name: a result or fixture word. */
    private static final Pattern TEAM_BEFORE = Pattern.compile("\\b(?:beat|v|vs\\.?|against|drew\\s+with|lost\\s+to|"
            + "held\\s+by|at\\s+home\\s+to|visiting|joined|signed\\s+for|signed\\s+by|(?:win|victory|triumph)\\s+over|"
            + "signed\\s+from|transferred\\s+(?:from|to)|away\\s+to|(?:defeat|loss|draw)\\s+at|goals?\\s+for)\\s+$");

    private ContextEvidence() {
    }

    /**
     * Returns true when {@code name} plays as a team in a sports report: the text has sports words and at least two
     * mentions of the name sit in a score line, a results table, "beat"/"v" phrases or before a player's position
     * ("Liverpool striker"), or one mention does and no mention has a place cue. Countries are left to the caller.
     */
    static boolean isTeam(String name, String text) {
        if (!ArticleGenre.isSportsReport(text)) {
            return false;
        }
        int team = 0;
        int place = 0;
        int mentions = 0;
        for (int at = find(text, name, 0); at >= 0 && mentions < MAX_MENTIONS; at = find(text, name, at + name.length())) {
            mentions++;
            String left = text.substring(Math.max(0, at - WINDOW), at);
            String right = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + WINDOW));
            team += hits(TEAM_AFTER, right) + hits(TEAM_BEFORE, left);
            place += tailHits(PLACE_BEFORE, left) + hits(PLACE_AFTER, right);
        }
        return team >= 2 || team == 1 && place == 0;
    }

    /** Returns the type with the most evidence in {@code text}, or {@code null} when there is none or a tie. */
    static EntityType strongest(String name, String text) {
        int person = 0;
        int organization = 0;
        int place = 0;
        boolean oneWord = name.indexOf(' ') < 0;
        boolean sports = ArticleGenre.isSportsReport(text);
        boolean headsNounPhrase = false;
        int mentions = 0;
        for (int at = find(text, name, 0); at >= 0 && mentions < MAX_MENTIONS; at = find(text, name, at + name.length())) {
            mentions++;
            String left = text.substring(Math.max(0, at - WINDOW), at);
            String right = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + WINDOW));
            headsNounPhrase |= oneWord && (left.endsWith("the ") || left.endsWith("The "))
                    && AFTER_HEAD.matcher(right).lookingAt();
            person += 3 * hits(TITLE_BEFORE, left) + 3 * hits(TITLE_APPOSITION_AFTER, right) + 2 * speechAfter(left, right) + 2 * hits(FAMILY_AFTER, right)
                    + (sports ? 0 : 2 * hits(RESULT_AFTER, right))
                    + 3 * hits(PLAYER_AFTER, right) + 3 * hits(PLAYER_BEFORE, left);
            if (sports && left.lastIndexOf('(') > left.lastIndexOf(')') && MINUTE_IN_PARENTHESES.matcher(right).lookingAt()) {
                person += 3; // "Fortuna Sittard 2 (Jeffrey 7, Roest 33)": a scorer and the minute
            }
            if (oneWord) {
                person += firstNameBefore(left);
            } else {
                person += left.endsWith(" v ") ? 0 : 3 * countryAfter(right);
            }
            organization += 3 * hits(COMPANY_AFTER, right) + 2 * hits(SAID_IT_AFTER, right)
                    + 2 * tailHits(ORG_CUE_BEFORE, left) + 2 * hits(ORG_CUE_AFTER, right)
                    + 2 * hits(SCORES_AFTER, right)
                    + 2 * (hits(SCORE_BEFORE, left) > 0 && hits(NUMBER_AFTER, right) > 0 ? 1 : 0)
                    + OrganizationCues.points(name, left, right, sports);
            place += 2 * tailHits(PLACE_BEFORE, left) + hits(MOTION_BEFORE, left) + 2 * hits(PLACE_AFTER, right)
                    + 2 * tailHits(COMPASS_BEFORE, left) + 3 * regionAfter(right) + 6 * hits(FACILITY_AFTER, right);
            if (sports) {
                organization += 2 * hits(TEAM_AFTER, right) + 2 * hits(TEAM_BEFORE, left);
            }
        }
        if (mentions == 0) {
            return null;
        }
        String[] words = name.split("\\s+");
        String head = words[words.length - 1];
        if (words.length >= 2 && !GivenNames.startsPersonName(words)
                && (find(text, "the " + name, 0) >= 0 || find(text, "the " + head, 0) >= 0)
                || words.length == 1 && sports && takesArticle(text, name)) {
            organization += 2; // "the Seattle Mariners", "The Mariners": no person's name takes an article
        } else if (words.length == 1 && !sports && headsNounPhrase) {
            // the name ends a noun phrase after "the" ("the Kremlin said", "the Duma."), not "the Kiechle bill"
            organization++; // "the Kremlin", "the Duma", "the Lancet": an institution or a place, not a person
            place++;
        }
        if (GivenNames.startsPersonName(words)) {
            person += 5; // Ian Woosnam 70 68: a golfer's scores are no team's
        }
        if (words.length >= 2 && words.length <= 3 && words[words.length - 1].length() > 2) {
            // news style names a person in full once, then by surname alone: "Boris Yeltsin ... Yeltsin said"
            String surname = words[words.length - 1];
            for (int at = find(text, surname, 0); at >= 0; at = find(text, surname, at + surname.length())) {
                boolean afterFirstName = text.startsWith(words[words.length - 2] + " ", Math.max(0, at - words[words.length - 2].length() - 1))
                        && at >= words[words.length - 2].length() + 1;
                boolean beforeCapital = at + surname.length() + 1 < text.length()
                        && text.charAt(at + surname.length()) == ' ' && Character.isUpperCase(text.charAt(at + surname.length() + 1));
                boolean afterArticle = at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4);
                boolean afterPlaceWord = tailHits(PLACE_BEFORE, text.substring(Math.max(0, at - WINDOW), at)) > 0;
                if (!afterFirstName && !beforeCapital && !afterArticle && !afterPlaceWord) {
                    person += 2;
                    break;
                }
            }
        }
        if (person == 0 && organization == 0 && place == 0) {
            return null;
        }
        if (person > organization && person > place) {
            return EntityType.PERSON;
        }
        if (organization > person && organization > place) {
            return EntityType.ORGANIZATION;
        }
        if (place > person && place > organization) {
            return EntityType.PLACE;
        }
        return null;
    }

    /**
     * Returns true when the name is a heading of its own line in a press review ("EL PAIS" above that paper's
     * headlines): the masthead of a newspaper.
     */
    static boolean isMasthead(String name, String text) {
        if (!ArticleGenre.isPressReview(text)) {
            return false;
        }
        for (int at = find(text, name, 0); at >= 0; at = find(text, name, at + name.length())) {
            int end = at + name.length();
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
            boolean lineEnd = end == text.length() || text.charAt(end) == '\n' || text.startsWith(" \n", end)
                    || text.startsWith(":\n", end);
            if (lineStart && lineEnd) {
                return true;
            }
        }
        return false;
    }

    /** Returns true when the name starts a dateline: {@code BRUSSELS 1996-08-22}, {@code LONDON (Reuters)}. */
    static boolean isDateline(String name, String text) {
        for (int at = find(text, name, 0); at >= 0; at = find(text, name, at + name.length())) {
            int lineStart = at;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && Character.isWhitespace(text.charAt(lineStart - 1))) {
                lineStart--;
            }
            if (lineStart == 0 || text.charAt(lineStart - 1) == '\n') {
                String right = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + WINDOW));
                if (DATELINE_AFTER.matcher(right).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the name as written in mixed case in the text ({@code Boston} for {@code BOSTON}), or {@code null}. */
    static String mixedCaseForm(String upper, String text) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerName = upper.toLowerCase(Locale.ROOT);
        for (int at = find(lowerText, lowerName, 0); at >= 0; at = find(lowerText, lowerName, at + lowerName.length())) {
            String found = text.substring(at, at + upper.length());
            if (!found.equals(found.toUpperCase(Locale.ROOT))) {
                return found;
            }
        }
        return null;
    }

    /** Finds {@code name} in {@code text} from {@code from} as a whole word; -1 when absent. */
    private static int find(String text, String name, int from) {
        if (name.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(name, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + name.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(name, at + 1);
        }
        return -1;
    }

    /**
     * Returns 2 when a known given name stands right before the name ("Boris Yeltsin" for Yeltsin), 1 for another
     * capitalized word (it may be a club's city: "Seattle Mariners"), else 0.
     */
    private static int firstNameBefore(String left) {
        Matcher m = FIRST_NAME_BEFORE.matcher(left);
        if (!m.find()) {
            return 0;
        }
        return GivenNames.contains(m.group().strip()) ? 2 : 1;
    }

    /** Returns true when {@code name} follows "the" or "The" somewhere in {@code text}. */
    private static boolean takesArticle(String text, String name) {
        return find(text, "the " + name, 0) >= 0 || find(text, "The " + name, 0) >= 0;
    }

    /**
     * Returns 1 when the window opens with a comma and a U.S. state's abbreviation or a country ("Creedmoor, N.C.",
     * "Leduc, Canada"): the name is then a town's; else 0.
     */
    private static int regionAfter(String right) {
        Matcher m = REGION_AFTER.matcher(right);
        if (!m.find()) {
            return 0;
        }
        String region = m.group(1);
        String word = region.split("\\s")[0];
        return NameShape.isStateAbbreviation(region) || NameShape.isStateAbbreviation(word)
                || NameShape.isStateAbbreviation(word.replaceAll("[.]+$", "")) || Countries.contains(region)
                || Countries.contains(word) ? 1 : 0;
    }

    /** What may follow a name that heads "the ..." on its own: punctuation, a verb or a preposition, not a noun. */
    private static final Pattern AFTER_HEAD = Pattern.compile("^(?:[.,;:'\"’)]|\\s+(?:said|says|has|have|had|was|is|were|"
            + "are|would|will|could|did|and|on|in|to|of|for|with|as|at|by|from|or|which|that|who)\\b)");

    /** Returns 1 when the window opens with a country in parentheses (a competitor's nationality), else 0. */
    private static int countryAfter(String right) {
        Matcher m = COUNTRY_AFTER.matcher(right);
        if (!m.find()) {
            return 0;
        }
        String country = m.group(1);
        boolean scoreAfter = m.group(2) != null; // "Gloria Bistrita (Romania) 2 Valletta (Malta) 1", "... v": a club
        return !scoreAfter && (Countries.contains(country) || country.matches("(?:[A-Z]\\.){2,3}|[A-Z]{3}")) ? 1 : 0;
    }

    /** Returns 1 when a speech verb follows the name and the name is not the "of" phrase of another speaker. */
    private static int speechAfter(String left, String right) {
        return hits(SPEECH_AFTER, right) > 0 && tailHits(OF_BEFORE, left) == 0 ? 1 : 0;
    }

    /**
     * Returns 1 when {@code pattern}, anchored at the end, matches within the last 24 characters of {@code window}
     * (its cues are shorter; the word boundary still sees the character before them), else 0.
     */
    private static int tailHits(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window).useTransparentBounds(true);
        m.region(Math.max(0, window.length() - 24), window.length());
        return m.find() ? 1 : 0;
    }

    private static int hits(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window);
        return m.find() ? 1 : 0;
    }
}
