package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The recognizer segments an article line by line, and no name runs across a line break. */
class LineSegmentationTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> recognize(String text) {
        return recognizer.recognize(text).stream().map(m -> m.text() + "/" + m.type().label()).toList();
    }

    @Test
    void aHeadlineAndTheNextLineAreNotJoinedIntoOneName() {
        assertThat(recognize("西藏雪灾救灾工作\n党中央关怀灾区群众"))
                .containsExactly("西藏/place", "党中央/organization");
    }
}
