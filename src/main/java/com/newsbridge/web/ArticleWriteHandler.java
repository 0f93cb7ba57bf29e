package com.newsbridge.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.backend.SearchBackend;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.ingest.ArticleIds;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.ingest.JsonArticleParser;
import com.newsbridge.ingest.TextDecoder;
import com.newsbridge.model.Article;
import com.newsbridge.model.ArticleParseException;
import com.newsbridge.model.BadRequestException;
import com.newsbridge.model.NotFoundException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The write API: {@code POST /api/articles}, {@code PUT /api/articles/{id}}, {@code DELETE /api/articles/{id}} and
 * {@code POST /api/articles/bulk}. Every 2xx answer is sent after the change is durable (see
 * {@link NewsIndex#save}); the change is searchable within about {@value NewsIndex#REOPEN_MAX_STALE_MS} ms.
 *
 * <p>Bodies are one article in the text format ({@code text/plain}, UTF-8 or GB18030 detected unless a charset is
 * given; also when there is no content type) or a JSON object with the {@link JsonArticleParser} fields
 * ({@code application/json}). A bulk body is JSON Lines (one object per line; a JSON array is accepted too) or
 * several text articles separated by a line holding only {@code ---} or by a form feed. Blank lines and blank items
 * are skipped.
 *
 * <p>Ids: {@code POST} stores the article under the id it derives (JSON {@code id} field, else from the source line,
 * else from the content) and replaces an article with that id. {@code PUT /api/articles/{id}}: when the body derives
 * its id from an explicit {@code id} field or from its source line, that id must equal {@code {id}} (else 400
 * {@code id_mismatch}); a body with neither (content-derived id, which changes with every edit) is stored under
 * {@code {id}}.
 *
 * <p>All write routes are POST/PUT/DELETE under {@code /api/articles} (and {@code /api/admin/*}), so an access check
 * can be put in front of them with one before-handler.
 */
final class ArticleWriteHandler {

    /** Largest bulk body. */
    static final long MAX_BULK_BYTES = 64L << 20;
    /** Most articles in one bulk request. */
    static final int MAX_BULK_ITEMS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEPARATOR_LINE = Pattern.compile("[ \\t]*---[ \\t]*");

    private final SearchBackend index;
    private final ArticleParser textParser = new ArticleParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();
    private final long maxBulkBytes;
    private final long maxArticleBytes;

    ArticleWriteHandler(SearchBackend index) {
        this(index, MAX_BULK_BYTES, com.newsbridge.config.SecurityConfig.DEFAULT_MAX_ARTICLE_BYTES);
    }

    /**
     * @param maxBodyBytes    largest bulk body (at most {@link #MAX_BULK_BYTES}; 413 beyond it)
     * @param maxArticleBytes largest article: 413 for a single one, a failed item in a bulk
     */
    ArticleWriteHandler(SearchBackend index, long maxBodyBytes, long maxArticleBytes) {
        this.index = index;
        this.maxBulkBytes = Math.min(MAX_BULK_BYTES, maxBodyBytes);
        this.maxArticleBytes = maxArticleBytes;
    }

    /** {@code POST /api/articles}: 201 with {@code {"id"}} and a Location header. */
    void create(Context ctx) {
        Article article = parseOne(ctx);
        index.save(article);
        ctx.status(201).header("Location", "/api/articles/" + article.id()).json(idBody(article.id()));
    }

    /** {@code PUT /api/articles/{id}}: 200 with {@code {"id"}}; creates the article when it does not exist. */
    void replace(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isWellFormed(id)) {
            throw new BadRequestException("invalid article id '" + id + "' (letters, digits, '-', '_' and '.')");
        }
        Article article = parseOne(ctx);
        if (!article.id().equals(id)) {
            boolean contentDerived = article.source() == null
                    && article.id().equals(ArticleIds.fromContent(article.titleEn(), article.textEn(), article.textZh()));
            if (!contentDerived) {
                throw new IdMismatchException("the body is article '" + article.id() + "' (from its "
                        + (article.source() != null && article.id().equals(ArticleIds.fromSource(article.source()))
                                ? "source line" : "id field")
                        + ") but the path names '" + id + "'; to change an article's source, DELETE it and POST the"
                        + " new version");
            }
            article = new Article(id, article.titleEn(), article.titleZh(), article.textEn(), article.textZh(),
                    article.keywords(), article.source(), article.published(), article.views());
        }
        index.save(article);
        ctx.status(200).header("Location", "/api/articles/" + id).json(idBody(id));
    }

    /** {@code DELETE /api/articles/{id}}: 204, or 404 when there is no such article. */
    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isWellFormed(id) || !index.remove(id)) {
            throw new NotFoundException("no article with id '" + id + "'");
        }
        ctx.status(204);
    }

    /**
     * {@code POST /api/articles/bulk}: 200 with one result per article, in order: {@code {"index", "status": 201,
     * "id"}} or {@code {"index", "status": 400, "error", "line"}}. Bad articles do not stop the others; the answer is
     * sent when every stored article is durable.
     */
    void bulk(Context ctx) {
        byte[] body = readLimited(ctx);
        String type = mediaType(ctx);
        if (!isJson(type) && !isText(type)) {
            throw unsupported(type);
        }
        List<Item> items = isJson(type) ? jsonItems(body) : textItems(body, charset(ctx));
        if (items.size() > MAX_BULK_ITEMS) {
            throw new HttpResponseException(413, "a bulk request holds at most " + MAX_BULK_ITEMS + " articles, this one "
                    + items.size() + "; split it");
        }
        List<Article> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).article != null) {
                valid.add(items.get(i).article);
                validIndex.add(i);
            }
        }
        List<SearchBackend.SaveResult> saved = valid.isEmpty() ? List.of() : index.saveAll(valid);
        List<Object> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
        }
        for (int k = 0; k < saved.size(); k++) {
            int i = validIndex.get(k);
            SearchBackend.SaveResult r = saved.get(k);
            results.set(i, r.ok() ? ok(i, r.id()) : failed(i, r.error().getMessage(), items.get(i).line));
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.error != null) {
                results.set(i, failed(i, item.error, item.line));
            }
        }
        ctx.status(200).json(results);
    }

    // ---- parsing ---------------------------------------------------------------------------------------------------

    private Article parseOne(Context ctx) {
        String type = mediaType(ctx);
        byte[] body = ctx.bodyAsBytes(); // Javalin's request size limit applies (413 beyond it)
        if (body.length > maxArticleBytes) {
            throw new ApiError(413, "article_too_large", tooLarge(body.length));
        }
        if (isJson(type)) {
            return jsonParser.parse(new String(body, StandardCharsets.UTF_8), "request body", 0);
        }
        if (isText(type)) {
            Charset charset = charset(ctx);
            if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
                return textParser.parse(body, "request body"); // UTF-8 or GB18030, detected
            }
            return textParser.parse(new String(body, charset), "request body");
        }
        throw unsupported(type);
    }

    private record Item(Article article, String error, int line) {
    }

    private List<Item> jsonItems(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<Item> items = new ArrayList<>();
        if (text.strip().startsWith("[")) {
            JsonNode array;
            try {
                array = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new BadRequestException("bulk body: invalid JSON array: " + e.getOriginalMessage());
            }
            for (int i = 0; i < array.size(); i++) {
                String item = array.get(i).toString();
                long size = utf8Length(item);
                if (size > maxArticleBytes) {
                    items.add(new Item(null, "item " + i + ": " + tooLarge(size), 0));
                    continue;
                }
                try {
                    items.add(new Item(jsonParser.parse(item, "item " + i, 0), null, 0));
                } catch (ArticleParseException e) {
                    items.add(new Item(null, e.getMessage(), 0));
                }
            }
            return items;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            long size = utf8Length(line);
            if (size > maxArticleBytes) {
                items.add(new Item(null, "line " + (i + 1) + ": " + tooLarge(size), i + 1));
                continue;
            }
            try {
                items.add(new Item(jsonParser.parse(line, "line " + (i + 1), 0), null, i + 1));
            } catch (ArticleParseException e) {
                items.add(new Item(null, e.getMessage(), i + 1));
            }
        }
        return items;
    }

    private List<Item> textItems(byte[] body, Charset charset) {
        String text;
        if (body.length == 0) {
            return List.of();
        }
        text = charset == null || charset.equals(StandardCharsets.UTF_8)
                ? TextDecoder.decode(body, "bulk body") : new String(body, charset);
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Item> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (SEPARATOR_LINE.matcher(line).matches()) {
                addTextItem(items, current, start);
                current.setLength(0);
                start = i + 2;
                continue;
            }
            int ff;
            while ((ff = line.indexOf('\f')) >= 0) { // a form feed ends an article anywhere in a line
                current.append(line, 0, ff);
                addTextItem(items, current, start);
                current.setLength(0);
                start = i + 1;
                line = line.substring(ff + 1);
            }
            current.append(line).append('\n');
        }
        addTextItem(items, current, start);
        return items;
    }

    private void addTextItem(List<Item> items, StringBuilder text, int startLine) {
        if (text.toString().isBlank()) {
            return;
        }
        String source = "item " + items.size();
        long size = utf8Length(text);
        if (size > maxArticleBytes) {
            items.add(new Item(null, "line " + startLine + ": " + tooLarge(size), startLine));
            return;
        }
        try {
            items.add(new Item(textParser.parse(text.toString(), source), null, startLine));
        } catch (ArticleParseException e) {
            int line = e.line() > 0 ? startLine + e.line() - 1 : startLine;
            items.add(new Item(null, "line " + line + ": " + reason(e), line));
        }
    }

    private String tooLarge(long bytes) {
        return "article is " + bytes + " bytes; the limit is " + maxArticleBytes + " bytes per article";
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    private static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** The reason of a parse error without its "source:line: " prefix. */
    private static String reason(ArticleParseException e) {
        String prefix = (e.line() > 0 ? e.source() + ":" + e.line() : e.source()) + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private byte[] readLimited(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) maxBulkBytes + 1);
            if (bytes.length > maxBulkBytes) {
                throw new HttpResponseException(413, "a bulk body holds at most " + maxBulkBytes + " bytes; split it");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return null;
        }
        for (String param : type.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new HttpResponseException(415, "unsupported charset '" + name + "'");
                }
            }
        }
        return null;
    }

    private static boolean isJson(String type) {
        return type.equals("application/json") || type.equals("application/x-ndjson") || type.equals("application/jsonl")
                || type.equals("application/x-jsonlines") || type.equals("application/jsonlines")
                || type.endsWith("+json");
    }

    private static boolean isText(String type) {
        return type.isEmpty() || type.equals("text/plain");
    }

    private static HttpResponseException unsupported(String type) {
        return new HttpResponseException(415, "unsupported content type '" + type
                + "': send text/plain (the article text format) or application/json");
    }

    private static Map<String, Object> idBody(String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        return json;
    }

    private static Map<String, Object> ok(int index, String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", index);
        json.put("status", 201);
        json.put("id", id);
        return json;
    }

    private static Map<String, Object> failed(int index, String message, int line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", index);
        json.put("status", 400);
        json.put("error", message);
        if (line > 0) {
            json.put("line", line);
        }
        return json;
    }

    /** The body names another article than the path (400 {@code id_mismatch}). */
    static final class IdMismatchException extends BadRequestException {
        IdMismatchException(String message) {
            super("id_mismatch", message, null);
        }
    }
}
