package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The feature hashes the shipped model was trained on stay what they were. */
class FeaturesTest {
    @Test
    void aRangesHashIsTheHashOfItsSubstring() {
        Random random = new Random(20261205L);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئةـًٌٍَُِّْa1 ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder word = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            String s = word.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(Features.fnv(s, from, to)).as("%s [%d, %d)", s, from, to)
                    .isEqualTo(Features.fnv(s.substring(from, to)));
        }
    }
}
