package org.marsad.arabic.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name spellings seen across Egyptian, Levantine, Gulf and Maghrebi outlets. */
class NameVariantsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            غالانت             | جالانت
            يوآف               | يؤاف
            يوآف غالانت        | يؤاف جالانت
            نتنياهو            | نتانياهو
            بنيامين نتنياهو    | بنيامين نتانياهو
            هولاند             | أولاند
            فرانسوا هولاند     | فرانسوا أولاند
            فيسبوك             | فيس بوك
            ترامب              | ترمب
            دونالد ترامب       | دونالد ترمب
            غوغل               | جوجل
            غوغل               | قوقل
            جوجل               | قوقل
            أردوغان            | أردوجان
            بايدن              | بايدين
            زيلينسكي           | زيلنسكي
            بوتين              | بوتن
            واشنطن             | واشنطون
            يوتيوب             | يو تيوب
            إنستغرام           | انستجرام
            إنستغرام           | إنستقرام
            أمازون             | امازون
            نيويورك            | نيو يورك
            تيك توك            | تيكتوك
            مايكروسوفت         | ميكروسوفت
            بن غفير            | بن جفير
            غوتيريش            | جوتيريش
            بلينكن             | بلنكن
            هاليفي             | هليفي
            طوكيو              | توكيو
            فلاديمير           | ڤلاديمير
            أوباما             | اوباما
            كيم جونغ أون       | كيم جونج اون
            هيئة               | هيئه
            ماكرون             | ماكرون
            عبد الله           | عبدالله
            """)
    void sameName(String a, String b) {
        NameComparison c = NameVariants.compare(a, b);
        assertThat(c.same()).as("%s / %s: %s", a, b, c).isTrue();
        assertThat(NameVariants.same(b, a)).isTrue();
        assertThat(NameVariants.key(a)).isEqualTo(NameVariants.key(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ترامب              | تراب
            بوتين              | بوتان
            هولاند             | هولندا
            محمد               | محمود
            حسن                | حسين
            سعد                | سعيد
            محمد               | أحمد
            علي                | عليا
            بايدن              | بايرن
            ماكرون             | مكارم
            غزة                | عزة
            إيران              | العراق
            لبنان              | لبنى
            سوريا              | سوري
            جوجل               | جول
            ترامب              | ترامبولين
            """)
    void differentName(String a, String b) {
        NameComparison c = NameVariants.compare(a, b);
        assertThat(c.same()).as("%s / %s: %s", a, b, c).isFalse();
        assertThat(NameVariants.same(b, a)).isFalse();
    }
}
