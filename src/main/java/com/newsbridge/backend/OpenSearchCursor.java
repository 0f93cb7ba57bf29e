package com.newsbridge.backend;

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
import java.util.ArrayList;
import java.util.Base64;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(request.sort().ordinal());
            out.writeLong(fingerprint(request));
            out.writeLong(seen);
            out.writeByte(sortValues.size());
            for (String value : sortValues) {
                out.writeUTF(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    static OpenSearchCursor decode(String text, SearchRequest request, int sortKeys) {
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
            int n = in.readByte();
            if (seen < 1 || n != sortKeys) {
                throw invalid("bad position");
            }
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(in.readUTF());
            }
            if (in.read() != -1) {
                throw invalid("trailing bytes");
            }
            return new OpenSearchCursor(seen, values);
        } catch (IOException e) {
            throw invalid("truncated");
        }
    }

    /** Identifies the result list of a request (query, filters, dates, language, sort), not its paging. */
    private static long fingerprint(SearchRequest r) {
        String key = String.join("\u0000", r.query(), String.valueOf(r.people()), String.valueOf(r.organizations()),
                String.valueOf(r.places()), String.valueOf(r.keywords()), String.valueOf(r.from()),
                String.valueOf(r.to()), String.valueOf(r.language()), r.sort().name());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long f = 0;
            for (int i = 0; i < 8; i++) {
                f = (f << 8) | (d[i] & 0xff);
            }
            return f;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadRequestException invalid(String why) {
        return new BadRequestException("invalid cursor (" + why + "); use the nextCursor of a previous response");
    }
}
