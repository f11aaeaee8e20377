package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headlines of the ANT April 2018 slice (the Korean summit, matches), and made-up ones for the edges. */
class PreviewsTest {
    @Test
    void headlinesOfAHappeningToComeArePreviews() {
        assertTrue(Previews.announcesAhead("كيم جونغ أون سيصبح أول زعيم كوري شمالي يدخل الجارة الجنوبية"));
        assertTrue(Previews.announcesAhead("الشارع الكوري الجنوبي بين متفائل ومشكك في القمة المرتقبة مع بيونغ يانغ"));
        assertTrue(Previews.announcesAhead("قبل القمة.. سيول تكشف توجهات كوريا الشمالية النووية"));
        assertTrue(Previews.announcesAhead("شاهد.. استعدادات ريال مدريد قبل مواجهة بايرن ميونخ"));
        assertTrue(Previews.announcesAhead("الرئيس الكوري الشمالي سيعبر الحدود لحضور قمة مع نظيره الجنوبي"));
        assertTrue(Previews.announcesAhead("كوبا تستعد لنهاية حقبة الأخوين كاسترو"));
        assertTrue(Previews.announcesAhead("وغداً يلتقي الزعيمان"));
    }

    /** A day of the week with "next", a bout named after "before", a date set with: all still to come. */
    @Test
    void aHappeningDatedAheadIsAPreview() {
        assertTrue(Previews.announcesAhead("استئناف مفاوضات سد النهضة في الخرطوم الخميس المقبل"));
        assertTrue(Previews.announcesAhead("ملتقى ومعرض الاستقدام ينطلق الأحد القادم في الرياض"));
        assertTrue(Previews.announcesAhead("غوارديولا يخشى من تأثير الخسارة قبل موقعة ليفربول"));
        assertTrue(Previews.announcesAhead("الأحد.. صلاح على موعد مع \"ليلة المجد\""));
        // "next" after a month, or a date changed, says nothing of a happening still to come
        assertFalse(Previews.announcesAhead("أردوغان يعلن إجراء انتخابات رئاسية وبرلمانية مبكرة في يونيو المقبل"));
        assertFalse(Previews.announcesAhead("تعديل موعد انطلاقة 5 مباريات في الجولة الأخيرة"));
        assertFalse(Previews.announcesAhead("الخميس.. مقتل 3 في انفجار على موعد الافتتاح"));
    }

    @Test
    void headlinesOfAHappeningAreNot() {
        assertFalse(Previews.announcesAhead("قمة الكوريتين.. الزعيمان يتوجهان إلى الحدود"));
        assertFalse(Previews.announcesAhead("شاهد.. لحظة لقاء كيم جونغ أون برئيس كوريا الجنوبية"));
        assertFalse(Previews.announcesAhead("أردوغان يعلن إجراء انتخابات رئاسية وبرلمانية مبكرة في يونيو المقبل"));
        // "before" in front of a span, not of a happening
        assertFalse(Previews.announcesAhead("برشلونة يتوج بالدوري الإسباني قبل 3 جولات من النهاية"));
        assertFalse(Previews.announcesAhead("انفجار في كابل قبل الآن بقليل"));
        // readiness is not preparation
        assertFalse(Previews.announcesAhead("السعودية تبدي استعدادا لإرسال قوات إلى سوريا"));
        assertFalse(Previews.announcesAhead(null));
        assertFalse(Previews.announcesAhead(" "));
    }
}
