package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCosineTest {
    @Test
    void sameWordsInTheSameProportionsIsOneAndNoSharedWordIsZero() {
        assertThat(TermCosine.of(Map.of("غز", 2f, "مساعد", 1f), Map.of("غز", 4f, "مساعد", 2f))).isCloseTo(1, within(1e-9));
        assertThat(TermCosine.of(Map.of("غز", 2f), Map.of("فايد", 1f))).isZero();
        assertThat(TermCosine.of(Map.of(), Map.of("فايد", 1f))).isZero();
    }

    @Test
    void oneSharedWordOfTwoEqualOnesIsAHalf() {
        assertThat(TermCosine.of(Map.of("a", 1f, "b", 1f), Map.of("a", 1f, "c", 1f))).isCloseTo(0.5, within(1e-9));
    }
}
