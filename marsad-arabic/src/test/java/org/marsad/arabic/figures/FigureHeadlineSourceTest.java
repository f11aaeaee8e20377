package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline convention "SOURCE: what it reports": the words before the colon are the source of the figures after
 * it when they name one (a ministry, the UN, medical sources, a named spokesman); a place, a date, a flag (عاجل) or
 * a speaker's clause before a colon is no source. Headlines and bodies written for this test.
 */
class FigureHeadlineSourceTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    private static List<String> attributions(String text) {
        return ArabicFigures.find(text, DAY).stream().map(f -> f.attribution() == null ? "-" : f.attribution())
                .toList();
    }

    @Test
    void aSourceBeforeTheHeadlinesColonIsCreditedWithItsFigures() {
        assertThat(attributions("وزارة الصحة: 25 قتيلاً في غارات على جنوب المدينة")).containsExactly("وزارة الصحة");
        assertThat(attributions("الأمم المتحدة: 40 ألف نازح خلال أسبوع")).containsExactly("الأمم المتحدة");
        assertThat(attributions("مصادر طبية: مقتل 12 شخصا وإصابة 30 آخرين في القصف"))
                .containsExactly("مصادر طبية", "مصادر طبية");
        assertThat(attributions("المتحدث باسم الجيش أفيخاي أدرعي: اعتقال 15 مطلوبا"))
                .containsExactly("المتحدث باسم الجيش أفيخاي أدرعي");
        // after a flag and a bar, the source is what follows the bar
        assertThat(attributions("عاجل | وزارة الصحة في غزة: 25 قتيلاً")).containsExactly("وزارة الصحة في غزة");
    }

    @Test
    void aPlaceADateAFlagOrAClauseBeforeAColonIsNoSource() {
        assertThat(attributions("غزة: 25 قتيلاً في غارات على جنوب المدينة")).containsExactly("-");
        assertThat(attributions("عاجل: 25 قتيلاً في غارات على جنوب المدينة")).containsExactly("-");
        assertThat(attributions("الأحد 4 فبراير: 25 قتيلاً في غارات على المدينة")).containsExactly("-");
        assertThat(attributions("بالأرقام: 25 قتيلاً في الغارات")).containsExactly("-");
        assertThat(attributions("الحكومة تحذر: 25 قتيلاً في حوادث الطرق")).containsExactly("-");
        // one word alone and indefinite is too vague to be anyone's
        assertThat(attributions("تقرير: 25 قتيلاً في الغارات")).containsExactly("-");
    }

    @Test
    void theHeadlinesSourceStaysInTheHeadline() {
        // the body is a new paragraph: its figure is its own sentence's, not the headline's source's
        assertThat(attributions("وزارة الصحة: 25 قتيلاً في غارات\n\nووصل 300 شخص إلى المستشفى الميداني."))
                .containsExactly("وزارة الصحة", "-");
        // a source the text names by a verb in the same sentence is still found as before
        assertThat(attributions("قالت وزارة الصحة إن 12 شخصا قتلوا")).containsExactly("وزارة الصحة");
    }
}
