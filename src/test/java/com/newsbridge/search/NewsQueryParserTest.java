package com.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.entity.Transliteration;
import org.junit.jupiter.api.Test;

class NewsQueryParserTest {

    @Test
    void capitalizedRunsBecomeNameOrWords() {
        assertThat(NewsQueryParser.quoteNames("Antony Blinken")).isEqualTo("(\"Antony Blinken\" OR (Antony Blinken))");
        assertThat(NewsQueryParser.quoteNames("Guterres AND climate")).isEqualTo("Guterres AND climate");
        assertThat(NewsQueryParser.quoteNames("\"Liu Jianchao\" UN")).isEqualTo("\"Liu Jianchao\" UN");
        assertThat(NewsQueryParser.quoteNames("刘建超 Antonio Guterres")).isEqualTo("刘建超 (\"Antonio Guterres\" OR (Antonio Guterres))");
        assertThat(NewsQueryParser.quoteNames("-Joe Biden")).isEqualTo("-Joe Biden");
        assertThat(NewsQueryParser.quoteNames("title:Xi Jinping")).isEqualTo("title:Xi Jinping");
        assertThat(NewsQueryParser.quoteNames("liu jianchao")).isEqualTo("liu jianchao");
        assertThat(NewsQueryParser.quoteNames("A. Stewart")).isEqualTo("(\"A. Stewart\" OR Stewart)");
        assertThat(NewsQueryParser.quoteNames("U.S. Army")).isEqualTo("U.S. Army");
        assertThat(NewsQueryParser.quoteNames("\"A. Stewart\"")).isEqualTo("\"A. Stewart\"");
    }

    @Test
    void soundKeysMatchTransliterations() {
        assertThat(Transliteration.soundKey("Blinken")).isEqualTo("PLNKN");
        assertThat(Transliteration.soundKey("布林肯")).isEqualTo("PLNKN");
        assertThat(Transliteration.soundKey("Guterres")).isEqualTo(Transliteration.soundKey("古特雷斯")).isEqualTo("KTLS");
        assertThat(Transliteration.soundKey("Campbell")).isEqualTo(Transliteration.soundKey("坎贝尔")).isEqualTo("KNPL");
        assertThat(Transliteration.soundKey("Kerry")).isEmpty(); // two consonants: too many names would share it
        assertThat(Transliteration.isTransliteration("苏尔坦·贾比尔")).isTrue();
        assertThat(Transliteration.isTransliteration("郑州")).isFalse();
    }
}
