package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact organization mentions of {@link ChineseEntityRecognizer} for the organization rules added after 2026-11. */
class OrganizationRecognitionTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> organizations(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void unitsOfNationalAndMilitaryBodiesAreNamesButTroopsByKindAreNot() {
        assertThat(organizations("解放军艺术学院的学员和武警总部的官兵参加了演出。"))
                .containsExactly("解放军艺术学院", "武警总部");
        assertThat(organizations("铁道部第十二工程局承建了这座大桥。")).containsExactly("铁道部第十二工程局");
        assertThat(organizations("海军部队和地方政府一起救灾。")).isEmpty();
    }

    @Test
    void departmentsOfUniversitiesAndHospitalsAreOrganizationsButOrdinaryWordsInSystemAreNot() {
        assertThat(organizations("他毕业于北京大学物理系，后在山西省人民医院骨科工作。"))
                .containsExactly("北京大学物理系", "山西省人民医院骨科");
        assertThat(organizations("他们之间的关系很好，这个学科很重要。")).isEmpty();
    }

    @Test
    void customsOfficesBookshopsJapaneseMinistriesAndBankBranchesAreOrganizations() {
        assertThat(organizations("拉萨海关追回被盗文物。")).containsExactly("拉萨海关");
        assertThat(organizations("湖南省溆浦县新华书店经理王铁生说。")).containsExactly("湖南省溆浦县新华书店");
        assertThat(organizations("日本大藏省今天宣布了新的措施。")).containsExactly("日本大藏省");
        // the branch is not split from its bank, although a city starts right after the bank's head word
        assertThat(organizations("中国工商银行北京市分行是工行最大的分行。")).containsExactly("中国工商银行北京市分行");
    }

    @Test
    void theCustomsOfTheWholeCountryAreNoOrganizationAndThePapersDatelineIsCut() {
        assertThat(organizations("全国海关加强了缉私工作。")).isEmpty();
        assertThat(organizations("本报讯农业发展银行陕西省分行积极探索扶贫工作新路。"))
                .containsExactly("农业发展银行陕西省分行");
    }

    @Test
    void numberedCongressesAreBodiesButTheirMeetingsAreNot() {
        assertThat(organizations("中国共产党第十五次全国代表大会胜利闭幕。"))
                .containsExactly("中国共产党第十五次全国代表大会");
        assertThat(organizations("第九届全国人民代表大会第一次会议在北京召开。"))
                .containsExactly("第九届全国人民代表大会");
        assertThat(organizations("香港特区第一届立法会选举将举行。")).containsExactly("香港特区第一届立法会");
        // the third plenary meeting of the fifth council: the body is the association alone
        assertThat(organizations("中国作家协会五届三次全委扩大会议今天召开。")).containsExactly("中国作家协会");
    }

    @Test
    void troopsByPlaceAreNoOrganizationsAndMuseumsArePlaces() {
        assertThat(recognizer.recognize("以色列军队撤出了这个地区。").stream().map(m -> m.text()).toList())
                .doesNotContain("以色列军队");
        assertThat(recognizer.recognize("上海博物馆展出了一批青铜器。"))
                .contains(new ChineseEntityRecognizer.Mention("上海博物馆", EntityType.PLACE))
                .noneMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void abbreviatedBodiesEndCompoundsAndMilitaryServicesStartThem() {
        assertThat(organizations("联合国特委会主席巴特勒今天抵达巴格达。")).containsExactly("联合国特委会");
        assertThat(organizations("国务院学位办和国家教委联合发文。")).contains("国务院学位办");
        assertThat(organizations("空军联航队在主场击败对手。")).containsExactly("空军联航队");
        // one dictionary word although made of common words: a fixed name
        assertThat(organizations("国防科工委负责同志说。")).containsExactly("国防科工委");
        assertThat(recognizer.recognize("北京音乐厅今晚举行音乐会。"))
                .containsExactly(new ChineseEntityRecognizer.Mention("北京音乐厅", EntityType.PLACE));
        assertThat(recognizer.recognize("北京西站春运期间加开列车。"))
                .contains(new ChineseEntityRecognizer.Mention("北京西站", EntityType.PLACE))
                .noneMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aMilitaryServiceBeforeAPlaceIsNoGluedWord() {
        assertThat(organizations("武警张家口支队官兵参加了抢险。")).containsExactly("武警张家口支队");
    }

    @Test
    void delegationsAndGovernmentsNamedAfterTheirLeaderAreNoOrganizations() {
        assertThat(organizations("中国代表团今天抵达日内瓦。")).isEmpty();
        assertThat(organizations("克林顿今天表示，克林顿政府将继续推动谈判。")).isEmpty();
    }

    @Test
    void compoundsReadAcrossAdjectivesAndADashBetweenTwoCountries() {
        assertThat(organizations("苏丹—中国友好协会会长今天会见了客人。")).containsExactly("苏丹—中国友好协会");
        assertThat(organizations("于１月８日由天津市高级人民法院审理终结。")).containsExactly("天津市高级人民法院");
    }

    @Test
    void memberTitlesNumbersAndShortHeadsInsideNamesAreRead() {
        assertThat(organizations("天津市书法家协会举办迎春笔会。")).containsExactly("天津市书法家协会");
        assertThat(organizations("北京市五十五中学的学生参加了活动。")).containsExactly("北京市五十五中学");
        assertThat(organizations("郑州老年豫剧团演出了新戏。")).containsExactly("郑州老年豫剧团");
    }

    @Test
    void theParticleSuoAfterASpanOfYearsOrAfterTheWordCountryIsNoOrganization() {
        assertThat(organizations("李宁集团７年来所取得的成绩令人瞩目。")).containsExactly("李宁集团");
        assertThat(organizations("这种方法已为越来越多的国家所掌握。")).isEmpty();
    }

    @Test
    void organizationEndsACompoundAfterAPlace() {
        assertThat(organizations("美洲国家组织秘书长今天说。")).containsExactly("美洲国家组织");
    }

    @Test
    void aNewspaperNamedByAnOrdinaryWordIsAnOrganizationButNewspapersInGeneralAreNot() {
        assertThat(organizations("团结报社的记者采访了他。")).containsExactly("团结报社");
        assertThat(organizations("许多报社派出了记者。")).isEmpty();
    }
}
