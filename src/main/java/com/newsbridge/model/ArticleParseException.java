package com.newsbridge.model;

/**
 * An input file or record is not a valid article. Carries where the problem is so that batch runs can report it.
 */
public class ArticleParseException extends BadRequestException {

    private final String source;
    private final int line;

    /**
     * @param source the file path or item name, used in messages
     * @param line   the 1-based line of the problem, or 0 when it concerns the whole input
     * @param reason what is wrong, in one sentence
     */
    public ArticleParseException(String source, int line, String reason) {
        super("bad_article", (line > 0 ? source + ":" + line : source) + ": " + reason, null);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
