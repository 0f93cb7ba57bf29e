package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Foreign names written with a middle dot are read whole ({@link DottedNames}). */
class DottedNamesTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void theNameReachesAcrossTheDot() {
        // HanLP alone keeps 毛赛尔 and 阿兴 only
        assertThat(persons("协会主席埃文·毛赛尔今天致电。")).containsExactly("埃文·毛赛尔");
        assertThat(persons("会长克劳德·阿兴，副会长卡明斯基。")).containsExactlyInAnyOrder("克劳德·阿兴", "卡明斯基");
    }

    @Test
    void aGivenNameReadAsAPlaceIsPartOfTheName() {
        assertThat(recognizer.recognize("波兰总统亚历山大·克瓦希涅夫斯基今天说").stream().map(m -> m.text() + "/" + m.type().label()))
                .containsExactly("波兰/place", "亚历山大·克瓦希涅夫斯基/person");
    }

    @Test
    void theNameStopsAtAChineseNameAndAtWordsAroundIt() {
        assertThat(persons("江泽民会见了亚历山大·克瓦希涅夫斯基")).containsExactlyInAnyOrder("江泽民", "亚历山大·克瓦希涅夫斯基");
    }

    @Test
    void placesJoinedByADotAreNoPerson() {
        assertThat(persons("中国·东盟博览会开幕。")).isEmpty();
    }

    @Test
    void aForeignNameKeepsALastCharacterHanLpLeftAlone() {
        // HanLP reads 塞迪/nr 略/d
        assertThat(persons("墨西哥总统塞迪略今天抵达。")).containsExactly("塞迪略");
        // 说 follows names; 港 ends a place
        assertThat(persons("克林顿说，美国将继续努力。")).containsExactly("克林顿");
        assertThat(ChineseNameRepairs.withLastForeignCharacter("船只抵达巴里港。", 4, "巴里",
                com.hankcs.hanlp.HanLP.segment("船只抵达巴里港。"), new int[] {0, 2, 4, 6, 7})).isEqualTo("巴里");
    }
}
