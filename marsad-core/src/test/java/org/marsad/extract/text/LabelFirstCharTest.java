package org.marsad.extract.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first-character check in front of the line label pattern must let through every line the pattern matches. */
class LabelFirstCharTest {
    @Test
    void everyCharacterALabelCanStartWithIsListed() {
        for (String[] phrases : LineClassifier.START_PHRASES) {
            for (String phrase : phrases) {
                Pattern first = Pattern.compile(Loose.of(phrase.substring(0, 1)), LineClassifier.FLAGS);
                for (int c = 0; c <= 0xFFFF; c++) {
                    if (first.matcher(String.valueOf((char) c)).lookingAt()) {
                        assertTrue(LineClassifier.LABEL_FIRST.indexOf((char) c) >= 0,
                                "U+" + Integer.toHexString(c) + " can start " + phrase);
                    }
                }
            }
        }
    }

    @Test
    void generatedLinesTheLabelPatternFindsStartWithAListedCharacter() {
        String[] pieces = {"المصدر", "المصـدر", "مصدر الخبر", "كلمات دلالية", "الوسوم", "تاريخ النشر", "نشر في",
            "بتاريخ", "إعداد", "اعداد", "آخر تحديث", "حدث بتاريخ", "Source", "SOURCE", "ſource", "\u212aeywords",
            "Posted on", "DATE", "by", "بقلم", "كتب", ":", " | ", " - ", "الحكومة", "قال", "12 مايو 2024", "x", "(", "«"};
        Random r = new Random(1618);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            }
            String line = sb.toString().strip();
            if (!line.isEmpty() && LineClassifier.LABEL_AT_START.matcher(line).find()) {
                found++;
                assertTrue(LineClassifier.LABEL_FIRST.indexOf(line.charAt(0)) >= 0, line);
            }
        }
        assertTrue(found > 1_000, "the generator reaches the labels: " + found);
    }
}
