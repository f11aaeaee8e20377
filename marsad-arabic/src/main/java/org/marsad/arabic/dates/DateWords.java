package org.marsad.arabic.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.arabic.FoldedText;

/**
 * The words of Arabic (and English) dates, stored folded (as {@link FoldedText} folds them) with their meaning.
 * Written out as tables rather than taken from CLDR: the press variants (ربيع الثاني, جمادى الثانية, كانون ثاني)
 * and the Moroccan and Algerian spellings in use are not all there.
 */
final class DateWords {
    /** A month of a calendar. */
    enum Calendar { GREGORIAN, HIJRI }

    record Month(Calendar calendar, int number) {
    }

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> ENGLISH_MONTHS = new HashMap<>();
    private static final Map<String, Duration> DURATIONS = new HashMap<>();
    private static final Map<String, Integer> COUNTS = new HashMap<>();

    /** How a duration word counts: يوم (one), يومين (two), أيام (3–10 before it), يوماً (11 and more before it). */
    enum Plurality { ONE, TWO, FEW, MANY }

    /** A word of a length of time ("أيام": days, counted by a number from 3 to 10). */
    record Duration(int days, Plurality plurality) {
    }

    static {
        gregorian(1, "يناير", "كانون الثاني", "كانون ثاني", "جانفي");
        gregorian(2, "فبراير", "شباط", "فيفري");
        gregorian(3, "مارس", "آذار");
        gregorian(4, "أبريل", "إبريل", "ابريل", "نيسان", "أفريل");
        gregorian(5, "مايو", "أيار", "ماي");
        gregorian(6, "يونيو", "يونيه", "حزيران", "جوان");
        gregorian(7, "يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز");
        gregorian(8, "أغسطس", "اغسطس", "آب", "أوت", "غشت");
        gregorian(9, "سبتمبر", "أيلول", "شتنبر");
        gregorian(10, "أكتوبر", "تشرين الأول", "تشرين أول", "اكتوبر");
        gregorian(11, "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر");
        gregorian(12, "ديسمبر", "كانون الأول", "كانون أول", "دجنبر");

        hijri(1, "محرم", "المحرم");
        hijri(2, "صفر");
        hijri(3, "ربيع الأول", "ربيع أول");
        hijri(4, "ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني");
        hijri(5, "جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادي الأولى");
        hijri(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى آخرة");
        hijri(7, "رجب");
        hijri(8, "شعبان");
        hijri(9, "رمضان");
        hijri(10, "شوال");
        hijri(11, "ذو القعدة", "ذي القعدة");
        hijri(12, "ذو الحجة", "ذي الحجة");

        weekday(DayOfWeek.SUNDAY, "الأحد");
        weekday(DayOfWeek.MONDAY, "الاثنين", "الإثنين");
        weekday(DayOfWeek.TUESDAY, "الثلاثاء");
        weekday(DayOfWeek.WEDNESDAY, "الأربعاء");
        weekday(DayOfWeek.THURSDAY, "الخميس");
        weekday(DayOfWeek.FRIDAY, "الجمعة");
        weekday(DayOfWeek.SATURDAY, "السبت");

        String[] units = {"", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int d = 1; d <= 9; d++) {
            ORDINALS.put(fold(units[d]), d);
            ORDINALS.put(fold(units[d] + " عشر"), 10 + d);
            ORDINALS.put(fold(units[d] + " والعشرين"), 20 + d);
        }
        ORDINALS.put(fold("الحادي عشر"), 11);
        ORDINALS.put(fold("الحادي والعشرين"), 21);
        ORDINALS.put(fold("الواحد والعشرين"), 21);
        ORDINALS.put(fold("العاشر"), 10);
        ORDINALS.put(fold("العشرين"), 20);
        ORDINALS.put(fold("الثلاثين"), 30);
        ORDINALS.put(fold("الحادي والثلاثين"), 31);
        ORDINALS.put(fold("الواحد والثلاثين"), 31);

        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 1; m <= 12; m++) {
            ENGLISH_MONTHS.put(english[m - 1], m);
            ENGLISH_MONTHS.put(english[m - 1].substring(0, 3), m);
        }
        ENGLISH_MONTHS.put("sept", 9);

        duration(1, Plurality.ONE, "يوم");
        duration(1, Plurality.TWO, "يومين", "يومان");
        duration(1, Plurality.FEW, "أيام");
        duration(1, Plurality.MANY, "يوماً");
        duration(7, Plurality.ONE, "أسبوع");
        duration(7, Plurality.TWO, "أسبوعين", "أسبوعان");
        duration(7, Plurality.FEW, "أسابيع");
        duration(7, Plurality.MANY, "أسبوعاً");
        String[][] counts = {{"ثلاثة", "ثلاث"}, {"أربعة", "أربع"}, {"خمسة", "خمس"}, {"ستة", "ست"}, {"سبعة", "سبع"},
                {"ثمانية", "ثماني", "ثمان"}, {"تسعة", "تسع"}, {"عشرة", "عشر"}};
        for (int c = 3; c <= 10; c++) {
            for (String w : counts[c - 3]) {
                COUNTS.put(fold(w), c);
            }
        }
    }

    private DateWords() {
    }

    static String fold(String s) {
        return FoldedText.of(s).folded();
    }

    /** Collapses runs of whitespace so that "تشرين   الأول" finds its table entry. */
    static String key(String matched) {
        StringBuilder sb = new StringBuilder(matched.length());
        boolean space = false;
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c < 0x0080 ? Character.toLowerCase(c) : c);
            }
        }
        return sb.toString();
    }

    private static void gregorian(int number, String... names) {
        for (String n : names) {
            MONTHS.put(fold(n), new Month(Calendar.GREGORIAN, number));
        }
    }

    private static void hijri(int number, String... names) {
        for (String n : names) {
            MONTHS.put(fold(n), new Month(Calendar.HIJRI, number));
        }
    }

    private static void weekday(DayOfWeek day, String... names) {
        for (String n : names) {
            WEEKDAYS.put(fold(n), day);
        }
    }

    private static void duration(int days, Plurality plurality, String... names) {
        for (String n : names) {
            DURATIONS.put(fold(n), new Duration(days, plurality));
        }
    }

    static Month month(String matched) {
        return MONTHS.get(key(matched));
    }

    /** صفر is also the word zero ("فاز 3-صفر"): as a month it needs a year. */
    static boolean isAmbiguousHijri(String matched) {
        return key(matched).equals(fold("صفر"));
    }

    static DayOfWeek weekday(String matched) {
        return WEEKDAYS.get(key(matched));
    }

    static Integer ordinal(String matched) {
        return ORDINALS.get(key(matched));
    }

    static Duration duration(String matched) {
        return DURATIONS.get(key(matched));
    }

    /** The count words 3–10 ("ثلاثة أيام"); null for any other word. */
    static Integer count(String matched) {
        return COUNTS.get(key(matched));
    }

    static int englishMonth(String matched) {
        return ENGLISH_MONTHS.get(key(matched).replace(".", ""));
    }

    /** A regex alternation of the given words, longest first, with spaces matching any whitespace run. */
    static String alternation(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted.stream().map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The first word of every Arabic month name ("كانون" for كانون الثاني): a month can only start there. */
    static java.util.Set<String> monthFirstWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String name : MONTHS.keySet()) {
            int space = name.indexOf(' ');
            words.add(space < 0 ? name : name.substring(0, space));
        }
        return java.util.Set.copyOf(words);
    }

    /** The folded ordinal day words ("السابع", "الحادي عشر"). */
    static java.util.Set<String> ordinalWords() {
        return java.util.Set.copyOf(ORDINALS.keySet());
    }

    /** The folded weekday names. */
    static java.util.Set<String> weekdayWords() {
        return java.util.Set.copyOf(WEEKDAYS.keySet());
    }

    /** The folded words of lengths of time (أيام, أسبوعين …). */
    static java.util.Set<String> durationWords() {
        return java.util.Set.copyOf(DURATIONS.keySet());
    }

    /** The English month names and abbreviations, lower case. */
    static java.util.Set<String> englishMonthWords() {
        return java.util.Set.copyOf(ENGLISH_MONTHS.keySet());
    }

    static String monthAlternation() {
        return alternation(MONTHS.keySet());
    }

    static String weekdayAlternation() {
        return alternation(WEEKDAYS.keySet());
    }

    static String ordinalAlternation() {
        return alternation(ORDINALS.keySet());
    }

    static String durationAlternation() {
        return alternation(DURATIONS.keySet());
    }

    static String countAlternation() {
        return alternation(COUNTS.keySet());
    }

    static String englishMonthAlternation() {
        return alternation(ENGLISH_MONTHS.keySet());
    }
}
