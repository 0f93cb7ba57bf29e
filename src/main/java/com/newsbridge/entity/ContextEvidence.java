package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how an article's English text uses a name and scores the evidence for person, organization and place. Cues,
 * each worth points when found around a mention of the name:
 * <ul>
 *   <li>person: a title before it ({@code President}, {@code Mr}, {@code coach} ...), a first name before a one-word
 *       name ({@code Boris Yeltsin} for {@code Yeltsin}), a speech verb after it ({@code said}, {@code told}), a family
 *       word after its possessive;</li>
 *   <li>organization: a company suffix after it ({@code Inc}, {@code Corp}, {@code Ltd}), {@code said it},
 *       shares, a spokesman for it, and sports results (a team name followed by scores);</li>
 *   <li>place: a locative preposition before it ({@code in}, {@code at}, {@code near}), a dateline.</li>
 * </ul>
 */
final class ContextEvidence {

    private static final String TITLES = "(?:mr|mrs|ms|dr|prof|president|premier|minister|secretary-general|secretary|"
            + "chairman|chairwoman|chair|director-general|director|chancellor|king|queen|prince|princess|pope|ceo|coach|"
            + "ambassador|spokesman|spokeswoman|spokesperson|governor|mayor|senator|general|envoy|vice|leader|"
            + "striker|midfielder|defender|goalkeeper|captain|manager|champion|player|driver|rider|skipper|batsman|"
            + "bowler|seed|opponent|compatriot|teammate|colleague|judge|lawyer|economist|analyst|trader|officer|"
            + "commander|rebel|cardinal|bishop|rev|sen|rep|gen|col|lt|sgt|sir|lord|lady|dame|sheikh|emir|sultan)";
    private static final String SPEECH = "(?:said|says|told|added|stressed|noted|emphasized|warned|urged|announced|"
            + "insisted|argued|wrote|explained|claimed|denied|admitted|scored|won|beat|lost|finished|shot|struck|"
            + "resigned|died|was born|who)";
    private static final String COMPANY = "(?:inc|corp|corporation|co|ltd|plc|ag|sa|nv|gmbh|llc|group|holdings|bank|"
            + "airlines|motors|international)";

    private ContextEvidence() {
    }

    /** Returns the type with the most evidence in {@code text}, or {@code null} when there is none or a tie. */
    static EntityType strongest(String name, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String n = Pattern.quote(name);
        int person = 3 * count("(?i)\\b" + TITLES + "\\.?\\s+" + n + "\\b", text)
                + 2 * count("\\b" + n + ",?\\s+" + SPEECH + "\\b", text)
                + 2 * count("\\b" + n + "['’]s\\s+(?:wife|husband|son|daughter|father|mother|brother|sister|family|"
                + "career|lawyer|spokesman|government|administration|death|visit|remarks|comments)\\b", text);
        String[] words = name.split("\\s+");
        if (words.length >= 2 && words.length <= 3 && words[words.length - 1].length() > 2) {
            // news style names a person in full once, then by surname alone: "Boris Yeltsin ... Yeltsin said"
            String surname = Pattern.quote(words[words.length - 1]);
            String first = Pattern.quote(words[0]);
            person += 2 * Math.min(1, count("(?<!" + first + "\\s)\\b" + surname + "\\b(?!\\s+[A-Z])", text));
        }
        if (!name.contains(" ")) {
            person += 2 * count("\\b(?!(?:The|In|At|On|For|And|But|New|North|South|East|West|San|Los|Las|St|Saint|"
                    + "Port|Fort|Mount|Lake|Cape|Upper|Lower|Greater|United|Hong|Sri|El|La|Le)\\b)[A-Z][a-z]+\\s+" + n + "\\b", text);
        }
        int organization = 3 * count("(?i)\\b" + n + ",?\\s+" + COMPANY + "\\b\\.?", text)
                + 2 * count("\\b" + n + "\\s+said\\s+(?:it|its)\\b", text)
                + 2 * count("(?i)\\b(?:shares\\s+(?:of|in)|spokesman\\s+for|stake\\s+in|unit\\s+of|bid\\s+for|"
                + "subsidiary\\s+of|takeover\\s+of)\\s+" + n + "\\b", text)
                + 2 * count("\\b" + n + "['’]?s?\\s+(?:shares|stock|profit|earnings|chairman|board|spokesman|"
                + "executives|shareholders)\\b", text)
                + 2 * count("(?m)^" + n + "\\s+\\d+\\s+\\d+", text)
                + 2 * count("\\b" + n + "\\s+\\d+\\s+[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*\\s+\\d+\\b", text)
                + 2 * count("\\b[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*\\s+\\d+\\s+" + n + "\\s+\\d+\\b", text);
        int place = 2 * count("\\b(?:in|at|near|across|outside|inside|throughout|capital|city\\s+of|province\\s+of|"
                + "town\\s+of|region\\s+of|border\\s+with)\\s+" + n + "\\b", text)
                + count("\\b(?:to|from|into|via)\\s+" + n + "\\b", text)
                + 2 * count("\\b" + n + "['’]s\\s+(?:capital|president|prime minister|government|economy|border|"
                + "coast|army|people|population)\\b", text);
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

    /** Returns true when the name starts a dateline: {@code BRUSSELS 1996-08-22}, {@code LONDON (Reuters)}. */
    static boolean isDateline(String name, String text) {
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "(?:\\s*,\\s*[A-Za-z .]+)?\\s+(?:\\d{4}-\\d{2}-\\d{2}|\\((?:Reuters|AP|AFP|Xinhua)\\))")
                .matcher(text).find();
    }

    /** Returns the name as written in mixed case in the text ({@code Boston} for {@code BOSTON}), or {@code null}. */
    static String mixedCaseForm(String upper, String text) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(upper) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            String found = m.group();
            if (!found.equals(found.toUpperCase(Locale.ROOT))) {
                return found;
            }
        }
        return null;
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int c = 0;
        while (m.find() && c < 5) {
            c++;
        }
        return c;
    }
}
