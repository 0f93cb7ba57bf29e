package com.newsbridge.search;

import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.SearchRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The envelope every paging cursor shares, whichever backend wrote it: a format byte, the sort, a fingerprint of the
 * query and filters (so that a cursor cannot be replayed against another query) and how many hits came before, then
 * the backend's own position, all as unpadded URL-safe base64. Decoding is defensive: anything malformed, truncated or
 * foreign is a {@link BadRequestException} with one of the messages below.
 */
public final class CursorEnvelope {

    /** Writes a backend's position after the envelope. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a backend's position after the envelope ({@code seen}: hits before it, at least 1). */
    public interface Reader<T> {
        T read(DataInputStream in, long seen) throws IOException;
    }

    private CursorEnvelope() {
    }

    /** Encodes a cursor of {@code request} whose position, written by {@code position}, follows {@code seen} hits. */
    public static String encode(byte format, SearchRequest request, long seen, Writer position) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(format);
            out.writeByte(request.sort().ordinal());
            out.writeLong(fingerprint(request));
            out.writeLong(seen);
            position.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Decodes a cursor of {@code request}.
     *
     * @throws BadRequestException when the cursor is longer than {@code maxLength}, malformed, of another format, or
     *                             belongs to another query, filter or sort
     */
    public static <T> T decode(String text, int maxLength, byte format, SearchRequest request, Reader<T> position) {
        if (text.length() > maxLength) {
            throw invalid("too long");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("not base64");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != format) {
                throw invalid("unknown version");
            }
            int sortOrdinal = in.readByte();
            long fingerprint = in.readLong();
            if (sortOrdinal != request.sort().ordinal() || fingerprint != fingerprint(request)) {
                throw new BadRequestException("cursor belongs to another query, filter or sort; start again without it");
            }
            long seen = in.readLong();
            if (seen < 1) {
                throw invalid("bad position");
            }
            T decoded = position.read(in, seen);
            if (in.read() != -1) {
                throw invalid("trailing bytes");
            }
            return decoded;
        } catch (IOException e) {
            throw invalid("truncated");
        }
    }

    /** The error of a malformed cursor. */
    public static BadRequestException invalid(String why) {
        return new BadRequestException("invalid cursor (" + why + "); use the nextCursor of a previous response");
    }

    /** A 64-bit digest of everything that selects and orders the hits (not the page size). */
    static long fingerprint(SearchRequest r) {
        String key = String.join("\u0000", r.query(), String.join("\u0001", r.people()),
                String.join("\u0001", r.organizations()), String.join("\u0001", r.places()),
                String.join("\u0001", r.keywords()), String.valueOf(r.from()), String.valueOf(r.to()),
                String.valueOf(r.language()), r.sort().name());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
