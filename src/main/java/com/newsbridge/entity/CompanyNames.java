package com.newsbridge.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names that an article writes with a company's legal form after them: "Robert W. Baird &amp; Co.",
 * "Atria Oy", "Liu Chong Hing Investment Ltd", "Arch Petroleum Inc". Such a name, or the same name without up to two
 * trade words before the legal form ("Liu Chong Hing" of "Liu Chong Hing Investment Ltd"), names a company even when
 * it looks like a person's name and the company "said" something.
 *
 * <p>The text is scanned once per article for legal forms ({@link LastComputed}); the run of capitalized words right
 * before each is cut into the names it can stand for, and a keyword is then a set look-up. The typer asks this only
 * of names it would otherwise call a person, because a place often starts a company's name ("Atlanta Gas Light Co")
 * and stays a place.
 */
final class CompanyNames {

    /**
     * A company's legal form after a name: "&amp; Co", "and Co", "Inc", "Corp", "Ltd", "Plc", "AG", "Oy" ... written
     * as such, with the case it takes in running text or in a headline in capitals.
     */
    private static final Pattern LEGAL_FORM = Pattern.compile("[ ,\\t][ \\t]*(?:(?:&|and)[ \\t]+(?:Co|Cie|Company|Sons)|"
            + "(?:Inc|Corp|Co|Ltd|Limited|Plc|PLC|AG|NV|GmbH|LLC|Oy|Oyj|SpA|Bhd|Pty|Tbk|INC|CORP|LTD))"
            + "(?![\\p{L}\\d])");
    /** One word of a company's name: capitalized, an initial ("W."), or joined by a hyphen or an apostrophe. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d.'’&-]*");
    /** How many trade words may stand between a name and its legal form ("Investment" in "... Investment Ltd"). */
    private static final int MAX_TRADE_WORDS = 2;
    /** The longest run of capitalized words read before a legal form. */
    private static final int MAX_RUN = 6;
    /** Courtesy titles before a surname ("Mr" also as "Mr."). */
    private static final Set<String> COURTESY_TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir");
    /**
     * Words of a partnership named after its partners: "Greenspan Associates Inc" names a firm, but "Greenspan" alone
     * stays the partner, so these are not dropped as trade words.
     */
    private static final Set<String> PARTNER_WORDS = Set.of("Associates", "Partners", "Brothers", "Bros", "Sons");

    private static final LastComputed<String, Set<String>> NAMES = new LastComputed<>(CompanyNames::scan);

    private CompanyNames() {
    }

    /** Returns true when {@code text} writes {@code name} with a company's legal form after it, or a trade word or two. */
    static boolean isCompany(String name, String text) {
        return NAMES.get(text).contains(name) && !namedInFull(name, text);
    }

    /**
     * Returns true when a one-word {@code name} also follows a known given name or a courtesy title in {@code text}:
     * "Ivan Boesky" beside "Boesky and Co" is the man whose firm bears his name, and the keyword is his.
     */
    private static boolean namedInFull(String name, String text) {
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at - 1;
            if (end <= 0 || text.charAt(end) != ' ') {
                continue;
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String before = text.substring(start, end);
            if (GivenNames.contains(before) || COURTESY_TITLES.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** Collects every name that a legal form in {@code text} makes a company's. */
    static Set<String> scan(String text) {
        Set<String> names = new HashSet<>();
        Matcher legal = LEGAL_FORM.matcher(text);
        while (legal.find()) {
            List<String> run = runBefore(text, legal.start());
            for (int end = run.size(); end >= Math.max(1, run.size() - MAX_TRADE_WORDS); end--) {
                if (end < run.size() && PARTNER_WORDS.contains(run.get(end))) {
                    break;
                }
                for (int start = 0; start < end; start++) {
                    names.add(String.join(" ", run.subList(start, end)));
                }
            }
        }
        return names;
    }

    /** Returns the capitalized words, separated by single spaces, that end at {@code end} in {@code text}. */
    static List<String> runBefore(String text, int end) {
        List<String> run = new ArrayList<>();
        int at = end;
        while (run.size() < MAX_RUN && at > 0) {
            int start = at;
            while (start > 0 && text.charAt(start - 1) != ' ' && text.charAt(start - 1) != '\n'
                    && text.charAt(start - 1) != '\t') {
                start--;
            }
            String word = text.substring(start, at);
            if (!NAME_WORD.matcher(word).matches()) {
                break;
            }
            run.add(0, word);
            if (start == 0 || text.charAt(start - 1) != ' ') {
                break; // a line's first word: a run does not go on from the line before
            }
            at = start - 1;
        }
        return run;
    }
}
