package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ArabicNormalizer#search} takes a one-pass route for most text; whatever route it takes, the result must be
 * the definition: display, fold char by char, NFC.
 */
class SearchFoldingPropertyTest {
    /** Letters, marks that compose (U+0653..U+0655) and that only reorder, Latin with combining accents, forms. */
    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
            + "\u064B\u064C\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640\u061C\u06C1\u06D2\u06D5"
            + "\u06CC\u06A9\u0660\u0669\u06F5 a e\u0301\u0300\u0327,.-«»\u200B\u200F\u2000\u2003\u2013"
            + "\uFEFB\uFEF7\uFDF2\uFE71\uFE72\uFC5E\uFB8A\uFEFF";

    @Test
    void searchEqualsDisplayThenFoldThenNfc() {
        Random random = new Random(20260412L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertThat(ArabicNormalizer.search(text)).as("search of %s", escaped(text)).isEqualTo(reference(text));
        }
    }

    @Test
    void hashFilterNeverRejectsAGivenHash() {
        Random random = new Random(7L);
        int[] hashes = random.ints(500).toArray();
        long[] filter = HashFilter.of(hashes);
        for (int h : hashes) {
            assertThat(HashFilter.mayContain(filter, h)).isTrue();
        }
        int rejected = 0;
        for (int k = 0; k < 10_000; k++) {
            rejected += HashFilter.mayContain(filter, random.nextInt()) ? 0 : 1;
        }
        assertThat(rejected).as("other hashes mostly rejected").isGreaterThan(9_000);
    }

    private static String reference(String text) {
        String shown = ArabicNormalizer.display(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            char f = ArabicNormalizer.fold(shown.charAt(i));
            if (f != ArabicNormalizer.REMOVE) {
                sb.append(f);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(String.format("\\u%04X", c)));
        return sb.toString();
    }
}
