package com.newsbridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsraNerGoldTest {

    @Test
    void readsSentencesAndTheirDistinctEntities(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(MsraNerGold.FILE);
        Files.writeString(file, "中共中央/nt 致/o 中国致公党十一大/nt 的贺词/o \r\n"
                + "各位代表、各位同志：/o \r\n"
                + "在/o 邓小平/nr 理论指引下，/o 邓小平/nr 和/o 北京/ns \r\n", StandardCharsets.UTF_8);
        MsraNerGold.Data data = MsraNerGold.read(file, 0);
        assertThat(data.articles()).hasSize(3);
        assertThat(data.articles().get(0).id()).isEqualTo("msra-00001");
        assertThat(data.articles().get(0).textZh()).isEqualTo("中共中央致中国致公党十一大的贺词");
        assertThat(data.gold().get("msra-00001")).extracting(GoldEntities.Row::entity, GoldEntities.Row::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("中共中央", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("中国致公党十一大", EntityType.ORGANIZATION));
        assertThat(data.gold().get("msra-00002")).isEmpty();
        assertThat(data.gold().get("msra-00003")).extracting(GoldEntities.Row::entity)
                .containsExactly("邓小平", "北京");
        assertThat(MsraNerGold.read(file, 2).articles()).hasSize(2);
    }

    @Test
    void halvesSplitTheSentencesInFileOrderWithTheirOwnGold(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(MsraNerGold.FILE);
        Files.writeString(file, "江泽民/nr \r\n北京/ns \r\n新华社/nt \r\n李鹏/nr \r\n上海/ns \r\n", StandardCharsets.UTF_8);
        MsraNerGold.Data data = MsraNerGold.read(file, 0);
        MsraNerGold.Data first = data.half(true);
        MsraNerGold.Data second = data.half(false);
        assertThat(first.articles()).extracting(a -> a.id()).containsExactly("msra-00001", "msra-00002");
        assertThat(second.articles()).extracting(a -> a.id()).containsExactly("msra-00003", "msra-00004", "msra-00005");
        assertThat(first.gold()).containsOnlyKeys("msra-00001", "msra-00002");
        assertThat(second.gold().get("msra-00004")).extracting(GoldEntities.Row::entity).containsExactly("李鹏");
    }

    @Test
    void plainHanLpTagsPeopleAndPlaces() {
        List<String> names = new PlainHanLpRecognizer().recognize("江泽民在北京会见了克林顿。").stream()
                .map(m -> m.text() + "/" + m.type().label()).toList();
        assertThat(names).contains("江泽民/person", "北京/place");
    }
}
