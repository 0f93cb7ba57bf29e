package com.newsbridge.search;

import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.SearchRequest;
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
        return CursorEnvelope.encode(VERSION, request, seen, out -> {
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
        });
    }

    /**
     * Decodes {@code text} for {@code request}.
     *
     * @param types the classes of the sort values of the request's sort, in order ({@code Float} or {@code Long})
     * @throws BadRequestException when the cursor is malformed or belongs to another query or sort
     */
    static SearchCursor decode(String text, SearchRequest request, Class<?>[] types) {
        return CursorEnvelope.decode(text, MAX_LENGTH, VERSION, request, (in, seen) -> {
            int doc = in.readInt();
            float score = in.readFloat();
            int n = in.readByte();
            if (doc < 0 || n != types.length) {
                throw CursorEnvelope.invalid("bad position");
            }
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                byte type = in.readByte();
                if (type == FLOAT && types[i] == Float.class) {
                    float f = in.readFloat();
                    if (Float.isNaN(f)) {
                        throw CursorEnvelope.invalid("bad score");
                    }
                    values[i] = f;
                } else if (type == LONG && types[i] == Long.class) {
                    values[i] = in.readLong();
                } else {
                    throw CursorEnvelope.invalid("bad sort value");
                }
            }
            return new SearchCursor(seen, doc, score, values);
        });
    }

    /** The {@code after} document for {@code searchAfter} over a reader with {@code maxDoc} documents. */
    FieldDoc after(int maxDoc) {
        // a document number past the end (the index shrank since) only breaks ties; keep it in range
        int d = Math.max(0, Math.min(doc, maxDoc - 1));
        return new FieldDoc(d, score, fields.clone());
    }
}
