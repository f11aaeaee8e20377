package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sentences composed from independent parts — a reporting clause, a verb, a comparator, a number in
 * one of its written forms, a counted noun — each with the answer it implies; the extractor must recover every
 * part. Also: arbitrary text never breaks it, and figures come in order without overlapping.
 */
class FigureCompositionTest {
    private static final LocalDate REF = LocalDate.of(2024, 2, 1);

    /** {verb before the number, counted noun, category}. */
    private static final String[][] EVENTS = {
            {"قتل", "شخصاً", "killed"}, {"استشهد", "فلسطينياً", "killed"}, {"لقي", "مدنياً", "killed"},
            {"أصيب", "شخصاً", "injured"}, {"جرح", "مدنياً", "injured"}, {"نزح", "شخص", "displaced"},
            {"اعتقلت الشرطة", "متظاهراً", "detained"}, {"أجلت السلطات", "شخص", "evacuated"},
            {"دخلت", "شاحنة", "aid"}, {"سقط", "قتيلاً", "killed"}, {"أحصي", "جريحاً", "injured"},
            {"سجل", "نازحاً", "displaced"}, {"أسر", "جندياً", "detained"}, {"فقد", "شخصاً", "missing"}};
    /** {clause, attribution as written or "" for none}. */
    private static final String[][] SOURCES = {
            {"قالت وزارة الصحة إنه ", "وزارة الصحة"}, {"أفادت مصادر طبية بأنه ", "مصادر طبية"},
            {"أعلن الدفاع المدني أنه ", "الدفاع المدني"}, {"ذكرت الأمم المتحدة أنه ", "الأمم المتحدة"},
            {"", ""}, {"وبحسب المرصد السوري لحقوق الإنسان، ", "المرصد السوري لحقوق الإنسان"},
            {"وفقاً للهلال الأحمر الفلسطيني، ", "الهلال الأحمر الفلسطيني"}};
    /** {comparator words, key or "" for none}. */
    private static final String[][] COMPARATORS = {{"", ""}, {"أكثر من ", "more_than"}, {"نحو ", "about"},
            {"ما لا يقل عن ", "at_least"}, {"أقل من ", "less_than"}, {"حوالي ", "about"}, {"قرابة ", "about"},
            {"ما يزيد على ", "more_than"}};

    @Test
    void composedSentencesAreReadBack() {
        Random random = new Random(20231224);
        for (int run = 0; run < 3000; run++) {
            String[] event = EVENTS[random.nextInt(EVENTS.length)];
            String[] source = SOURCES[random.nextInt(SOURCES.length)];
            String[] comparator = COMPARATORS[random.nextInt(COMPARATORS.length)];
            long n = 3 + random.nextInt(200_000);
            String number = written(n, random);
            String verb = event[0];
            String sentence = source[0] + verb + " " + comparator[0] + number + " " + event[1] + " في المنطقة.";
            List<Figure> found = ArabicFigures.find(sentence, REF);
            String as = sentence + " → " + FigureFixturesTest.describe(found);
            assertThat(found).as(as).hasSize(1);
            Figure f = found.get(0);
            assertThat(f.value()).as(as).isEqualByComparingTo(BigDecimal.valueOf(n));
            assertThat(f.category().key()).as(as).isEqualTo(event[2]);
            assertThat(f.counted()).as(as).isEqualTo(event[1]);
            assertThat(f.attribution()).as(as).isEqualTo(source[1].isEmpty() ? null : source[1]);
            assertThat(f.comparator() == null ? "" : f.comparator().key()).as(as).isEqualTo(comparator[1]);
            assertThat(f.date()).isEqualTo(REF);
        }
    }

    /** Digits, grouped digits, Arabic-Indic digits, or "N ألفاً وM". */
    private static String written(long n, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return Long.toString(n);
            case 1:
                return String.format("%,d", n);
            case 2: {
                StringBuilder sb = new StringBuilder();
                for (char c : Long.toString(n).toCharArray()) {
                    sb.append((char) ('٠' + (c - '0')));
                }
                return sb.toString();
            }
            default:
                if (n < 1000 || n % 1000 == 0) {
                    return Long.toString(n);
                }
                return (n / 1000) + " ألفاً و" + (n % 1000);
        }
    }

    @Test
    void anyTextGivesOrderedFiguresInsideIt() {
        Random random = new Random(7);
        String alphabet = "قتلأصيبنحو 0123456789٠١٢٣٤٥٦٧٨٩ألفاًومليونعشراتآلاف،.-/:%٪بينمنإلى\nشهيداًدولارفي المئة";
        for (int run = 0; run < 2000; run++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Figure> found = ArabicFigures.find(text, random.nextBoolean() ? REF : null);
            int previousEnd = 0;
            for (Figure f : found) {
                assertThat(f.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(f.end()).as(text).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
                assertThat(f.vague()).isEqualTo(f.value() == null);
                previousEnd = f.end();
            }
        }
    }

    @Test
    void nothingToFind() {
        assertThat(ArabicFigures.find(null, REF)).isEmpty();
        assertThat(ArabicFigures.find("", REF)).isEmpty();
        assertThat(ArabicFigures.find("لا أرقام في هذا النص", REF)).isEmpty();
    }

    @Test
    void withoutAnArticleDateTheDateIsUnknown() {
        List<Figure> found = ArabicFigures.find("قتل 5 أشخاص في القصف", null);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.date()).isNull());
    }
}
