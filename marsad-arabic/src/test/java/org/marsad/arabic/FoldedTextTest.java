package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    /** A word found in the folded text maps back to exactly that word as written, marks and tatweel included. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            قال الرئيـــس أمس            | الرييس   | الرئيـــس
            وصل غداً إلى القاهرة          | غدا      | غداً
            ﻻ تراجع                      | لا       | ﻻ
            مُحَمَّدٌ رَسُولُ                  | محمد     | مُحَمَّدٌ
            في ٢٠٢٤ قرر                   | 2024     | ٢٠٢٤
            \u200Fالقاهرة\u200F اليوم       | القاهره  | القاهرة
            """)
    void spansMapBackToTheOriginal(String text, String foldedWord, String original) {
        FoldedText f = FoldedText.of(text);
        int at = f.folded().indexOf(foldedWord);
        assertThat(at).as(f.folded()).isNotNegative();
        int start = f.originalStart(at);
        int end = f.originalEnd(at + foldedWord.length());
        assertThat(text.substring(start, end)).isEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            أحمد وإيران والمستشفى
            الـــرئـيـس ﷲ ٢٠٢٤
            Reuters, 24 December
            """)
    void foldsLikeSearchNormalization(String text) {
        assertThat(FoldedText.of(text).folded()).isEqualTo(ArabicNormalizer.search(text));
    }
}
