package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact outputs of the repairs {@link ChineseEntityRecognizer} and the extractor make to HanLP's Chinese names. */
class ChineseRecognitionRulesTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();
    private final EntityExtractor extractor = EntityExtractor.bundled();

    private List<String> recognize(String text) {
        return recognizer.recognize(text).stream().map(m -> m.text() + "/" + m.type().label()).toList();
    }

    private List<String> extract(String text) {
        Article article = new Article("x", "", "", "", text, null, null, null, null);
        return extractor.extract(article).entities().stream().map(e -> e.zh() + "/" + e.type().label()).toList();
    }

    @Test
    void organizationsSplitByHanLpAreJoined() {
        assertThat(recognize("中国环境监测总站的专家和西藏自治区党委的干部出席。"))
                .containsExactly("中国环境监测总站/organization", "西藏自治区党委/organization");
    }

    @Test
    void anOfficeIsAnOrganization() {
        assertThat(recognize("国务院新闻办公室发言人今天表示，将举行记者会。"))
                .containsExactly("国务院新闻办公室/organization");
        // known names stay even inside longer ones (search for the State Council finds this article)
        assertThat(extract("国务院新闻办公室发言人今天表示，将举行记者会。"))
                .containsExactly("国务院/organization", "国务院新闻办公室/organization");
    }

    @Test
    void cutNamesAreRepairedAndLessCommonSurnamesKept() {
        assertThat(recognize("许嘉璐、刘方仁出席了会议，新华社记者兰红光摄。"))
                .containsExactly("许嘉璐/person", "刘方仁/person", "新华社/organization", "兰红光/person");
    }

    @Test
    void twoKnownBodiesSideBySideStayTwo() {
        assertThat(extract("党中央国务院关心西藏雪灾救灾工作"))
                .containsExactlyInAnyOrder("国务院/organization", "西藏/place", "中共中央/organization");
    }

    @Test
    void recognizedNamesInsideKnownNamesAreNoMentions() {
        // HanLP reads 特雷斯 in 古特雷斯; the gazetteer knows 古特雷斯, so the piece is no name of its own
        assertThat(extract("古特雷斯秘书长今天讲话。")).containsExactly("古特雷斯/person");
    }

    @Test
    void numberedMeetingsAndDeterminersAreNoOrganizations() {
        assertThat(OrganizationNames.acceptOrganization("十五次全国代表大会")).isFalse();
        assertThat(OrganizationNames.acceptOrganization("两国政府")).isFalse();
        assertThat(OrganizationNames.acceptOrganization("苏丹政府")).isTrue();
    }

    @Test
    void genericOrganizationsAreNoNames() {
        assertThat(OrganizationNames.isGeneric("金融机构")).isTrue();
        assertThat(OrganizationNames.isGeneric("地方政府")).isTrue();
        assertThat(OrganizationNames.isGeneric("苏丹政府")).isFalse();
        assertThat(OrganizationNames.isGeneric("国家技术监督局")).isFalse();
    }

    @Test
    void fixedNamesMadeOfCommonWordsAreKept() {
        assertThat(OrganizationNames.isFixedName("国际货币基金组织")).isTrue();
        assertThat(OrganizationNames.isFixedName("中共党史出版社")).isTrue();
        assertThat(OrganizationNames.isFixedName("国际泳联")).isTrue();
        assertThat(OrganizationNames.isFixedName("国际组织")).isFalse();
        assertThat(OrganizationNames.isFixedName("金融机构")).isFalse();
        assertThat(recognize("国际泳联近日做出决定")).containsExactly("国际泳联/organization");
    }

    @Test
    void ministriesReadAsInstitutionWordsAreOrganizations() {
        assertThat(recognize("林业部部长陈耀邦宣布")).containsExactly("林业部/organization", "陈耀邦/person");
        assertThat(recognize("编辑部的同志说")).isEmpty();
    }

    @Test
    void theGovernmentOfASpecialRegionIsAnOrganization() {
        assertThat(recognize("支持香港特区政府捍卫联汇制")).containsExactly("香港特区政府/organization");
        assertThat(recognize("香港特别行政区政府通过香港红十字会提供赈济款"))
                .containsExactly("香港特别行政区政府/organization", "香港红十字会/organization");
    }

    @Test
    void aTeamAfterAPlaceIsAnOrganization() {
        assertThat(recognize("中国举重队今天为获得世界冠军的运动员举行仪式")).containsExactly("中国举重队/organization");
    }

    @Test
    void aWordLikeSurnameBeforeACommonWordIsNoName() {
        assertThat(recognize("他曾两次获得世界冠军")).isEmpty();
        assertThat(recognize("全年共售出电视机２万余台")).isEmpty();
        assertThat(recognize("记者于燕文报道")).containsExactly("于燕文/person");
        assertThat(ChineseSurnames.isWordAfterPreposition("于社会")).isTrue();
        assertThat(ChineseSurnames.isWordAfterPreposition("于燕文")).isFalse();
    }

    @Test
    void aForeignNameCutIntoCharactersAfterATitleIsOneName() {
        assertThat(recognize("俄罗斯第一副总理涅姆佐夫访华期间")).containsExactly("俄罗斯/place", "涅姆佐夫/person");
        assertThat(recognize("总理李鹏说")).containsExactly("李鹏/person");
    }

    @Test
    void adverbsAndFormWordsGluedBeforeAnOrganizationAreCut() {
        assertThat(OrganizationNames.withoutLeadingWord("原地质部")).isEqualTo("地质部");
        assertThat(OrganizationNames.withoutLeadingWord("单位红塔中学")).isEqualTo("红塔中学");
        assertThat(OrganizationNames.withoutLeadingWord("原子能机构")).isEqualTo("原子能机构");
    }

    @Test
    void aCountryAbbreviationBelongsToItsGovernmentBody() {
        assertThat(recognize("俄外交部发言人说")).containsExactly("俄外交部/organization");
        assertThat(recognize("菲卫生部官员表示")).containsExactly("菲卫生部/organization");
    }

    @Test
    void anInstitutionWordWithAnOrganizationHeadEndsACompound() {
        assertThat(recognize("他在中国戏曲学院任教")).containsExactly("中国戏曲学院/organization");
        // a department after its university is part of the name, as People's Daily's annotators take it
        assertThat(recognize("北京大学法律系教授张三说")).containsExactly("北京大学法律系/organization", "张三/person");
    }

    @Test
    void anOrganizationStartsAtItsPlaceNotAtAProperNounBeforeIt() {
        // HanLP reads 呈阳性 (tested positive) as a proper noun (nz)
        assertThat(recognize("检测呈阳性中国游泳协会发表声明")).containsExactly("中国游泳协会/organization");
    }

    @Test
    void givenNamesEndingInFunctionWordsOrMeasuresAreNoNames() {
        assertThat(ChineseNameRepairs.isPlausibleGivenName("江南和")).isFalse();
        assertThat(ChineseNameRepairs.isPlausibleGivenName("时说")).isFalse();
        assertThat(ChineseNameRepairs.isPlausibleGivenName("余人")).isFalse();
        assertThat(ChineseNameRepairs.isPlausibleGivenName("刘也刚")).isTrue();
    }

    @Test
    void aNameAfterATitleReadAsAPlaceIsAPerson() {
        assertThat(recognize("新华社记者张宿堂报道")).contains("张宿堂/person");
    }

    @Test
    void nestedNamesGiveWayToTheOutermost() {
        assertThat(NestedMentions.outermost("上海市政府和上海的企业", List.of("上海", "上海市政府", "北京")))
                .containsExactly("上海", "上海市政府", "北京");
        assertThat(NestedMentions.outermost("上海市政府的企业", List.of("上海", "上海市政府")))
                .containsExactly("上海市政府");
    }

    @Test
    void typeOfPlainHanLpTagsIsUnchanged() {
        assertThat(ChineseEntityRecognizer.typeOf("nt")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void commonSurnamesOutsideTheFirstListAreNames() {
        assertThat(recognize("副主任傅建国在会上讲话，鲁晓明也发了言。"))
                .containsExactly("傅建国/person", "鲁晓明/person");
    }

    @Test
    void familiarFormsOfAddressArePersonsButHoursAreNot() {
        assertThat(recognize("车间主任老李笑着说，他等了两个小时。")).containsExactly("老李/person");
        assertThat(recognize("村里的小王今天结婚了。")).containsExactly("小王/person");
    }

    @Test
    void functionCharactersInsideNamesAndPlacesStartingWithDeterminersAreKept() {
        assertThat(recognize("贵州省委和埃及政府都表示支持。"))
                .containsExactly("贵州省委/organization", "埃及政府/organization");
        assertThat(recognize("他在深圳光明电子有限公司工作。")).containsExactly("深圳光明电子有限公司/organization");
    }

    @Test
    void abbreviatedBodiesHaveHeadsAndGluedWordsAreCut() {
        assertThat(recognize("全国妇联和陕西省科协举办了活动。"))
                .containsExactly("全国妇联/organization", "陕西省科协/organization");
        assertThat(recognize("他代表中共中央向大会致贺。")).containsExactly("中共中央/organization");
    }

    @Test
    void wordsGluedBeforeAnOrganizationsPlaceAreCut() {
        assertThat(recognize("他应韩国国会邀请访问汉城。")).containsExactly("韩国国会/organization", "汉城/place");
        assertThat(recognize("代表团驻武汉市政府办事。")).containsExactly("武汉市政府/organization");
        assertThat(OrganizationNames.withoutLeadingWord("八届全国委员会")).isEqualTo("八届全国委员会");
        assertThat(OrganizationNames.withoutLeadingWord("北京大学")).isEqualTo("北京大学");
    }

    @Test
    void itemsOfAnEnumerationOfPeopleAreNames() {
        assertThat(recognize("出席会议的有张国强、韩启德、刘洪滨、蔡睿贤等。"))
                .containsExactly("刘洪滨/person", "韩启德/person", "蔡睿贤/person", "张国强/person");
        assertThat(ChineseNameContexts.enumerated("王大明、东湖、李小红", java.util.Set.of("王大明"))).isEmpty();
        assertThat(ChineseNameContexts.isCandidate("赖斌说")).isFalse();
    }

    @Test
    void aSurnameAndGivenNameCutAfterATitleAreAName() {
        assertThat(recognize("省委书记胡富国，副省长王文杰说，")).containsExactly("胡富国/person", "王文杰/person");
        assertThat(recognize("会议由张国强主持，周明说要抓紧。")).containsExactly("张国强/person");
    }

    @Test
    void organizationsTheDictionaryListsAsNounsAndAbbreviatedCommissionsAreOrganizations() {
        assertThat(recognize("国家技术监督局日前发布新标准。")).containsExactly("国家技术监督局/organization");
        assertThat(recognize("国家体委主任出席了会议。")).containsExactly("国家体委/organization");
    }

    @Test
    void aThirdCharacterBeforeAListBreakCompletesAName() {
        assertThat(recognize("会上发言的有王国强、邵大箴等。")).containsExactly("王国强/person", "邵大箴/person");
        assertThat(recognize("照片：刘宇摄")).containsExactly("刘宇/person");
    }

    @Test
    void wordLikeShortNamesNeedSupport() {
        assertThat(recognize("他们把这笔钱花在刀刃上。")).isEmpty(); // HanLP: 钱花/nr
        assertThat(recognize("记者于青报道：")).containsExactly("于青/person"); // a title before it
    }

    @Test
    void transliteratedNamesStopBeforeTheNextWord() {
        assertThat(recognize("内塔尼亚胡当天表示，克林顿夫妇出席。"))
                .containsExactly("内塔尼亚胡/person", "克林顿/person");
        assertThat(recognize("首相阿内·卡尔森今天抵达。")).contains("阿内·卡尔森/person");
    }

    @Test
    void threeCharacterNamesWithRareSurnamesAfterATitleOrInAListOfPeople() {
        assertThat(recognize("记者仝立新报道。")).containsExactly("仝立新/person");
        assertThat(recognize("评委有王建国、仉建华、李明辉。"))
                .containsExactlyInAnyOrder("王建国/person", "仉建华/person", "李明辉/person");
        assertThat(recognize("编辑翁祖明、冼文杰出席。")).contains("翁祖明/person");
    }

    @Test
    void organizationWordsByTheirEndingAndFunctionCharactersInsideWords() {
        assertThat(recognize("四川省就业局的统计显示增长。")).containsExactly("四川省就业局/organization");
        assertThat(recognize("浙江省地矿厅日前发出通知。")).containsExactly("浙江省地矿厅/organization");
        assertThat(recognize("他来到北京大厅参观。")).containsExactly("北京/place");
        assertThat(recognize("中国第二重型机械集团公司发布。")).containsExactly("中国第二重型机械集团公司/organization");
    }

    @Test
    void embassiesAndNationalBodiesJoinTheirCompounds() {
        assertThat(recognize("中国驻南非大使馆举行招待会。")).containsExactly("中国驻南非大使馆/organization");
    }

    @Test
    void organizationsWrittenOneAfterAnotherAreSplitAtAProvinceOrCity() {
        assertThat(OrganizationNames.split("河北省文化厅山西省太原市歌舞剧院"))
                .containsExactly("河北省文化厅", "山西省太原市歌舞剧院");
        assertThat(OrganizationNames.split("中国人民银行北京市分行")).containsExactly("中国人民银行北京市分行");
    }
}
