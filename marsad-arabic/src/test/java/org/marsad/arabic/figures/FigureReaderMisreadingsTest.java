package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two misreadings a new reader met on the demo's story page (review28): a rank's name dropped from its speaker, and
 * two of the injured who died read as two injured. Sentences made up for this test.
 */
class FigureReaderMisreadingsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private static List<String> read(String text) {
        return ArabicFigures.find(text, DAY).stream()
                .map(f -> f.value() + " " + f.category() + " " + (f.attribution() == null ? "-" : f.attribution()))
                .toList();
    }

    @Test
    void aRankOrTitleAndTheNameAfterItAreOneSpeaker() {
        assertThat(read("وقال العقيد عامر السرطاوي إن 10 مصابين ما زالوا يتلقون العلاج"))
                .containsExactly("10 INJURED العقيد عامر السرطاوي");
        assertThat(read("وقال الدكتور أحمد خالد إن 7 أشخاص أصيبوا")).containsExactly("7 INJURED الدكتور أحمد خالد");
        assertThat(read("وقال الوزير خالد الأحمد إن 4 أشخاص قتلوا")).containsExactly("4 KILLED الوزير خالد الأحمد");
        // a title whose next words are the verb's object, not a name, stays the speaker alone
        assertThat(read("وأكد الوزير تشكيل لجنة للتحقيق في مقتل 3 أشخاص")).containsExactly("3 KILLED الوزير");
    }

    @Test
    void someOfTheInjuredWhoDiedAreDeadNotANewInjuredCount() {
        assertThat(read("وأعلنت المديرية وفاة اثنين من المصابين في المستشفى"))
                .containsExactly("2 KILLED المديرية");
        assertThat(read("توفي ثلاثة من الجرحى متأثرين بجروحهم")).containsExactly("3 KILLED -");
        assertThat(read("وقالت المديرية إن اثنين من المصابين توفيا")).containsExactly("2 KILLED المديرية");
        assertThat(read("وأعلنت الوزارة وفاة أربعة من المعتقلين")).containsExactly("4 KILLED الوزارة");
        // as before: the injured, and a part of them still in hospital, stay injured
        assertThat(read("وأعلنت المديرية إصابة 12 شخصا، وما زال اثنان من المصابين في المستشفى"))
                .containsExactly("12 INJURED المديرية", "2 INJURED المديرية");
    }
}
