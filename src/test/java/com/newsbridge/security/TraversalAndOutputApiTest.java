package com.newsbridge.security;

import static com.newsbridge.security.SecureTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbridge.config.SecurityConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files and article ids cannot escape their folder; snippets carry no markup but {@code <mark>}. */
class TraversalAndOutputApiTest {

    @TempDir
    static Path tmp;
    static SecureTestServer api;

    @BeforeAll
    static void start() {
        api = new SecureTestServer(tmp, SecurityConfig.defaults());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Paths that try to leave /public (the classpath root holds classes and entities/, the work dir pom.xml). */
    static final List<String> STATIC_ESCAPES = List.of(
            "/../pom.xml", "/../../pom.xml", "/..%2fpom.xml", "/%2e%2e/pom.xml", "/%2e%2e%2fpom.xml",
            "/%2E%2E/%2E%2E/pom.xml", "/..\\pom.xml", "/%5c..%5cpom.xml", "/..%5c..%5cpom.xml", "/.%2e/pom.xml",
            "/%252e%252e/pom.xml", "/..;/pom.xml", "/%c0%ae%c0%ae/pom.xml", "/public/../pom.xml",
            "/../com/newsbridge/web/NewsBridgeApp.class", "/..%2fcom%2fnewsbridge%2fweb%2fNewsBridgeApp.class",
            "/../entities/", "/%2e%2e/entities/", "/../simplelogger.properties", "/../META-INF/MANIFEST.MF",
            "/index.html/../../pom.xml", "//etc/passwd", "/%2fetc%2fpasswd", "/....//....//pom.xml",
            "/../../../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/file:/etc/passwd",
            "/C:\\Windows\\win.ini", "/%00/pom.xml", "/index.html%00.js");

    static final List<String> ARTICLE_ESCAPES = List.of(
            "../../pom.xml", "..%2f..%2fpom.xml", "%2e%2e", "%2e%2e%2f%2e%2e%2fpom.xml", "..\\..\\pom.xml",
            "%5c..%5cpom.xml", "..", ".", "%252e%252e%252fpom.xml", "a%00b", "%2fetc%2fpasswd", "....//pom.xml",
            "0123456789abcdef%2f..%2f..", "%c0%ae%c0%ae");

    static void assertNothingLeaked(SecureTestServer.Response r, String what) {
        assertThat(r.status()).as(what + " → " + r.body()).isIn(400, 404);
        assertThat(r.body()).as(what).doesNotContain("<project").doesNotContain("root:").doesNotContain("package com.")
                .doesNotContain("Manifest-Version").doesNotContain("\u00CA\u00FE\u00BA\u00BE");
    }

    @Test
    void staticFilesCannotEscapeTheirFolder() {
        for (String path : STATIC_ESCAPES) {
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            assertNothingLeaked(api.raw(request), path);
        }
        assertThat(api.get("/index.html").status()).isEqualTo(200);
    }

    @Test
    void articleIdsCannotEscapeEither() {
        for (String id : ARTICLE_ESCAPES) {
            String request = "GET /api/articles/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            SecureTestServer.Response r = api.raw(request);
            assertNothingLeaked(r, id);
            assertThat(r.contentType()).as(id).startsWith("application/json");
        }
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Test
    void snippetsAreEscapedWithOnlyMarkAsMarkup() {
        JsonNode json = api.get("/api/search?q=" + enc("markup OR script OR img OR onerror OR quotes OR 粗体")).json();
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(1);
        boolean sawEscapedScript = false;
        for (JsonNode hit : json.get("hits")) {
            for (String lang : List.of("en", "zh")) {
                JsonNode s = hit.at("/snippet/" + lang);
                if (s.isNull() || s.isMissingNode()) {
                    continue;
                }
                String snippet = s.asText();
                Matcher m = TAG.matcher(snippet);
                while (m.find()) {
                    assertThat(m.group()).as(snippet).isIn("<mark>", "</mark>");
                }
                assertThat(snippet.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("<img")
                        .doesNotContain("<b>");
                sawEscapedScript |= snippet.contains("&lt;<mark>script</mark>&gt;") && snippet.contains("&quot;")
                        || snippet.contains("&lt;b&gt;");
            }
        }
        assertThat(sawEscapedScript).as("the hostile fixture's markup comes back escaped: " + json.get("hits")).isTrue();
    }

    @Test
    void hostileQueriesAreNotReflectedAsMarkup() {
        SecureTestServer.Response r = api.get("/api/search?q=" + enc("<script>alert(1)</script>"));
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        SecureTestServer.Response bad = api.get("/api/search?q=" + enc("nosuch:<img src=x onerror=alert(1)>"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/json");
    }
}
