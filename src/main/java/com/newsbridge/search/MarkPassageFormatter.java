package com.newsbridge.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with {@code <mark>} around matches.
 *
 * <p>Overlapping and touching matches are merged into one mark: a Chinese name matched as character bigrams
 * (刘建, 建超) or as single-character words (刘|建|超) shows as {@code <mark>刘建超</mark>}, and matches one space apart
 * too, so an English phrase shows as {@code <mark>Liu Jianchao</mark>}. Everything taken from the
 * article is escaped, so the marks are the only markup in the result.
 */
public final class MarkPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0) {
                out.append(ELLIPSIS);
            }
            int pos = passage.getStartOffset();
            int i = 0;
            int n = passage.getNumMatches();
            while (i < n) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                i++;
                while (i < n && joins(content, end, passage.getMatchStarts()[i])) {
                    end = Math.max(end, passage.getMatchEnds()[i]);
                    i++;
                }
                if (end <= pos) {
                    continue;
                }
                escape(content, pos, start, out);
                out.append("<mark>");
                escape(content, start, end, out);
                out.append("</mark>");
                pos = end;
            }
            escape(content, pos, passage.getEndOffset(), out);
            previousEnd = passage.getEndOffset();
        }
        return out.toString().strip();
    }

    /**
     * Returns true when a match starting at {@code nextStart} continues the mark ending at {@code end}: it overlaps or
     * touches it, or only one space separates them, so the words of a phrase ({@code Liu Jianchao}) show as one mark.
     */
    private static boolean joins(String content, int end, int nextStart) {
        return nextStart <= end || (nextStart == end + 1 && content.charAt(end) == ' ');
    }

    /** Appends {@code text[from, to)} to {@code out} with {@code & < > " '} escaped. */
    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
