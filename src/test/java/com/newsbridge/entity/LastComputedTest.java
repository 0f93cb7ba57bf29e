package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LastComputedTest {

    @Test
    void computesOncePerKeyInARowAndComparesKeysByIdentity() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        LastComputed<String, Integer> length = new LastComputed<>(s -> {
            calls.incrementAndGet();
            return s.length();
        });
        String text = new String("sports report");
        assertThat(length.get(text)).isEqualTo(13);
        assertThat(length.get(text)).isEqualTo(13);
        assertThat(calls).hasValue(1);
        String equalCopy = new String("sports report"); // equal, but another article's text
        assertThat(length.get(equalCopy)).isEqualTo(13);
        assertThat(calls).hasValue(2);
        assertThat(length.get(text)).isEqualTo(13); // only the last key is remembered
        assertThat(calls).hasValue(3);
        Thread other = new Thread(() -> length.get(text)); // each thread remembers its own
        other.start();
        other.join();
        assertThat(calls).hasValue(4);
    }
}
