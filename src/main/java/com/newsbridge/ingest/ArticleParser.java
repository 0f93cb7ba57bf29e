package com.newsbridge.ingest;

import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one article file in the NewsBridge text format.
 *
 * <p>The format, as in the seed article: the Chinese text (paragraphs, one per line) up to the first label line, then
 * {@code Title:}, {@code Keywords:} (and an optional {@code Date: YYYY-MM-DD}), then {@code News Content:} followed by
 * the English paragraphs, then a {@code 【来源】URL} line and a last {@code Views: N} line. Labels match in any letter
 * case with an ASCII or full-width colon; every part may be missing, as long as some English or Chinese text is
 * there. Problems are reported as an {@link ArticleParseException} naming the source and line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleParser {

    /** Longest Chinese display title, in characters, before it is cut with an ellipsis. */
    static final int MAX_ZH_TITLE = 60;

    private static final String SPACE = "[\\s\\u3000\\u00A0]*";
    private static final Pattern LABEL = Pattern.compile(
            "^" + SPACE + "(title|keywords?|date|news[ \\t]*content|views)" + SPACE + "[:：]" + SPACE + "(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^" + SPACE + "(?:【来源】|\\[来源]|来源" + SPACE + "[:：])"
            + SPACE + "(.*)$");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,，、;；]");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{2})-?(\\d{2})/");
    private static final Pattern VIEWS = Pattern.compile("^\\d[\\d,]*$");

    private enum Part { CHINESE, HEADER, ENGLISH, TRAILER }

    /**
     * Parses raw file bytes, detecting their encoding.
     *
     * @param bytes  the file content
     * @param source the file path or name, used for error messages
     * @return the article
     * @throws ArticleParseException when the input is not an article
     */
    public Article parse(byte[] bytes, String source) {
        return parse(TextDecoder.decode(bytes, source), source);
    }

    /**
     * Parses decoded text.
     *
     * @param text   the file content
     * @param source the file path or name, used for error messages
     * @return the article
     * @throws ArticleParseException when the input is not an article
     */
    public Article parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleParseException(source, 0, "empty file");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String title = null;
        List<String> keywords = List.of();
        LocalDate date = null;
        String articleSource = null;
        Long views = null;
        Part part = Part.CHINESE;

        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            checkControlCharacters(line, source, lineNo);
            Matcher sourceMatch = SOURCE.matcher(line);
            if (sourceMatch.matches()) {
                articleSource = emptyToNull(clean(sourceMatch.group(1)));
                part = Part.TRAILER;
                continue;
            }
            Matcher label = LABEL.matcher(line);
            String name = label.matches() ? label.group(1).toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", " ") : null;
            if (part == Part.ENGLISH && name != null
                    && !(name.equals("views") && VIEWS.matcher(clean(label.group(2))).matches())) {
                name = null; // inside the English body only a numeric "Views:" line is a label
            }
            if (name == null) {
                String content = clean(line);
                switch (part) {
                    case CHINESE -> addParagraph(zh, content);
                    case ENGLISH -> addParagraph(en, content);
                    case HEADER -> {
                        if (content.isEmpty()) {
                            break;
                        }
                        if (title == null) {
                            throw new ArticleParseException(source, lineNo,
                                    "unexpected text after the label lines (expected Title:, News Content: or 【来源】)");
                        }
                        part = Part.ENGLISH; // English body without a "News Content:" label
                        addParagraph(en, content);
                    }
                    case TRAILER -> {
                        if (!content.isEmpty()) {
                            throw new ArticleParseException(source, lineNo,
                                    "unexpected text after the source line (only Date: and Views: may follow it)");
                        }
                    }
                }
                continue;
            }
            String value = clean(label.group(2));
            switch (name) {
                case "title" -> {
                    if (title != null) {
                        throw new ArticleParseException(source, lineNo, "second Title: line");
                    }
                    title = value;
                    part = Part.HEADER;
                }
                case "keywords", "keyword" -> {
                    keywords = splitKeywords(value);
                    part = part == Part.TRAILER ? part : Part.HEADER;
                }
                case "date" -> {
                    date = parseDate(value, source, lineNo);
                    part = part == Part.TRAILER ? part : Part.HEADER;
                }
                case "news content" -> {
                    part = Part.ENGLISH;
                    addParagraph(en, value);
                }
                case "views" -> {
                    views = parseViews(value, source, lineNo);
                    part = Part.TRAILER;
                }
                default -> throw new IllegalStateException("unhandled label " + name);
            }
        }

        String textZh = String.join("\n", zh);
        String textEn = String.join("\n", en);
        String titleEn = title == null ? "" : title;
        if (!containsHan(textZh) && titleEn.isEmpty() && textEn.isEmpty()) {
            throw new ArticleParseException(source, 1,
                    "no recognizable English or Chinese part (no Chinese text and no Title:/News Content: lines)");
        }
        if (date == null && articleSource != null) {
            date = dateFromUrl(articleSource);
        }
        String id = articleSource != null
                ? ArticleIds.fromSource(articleSource)
                : ArticleIds.fromContent(titleEn, textEn, textZh);
        return new Article(id, titleEn, chineseTitle(textZh), textEn, textZh, keywords, articleSource, date, views);
    }

    /**
     * Splits a keyword line on {@code , ， 、 ; ；}, trimming entries and dropping empty ones and case-insensitive
     * duplicates while keeping the first spelling and the order.
     */
    public static List<String> splitKeywords(String line) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String part : KEYWORD_SEPARATORS.split(line)) {
            String keyword = clean(part).replaceAll("\\s+", " ");
            if (!keyword.isEmpty()) {
                unique.putIfAbsent(keyword.toLowerCase(Locale.ROOT), keyword);
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * Returns the Chinese display title: the first sentence of the Chinese text (up to {@code 。！？} or the end of the
     * first paragraph), without the final punctuation, cut at {@value #MAX_ZH_TITLE} characters.
     */
    public static String chineseTitle(String textZh) {
        if (textZh.isEmpty()) {
            return "";
        }
        int end = textZh.length();
        for (int i = 0; i < textZh.length(); i++) {
            char c = textZh.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                end = i;
                break;
            }
        }
        String sentence = textZh.substring(0, end).strip();
        if (sentence.codePointCount(0, sentence.length()) > MAX_ZH_TITLE) {
            sentence = sentence.substring(0, sentence.offsetByCodePoints(0, MAX_ZH_TITLE - 1)) + "…";
        }
        return sentence;
    }

    /** Returns the date in a {@code /YYYY/MM-DD/} URL path (as chinanews.com uses), or {@code null}. */
    public static LocalDate dateFromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Returns true when {@code text} contains a Han ideograph. */
    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(ArticleParser::isHan);
    }

    /** Returns true when the code point is a Chinese character (Unicode script Han). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static LocalDate parseDate(String value, String source, int lineNo) {
        Matcher m = ISO_DATE.matcher(value);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new ArticleParseException(source, lineNo, "invalid date '" + value + "': " + e.getMessage());
            }
        }
        throw new ArticleParseException(source, lineNo, "invalid date '" + value + "' (expected YYYY-MM-DD)");
    }

    private static Long parseViews(String value, String source, int lineNo) {
        if (value.isEmpty()) {
            return null;
        }
        if (!VIEWS.matcher(value).matches()) {
            throw new ArticleParseException(source, lineNo, "invalid view count '" + value + "' (expected a number)");
        }
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ArticleParseException(source, lineNo, "view count too large: '" + value + "'");
        }
    }

    private static void checkControlCharacters(String line, String source, int lineNo) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                throw new ArticleParseException(source, lineNo,
                        String.format(Locale.ROOT, "control character U+%04X at column %d: not a text article", (int) c, i + 1));
            }
        }
    }

    private static void addParagraph(List<String> paragraphs, String content) {
        if (!content.isEmpty()) {
            paragraphs.add(content);
        }
    }

    /**
     * Trims ASCII, full-width and no-break spaces at both ends. A loop, not a regular expression: {@code [\\s]+$}
     * backtracks quadratically over a long run of spaces inside a line, which let one line stall a parse for minutes.
     */
    private static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
