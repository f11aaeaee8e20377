package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure's source is read to the end of its noun phrase: a place after في that is a construct chain («غرفة طوارئ
 * الفاشر»), and «شهود عيان» (eyewitnesses). Sentences written for this test (review17's walk, made-up Sudan news).
 */
class FigureSourcePhraseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private static List<String> attributions(String text) {
        return ArabicFigures.find(text, DAY).stream().map(f -> f.attribution() == null ? "-" : f.attribution())
                .toList();
    }

    @Test
    void aSourceInAPlaceNamedByAConstructChainIsReadToItsEnd() {
        assertThat(attributions("وقال متطوعون في غرفة طوارئ الفاشر إن 7 مدنيين قتلوا"))
                .containsExactly("متطوعون في غرفة طوارئ الفاشر");
        assertThat(attributions("وقال متطوعون في غرفة طوارئ درنة إن 20 شخصا قتلوا"))
                .containsExactly("متطوعون في غرفة طوارئ درنة");
        // as before: a region and its name, a definite place, and a place the verb's clause follows
        assertThat(attributions("وقالت وزارة الصحة في قطاع غزة إن 25 شخصا قتلوا"))
                .containsExactly("وزارة الصحة في قطاع غزة");
        assertThat(attributions("قال مسعفون في غزة إن 12 شخصا قتلوا")).containsExactly("مسعفون في غزة");
        assertThat(attributions("قال ناشطون في مدينة الأبيض إن 9 أشخاص قتلوا")).containsExactly("ناشطون في مدينة الأبيض");
    }

    @Test
    void eyewitnessesAreOneSource() {
        assertThat(attributions("نزحت 300 أسرة من الحي بحسب شهود عيان")).containsExactly("شهود عيان");
        assertThat(attributions("وقال شاهد عيان إن 5 أشخاص قتلوا في القصف")).containsExactly("شاهد عيان");
    }
}
