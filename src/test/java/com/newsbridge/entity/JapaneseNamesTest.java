package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Japanese names by HanLP's Japanese name dictionary ({@link JapaneseNames}). */
class JapaneseNamesTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void aFamilyNameAndAGivenNameAreOneNameAndTheFamilyNameAloneNamesTheSamePerson() {
        // HanLP alone reads 桥本龙/nr 太郎/nz
        assertThat(persons("日本首相桥本龙太郎今天表示，桥本还说")).containsExactlyInAnyOrder("桥本龙太郎", "桥本");
    }

    @Test
    void numbersAndOrdinaryWordsAreNoJapaneseNames() {
        assertThat(persons("他们走出一条新路。")).isEmpty();
        assertThat(persons("共有五十一个人参加。")).isEmpty();
    }
}
