package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names HanLP reports where the characters read better as ordinary words. */
class NamesReadAsWordsTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void aNumeralCountingWhatFollowsEndsNoName() {
        assertThat(persons("今年是九五计划的关键一年。")).isEmpty(); // HanLP: 关键一/nr 年/qt
        assertThat(persons("小将丁伟五段在首场比赛中获胜。")).containsExactly("丁伟"); // 丁伟五/nr 段/q
    }

    @Test
    void aPlaceInAPhotoIsNoName() {
        assertThat(persons("书记王茂林（左一）等有关领导参观。")).containsExactly("王茂林"); // 左一/nr
    }

    @Test
    void charactersThatFormWordsWithTheirNeighboursAreNoNames() {
        assertThat(ChineseNameRepairs.readsAsWords("老同志恭贺新春。", 4, "贺新春")).isTrue();
        assertThat(ChineseNameRepairs.readsAsWords("介绍于世界各国。", 2, "于世")).isTrue();
        assertThat(ChineseNameRepairs.readsAsWords("记者张三报道", 2, "张三")).isFalse();
        assertThat(ChineseNameRepairs.readsAsWords("记者于青报道", 2, "于青")).isFalse();
        assertThat(ChineseNameRepairs.readsAsWords("１０时许，", 2, "时许")).isTrue(); // "around ten o'clock"
        assertThat(ChineseNameRepairs.readsAsWords("１００余项，", 3, "余项")).isTrue();
    }

    @Test
    void aKnownNameBeforeAVerbLosesTheVerbsFirstCharacter() {
        assertThat(persons("最后，李鹏来到动画制作机房。")).containsExactly("李鹏"); // HanLP: 李鹏来/nr 到/v
    }

    @Test
    void prizesAndCupsAreNoNames() {
        assertThat(persons("他荣获金鹿杯最佳男演员奖。")).isEmpty(); // HanLP: 金鹿杯/nr
    }

    @Test
    void rareSurnamesOfTheNameDictionaryLeadNamesButCommonWordsDoNot() {
        assertThat(persons("荀永明在会上发言。")).containsExactly("荀永明"); // 荀 is in no surname list
        assertThat(persons("那时代的人都走了。")).isEmpty(); // HanLP: 那时代/nr
        assertThat(persons("党建设要加强。")).isEmpty(); // HanLP: 党建设/nr
        assertThat(ChineseSurnames.isDictionarySurname('荀')).isTrue();
        assertThat(ChineseSurnames.isDictionarySurname('那')).isFalse();
    }
}
