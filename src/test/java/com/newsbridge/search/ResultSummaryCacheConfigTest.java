package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache size comes from {@code -Dnewsbridge.resultCache}; a bad value is refused with a message naming it. */
class ResultSummaryCacheConfigTest {

    @AfterEach
    void clear() {
        System.clearProperty(ResultSummaryCache.CAPACITY_PROPERTY);
    }

    @Test
    void defaultsAndExplicitSizes() {
        assertThat(ResultSummaryCache.configuredCapacity()).isEqualTo(1024);
        System.setProperty(ResultSummaryCache.CAPACITY_PROPERTY, "0");
        assertThat(ResultSummaryCache.configuredCapacity()).isZero();
        System.setProperty(ResultSummaryCache.CAPACITY_PROPERTY, " 4096 ");
        assertThat(ResultSummaryCache.configuredCapacity()).isEqualTo(4096);
    }

    @Test
    void badValuesAreRefusedWithTheSettingNamed() {
        for (String bad : new String[] {"-1", "lots", "", "1.5"}) {
            System.setProperty(ResultSummaryCache.CAPACITY_PROPERTY, bad);
            assertThatThrownBy(ResultSummaryCache::configuredCapacity)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-Dnewsbridge.resultCache must be a whole number of queries, 0 or more (0 turns the"
                            + " cache off), got '" + bad + "'");
        }
    }
}
