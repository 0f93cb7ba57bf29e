package com.newsbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseScriptFoldingTest {

    @Test
    void theShippedTableIsExactlyWhatIcuComputes() {
        char[] computed = ChineseScriptFolding.computeTable();
        int differences = 0;
        int mapped = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (ChineseScriptFolding.fold((char) c) != computed[c]) {
                differences++;
            }
            if (computed[c] != c) {
                mapped++;
            }
        }
        assertThat(differences).as("regenerate with ChineseScriptFolding.main after upgrading ICU4J").isZero();
        assertThat(mapped).isEqualTo(2906);
    }

    @Test
    void foldsTraditionalCharactersOneToOne() {
        assertThat(ChineseScriptFolding.fold("臺灣總統府發言人")).isEqualTo("台湾总统府发言人");
        assertThat(ChineseScriptFolding.fold("聯合國 UN")).isEqualTo("联合国 UN");
    }
}
