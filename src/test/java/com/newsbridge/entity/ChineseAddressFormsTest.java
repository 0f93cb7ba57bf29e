package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named by a form of address rather than by their full name. */
class ChineseAddressFormsTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private List<String> persons(String text) {
        return recognizer.recognize(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ChineseEntityRecognizer.Mention::text).toList();
    }

    @Test
    void aGivenNameBeforeComradeIsAPerson() {
        assertThat(persons("我们永远怀念小平同志。")).containsExactly("小平");
        // after the surname the whole name is the person
        assertThat(persons("邓小平同志的理论")).containsExactly("邓小平");
    }

    @Test
    void wordsAndJobsBeforeComradeAreNoPersons() {
        assertThat(persons("领导同志和广大同志都来了。")).isEmpty();
        assertThat(persons("司机同志请停车。")).isEmpty();
        assertThat(persons("青年同志们")).isEmpty();
    }

    @Test
    void aPrepositionGluedToANameIsLeftOut() {
        // HanLP reads 向李鹏/nr
        assertThat(persons("部长首先向李鹏简要汇报了工作")).containsExactly("李鹏");
    }

    @Test
    void aNameAfterATitleEndsBeforeAnAdverbOrATimeWord() {
        // HanLP reads 罗/b 高寿/n and 胡/d 富国/v
        assertThat(persons("大使罗高寿也在机场迎接客人")).containsExactly("罗高寿");
        assertThat(persons("部长胡富国今天说")).containsExactly("胡富国");
        assertThat(persons("部长和平今天说")).isEmpty();
    }

    @Test
    void theNameAtTheOpenEndOfAListIsFound() {
        // HanLP reads 有/vyou 王/n 光明/ntc 、王兆国/nr
        assertThat(persons("参加会见的有王光明、王兆国、孙孚凌以及新当选的领导人。"))
                .containsExactlyInAnyOrder("王光明", "王兆国", "孙孚凌");
        // 等 after the last name is no part of it
        assertThat(persons("出席的还有张伟、邓拓等人。")).containsExactlyInAnyOrder("张伟", "邓拓");
    }

    @Test
    void namesGluedToATitleOrEndingInYouOrBeforeATitleAreKept() {
        // HanLP reads 记者陈陆军/nt
        assertThat(persons("京１２月３１日讯记者陈陆军从广播电影电视部获悉")).containsExactly("陈陆军");
        // 有 ends the given name in a list, not after a plain name
        assertThat(persons("中央军委委员傅全有、于永波出席。")).containsExactlyInAnyOrder("傅全有", "于永波");
        assertThat(persons("王刚有很多朋友。")).containsExactly("王刚");
        // 华 before 黎明 would be a word-like surname, but 大使 follows
        assertThat(persons("他受华黎明大使之邀访问。")).containsExactly("华黎明");
    }
}
