package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicPrefixFilterTest {
    private static List<String> strip(String text) {
        return AnalysisTesting.filtered(ts -> new ArabicPrefixFilter(ts, StemExceptions.defaults()), text);
    }

    @Test
    void removesTheArticleAndTheParticlesJoinedToIt() {
        assertThat(strip("المفاوضات والمفاوضات بالمفاوضات فالمفاوضات كالمفاوضات للمفاوضات وبالمفاوضات"))
                .containsOnly("مفاوضات");
    }

    @Test
    void keepsWordsThatBeginWithHamzaAlefAndLam() {
        assertThat(strip("ألمانيا إلغاء آلاف ألعاب")).containsExactly("ألمانيا", "إلغاء", "آلاف", "ألعاب");
    }

    @Test
    void removesTheArticleBeforeAHamzaInitialWord() {
        assertThat(strip("الألعاب الآلاف الإلغاء")).containsExactly("ألعاب", "آلاف", "إلغاء");
    }

    @Test
    void removesAPrepositionBeforeAHamzaInitialWord() {
        assertThat(strip("لإيران وإيران بأمر")).containsExactly("إيران", "إيران", "أمر");
    }

    @Test
    void neverCutsAProtectedNameButFreesItFromItsClitics() {
        assertThat(strip("لبنان للبنان ولبنان بيروت لبيروت")).containsExactly("لبنان", "لبنان", "لبنان", "بيروت",
                "بيروت");
    }

    @Test
    void leavesShortWordsAndLoneLettersThatMayBeRootLetters() {
        // ب ك ل ف alone are not stripped before an ordinary letter: بيت, كتب, لعب, فهم are words in themselves.
        assertThat(strip("بيت كتب لعب فهم وصل")).containsExactly("بيت", "كتب", "لعب", "فهم", "وصل");
    }

    @Test
    void stripsTheSameFromABareWordAndFromItAfterAnArticle() {
        List<String> bare = strip("وزير");
        assertThat(strip("الوزير")).isEqualTo(bare);
        assertThat(strip("والوزير")).isEqualTo(bare);
    }

    @Test
    void dropsDiacriticsAndTatweelButKeepsHamzaSeats() {
        assertThat(strip("وَالمُفَاوَضَاتُ الـمـفاوضات")).containsExactly("مفاوضات", "مفاوضات");
    }

    @Test
    void leavesLatinWordsAlone() {
        assertThat(strip("Hamas COVID-19")).containsExactly("Hamas", "COVID-19");
    }
}
