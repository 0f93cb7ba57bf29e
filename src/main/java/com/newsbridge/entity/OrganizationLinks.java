package com.newsbridge.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that an article treats as an organization's although they look like a person's:
 * <ul>
 *   <li>a name followed by its acronym in parentheses, the acronym made of the name's initials: {@code America Online
 *       (AOL)}, {@code Beirut Secondary Market (BSM)}; people are not abbreviated so;</li>
 *   <li>a name before the kind of publication it is: {@code Les Echos newspaper said};</li>
 *   <li>a name after a job at it: {@code economists at Credit Suisse}, {@code an analyst with Merrill Lynch};</li>
 *   <li>in business news (not a sports report), a name that opens a table row of figures: {@code KABLO KLADNO 960.00
 *       960.00 2230}, a listed company's prices.</li>
 * </ul>
 * The text is scanned once per article ({@link LastComputed}); a keyword is then a set look-up. The typer asks this
 * only of names it would otherwise call a person.
 */
final class OrganizationLinks {

    /** An acronym in parentheses. */
    private static final Pattern ACRONYM = Pattern.compile(" \\((\\p{Lu}{2,6})\\)");
    /** A table row: a line that opens with capitalized words, then at least two figures. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^(\\p{Lu}[\\p{L}.&'-]*(?: \\p{Lu}[\\p{L}.&'-]*){0,3})"
            + "[ \\t]+[\\d.,]+[ \\t]+[\\d.,]+");

    /** A job at a firm before its name: "economists at Credit Suisse", "William Hale, an analyst with Hale Brothers". */
    private static final Pattern JOB_AT = Pattern.compile("\\b(?=[aedtbocm])(?:analysts?|economists?|strategists?|dealers?|traders?|"
            + "brokers?|executives?|officials?|chairman|director|managing\\s+director|chief\\s+executive)\\s+(?:at|with|of)"
            + "\\s+(?=\\p{Lu})");
    /** A kind of publication after its name: "Les Echos newspaper said", "La Nacion daily". */
    private static final Pattern PUBLICATION_AFTER = Pattern.compile(" (?=[ndwm])(?:newspaper|daily|weekly|magazine|news\\s+agency)"
            + "\\b");
    /** Words one of which a text must hold for the publication and job patterns to be run over it at all. */
    private static final List<String> PUBLICATION_WORDS = List.of(" newspaper", " daily", " weekly", " magazine",
            " news agency");
    private static final List<String> JOB_WORDS = List.of("analyst", "economist", "strategist", "dealer", "trader",
            "broker", "executive", "official", "chairman", "director");
    /** A capitalized word, and what may end it: a comma, a full stop. */
    private static final Pattern RUN_WORD = Pattern.compile("\\G(\\p{Lu}[\\p{L}\\d'’&-]*(?:\\.\\p{Lu}\\.?)*)([ ,.;:)]|$)");

    private static final LastComputed<String, Set<String>> NAMES = new LastComputed<>(OrganizationLinks::scan);

    private OrganizationLinks() {
    }

    /** Returns true when {@code text} abbreviates {@code name} by its initials or lists it in a table of prices. */
    static boolean isOrganization(String name, String text) {
        return NAMES.get(text).contains(name);
    }

    /** Collects the names abbreviated by their initials and, in business news, the names opening table rows. */
    static Set<String> scan(String text) {
        Set<String> names = new HashSet<>();
        Matcher acronym = ACRONYM.matcher(text.contains(" (") ? text : "");
        while (acronym.find()) {
            String letters = acronym.group(1);
            List<String> run = CompanyNames.runBefore(text, acronym.start());
            if (run.size() >= letters.length()) {
                List<String> named = run.subList(run.size() - letters.length(), run.size());
                StringBuilder initials = new StringBuilder();
                named.forEach(word -> initials.append(word.charAt(0)));
                if (initials.toString().equals(letters)) {
                    names.add(String.join(" ", named));
                }
            } else if (run.size() >= 2 && initialsSpell(run, letters)) {
                names.add(String.join(" ", run)); // America Online (AOL): a word may give two letters
            }
        }
        Matcher publication = PUBLICATION_AFTER.matcher(TopicCues.containsAny(text, PUBLICATION_WORDS) ? text : "");
        while (publication.find()) {
            List<String> run = CompanyNames.runBefore(text, publication.start());
            for (int start = 0; start < run.size(); start++) {
                names.add(String.join(" ", run.subList(start, run.size())));
            }
        }
        Matcher job = JOB_AT.matcher(TopicCues.containsAny(text, JOB_WORDS) ? text : "");
        while (job.find()) {
            StringBuilder name = new StringBuilder();
            Matcher word = RUN_WORD.matcher(text);
            for (int at = job.end(); at < text.length() && word.find(at); at = word.end()) {
                name.append(name.length() == 0 ? "" : " ").append(word.group(1));
                names.add(name.toString());
                if (!word.group(2).equals(" ")) {
                    break;
                }
            }
        }
        if (ArticleGenre.isBusinessReport(text) && !ArticleGenre.isSportsReport(text)) {
            Matcher row = TABLE_ROW.matcher(text);
            while (row.find()) {
                names.add(row.group(1));
            }
        }
        return names;
    }

    /** Returns true when the acronym starts with the run's first initial and holds every word's initial in order. */
    private static boolean initialsSpell(List<String> run, String letters) {
        int at = 0;
        for (String word : run) {
            int found = letters.indexOf(word.charAt(0), at);
            if (found < 0 || word == run.get(0) && found != 0) {
                return false;
            }
            at = found + 1;
        }
        return true;
    }
}
