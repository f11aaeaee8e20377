package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose figure it is across sentences and paragraphs: a figure's source is named in its own sentence, or by the
 * paragraph's own attribution; a new paragraph is a new statement unless it opens by continuing the quote
 * ("وأضافت أن ..."). Sentences written for this test.
 */
class FigureAttributionParagraphsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    private static List<String> attributions(String text) {
        return ArabicFigures.find(text, DAY).stream().map(f -> f.attribution() == null ? "-" : f.attribution())
                .toList();
    }

    @Test
    void aFigureInTheNextParagraphIsNotCreditedToTheLastSpeakerNamed() {
        assertThat(attributions("قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n\n"
                + "وتوافد آلاف المتظاهرين إلى الساحة على بعد 300 متر من الحدود."))
                .containsExactly("وزارة الصحة", "-", "-");
    }

    @Test
    void theParagraphsOwnSpeakerCarriesToItsNextSentence() {
        assertThat(attributions("قالت وزارة الصحة إن 12 شخصا قتلوا في القصف. وأصيب 30 آخرون بجروح."))
                .containsExactly("وزارة الصحة", "وزارة الصحة");
    }

    @Test
    void aParagraphThatOpensByContinuingTheQuoteKeepsItsSpeaker() {
        assertThat(attributions("قالت وزارة الصحة إن 12 شخصا قتلوا في القصف.\n\nوأضافت أن 30 آخرين أصيبوا بجروح."))
                .containsExactly("وزارة الصحة", "وزارة الصحة");
        // A new speaker named in the new paragraph is that paragraph's own.
        assertThat(attributions("قالت وزارة الصحة إن 12 شخصا قتلوا.\n\nوأعلن الدفاع المدني أن 40 شخصا أنقذوا."))
                .containsExactly("وزارة الصحة", "الدفاع المدني");
    }
}
