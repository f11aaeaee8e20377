package org.marsad.arabic.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CountedNounTest {
    private static final CountedNoun OUTLET = new CountedNoun("وسيلة واحدة", "وسيلتان", "وسائل", "وسيلة", "وسيلة");
    private static final CountedNoun ARTICLE = new CountedNoun("مقال واحد", "مقالان", "مقالات", "مقالاً", "مقال");

    @Test
    void oneAndTwoAreWrittenWithoutTheNumber() {
        assertThat(OUTLET.count(1)).isEqualTo("وسيلة واحدة");
        assertThat(OUTLET.count(2)).isEqualTo("وسيلتان");
        assertThat(ARTICLE.count(1)).isEqualTo("مقال واحد");
        assertThat(ARTICLE.count(2)).isEqualTo("مقالان");
    }

    @Test
    void threeToTenTakeThePluralElevenToNinetyNineTheAccusativeSingular() {
        assertThat(OUTLET.count(3)).isEqualTo("3 وسائل");
        assertThat(OUTLET.count(10)).isEqualTo("10 وسائل");
        assertThat(OUTLET.count(11)).isEqualTo("11 وسيلة");
        assertThat(OUTLET.count(12)).isEqualTo("12 وسيلة");
        assertThat(ARTICLE.count(12)).isEqualTo("12 مقالاً");
        assertThat(ARTICLE.count(99)).isEqualTo("99 مقالاً");
    }

    @Test
    void hundredsFollowTheirLastTwoDigits() {
        assertThat(ARTICLE.count(100)).isEqualTo("100 مقال");
        assertThat(ARTICLE.count(102)).isEqualTo("102 مقال");
        assertThat(ARTICLE.count(103)).isEqualTo("103 مقالات");
        assertThat(ARTICLE.count(111)).isEqualTo("111 مقالاً");
        assertThat(ARTICLE.count(2000)).isEqualTo("2000 مقال");
        assertThat(ARTICLE.count(0)).isEqualTo("0 مقال");
        assertThatThrownBy(() -> ARTICLE.count(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormDependsOnlyOnTheLastTwoDigitsOnceTheNumberIsWritten() {
        Random random = new Random(20261129);
        for (int i = 0; i < 1000; i++) {
            long n = 3 + random.nextInt(1_000_000);
            long sameEnding = n + 100L * (1 + random.nextInt(50));
            String a = ARTICLE.count(n);
            String b = ARTICLE.count(sameEnding);
            assertThat(a).startsWith(n + " ");
            assertThat(b).startsWith(sameEnding + " ");
            assertThat(a.substring(a.indexOf(' '))).as("%d and %d", n, sameEnding)
                    .isEqualTo(b.substring(b.indexOf(' ')));
        }
    }
}
