package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightStemmerTest {
    @ParameterizedTest
    @CsvSource({
            "المفاوضات, مفاوض", "مفاوضات, مفاوض", "بالمفاوضات, مفاوض", "والمفاوضات, مفاوض",
            "للحكومه, حكوم", "والحكومه, حكوم", "حكومه, حكوم", "فالقرار, قرار", "وسيارات, سيار",
            "زلزال, زلزال", "mbc, mbc", "من, من", "قال, قال"})
    void conflatesInflectionsAndLeavesShortWords(String word, String stem) {
        assertThat(LightStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"المفاوضات", "بالمفاوضات", "وسيارات", "لبنان", "الولايات"})
    void neverLeavesFewerThanThreeLetters(String word) {
        assertThat(LightStemmer.stem(word).length()).isGreaterThanOrEqualTo(3);
    }
}
