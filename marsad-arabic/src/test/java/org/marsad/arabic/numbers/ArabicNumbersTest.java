package org.marsad.arabic.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as Arabic news writes them: casualty counts, budgets, percentages, dates, phone numbers. */
class ArabicNumbersTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sentence                                             | number as written       | value
            ارتفع عدد الضحايا إلى 20 ألفاً و258 شهيداً                | 20 ألفاً و258           | 20258
            بلغ عدد الحجاج 121 ألفًا و 700 حاج                       | 121 ألفًا و 700         | 121700
            رصدت الحكومة 1.5 مليون دولار                            | 1.5 مليون               | 1500000
            يعيش في المدينة 3 ملايين و200 ألف نسمة                   | 3 ملايين و200 ألف       | 3200000
            بتكلفة مليار و200 مليون جنيه                            | مليار و200 مليون        | 1200000000
            نزح نحو مليون ونصف شخص                                  | مليون ونصف              | 1500000
            أكثر من نصف مليون لاجئ                                  | نصف مليون               | 500000
            قرابة ربع مليون زائر                                    | ربع مليون               | 250000
            شارك عشرون ألف متظاهر                                   | عشرون ألف               | 20000
            نحو عشرين ألفا من الجنود                                | عشرين ألفا              | 20000
            قتل خمسة وعشرون شخصاً                                   | خمسة وعشرون             | 25
            أصيب ثلاثة أشخاص                                        | ثلاثة                   | 3
            أصيبت ثلاث نساء                                         | ثلاث                    | 3
            اعتقل أحد عشر ناشطاً                                    | أحد عشر                 | 11
            اعتقلت إحدى عشرة ناشطة                                  | إحدى عشرة               | 11
            فاز اثنا عشر لاعباً                                     | اثنا عشر                | 12
            بين اثني عشر مرشحا                                      | اثني عشر                | 12
            مع اثنتي عشرة دولة                                      | اثنتي عشرة              | 12
            سقط خمسة عشر صاروخاً                                    | خمسة عشر                | 15
            مرت ثماني سنوات                                         | ثماني                   | 8
            مئة شخص                                                 | مئة                     | 100
            مائة شخص                                                | مائة                    | 100
            بمئتي دولار                                             | مئتي                    | 200
            مئتان وخمسون طالباً                                     | مئتان وخمسون            | 250
            ثلاثمئة جندي                                            | ثلاثمئة                 | 300
            ثلاثمائة جندي                                           | ثلاثمائة                | 300
            ثلاث مئة جندي                                           | ثلاث مئة                | 300
            خمسمائة وخمسة وسبعون                                    | خمسمائة وخمسة وسبعون    | 575
            تسعمئة وتسعة وتسعون                                     | تسعمئة وتسعة وتسعون     | 999
            ألف شخص                                                 | ألف                     | 1000
            ألفا شخص                                                | ألفا                    | 2000
            تظاهر ألفا متظاهر                                       | ألفا                    | 2000
            نزح مليونا شخص                                          | مليونا                  | 2000000
            بلغ العدد ألفاً                                         | ألفاً                   | 1000
            نحو ألفا من الجنود                                      | ألفا                    | 1000
            ألفاً شخص                                               | ألفاً                   | 1000
            مئتا طالب                                               | مئتا                    | 200
            ألفان وخمسمائة                                          | ألفان وخمسمائة          | 2500
            ألفين ومئتين                                            | ألفين ومئتين            | 2200
            ثلاثة آلاف مقاتل                                        | ثلاثة آلاف              | 3000
            عشرة آلاف وظيفة                                         | عشرة آلاف               | 10000
            مئة ألف                                                 | مئة ألف                 | 100000
            مائتي ألف برميل                                         | مائتي ألف               | 200000
            خمسون مليوناً                                           | خمسون مليوناً           | 50000000
            مليونان                                                 | مليونان                 | 2000000
            مليوني دولار                                            | مليوني                  | 2000000
            سبعة ملايين                                             | سبعة ملايين             | 7000000
            ملياران                                                 | ملياران                 | 2000000000
            ثلاثة مليارات دولار                                     | ثلاثة مليارات           | 3000000000
            2.5 مليار دولار                                         | 2.5 مليار               | 2500000000
            ٢٫٥ مليار دولار                                         | ٢٫٥ مليار               | 2500000000
            ١٬٥٠٠ جندي                                              | ١٬٥٠٠                   | 1500
            ۱۲۳ نفر                                                 | ۱۲۳                     | 123
            ٤٥ شهيداً                                               | ٤٥                      | 45
            1,500 jobs                                              | 1,500                   | 1500
            1,250,000 دولار                                         | 1,250,000               | 1250000
            نزح 274،460 شخصاً                                       | 274،460                 | 274460
            1،250،000 دولار                                         | 1،250،000               | 1250000
            1.250.000 دينار                                         | 1.250.000               | 1250000
            1,5 مليون دينار                                         | 1,5 مليون               | 1500000
            1\u00A0500\u00A0000 درهم                              | 1\u00A0500\u00A0000       | 1500000
            بنسبة 3.5 في المئة                                      | 3.5                     | 3.5
            ارتفع 12.75%                                            | 12.75                   | 12.75
            بـ20 ألف دولار                                          | 20 ألف                  | 20000
            وبخمسة ملايين                                           | خمسة ملايين             | 5000000
            ووصل إلى ثلاثين ألفاً                                   | ثلاثين ألفاً            | 30000
            وعشرون                                                  | عشرون                   | 20
            ثلاثة ونصف                                              | ثلاثة ونصف              | 3.5
            صفر                                                     | صفر                     | 0
            واحد                                                    | واحد                    | 1
            اثنان                                                   | اثنان                   | 2
            ألف وخمسمائة وعشرون                                     | ألف وخمسمائة وعشرون     | 1520
            مليون ومئة ألف                                          | مليون ومئة ألف          | 1100000
            مئة وعشرون ألفاً                                        | مئة وعشرون ألفاً        | 120000
            ثلاثة عشر ألفاً                                         | ثلاثة عشر ألفاً         | 13000
            مئة وثلاثة عشر                                          | مئة وثلاثة عشر          | 113
            ألف وأحد عشر                                            | ألف وأحد عشر            | 1011
            أحد وعشرون يوماً                                        | أحد وعشرون              | 21
            إحدى وثلاثون                                            | إحدى وثلاثون            | 31
            1,500.75 دولار                                          | 1,500.75                | 1500.75
            تريليون دولار                                           | تريليون                 | 1000000000000
            عام 2024                                                | 2024                    | 2024
            القرار 2334                                             | 2334                    | 2334
            """)
    void exactNumbers(String sentence, String text, String value) {
        List<NumberMention> found = ArabicNumbers.find(sentence);
        assertThat(found).as("numbers in %s", sentence).hasSize(1);
        NumberMention m = found.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(text);
        assertThat(m.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(m.vague()).isFalse();
    }

    @ParameterizedTest(name = "{0} → vague {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل عشرات المدنيين                | عشرات
            أصيب مئات المتظاهرين              | مئات
            نزح آلاف السكان                   | آلاف
            خسائر بملايين الدولارات           | ملايين
            استثمارات بمليارات الدولارات      | مليارات
            تظاهر عشرات الآلاف                | عشرات الآلاف
            نزح مئات الآلاف                   | مئات الآلاف
            مئات الملايين من الدولارات        | مئات الملايين
            بضعة آلاف من الجنود               | بضعة آلاف
            عدة ملايين                        | عدة ملايين
            بضع مئات                          | بضع مئات
            """)
    void vagueQuantities(String sentence, String text) {
        List<NumberMention> found = ArabicNumbers.find(sentence);
        assertThat(found).hasSize(1);
        NumberMention m = found.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.vague()).isTrue();
        assertThat(m.value()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                   | every value in order
            بين 5 و6 ملايين                              | 5;6000000
            في 14 يناير 2024                             | 14;2024
            الساعة 10:30                                 | 10;30
            اتصل على 0123-456-7890                       | 123;456;7890
            قتل 3 وأصيب 12                               | 3;12
            صوت 128 عضواً مقابل 9 أعضاء وامتنع 35        | 128;9;35
            القرار 2334 لعام 2016                        | 2334;2016
            من 1.5 إلى 2 مليون                           | 1.5;2000000
            ثلاثة أو أربعة                               | 3;4
            """)
    void severalNumbers(String sentence, String values) {
        List<BigDecimal> expected = java.util.Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
        List<NumberMention> found = ArabicNumbers.find(sentence);
        assertThat(found).extracting(NumberMention::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "no number in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            أحد المسؤولين قال
            إحدى الدول العربية
            بعد الاجتماع
            لست متأكداً
            عدة مرات
            يوم الاثنين
            الألفية الثالثة
            خرج الآلاف
            الدور ربع النهائي
            بلغ نصف النهائي
            يحتل المركز الثاني عشر
            للمرة الحادية عشرة
            وأحد المسؤولين
            وإحدى الدول
            """)
    void noNumbers(String sentence) {
        assertThat(ArabicNumbers.find(sentence)).isEmpty();
    }

    @Test
    void emptyAndNull() {
        assertThat(ArabicNumbers.find("")).isEmpty();
        assertThat(ArabicNumbers.find(null)).isEmpty();
    }

    /** Round trip: every sampled value in 0..10^9, spelled out in varied forms, is found whole and valued back. */
    @Test
    void spelledNumbersRoundTrip() {
        Random random = new Random(42);
        for (int run = 0; run < 20_000; run++) {
            long n = switch (run % 4) {
                case 0 -> random.nextInt(1000);
                case 1 -> random.nextInt(1_000_000);
                case 2 -> random.nextInt(1_000_000_001);
                default -> (long) random.nextInt(1000) * (long) Math.pow(1000, random.nextInt(4));
            };
            n = Math.min(n, 1_000_000_000L);
            String spelled = Spell.out(n, random);
            List<NumberMention> found = ArabicNumbers.find(spelled);
            assertThat(found).as("%d spelled %s", n, spelled).hasSize(1);
            assertThat(found.get(0).text()).as("%d spelled %s", n, spelled).isEqualTo(spelled);
            assertThat(found.get(0).value()).as("%d spelled %s", n, spelled)
                    .isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }

    @Test
    void spellOutCoversTheEdges() {
        Random random = new Random(7);
        for (long n : new long[] {0, 1, 2, 10, 11, 12, 19, 20, 99, 100, 101, 111, 200, 999, 1000, 1001, 2000, 2002,
                10_000, 11_000, 100_000, 999_999, 1_000_000, 2_000_000, 1_000_001, 999_999_999, 1_000_000_000}) {
            for (int k = 0; k < 20; k++) {
                String spelled = Spell.out(n, random);
                assertThat(ArabicNumbers.find(spelled)).as(spelled).singleElement()
                        .satisfies(m -> assertThat(m.value()).isEqualByComparingTo(BigDecimal.valueOf(n)));
            }
        }
    }

    /** An independent spell-out of 0..10^9 in the forms the press uses, with random variation. */
    static final class Spell {
        private static final String[][] UNITS = {{}, {"واحد", "واحدة"}, {"اثنان", "اثنين", "اثنتان", "اثنتين"},
                {"ثلاثة", "ثلاث"}, {"أربعة", "أربع"}, {"خمسة", "خمس"}, {"ستة", "ست"}, {"سبعة", "سبع"},
                {"ثمانية", "ثماني", "ثمان"}, {"تسعة", "تسع"}};
        private static final String[][] TEENS_HEAD = {{}, {"أحد", "إحدى"}, {"اثنا", "اثني", "اثنتا", "اثنتي"}};
        private static final String[][] TENS = {{}, {"عشرة", "عشر"}, {"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"},
                {"أربعون", "أربعين"}, {"خمسون", "خمسين"}, {"ستون", "ستين"}, {"سبعون", "سبعين"},
                {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        private static final String[] HUNDRED_STEMS = {"", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان",
                "تسع"};
        private static final String[][] SCALES = {
                {"ألف", "ألفان|ألفين", "آلاف", "ألفاً|ألفًا|ألفا|ألف"},
                {"مليون", "مليونان|مليونين", "ملايين", "مليوناً|مليونًا|مليونا|مليون"},
                {"مليار", "ملياران|مليارين", "مليارات", "ملياراً|مليارا|مليار"}};

        static String out(long n, Random r) {
            if (n == 0) {
                return "صفر";
            }
            List<String> parts = new java.util.ArrayList<>();
            long[] groups = {n / 1_000_000_000L, n / 1_000_000 % 1000, n / 1000 % 1000};
            for (int g = 0; g < 3; g++) {
                if (groups[g] > 0) {
                    parts.add(scaled((int) groups[g], SCALES[2 - g], r));
                }
            }
            int rest = (int) (n % 1000);
            if (rest > 0) {
                parts.add(!parts.isEmpty() && r.nextInt(5) == 0 ? Integer.toString(rest) : below1000(rest, r));
            }
            StringBuilder sb = new StringBuilder(parts.get(0));
            for (int k = 1; k < parts.size(); k++) {
                sb.append(r.nextInt(4) == 0 ? " و " : " و").append(parts.get(k));
            }
            return sb.toString();
        }

        private static String scaled(int count, String[] forms, Random r) {
            if (count == 1) {
                return forms[0];
            }
            if (count == 2) {
                return pick(forms[1].split("\\|"), r);
            }
            String countText = r.nextInt(4) == 0 ? Integer.toString(count) : below1000(count, r);
            if (count <= 10) {
                return countText + " " + forms[2];
            }
            return countText + " " + (count < 100 ? pick(forms[3].split("\\|"), r) : forms[0]);
        }

        private static String below1000(int n, Random r) {
            int h = n / 100;
            int rest = n % 100;
            String hundreds = switch (h) {
                case 0 -> null;
                case 1 -> pick(new String[] {"مئة", "مائة"}, r);
                case 2 -> pick(new String[] {"مئتان", "مئتين", "مائتان", "مائتين"}, r);
                default -> HUNDRED_STEMS[h] + pick(new String[] {"مئة", "مائة", " مئة", " مائة"}, r);
            };
            String below = rest == 0 ? null : below100(rest, r);
            if (hundreds == null) {
                return below;
            }
            return below == null ? hundreds : hundreds + " و" + below;
        }

        private static String below100(int n, Random r) {
            int t = n / 10;
            int u = n % 10;
            if (t == 0) {
                return pick(UNITS[u], r);
            }
            if (t == 1) {
                if (u == 0) {
                    return pick(TENS[1], r);
                }
                String head = u <= 2 ? pick(TEENS_HEAD[u], r) : pick(UNITS[u], r);
                return head + " " + pick(new String[] {"عشر", "عشرة"}, r);
            }
            String tens = pick(TENS[t], r);
            return u == 0 ? tens : pick(UNITS[u], r) + " و" + tens;
        }

        private static String pick(String[] options, Random r) {
            return options[r.nextInt(options.length)];
        }
    }
}
