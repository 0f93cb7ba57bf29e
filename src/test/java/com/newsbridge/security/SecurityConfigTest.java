package com.newsbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsbridge.config.SecurityConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings from the environment and flags; secure defaults; keys never printed. */
class SecurityConfigTest {

    static final String K1 = "first-key-0123456789abcdef";
    static final String K2 = "second-key-0123456789abcdef";

    @Test
    void defaultsAreSecure() {
        SecurityConfig c = SecurityConfig.defaults();
        assertThat(c.writesEnabled()).isFalse();
        assertThat(c.readsRestricted()).isFalse();
        assertThat(c.corsOrigins()).isEmpty();
        assertThat(c.maxBodyBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(c.maxArticleBytes()).isEqualTo(1024L * 1024);
        assertThat(c.searchTimeBudget()).isEqualTo(Duration.ofSeconds(2));
        assertThat(SecurityConfig.fromEnvironment(Map.of())).isEqualTo(c);
    }

    @Test
    void readsSeveralCommaSeparatedKeysAndSettingsFromTheEnvironment() {
        SecurityConfig c = SecurityConfig.fromEnvironment(Map.of(
                "NEWSBRIDGE_API_KEY", " " + K1 + ",," + K2 + " ,",
                "NEWSBRIDGE_READ_KEY", K2,
                "NEWSBRIDGE_CORS_ORIGINS", "https://News.Example.org/, http://localhost:3000",
                "NEWSBRIDGE_MAX_BODY_BYTES", "2048",
                "NEWSBRIDGE_MAX_ARTICLE_BYTES", "1024",
                "NEWSBRIDGE_SEARCH_TIMEOUT_MS", "500",
                "NEWSBRIDGE_ACCESS_LOG", "off"));
        assertThat(c.writeKeys()).containsExactly(K1, K2);
        assertThat(c.readKeys()).containsExactly(K2);
        assertThat(c.corsOrigins()).containsExactly("https://news.example.org", "http://localhost:3000");
        assertThat(c.maxBodyBytes()).isEqualTo(2048);
        assertThat(c.maxArticleBytes()).isEqualTo(1024);
        assertThat(c.searchTimeBudget()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.accessLog()).isFalse();
    }

    @Test
    void flagsAddToTheEnvironment() {
        SecurityConfig c = SecurityConfig.fromEnvironment(Map.of("NEWSBRIDGE_API_KEY", K1)).withWriteKeys(List.of(K2, K1));
        assertThat(c.writeKeys()).containsExactly(K1, K2);
    }

    @Test
    void rejectsWeakKeysAndBadSettingsWithoutEchoingKeys() {
        assertThatThrownBy(() -> SecurityConfig.defaults().withWriteKeys(List.of("short-secret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> SecurityConfig.defaults().withReadKeys(List.of("has space 0123456789")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("has space");
        assertThatThrownBy(() -> SecurityConfig.defaults().withCorsOrigins(List.of("*")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> SecurityConfig.defaults().withCorsOrigins(List.of("evil.example/path")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecurityConfig.fromEnvironment(Map.of("NEWSBRIDGE_MAX_BODY_BYTES", "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSBRIDGE_MAX_BODY_BYTES");
        assertThatThrownBy(() -> SecurityConfig.defaults().withSizeLimits(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecurityConfig.defaults().withSearchTimeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesTheKeys() {
        SecurityConfig c = SecurityConfig.defaults().withWriteKeys(List.of(K1)).withReadKeys(List.of(K2));
        assertThat(c.toString()).doesNotContain(K1).doesNotContain(K2).contains("writeKeys=1 configured");
    }
}
