package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "display({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ﻻ يمكن                       | لا يمكن
            ﻷن الحكومة                   | لأن الحكومة
            ﷲ أكبر                       | الله أكبر
            ﺍﻟﻌﺮﺑﻴﺔ                       | العربية
            الـــرئـيـس                   | الرئيس
            مـصـر                        | مصر
            \u200Fالقاهرة\u200E             | القاهرة
            \u202Bغزة\u202C                 | غزة
            \u2067بيروت\u2069               | بيروت
            \uFEFFالخبر                    | الخبر
            كتب\u200Bنا                    | كتبنا
            أحمد                         | أحمد
            إيران                        | إيران
            مُحَمَّد                        | مُحَمَّد
            مستشفى                       | مستشفى
            مدرسة                        | مدرسة
            ٢٠٢٤                         | ٢٠٢٤
            Reuters ﬁle                  | Reuters ﬁle
            caf\u0065\u0301              | café
            """)
    void display(String input, String expected) {
        assertThat(ArabicNormalizer.display(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "search({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أحمد                         | احمد
            إيران                        | ايران
            آلاف                         | الاف
            ألمانيا                      | المانيا
            ٱلله                         | الله
            مستشفى                       | مستشفي
            موسى                         | موسي
            مدرسة                        | مدرسه
            المؤتمر                      | الموتمر
            رئيس                         | رييس
            مُحَمَّدٌ                        | محمد
            ألفاً                        | الفا
            ألفًا                        | الفا
            ٢٠٢٤                         | 2024
            ۱۴۰۲                         | 1402
            ﻹسرائيل                      | لاسراييل
            الـــرئـيـس                   | الرييس
            \u200Fالقاهرة                 | القاهره
            کتاب فارسی                   | كتاب فارسي
            الرحمٰن                      | الرحمن
            Reuters 2024                 | Reuters 2024
            هيئة الأمم المتحدة           | هييه الامم المتحده
            """)
    void search(String input, String expected) {
        assertThat(ArabicNormalizer.search(input)).isEqualTo(expected);
    }

    @Test
    void nullStaysNull() {
        assertThat(ArabicNormalizer.display(null)).isNull();
        assertThat(ArabicNormalizer.search(null)).isNull();
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "قال الرئيس إن الحكومة ستعلن القرار";
        assertThat(ArabicNormalizer.display(clean)).isSameAs(clean);
        String folded = ArabicNormalizer.search(clean);
        assertThat(ArabicNormalizer.search(folded)).isSameAs(folded);
    }

    /** Idempotence over random strings drawn from Arabic, presentation forms, marks, controls, digits and Latin. */
    @Test
    void bothLevelsAreIdempotent() {
        Random random = new Random(20240114L);
        int[][] ranges = {
                {0x0600, 0x06FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x200B, 0x200F}, {0x202A, 0x202E},
                {0x2066, 0x2069}, {0x0020, 0x007E}, {0x00C0, 0x00FF}, {0x0300, 0x036F}, {0x0640, 0x0640}};
        for (int run = 0; run < 20_000; run++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                sb.append((char) (r[0] + random.nextInt(r[1] - r[0] + 1)));
            }
            String s = sb.toString();
            String d = ArabicNormalizer.display(s);
            assertThat(ArabicNormalizer.display(d)).as("display of %s", s.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(d);
            String f = ArabicNormalizer.search(s);
            assertThat(ArabicNormalizer.search(f)).as("search of %s", s.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(f);
            assertThat(ArabicNormalizer.search(d)).isEqualTo(f);
        }
    }
}
