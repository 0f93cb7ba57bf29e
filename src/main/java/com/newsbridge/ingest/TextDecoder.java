package com.newsbridge.ingest;

import com.newsbridge.model.ArticleParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text, detecting its encoding.
 *
 * <p>Files are UTF-8 (with or without a byte-order mark) or, as is common for Chinese files, GB18030/GBK. Strict
 * UTF-8 decoding is tried first because valid GBK text almost never happens to be valid UTF-8, while the reverse is
 * common; GB18030 is a superset of GBK and GB2312. UTF-16 files are recognized by their byte-order mark. Binary data
 * (NUL bytes, or bytes that decode in neither encoding) is rejected.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes  the file content
     * @param source the file name for error messages
     * @return the text, without a byte-order mark
     * @throws ArticleParseException when the bytes are empty, binary or in no supported encoding
     */
    public static String decode(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new ArticleParseException(source, 0, "empty file");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, source);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, source);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleParseException(source, lineOf(bytes, i), "binary file (NUL byte at offset " + i + ")");
            }
        }
        String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, offset);
        if (utf8 != null) {
            return utf8;
        }
        String gb = tryDecode(GB18030, bytes, offset);
        if (gb != null) {
            return gb;
        }
        throw new ArticleParseException(source, 0, "not text: neither valid UTF-8 nor GB18030");
    }

    private static String strict(Charset charset, byte[] bytes, int offset, String source) {
        String text = tryDecode(charset, bytes, offset);
        if (text == null) {
            throw new ArticleParseException(source, 0, "invalid " + charset.name() + " text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleParseException(source, 0, "binary file (NUL character)");
        }
        return text;
    }

    private static String tryDecode(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
