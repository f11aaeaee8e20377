package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.FoldedText;

/**
 * Every date pattern run through its {@link StartScan} finds exactly the matches {@link Matcher#find} finds over the
 * same region: the start checks may only skip positions where the pattern cannot match.
 */
class StartScanTest {
    private static final String[] TOKENS = {"في", "يوم", "الأحد", "الاثنين", "الخميس", "الجمعة", "السبت", "أمس",
        "الأمس", "وأمس", "فبالأمس", "اليوم", "غداً", "الغد", "بعد", "غد", "أول", "من", "منذ", "قبل", "وقبل", "ثلاثة",
        "أيام", "يومين", "أسبوع", "يناير", "مارس", "ماي", "يوليوز", "جانفي", "كانون", "الثاني", "الأول", "تشرين",
        "أكتوبر", "صفر", "رمضان", "1445", "2023", "2024", "14", "7", "3", "و5", "و21", "ف3", "هـ", "م", "الماضي",
        "المقبل", "الجاري", "العام", "سنة", "10:30", "ص", "مساءً", "صباح", "الساعة", "GMT", "December", "Dec.",
        "24th,", "of", "Sunday", "2024-01-14", "14/01/2024", "12/25/2023", "1445/09/01", "/", "-", ".", "،", ",",
        "(", ")", "إلى", "بين", "السابع", "والسابع", "الحادي", "عشر", "المادة3", "الموافق", "شهر", "ليلة", "ظهر",
        "ضحى", "نهار", "x", "at", "PM", "+03:00", "T", "a"};

    /** Folded Arabic letters, digits, Latin letters and the spaces and punctuation the patterns read. */
    private static final String ALPHABET = " \n\t،,./-:()+0123456789abcdefghijklmnopqrstuvwxyzADGMPST«“"
            + "ءآأؤإئابةتثجحخدذرزسشصضطظعغػؼؽؾؿـفقكلمنهوىي";

    private record Case(String name, Pattern pattern, StartScan starts) {
    }

    private static final List<Case> CASES = List.of(
            new Case("month day first", MonthNameDates.DAY_FIRST, MonthNameDates.DAY_FIRST_STARTS),
            new Case("month first", MonthNameDates.MONTH_FIRST, MonthNameDates.MONTH_FIRST_STARTS),
            new Case("relative", RelativeDates.RELATIVE, RelativeDates.STARTS),
            new Case("elapsed", ElapsedDates.ELAPSED, ElapsedDates.STARTS),
            new Case("english day first", EnglishDates.DAY_FIRST, EnglishDates.DAY_FIRST_STARTS),
            new Case("english month first", EnglishDates.MONTH_FIRST, EnglishDates.MONTH_FIRST_STARTS),
            new Case("numeric year first", NumericDates.YEAR_FIRST, NumericDates.STARTS),
            new Case("numeric day first", NumericDates.DAY_FIRST, NumericDates.STARTS));

    @Test
    void startScanFindsWhatFindFindsOnSeededTexts() {
        Random random = new Random(2026);
        int matches = 0;
        for (int t = 0; t < 20_000; t++) {
            String f = FoldedText.of(text(random)).folded();
            int from = random.nextInt(4) == 0 ? random.nextInt(f.length() + 1) : 0;
            int to = random.nextInt(4) == 0 ? from + random.nextInt(f.length() - from + 1) : f.length();
            for (Case c : CASES) {
                List<String> expected = new ArrayList<>();
                Matcher plain = c.pattern().matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
                plain.region(from, to);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end() + ":" + plain.group());
                }
                List<String> scanned = new ArrayList<>();
                Matcher m = c.pattern().matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
                c.starts().find(m, f, from, to, x -> scanned.add(x.start() + "-" + x.end() + ":" + x.group()));
                assertThat(scanned).as("%s in «%s» [%d, %d)", c.name(), f, from, to).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).as("the seeded texts hold dates of every kind").isGreaterThan(20_000);
    }

    /**
     * The openings are written by hand: every string of up to three chars that they turn away must be one no match
     * can start with. The regex engine decides it when the pattern fails without reading to the string's end
     * ({@link Matcher#hitEnd}), on the string or on each one-char extension of it; a look-ahead that reads further
     * (RELATIVE's clitic check reads up to six chars) leaves a string undecided, and those are left to the seeded
     * comparison with find above.
     */
    @Test
    void whatTheOpeningsTurnAwayCannotStartAMatch() {
        int[] counts = new int[2];
        for (Case c : CASES) {
            for (char a : ALPHABET.toCharArray()) {
                if (turnedAway(c, String.valueOf(a), counts)) {
                    continue;
                }
                for (char b : ALPHABET.toCharArray()) {
                    if (turnedAway(c, "" + a + b, counts)) {
                        continue;
                    }
                    for (char d : ALPHABET.toCharArray()) {
                        turnedAway(c, "" + a + b + d, counts);
                    }
                }
            }
        }
        assertThat(counts[0]).as("strings turned away and decided").isGreaterThan(10_000);
        assertThat(counts[1]).as("strings turned away, left undecided").isLessThan(counts[0] / 20);
    }

    /**
     * Whether the case's start checks turn away every text starting with {@code s}; if so, the pattern must not be
     * able to match there (counted in {@code counts[0]}), or the engine cannot tell ({@code counts[1]}).
     */
    private static boolean turnedAway(Case c, String s, int[] counts) {
        if (c.starts().mayOpen(s)) {
            return false;
        }
        Decision d = decide(c.pattern(), s, 1);
        assertThat(d).as("%s turns away «%s», which opens a match", c.name(), s).isNotEqualTo(Decision.MATCHES);
        counts[d == Decision.CANNOT ? 0 : 1]++;
        return true;
    }

    private enum Decision { MATCHES, CANNOT, UNDECIDED }

    /** Whether a text starting with {@code s} can match at its start, trying {@code depth} more chars when unsure. */
    private static Decision decide(Pattern pattern, String s, int depth) {
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            return Decision.MATCHES;
        }
        if (!m.hitEnd()) {
            return Decision.CANNOT;
        }
        if (depth == 0) {
            return Decision.UNDECIDED;
        }
        Decision all = Decision.CANNOT;
        for (char x : ALPHABET.toCharArray()) {
            Decision d = decide(pattern, s + x, depth - 1);
            if (d == Decision.MATCHES) {
                return d;
            }
            if (d == Decision.UNDECIDED) {
                all = d;
            }
        }
        return all;
    }

    @Test
    void everyKindMatchesSomewhereInTheSeededTexts() {
        Random random = new Random(7);
        for (Case c : CASES) {
            boolean found = false;
            for (int t = 0; t < 20_000 && !found; t++) {
                found = c.pattern().matcher(FoldedText.of(text(random)).folded()).find();
            }
            assertThat(found).as(c.name()).isTrue();
        }
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(25);
        for (int k = 0; k < words; k++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            int s = random.nextInt(10);
            sb.append(s < 6 ? " " : s < 7 ? "" : s < 8 ? "  " : s < 9 ? "\n" : "، ");
        }
        return sb.toString();
    }
}
