package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wider preview reading ({@link Previews#announcesAheadWidely}, issue 20): made-up headlines of each cue the narrow
 * reading misses, and reports of a happening that neither reading takes for a preview.
 */
class WidePreviewsTest {
    @Test
    void cuesTheNarrowReadingMissesReadAsPreviews() {
        List<String> previews = List.of(
                "الوزير في العاصمة قريبا جدا.. ويلتقي المسؤولين",
                "قريباً.. شركة محلية تطرح هاتفها الأول",
                "الحكومة: القرار خلال أيام",
                "اجتماع رباعي لبحث أزمة المياه في الإقليم",
                "\"جلسة عاجلة\" لمناقشة الفيضانات في البرلمان",
                "مصادر: اجتماع للجنة الوزارية لمناقشة الأسعار",
                "غموض بشأن مشاركة المهاجم في نهائي الكأس",
                "شكوك حول مشاركة الحارس أمام النادي الأهلي",
                "التشكيلة الرسمية للمنتخب ضد تونس",
                "المدرب: القائد سيعود للفريق الأسبوع المقبل",
                "الرئيس سيشارك في مؤتمر المناخ");
        for (String h : previews) {
            assertFalse(Previews.announcesAhead(h), "the narrow reading misses: " + h);
            assertTrue(Previews.announcesAheadWidely(h), "the wide reading reads ahead: " + h);
        }
    }

    @Test
    void reportsOfAHappeningAreNotPreviewsInEitherReading() {
        List<String> reports = List.of(
                "الوزراء يجتمعون في العاصمة لبحث أزمة المياه",
                "مقتل 5 في انفجار سيارة مفخخة بالسوق",
                "المنتخب يهزم تونس بهدفين في تشكيلة جديدة",
                "الفريق يفوز على الأهلي بمشاركة المهاجم",
                "الغموض يلف مصير الصفقة بعد انسحاب المستثمر",
                "تشكيل الحكومة الجديدة بعد أشهر من المشاورات",
                "لجنة لبحث أسباب الحريق تبدأ عملها");
        for (String h : reports) {
            assertFalse(Previews.announcesAheadWidely(h), "a report: " + h);
        }
        assertFalse(Previews.announcesAheadWidely(null));
        assertFalse(Previews.announcesAheadWidely("  "));
    }

    @Test
    void whatTheNarrowReadingReadsAheadTheWideOneDoesToo() {
        for (String h : List.of("القمة المرتقبة بين الزعيمين", "الفريق يستعد لمواجهة الخميس المقبل",
                "قبل المباراة.. المدرب يتحدث")) {
            assertTrue(Previews.announcesAhead(h));
            assertTrue(Previews.announcesAheadWidely(h));
        }
    }
}
