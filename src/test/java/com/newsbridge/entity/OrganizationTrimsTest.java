package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact outputs of {@link OrganizationTrims}: datelines, 组织 and 所 after a name, numbered sessions. */
class OrganizationTrimsTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> recognize(String text) {
        return recognizer.recognize(text).stream().map(m -> m.text() + "/" + m.type().label()).toList();
    }

    @Test
    void aDatelineIsCut() {
        assertThat(OrganizationTrims.trim("日电中共中央")).isEqualTo("中共中央"); // the day was the word before
        assertThat(OrganizationTrims.trim("日讯中央人民广播电台")).isEqualTo("中央人民广播电台");
        assertThat(OrganizationTrims.trim("日电公司")).isEqualTo("日电公司"); // NEC's short name stays
        assertThat(recognize("新华社北京１月７日电中共中央纪律检查委员会今天发出通知"))
                .containsExactly("新华社/organization", "北京/place", "中共中央纪律检查委员会/organization");
    }

    @Test
    void aNumberedSessionOfAProvinceIsNoOrganizationButItsProvinceIsAPlace() {
        assertThat(recognize("记者刘玉勋）黑龙江省第九届人民代表大会第一次会议１月"))
                .containsExactly("刘玉勋/person", "黑龙江省/place");
        assertThat(recognize("西安１月１１日电政协陕西省第八届委员会第一次全体会议今天选举"))
                .containsExactly("西安/place", "陕西省/place");
    }

    @Test
    void theVerbOrganizeAndTheParticleSuoAreNoPartOfAName() {
        assertThat(recognize("国务院组织有关部门")).containsExactly("国务院/organization");
        assertThat(recognize("这是邓小平同志所倡导的")).isEmpty();
        assertThat(OrganizationTrims.trim("世界卫生组织")).isEqualTo("世界卫生组织");
        assertThat(OrganizationTrims.trim("中科院微生物研究所")).isEqualTo("中科院微生物研究所");
        assertThat(OrganizationTrims.trim("北京市组织")).isNull();
    }
}
