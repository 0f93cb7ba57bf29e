package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact outputs of corpus-level consistency: names an earlier article found are found again ({@link ChineseNameMemory}). */
class ChineseNameMemoryTest {

    private static final String LATER = "孟欣是继邓在军之后担任春节晚会总导演的女性中第三人";

    private static List<String> recognize(ChineseEntityRecognizer recognizer, String text) {
        return recognizer.recognize(text).stream().map(m -> m.text() + "/" + m.type().label()).toList();
    }

    @Test
    void aNameFoundOnStrongEvidenceIsFoundAgainInALaterArticle() {
        // alone, HanLP cuts 邓在军 into 邓/nz 在/p 军/n
        assertThat(recognize(new ChineseEntityRecognizer(), LATER)).containsExactly("孟欣/person");
        ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();
        assertThat(recognize(recognizer, "总导演邓在军说")).containsExactly("邓在军/person");
        assertThat(recognize(recognizer, LATER)).containsExactly("孟欣/person", "邓在军/person");
    }

    @Test
    void namesAreFoundOnlyAsWholeWordsAndNeverInAmounts() {
        ChineseNameMemory memory = new ChineseNameMemory(1);
        memory.record("万多人", EntityType.PERSON); // a mistake some article made
        memory.record("美国会", EntityType.ORGANIZATION); // found only where 美 and 国会 are words (美国会议 is not)
        var terms = OrganizationNames.PLAIN.get().seg("山区８万多人受益，美国会议在场");
        assertThat(memory.find(terms, java.util.Set.of())).isEmpty();
    }

    @Test
    void disputedNamesAndOwnMentionsAreLeftAlone() {
        ChineseNameMemory memory = new ChineseNameMemory(1);
        memory.record("长城饭店", EntityType.ORGANIZATION);
        memory.record("长城饭店", EntityType.PERSON);
        memory.record("国家旅游局", EntityType.ORGANIZATION);
        assertThat(memory.typeOf("长城饭店")).isNull();
        var terms = OrganizationNames.PLAIN.get().seg("国家旅游局今天在长城饭店发布");
        assertThat(memory.find(terms, java.util.Set.of())).containsExactly(
                new ChineseEntityRecognizer.Mention("国家旅游局", EntityType.ORGANIZATION));
        assertThat(memory.find(terms, java.util.Set.of("国家旅游局"))).isEmpty();
    }
}
