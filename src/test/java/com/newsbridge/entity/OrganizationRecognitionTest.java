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
}
