package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names cut one character short are completed when every mention continues the same way ({@link NameContinuations}). */
class NameContinuationsTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void aNameAlwaysFollowedByTheSameGivenNameCharacterIsCompleted() {
        // HanLP reads 李国/nr 放/v twice
        assertThat(persons("发言人李国放今天说，李国放还表示")).containsExactly("李国放");
    }

    @Test
    void namesFollowedByDifferentWordsOrATitleStay() {
        assertThat(persons("张华说，张华在北京。")).containsExactly("张华");
        assertThat(persons("徐迟先生说，徐迟先生是作家。")).containsExactly("徐迟");
        assertThat(NameContinuations.continued("李国放今天说", "李国")).isNull(); // one mention is no evidence
    }
}
