package com.newsbridge.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One bilingual news article as parsed from its source file, before any analysis.
 *
 * <p>Every text part may be empty: an English-only article has no Chinese text, a Chinese-only article has no English
 * title or text. Absent scalar values are {@code null}. Keywords keep the order of the file.
 *
 * @param id         stable identifier derived from the source (or the content when there is no source)
 * @param titleEn    English title, or empty
 * @param titleZh    Chinese display title (the first sentence of the Chinese text), or empty
 * @param textEn     English body text, paragraphs separated by {@code \n}, or empty
 * @param textZh     Chinese body text, paragraphs separated by {@code \n}, or empty
 * @param keywords   the keyword line's entries in file order, without duplicates
 * @param source     the source line as written (usually a URL), or {@code null}
 * @param published  the publication date, or {@code null} when unknown
 * @param views      the view count, or {@code null} when absent
 */
public record Article(
        String id,
        String titleEn,
        String titleZh,
        String textEn,
        String textZh,
        List<String> keywords,
        String source,
        LocalDate published,
        Long views) {

    public Article {
        Objects.requireNonNull(id, "id");
        titleEn = titleEn == null ? "" : titleEn;
        titleZh = titleZh == null ? "" : titleZh;
        textEn = textEn == null ? "" : textEn;
        textZh = textZh == null ? "" : textZh;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Returns true when the article has a Chinese part. */
    public boolean hasChinese() {
        return !textZh.isEmpty() || !titleZh.isEmpty();
    }

    /** Returns true when the article has an English part. */
    public boolean hasEnglish() {
        return !textEn.isEmpty() || !titleEn.isEmpty();
    }

    /** Returns the source when it is an http(s) URL a browser can open, else {@code null}. */
    public String url() {
        if (source == null) {
            return null;
        }
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? source : null;
    }
}
