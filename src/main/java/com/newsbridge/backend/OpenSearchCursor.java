package com.newsbridge.backend;

import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.CursorEnvelope;
import java.util.ArrayList;
import java.util.List;

/**
 * The opaque {@code cursor} of deep paging on the OpenSearch backend: the {@code search_after} sort values of the
 * previous page's last hit, how many hits came before, and a fingerprint of the query, filters and sort, so that a
 * cursor cannot be replayed against another query. Unpadded URL-safe base64; decoded defensively (any malformed or
 * foreign cursor is a {@link BadRequestException}), with the embedded index's messages.
 */
final class OpenSearchCursor {

    static final int MAX_LENGTH = 512;
    private static final byte VERSION = 'O';

    final long seen;
    final List<String> sortValues;

    private OpenSearchCursor(long seen, List<String> sortValues) {
        this.seen = seen;
        this.sortValues = sortValues;
    }

    static String encode(SearchRequest request, List<String> sortValues, long seen) {
        return CursorEnvelope.encode(VERSION, request, seen, out -> {
            out.writeByte(sortValues.size());
            for (String value : sortValues) {
                out.writeUTF(value);
            }
        });
    }

    static OpenSearchCursor decode(String text, SearchRequest request, int sortKeys) {
        return CursorEnvelope.decode(text, MAX_LENGTH, VERSION, request, (in, seen) -> {
            int n = in.readByte();
            if (n != sortKeys) {
                throw CursorEnvelope.invalid("bad position");
            }
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(in.readUTF());
            }
            return new OpenSearchCursor(seen, values);
        });
    }
}
