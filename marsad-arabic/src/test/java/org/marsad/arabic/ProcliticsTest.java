package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcliticsTest {
    private static final Set<String> NAMES = Set.of("لبنان", "واشنطن");

    @ParameterizedTest
    @CsvSource({"وبريطانيا, بريطانيا", "والعراق, عراق", "بالمفاوضات, مفاوضات", "لإيران, إيران",
            "ألمانيا, ألمانيا", "للبنان, لبنان", "واشنطن, واشنطن", "وزير, زير", "بيت, بيت"})
    void stripsProcliticsAndLeavesProtectedWordsWhole(String word, String stem) {
        assertThat(Proclitics.strip(word, NAMES::contains)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"وَالمُفَاوَضَاتُ, والمفاوضات", "الـمـفاوضات, المفاوضات"})
    void bareDropsMarksAndTatweel(String word, String bare) {
        assertThat(Proclitics.bare(word)).isEqualTo(bare);
    }
}
