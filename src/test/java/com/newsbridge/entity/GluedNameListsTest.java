package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of Chinese names written without separators are split into their names ({@link GluedNameLists}). */
class GluedNameListsTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void gluedNamesAreSplitBySurnameAndGivenName() {
        // HanLP alone reads 张明李 and 王建李
        assertThat(persons("委员：张明李华王刚刘强陈军"))
                .containsExactlyInAnyOrder("张明", "李华", "王刚", "刘强", "陈军");
        assertThat(persons("委员：王建李红梅赵刚孙丽华周平"))
                .containsExactlyInAnyOrder("王建", "李红梅", "赵刚", "孙丽华", "周平");
        // HanLP alone leaves out 何平
        assertThat(persons("主任：郑海洋吴刚林小红何平")).containsExactlyInAnyOrder("郑海洋", "吴刚", "林小红", "何平");
    }

    @Test
    void theSplitPrefersWholeNames() {
        assertThat(GluedNameLists.names("张明李华王刚")).containsExactly("张明", "李华", "王刚");
        assertThat(GluedNameLists.names("王建李红梅赵刚")).containsExactly("王建", "李红梅", "赵刚");
    }

    @Test
    void wordsAroundNamesAreNoList() {
        assertThat(persons("周恩来邓颖超纪念馆今天开放。")).isEmpty();
        assertThat(persons("新华社记者王永治牛爱民报道")).containsExactly("王永治", "牛爱民");
    }
}
