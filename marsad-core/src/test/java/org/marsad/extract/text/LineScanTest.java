package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The line checks that skip positions answer as the plain regex calls they replace, on seeded lines built from
 * label phrases (with Loose spellings and case changes), caption, ad, follow and share words and ordinary words.
 */
class LineScanTest {
    private static final String[] TOKENS = {"المصدر", "المصـدر", "مصدر الخبر", "Source", "SOURCE", "ſource",
        "كلمات دلالية", "الكلمات الدلالية", "وسوم", "الوسوم", "Tags", "TAGS", "Keywords", "تاريخ النشر", "نشر في",
        "بتاريخ", "التاريخ", "Published on", "Date", "DATE", "آخر تحديث", "Updated", "Last updated", "كتب", "بقلم",
        "By", ":", "：", "|", "-", "/", " ", "الخليج الجديد", "قال", "الرئيس", "أمس", "2024", "14", "يناير", "صورة",
        "الصورة", "(", ")", "[", "]", "تصوير", "photo", "Image", "credit", "أرشيفية", "من الأرشيف", "Getty Images",
        "getty  images", "©", "(c) 2023", "(C)2023", "جميع الحقوق محفوظة", "All Rights Reserved", "إعلان",
        "advertisement", "3 تعليقات", "comments", "أضف تعليق", "1,200 مشاهدة", "حجم الخط", "A A A", "تابعونا",
        "على", "تيليجرام", "follow", "us", "on", "facebook", "شارك", "تويتر", "واتساب", "share", "twitter",
        "، ", "ـ", "ً", "ا", "x", "K", "\u212a", "ك"};

    @Test
    void scansAnswerAsThePlainRegexCalls() {
        Random random = new Random(1605);
        int captions = 0;
        int glued = 0;
        int anchored = 0;
        for (int t = 0; t < 100_000; t++) {
            String line = line(random);
            boolean caption = LineClassifier.CAPTION.matcher(line).find();
            assertThat(LineClassifier.isCaption(line)).as("caption «%s»", line).isEqualTo(caption);
            captions += caption ? 1 : 0;
            for (Pattern p : new Pattern[] {LineClassifier.AD, LineClassifier.FOLLOW, LineClassifier.SHARE_START}) {
                boolean found = p.matcher(line).find();
                assertThat(p.matcher(line).lookingAt()).as("%s «%s»", p, line).isEqualTo(found);
                anchored += found ? 1 : 0;
            }
            int from = random.nextInt(line.length() + 1);
            Matcher plain = LineClassifier.GLUED_LABEL.matcher(line);
            Matcher scan = LineClassifier.GLUED_LABEL.matcher(line).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            boolean found = from < line.length() && plain.find(from);
            assertThat(from < line.length() && LineClassifier.findGlued(scan, line, from)).as("glued «%s» from %d",
                    line, from).isEqualTo(found);
            if (found) {
                assertThat(new int[] {scan.start(), scan.end()}).isEqualTo(new int[] {plain.start(), plain.end()});
                glued++;
            }
            if (!line.isEmpty() && LineClassifier.LABEL_ONLY.matcher(line).matches()) {
                assertThat(LineClassifier.LABEL_FIRST.indexOf(line.charAt(0))).as("label only «%s»", line)
                        .isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(captions).isGreaterThan(1_000);
        assertThat(glued).isGreaterThan(1_000);
        assertThat(anchored).isGreaterThan(1_000);
    }

    private static String line(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(12);
        for (int k = 0; k < words; k++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }
}
