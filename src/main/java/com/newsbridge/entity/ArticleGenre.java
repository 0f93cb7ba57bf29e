package com.newsbridge.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what kind of report an English text is (sport, business news, a press review), because the same name is
 * typed differently in each: a lone city in a sports report is most often its club, a lone unknown name in business
 * news a company, a heading of its own line in a press review a newspaper. Each text is scanned once per kind, not
 * once per keyword, since the typer asks for every keyword of the article.
 */
final class ArticleGenre {

    private ArticleGenre() {
    }

    /** Words of team sports: an article with two of them reports sport. */
    private static final Pattern SPORT_WORDS = Pattern.compile("(?i)\\b(?:soccer|football|cricket|rugby|baseball|"
            + "basketball|hockey|league|division|innings|wickets?|halftime|half-time|goals?|scored|standings|"
            + "championship|cup|match|played|drew|beat|season|points)\\b");

    /** Words of business news: an article with three of them reports on companies or markets. */
    private static final Pattern BUSINESS_WORDS = Pattern.compile("(?i)\\b(?:shares?|profits?|company|companies|"
            + "firm|stake|revenues?|earnings|dividend|analysts?|shareholders?|takeover|subsidiary|chairman|"
            + "executive|bank|banks|merger|acquisition|stock|bonds?|contract|sales|net|turnover)\\b");

    /** Each article's text is scanned once for its genre, not once per keyword (the typer asks for every keyword). */
    private static final LastComputed<String, Boolean> BUSINESS = new LastComputed<>(text -> atLeast(BUSINESS_WORDS, text, 3));
    private static final LastComputed<String, Boolean> SPORTS = new LastComputed<>(text -> atLeast(SPORT_WORDS, text, 2));

    /** Returns true when the text has at least three words of business news (shares, profit, company ...). */
    static boolean isBusinessReport(String text) {
        return BUSINESS.get(text);
    }

    /** Returns true when the text has at least two words of team sports (league, innings, scored ...). */
    static boolean isSportsReport(String text) {
        return SPORTS.get(text);
    }

    private static boolean atLeast(Pattern words, String text, int wanted) {
        Matcher matcher = words.matcher(text);
        int found = 0;
        while (found < wanted && matcher.find()) {
            found++;
        }
        return found >= wanted;
    }

    /** A press review: "PRESS DIGEST", "headlines from major newspapers". */
    private static final Pattern PRESS_REVIEW = Pattern.compile("(?i)\\bpress\\s+digest\\b|\\bnewspapers?\\b");
    private static final LastComputed<String, Boolean> PRESS = new LastComputed<>(text -> PRESS_REVIEW.matcher(text).find());

    /** Returns true when the text is a press review: it names a press digest or newspapers. */
    static boolean isPressReview(String text) {
        return PRESS.get(text);
    }
}
