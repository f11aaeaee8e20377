package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.NoHappening.Genre;

/** Made-up headlines in the shapes Arabic outlets give pieces that report no single happening, and reports beside. */
class NoHappeningTest {
    private static Optional<Genre> of(String headline) {
        return NoHappening.of(headline);
    }

    @Test
    void questionsToTheReaderAreQuestions() {
        assertThat(of("هل تنجح المحادثات في إنهاء الحرب؟")).contains(Genre.QUESTION);
        assertThat(of("بعد الانسحاب.. وهل يصمد الاتفاق")).contains(Genre.QUESTION);
        assertThat(of("لماذا تراجع سعر النفط هذا الأسبوع")).contains(Genre.QUESTION);
        assertThat(of("كيف تحولت المدينة الهادئة إلى ساحة حرب")).contains(Genre.QUESTION);
        assertThat(of("ما الذي تريده موسكو من الضربة؟")).contains(Genre.QUESTION);
        assertThat(of("الانتخابات المبكرة.. ماذا بعد")).contains(Genre.QUESTION);
        // a question mark is enough, with no question word
        assertThat(of("الحكومة تتراجع عن قرار رفع الأسعار؟")).contains(Genre.QUESTION);
    }

    @Test
    void genreLabelsAreRead() {
        assertThat(of("تحليل: الضربة على القاعدة بعد عام")).contains(Genre.ANALYSIS);
        assertThat(of("قراءة في نتائج الانتخابات البلدية")).contains(Genre.ANALYSIS);
        assertThat(of("رأي: الاتفاق النووي بعد عام")).contains(Genre.OPINION);
        assertThat(of("مقال: عن المدينة التي نسيها العالم")).contains(Genre.OPINION);
        assertThat(of("حوار مع وزير المالية عن الموازنة الجديدة")).contains(Genre.INTERVIEW);
        assertThat(of("الموازنة الجديدة والديون | حوار خاص")).contains(Genre.INTERVIEW);
        assertThat(of("بروفايل: القائد الجديد للجيش")).contains(Genre.PROFILE);
        assertThat(of("من هو رئيس الوزراء الجديد؟")).contains(Genre.PROFILE);
        assertThat(of("تقرير: أطفال المخيمات في الشتاء")).contains(Genre.FEATURE);
        assertThat(of("ملف خاص.. عشر سنوات على الثورة")).contains(Genre.FEATURE);
        assertThat(of("ماذا نعرف عن الصواريخ التي أطلقت على القاعدة")).contains(Genre.EXPLAINER);
        assertThat(of("كل ما تريد معرفته عن الانتخابات الرئاسية")).contains(Genre.EXPLAINER);
        assertThat(of("حصاد الأسبوع في الخليج")).contains(Genre.DIGEST);
        assertThat(of("أبرز أحداث اليوم في العالم العربي")).contains(Genre.DIGEST);
        assertThat(of("جولة في الصحف البريطانية")).contains(Genre.DIGEST);
        assertThat(of("ملخص الأسبوع الرياضي")).contains(Genre.DIGEST);
        assertThat(of("الأزمة الخليجية: محطات")).contains(Genre.DIGEST);
    }

    @Test
    void reportsOfAHappeningAreNotPieces() {
        assertThat(of("مقتل خمسة في هجوم مسلح على سوق في مدينة الأبيض")).isEmpty();
        assertThat(of("وزير الخارجية: لن نقبل بأي تعديل للاتفاق")).isEmpty();
        assertThat(of("الشرطة تكشف كيف دخل المسلحون إلى المبنى")).isEmpty();
        assertThat(of("أهل الضحايا يطالبون بمحاكمة المسؤولين")).isEmpty();
        // labels that are ordinary words in a report: a suspension, a new round of talks, a UN report, a dialogue
        assertThat(of("تعليق الرحلات إلى بيروت بسبب العاصفة")).isEmpty();
        assertThat(of("جولة جديدة من المفاوضات تبدأ في جنيف")).isEmpty();
        assertThat(of("تقرير أممي: الأطراف جندت مئات الأطفال")).isEmpty();
        assertThat(of("حوار وطني ينطلق في العاصمة بمشاركة الأحزاب")).isEmpty();
        assertThat(of("ملخص مباراة الأهلي والزمالك")).isEmpty();
        assertThat(of(null)).isEmpty();
        assertThat(of("  ")).isEmpty();
    }

    @Test
    void aQuestionInsideAQuoteIsWhatSomeoneSaid() {
        assertThat(of("مقتل 3 في قصف على الحي.. وناج يسأل: \"لماذا نحن؟\"")).isEmpty();
        assertThat(of("الرئيس يرد على سؤال «هل ستترشح؟» بالنفي")).isEmpty();
        assertThat(of("الوزير: “من يحاسب المقصرين؟” بعد انهيار الجسر")).isEmpty();
        // outside the quote the headline still asks
        assertThat(of("هل يقبل الوزير بـ«الخطة» الجديدة؟")).contains(Genre.QUESTION);
    }
}
