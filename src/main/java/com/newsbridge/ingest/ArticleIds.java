package com.newsbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives stable article ids, so that indexing the same article twice replaces it instead of adding a copy.
 *
 * <p>The id is the first 16 hex digits of the SHA-256 of the source (trimmed) when there is one, else of the
 * article's texts. 64 bits make an accidental collision unlikely below billions of articles.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** Returns the id of an article with this source line. */
    public static String fromSource(String source) {
        return hash("source\n" + source.trim());
    }

    /** Returns the id of an article with no source, from its content. */
    public static String fromContent(String titleEn, String textEn, String textZh) {
        return hash("content\n" + titleEn + "\n" + textEn + "\n" + textZh);
    }

    /** Returns true when {@code id} has the form of an id this class makes (callers may still use other ids). */
    public static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return !id.contains("..");
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
