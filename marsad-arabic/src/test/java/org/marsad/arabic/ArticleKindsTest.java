package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArticleKinds.Kind;

/** Made-up headlines in the shapes Arabic outlets use for reports and for the pieces written beside them. */
class ArticleKindsTest {
    private static Kind of(String headline) {
        return ArticleKinds.of(headline, null);
    }

    @Test
    void reportsOfADeedOrAStatementAreReports() {
        assertThat(of("مقتل خمسة في هجوم مسلح على سوق في مدينة الأبيض")).isEqualTo(Kind.REPORT);
        assertThat(of("الرئيس يصل إلى العاصمة في زيارة تستمر يومين")).isEqualTo(Kind.REPORT);
        assertThat(of("وزير الخارجية: لن نقبل بأي تعديل للاتفاق")).isEqualTo(Kind.REPORT);
        // a question word inside a report's sentence, with no question asked
        assertThat(of("الشرطة تكشف كيف دخل المسلحون إلى المبنى")).isEqualTo(Kind.REPORT);
        // an eyewitness recounts: a report, not "watch"
        assertThat(of("شاهد عيان يروي لحظات الانفجار في الميناء")).isEqualTo(Kind.REPORT);
        // «أهل» is a family, no question
        assertThat(of("أهل الضحايا يطالبون بمحاكمة المسؤولين")).isEqualTo(Kind.REPORT);
        assertThat(of(null)).isEqualTo(Kind.REPORT);
        assertThat(of("  ")).isEqualTo(Kind.REPORT);
    }

    @Test
    void aYesOrNoQuestionAboutWhatMayComeSpeculates() {
        assertThat(of("قمة العاصمتين: هل تقود المحادثات إلى سلام دائم؟")).isEqualTo(Kind.SPECULATION);
        assertThat(of("بعد الانسحاب.. وهل يصمد الاتفاق؟")).isEqualTo(Kind.SPECULATION);
        assertThat(of("إلى أين تتجه الأزمة بين البلدين؟")).isEqualTo(Kind.SPECULATION);
        assertThat(of("الانتخابات المبكرة.. ماذا بعد؟")).isEqualTo(Kind.SPECULATION);
        assertThat(of("هل يصبح المهاجم أفضل لاعب في العالم")).isEqualTo(Kind.SPECULATION);
        assertThat(Kind.SPECULATION.speculates()).isTrue();
    }

    @Test
    void explainersAndProfilesAskWhoWhatWhyOrHow() {
        assertThat(of("من هو الوزير الجديد للداخلية؟")).isEqualTo(Kind.EXPLAINER);
        assertThat(of("ماذا نعرف عن الصواريخ التي أطلقت على القاعدة")).isEqualTo(Kind.EXPLAINER);
        assertThat(of("تركيا: لماذا قرر الرئيس إجراء انتخابات مبكرة؟")).isEqualTo(Kind.EXPLAINER);
        assertThat(of("تعرف على قرار الاتحاد بشأن إلغاء طرد اللاعب")).isEqualTo(Kind.EXPLAINER);
        // a question word later in a headline that asks
        assertThat(of("الحكومة تطلق برنامج التخصيص.. ما هي أهدافه؟")).isEqualTo(Kind.EXPLAINER);
        assertThat(Kind.EXPLAINER.speculates()).isFalse();
    }

    @Test
    void analysesAndOpinionsAreReadFromTheHeadlineOrTheWritersOpening() {
        assertThat(of("قراءة في نتائج الانتخابات البلدية")).isEqualTo(Kind.ANALYSIS);
        assertThat(of("تحليل: ما الذي تريده موسكو من الضربة")).isEqualTo(Kind.ANALYSIS);
        assertThat(of("رأي: الاتفاق النووي بعد عام")).isEqualTo(Kind.ANALYSIS);
        assertThat(ArticleKinds.of("الاتفاق النووي بعد عام", "يرى الكاتب أن الاتفاق لم يعد قائما"))
                .isEqualTo(Kind.ANALYSIS);
        // a report's opening is not read as a writer's
        assertThat(ArticleKinds.of("مقتل خمسة في هجوم على سوق", "قتل خمسة أشخاص وأصيب اثنا عشر في هجوم"))
                .isEqualTo(Kind.REPORT);
        assertThat(Kind.ANALYSIS.speculates()).isTrue();
    }

    @Test
    void galleriesAndRoundUpsShowOrGather() {
        assertThat(of("بالصور: القمة التاريخية بين الزعيمين")).isEqualTo(Kind.GALLERY);
        assertThat(of("شاهد.. لحظة وصول الرئيس إلى المطار")).isEqualTo(Kind.GALLERY);
        assertThat(of("إنفوغرافيك.. مواقع القوات الأجنبية في البلاد")).isEqualTo(Kind.GALLERY);
        // the first part's kind: a video explaining is a gallery
        assertThat(of("فيديو غرافيك: كيف يتم تمويل الإرهاب؟")).isEqualTo(Kind.GALLERY);
        assertThat(of("أبرز الغارات على البلاد خلال عقد")).isEqualTo(Kind.ROUNDUP);
        assertThat(of("ردود فعل دولية على الضربة")).isEqualTo(Kind.ROUNDUP);
        assertThat(of("المنظمة الدولية: محطات رئيسية")).isEqualTo(Kind.ROUNDUP);
        assertThat(of("أبرز ما جاء في خطاب الرئيس أمام البرلمان")).isEqualTo(Kind.ROUNDUP);
    }

    @Test
    void aLabelWordThatIsAlsoAReportsNounCountsOnlyAsAHeadingLabel() {
        // «تعليق»: a suspension, the deed reported; «تعليق:» heads a commentary
        assertThat(of("تعليق الرحلات إلى العاصمة بعد إغلاق المطار")).isEqualTo(Kind.REPORT);
        assertThat(of("الشركة الوطنية: تعليق الرحلات إلى العاصمة حتى إشعار آخر")).isEqualTo(Kind.REPORT);
        assertThat(of("تعليق: الرحلات المعلقة وثمن الإغلاق")).isEqualTo(Kind.ANALYSIS);
        // an analysis reported as news, then an analysis headed as one
        assertThat(of("تحليل مخبري يكشف سبب تسمم العشرات في القرية")).isEqualTo(Kind.REPORT);
        assertThat(of("تحليل.. لماذا تأخر تشكيل الحكومة")).isEqualTo(Kind.ANALYSIS);
        assertThat(of("الحكومة الجديدة وحدود التغيير | رأي")).isEqualTo(Kind.ANALYSIS);
        assertThat(of("مقال الوزير يثير جدلا في البرلمان")).isEqualTo(Kind.REPORT);
    }

    @Test
    void leadingTheSentenceOfAReportIsNotARoundUp() {
        // «أبرز المرشحين ينسحب»: the leading candidate withdraws
        assertThat(of("أبرز المرشحين ينسحب من السباق الرئاسي")).isEqualTo(Kind.REPORT);
        assertThat(of("الانتخابات البلدية: أبرز المرشحين يعلن انسحابه")).isEqualTo(Kind.REPORT);
        assertThat(of("محطات الوقود يغلقها الإضراب في المدينة")).isEqualTo(Kind.REPORT);
        // a noun written like a verb does not make a round-up a sentence
        assertThat(of("أبرز أحداث يوليو في المنطقة")).isEqualTo(Kind.ROUNDUP);
    }
}
