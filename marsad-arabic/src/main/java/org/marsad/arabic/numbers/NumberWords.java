package org.marsad.arabic.numbers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.marsad.arabic.FoldedText;
import org.marsad.arabic.HashFilter;

/**
 * The Arabic number words in their case and gender forms, stored folded (tanween gone, ة → ه, ئ → ي, so مئة and
 * مائة fold to ميه and مايه) with what they mean.
 */
final class NumberWords {
    enum Kind {
        /** 0-9. */
        UNIT,
        /** أحد, إحدى, اثنا…: 1 or 2 only inside 11 or 12. */
        TEEN_UNIT,
        /** عشر, عشرة: 10, or the second half of 11-19. */
        TEN,
        /** 20, 30 … 90. */
        TENS,
        /** 100 … 900. */
        HUNDRED,
        /** ألف, مليون (once). */
        SCALE_ONE,
        /** ألفان, مليونين (twice). */
        SCALE_TWO,
        /** آلاف, ملايين (after 3-10, or vague alone). */
        SCALE_MANY,
        /** الآلاف, الملايين: only after a vague head ("عشرات الآلاف"). */
        SCALE_MANY_DEFINITE,
        /** نصف, ربع. */
        FRACTION,
        /** عشرات, مئات: a vague count. */
        VAGUE,
        /** بضع, بضعة, عدة: "a few", vague before a scale. */
        FEW
    }

    record Word(Kind kind, BigDecimal value) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        put(Kind.UNIT, 0, "صفر");
        put(Kind.UNIT, 1, "واحد", "واحدة");
        put(Kind.TEEN_UNIT, 1, "أحد", "إحدى", "احدى");
        put(Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين");
        put(Kind.TEEN_UNIT, 2, "اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني");
        String[][] units = {{"ثلاث", "ثلاثة"}, {"أربع", "أربعة"}, {"خمس", "خمسة"}, {"ست", "ستة"}, {"سبع", "سبعة"},
                {"ثمان", "ثماني", "ثمانية"}, {"تسع", "تسعة"}};
        for (int u = 3; u <= 9; u++) {
            put(Kind.UNIT, u, units[u - 3]);
        }
        put(Kind.TEN, 10, "عشر", "عشرة");
        String[][] tens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"أربعون", "أربعين"}, {"خمسون", "خمسين"},
                {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        for (int t = 2; t <= 9; t++) {
            put(Kind.TENS, t * 10, tens[t - 2]);
        }
        put(Kind.HUNDRED, 100, "مئة", "مائة", "مئه", "مائه", "ميه");
        put(Kind.HUNDRED, 200, "مئتان", "مئتين", "مئتي", "مئتا", "مائتان", "مائتين", "مائتي", "مائتا", "ميتين");
        String[][] hundredPrefixes = {{"ثلاث"}, {"أربع"}, {"خمس"}, {"ست"}, {"سبع"}, {"ثمان", "ثماني"}, {"تسع"}};
        for (int h = 3; h <= 9; h++) {
            for (String prefix : hundredPrefixes[h - 3]) {
                put(Kind.HUNDRED, h * 100, prefix + "مئة", prefix + "مائة");
            }
        }
        scale(1_000L, new String[] {"ألف", "ألفا"}, new String[] {"ألفان", "ألفين", "ألفي"},
                new String[] {"آلاف", "ألوف"}, new String[] {"الآلاف", "الألوف"});
        scale(1_000_000L, new String[] {"مليون", "مليونا"}, new String[] {"مليونان", "مليونين", "مليوني"},
                new String[] {"ملايين"}, new String[] {"الملايين"});
        scale(1_000_000_000L, new String[] {"مليار", "مليارا", "بليون", "بليونا"},
                new String[] {"ملياران", "مليارين", "ملياري", "بليونان", "بليونين"},
                new String[] {"مليارات", "بلايين"}, new String[] {"المليارات", "البلايين"});
        scale(1_000_000_000_000L, new String[] {"تريليون", "تريليونا"}, new String[] {"تريليونان", "تريليونين"},
                new String[] {"تريليونات"}, new String[] {"التريليونات"});
        WORDS.put(fold("نصف"), new Word(Kind.FRACTION, new BigDecimal("0.5")));
        WORDS.put(fold("ربع"), new Word(Kind.FRACTION, new BigDecimal("0.25")));
        WORDS.put(fold("عشرات"), new Word(Kind.VAGUE, BigDecimal.TEN));
        WORDS.put(fold("مئات"), new Word(Kind.VAGUE, BigDecimal.valueOf(100)));
        WORDS.put(fold("مئآت"), new Word(Kind.VAGUE, BigDecimal.valueOf(100)));
        for (String few : new String[] {"بضع", "بضعة", "عدة"}) {
            WORDS.put(fold(few), new Word(Kind.FEW, null));
        }
    }

    /** String hash codes of every word, sorted: rejects most words of a text without a substring. */
    private static final int[] HASHES = WORDS.keySet().stream().mapToInt(String::hashCode).sorted().distinct()
            .toArray();

    private NumberWords() {
    }

    /** False when f[from, to) is certainly no number word. */
    static boolean mayBe(String f, int from, int to) {
        if (to - from < 2 || to - from > 12) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + f.charAt(k);
        }
        return HashFilter.mayContain(FILTER, h) && java.util.Arrays.binarySearch(HASHES, h) >= 0;
    }

    /** One bit per hash bucket: most words are rejected by a single bit test before the binary search. */
    private static final long[] FILTER = HashFilter.of(HASHES);

    static Word get(String folded) {
        return WORDS.get(folded);
    }

    private static void put(Kind kind, long value, String... forms) {
        for (String form : forms) {
            WORDS.put(fold(form), new Word(kind, BigDecimal.valueOf(value)));
        }
    }

    private static void scale(long value, String[] one, String[] two, String[] many, String[] definite) {
        put(Kind.SCALE_ONE, value, one);
        put(Kind.SCALE_TWO, value, two);
        put(Kind.SCALE_MANY, value, many);
        put(Kind.SCALE_MANY_DEFINITE, value, definite);
    }

    private static String fold(String s) {
        return FoldedText.of(s).folded();
    }
}
