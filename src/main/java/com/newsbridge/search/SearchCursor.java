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
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * The opaque {@code cursor} of deep paging: where the previous page ended (the sort values and document of its last
 * hit, for Lucene's {@code searchAfter}), how many hits came before, and a fingerprint of the query and filters so
 * that a cursor cannot be replayed against another query. Encoded as unpadded URL-safe base64.
 *
 * <p>A cursor comes from a client and is decoded defensively: any malformed, truncated or foreign cursor is a
 * {@link BadRequestException}. Cursors stay valid while the index does not change; after writes, a walk may skip or
 * repeat hits whose sort values tie.
 */
final class SearchCursor {

    /** Longest accepted cursor, in characters. */
    static final int MAX_LENGTH = 256;
    private static final byte VERSION = 1;
    private static final byte FLOAT = 'F';
    private static final byte LONG = 'L';

    private final long seen;
    private final int doc;
    private final float score;
    private final Object[] fields;

    private SearchCursor(long seen, int doc, float score, Object[] fields) {
        this.seen = seen;
        this.doc = doc;
        this.score = score;
        this.fields = fields;
    }

    /** The number of hits before the cursor's position. */
    long seen() {
        return seen;
    }

    /** Encodes the position after {@code last}, a hit of {@code request} preceded by {@code seen - 1} others. */
    static String encode(SearchRequest request, ScoreDoc last, long seen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(request.sort().ordinal());
            out.writeLong(fingerprint(request));
            out.writeLong(seen);
            out.writeInt(last.doc);
            out.writeFloat(last.score);
            Object[] values = last instanceof FieldDoc fd && fd.fields != null ? fd.fields : new Object[0];
            out.writeByte(values.length);
            for (Object value : values) {
                if (value instanceof Float f) {
                    out.writeByte(FLOAT);
                    out.writeFloat(f);
                } else if (value instanceof Long l) {
                    out.writeByte(LONG);
                    out.writeLong(l);
                } else {
                    throw new IllegalStateException("unexpected sort value " + value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Decodes {@code text} for {@code request}.
     *
     * @param types the classes of the sort values of the request's sort, in order ({@code Float} or {@code Long})
     * @throws BadRequestException when the cursor is malformed or belongs to another query or sort
     */
    static SearchCursor decode(String text, SearchRequest request, Class<?>[] types) {
        if (text.length() > MAX_LENGTH) {
            throw invalid("too long");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("not base64");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                throw invalid("unknown version");
            }
            int sortOrdinal = in.readByte();
            long fingerprint = in.readLong();
            if (sortOrdinal != request.sort().ordinal() || fingerprint != fingerprint(request)) {
                throw new BadRequestException("cursor belongs to another query, filter or sort; start again without it");
            }
            long seen = in.readLong();
            int doc = in.readInt();
            float score = in.readFloat();
            int n = in.readByte();
            if (seen < 1 || doc < 0 || n != types.length) {
                throw invalid("bad position");
            }
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                byte type = in.readByte();
                if (type == FLOAT && types[i] == Float.class) {
                    float f = in.readFloat();
                    if (Float.isNaN(f)) {
                        throw invalid("bad score");
                    }
                    values[i] = f;
                } else if (type == LONG && types[i] == Long.class) {
                    values[i] = in.readLong();
                } else {
                    throw invalid("bad sort value");
                }
            }
            if (in.read() != -1) {
                throw invalid("trailing bytes");
            }
            return new SearchCursor(seen, doc, score, values);
        } catch (IOException e) {
            throw invalid("truncated");
        }
    }

    /** The {@code after} document for {@code searchAfter} over a reader with {@code maxDoc} documents. */
    FieldDoc after(int maxDoc) {
        // a document number past the end (the index shrank since) only breaks ties; keep it in range
        int d = Math.max(0, Math.min(doc, maxDoc - 1));
        return new FieldDoc(d, score, fields.clone());
    }

    private static BadRequestException invalid(String why) {
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
