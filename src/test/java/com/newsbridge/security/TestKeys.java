package com.newsbridge.security;

import com.newsbridge.config.SecurityConfig;
import java.util.List;

/**
 * The write key of the test servers: writes need one since the write API is protected, so test servers that write
 * are started with {@link #config()} and their clients send {@link #AUTHORIZATION}.
 */
public final class TestKeys {

    /** The write key every test server that takes writes accepts. */
    public static final String WRITE_KEY = "test-write-key-0123456789abcdef";
    /** The value of the {@code Authorization} header that carries {@link #WRITE_KEY}. */
    public static final String AUTHORIZATION = "Bearer " + WRITE_KEY;

    private TestKeys() {
    }

    /** The default settings plus {@link #WRITE_KEY}. */
    public static SecurityConfig config() {
        return SecurityConfig.defaults().withWriteKeys(List.of(WRITE_KEY));
    }
}
