package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Exact answers of {@link PlaceNames}: ordinary words HanLP takes for places dropped, glued words cut, names kept. */
class PlaceNamesTest {

    private static final Predicate<String> KNOWN = Set.of("云南", "中东", "西藏")::contains;

    @Test
    void aNumberAndAPlaceWordIsNoPlace() {
        for (String word : new String[] {"两国", "五国", "一年里", "千里", "一台", "一个城市", "第二道", "５年里", "３国", "６号里"}) {
            assertThat(PlaceNames.clean(word, KNOWN)).as(word).isNull();
        }
    }

    @Test
    void placeWordsAndDirectionsAloneAreNoPlaces() {
        for (String word : new String[] {"街道", "开发区", "军营", "地市", "西方", "东北", "西南", "地球"}) {
            assertThat(PlaceNames.clean(word, KNOWN)).as(word).isNull();
        }
    }

    @Test
    void wordsGluedBeforeAPlaceAreCut() {
        assertThat(PlaceNames.clean("的中东", KNOWN)).isEqualTo("中东");
        assertThat(PlaceNames.clean("从云南", KNOWN)).isEqualTo("云南");
        assertThat(PlaceNames.clean("６日长野", KNOWN)).isEqualTo("长野");
        assertThat(PlaceNames.clean("２０００年淮河", KNOWN)).isEqualTo("淮河");
        assertThat(PlaceNames.clean("３年的三峡", KNOWN)).isEqualTo("三峡");
        assertThat(PlaceNames.clean("的城市", KNOWN)).isNull();
        assertThat(PlaceNames.clean("进村", KNOWN)).isNull();
    }

    @Test
    void realNamesThatLookLikeTheseAreKept() {
        for (String word : new String[] {"三峡", "四川", "万县", "五台山", "和田", "于都", "沿河", "华北", "江南", "大陆", "北京市"}) {
            assertThat(PlaceNames.clean(word, KNOWN)).as(word).isEqualTo(word);
        }
    }

    @Test
    void theRecognizerKeepsTheCityAndDropsBothCountries() {
        assertThat(new ChineseEntityRecognizer().recognize("两国领导人在北京会谈，西方媒体关注。"))
                .extracting(ChineseEntityRecognizer.Mention::text, ChineseEntityRecognizer.Mention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("北京", EntityType.PLACE))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("两国", EntityType.PLACE),
                        org.assertj.core.groups.Tuple.tuple("西方", EntityType.PLACE));
    }
}
