package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void theShippedTableIsExactlyWhatIcuComputes() {
        String[] shipped = Pinyin.table();
        String[] computed = Pinyin.compute();
        assertThat(Arrays.equals(shipped, computed)).as("regenerate with Pinyin.main after upgrading ICU4J").isTrue();
        assertThat(Arrays.stream(shipped).filter(s -> s != null).count()).isEqualTo(20924);
    }

    @Test
    void readsNamesAndSurnames() {
        assertThat(Pinyin.syllables("刘建超")).isEqualTo("liu jian chao");
        assertThat(Pinyin.syllables("習近平")).isEqualTo("xi jin ping");
        assertThat(Pinyin.surname('曾')).isEqualTo("zeng");
        assertThat(Pinyin.of('A')).isNull();
        assertThat(Pinyin.isPinyin("Jiang Zemin")).isTrue();
        assertThat(Pinyin.isPinyin("Spokane")).isFalse();
    }
}
