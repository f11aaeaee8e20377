package org.marsad.arabic.dates;

import static org.marsad.arabic.dates.DatePatterns.ARABIC_START;
import static org.marsad.arabic.dates.DatePatterns.CURRENT;
import static org.marsad.arabic.dates.DatePatterns.END_OF_WORD;
import static org.marsad.arabic.dates.DatePatterns.FUTURE;
import static org.marsad.arabic.dates.DatePatterns.NOT_AFTER_LETTER;
import static org.marsad.arabic.dates.DatePatterns.PAST;
import static org.marsad.arabic.dates.DatePatterns.WEEKDAY;
import static org.marsad.arabic.dates.DatePatterns.WEEKDAY_BEFORE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with an Arabic month name, in every month-name system (Egyptian/Gulf يناير, Levantine/Iraqi كانون
 * الثاني, Algerian/Tunisian جانفي, Moroccan يوليوز) and the Hijri months: "الأحد 14 يناير 2024 - 10:30 ص",
 * "السابع من أكتوبر", "7 أكتوبر/تشرين الأول 2023", "5 صفر 1445 هـ", "يناير 14, 2024", "و5 ماي".
 *
 * <p>A day elided before the month of a range or list ("بين 3 و21 مارس", "من 3 إلى 5 مارس", "يومي 3 و4 مارس") is a
 * date of that month too.
 */
final class MonthNameDates {
    /** A conjunction or preposition written onto the date: "و5 ماي", "والسابع من أكتوبر". */
    private static final String CLITIC = "(?:(?<cl>[وف])(?=[0-9]|ال|اول))?";

    static final Pattern DAY_FIRST = Pattern.compile(NOT_AFTER_LETTER + CLITIC + ARABIC_START
            + TimeOfDay.before()
            + WEEKDAY_BEFORE
            + "(?:(?<d>\\d{1,2})(?!\\d)|(?<ord>" + DateWords.ordinalAlternation() + ")\\s+من|(?<first>اول)\\s+(?!من\\s))"
            + "(?:\\s*[-/.]\\s*|\\s*)(?:من\\s+)?(?:شهر\\s+)?"
            + "(?<m>" + DateWords.monthAlternation() + ")" + END_OF_WORD
            + "(?<pair>\\s*[/(-]\\s*" + DateWords.monthAlternation() + END_OF_WORD + "(?:\\s*\\))?)?"
            + "(?<year>\\s*[-/.,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|السنه)?\\s*(?<y>\\d{4})(?!\\d)"
            + DatePatterns.ERA + ")?"
            + "(?:\\s+(?<rel>" + PAST + "|" + FUTURE + "|" + CURRENT + ")" + END_OF_WORD
            + "|\\s+من\\s+(?:العام|السنه|عام)\\s+(?<yrel>" + PAST + "|" + FUTURE + "|" + CURRENT + ")" + END_OF_WORD
            + ")?"
            + TimeOfDay.after());

    /** WordPress with Arabic month names and an English layout: "يناير 14, 2024". The year is required. */
    static final Pattern MONTH_FIRST = Pattern.compile(NOT_AFTER_LETTER
            + "(?:(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*)?"
            + "(?<m>" + DateWords.monthAlternation() + ")" + END_OF_WORD
            + "\\s*(?<d>\\d{1,2})(?!\\d)\\s*[,،]\\s*(?<y>\\d{4})(?!\\d)" + TimeOfDay.after());

    /** A match opens with a day, a time, a weekday or a part of the day, after the clitic if any. */
    static final StartScan DAY_FIRST_STARTS = new StartScan(DatePatterns.openings(List.of("", "و", "ف"),
            DatePatterns.DIGITS, List.of("الساعه", "اول"), DatePatterns.PARTS_OF_DAY, DateWords.weekdayWords(),
            DateWords.ordinalWords()), "");
    static final StartScan MONTH_FIRST_STARTS = new StartScan(DatePatterns.openings(List.of(""),
            DateWords.weekdayWords(), DateWords.monthFirstWords()), "");

    /** The words joining the days of a range or list: و, -, إلى, حتى, لغاية. */
    private static final List<String> JOINERS = List.of("و", "-", "–", "الي", "حتي", "لغايه");

    private MonthNameDates() {
    }

    /** Adds every month-name date inside the windows of folded text {@code f}. */
    static void find(String f, List<int[]> windows, LocalDate reference, List<Candidate> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher dayFirst = DAY_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher monthFirst = MONTH_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            DAY_FIRST_STARTS.find(dayFirst, f, w[0], w[1], m -> dayFirst(m, f, reference, out));
            MONTH_FIRST_STARTS.find(monthFirst, f, w[0], w[1], m -> monthFirst(m, out));
        }
    }

    private static void dayFirst(Matcher m, String f, LocalDate reference, List<Candidate> out) {
        DateWords.Month month = DateWords.month(m.group("m"));
        int day = m.group("d") != null ? Integer.parseInt(m.group("d"))
                : m.group("first") != null ? 1 : DateWords.ordinal(m.group("ord"));
        if (month == null || day < 1 || day > 31) {
            return;
        }
        boolean hijri = month.calendar() == DateWords.Calendar.HIJRI;
        Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
        if (hijri && year == null && DateWords.isAmbiguousHijri(m.group("m"))) {
            return; // "فاز 3-صفر": a score, not the month Safar
        }
        int start = m.group("cl") != null ? m.end("cl") : m.start();
        DayOfWeek weekday = m.group("wd") == null ? null : DateWords.weekday(m.group("wd"));
        Candidate found;
        if (year != null && !Calendars.isYear(month.calendar(), year)) {
            // "7 أكتوبر 1500 قتيل": the number is no year; the date ends at the month
            int end = m.end("pair") >= 0 ? m.end("pair") : m.end("m");
            found = yearless(start, end, month, day, null, null, weekday, reference, null);
        } else if (year != null) {
            LocalDate value = Calendars.of(month.calendar(), year, month.number(), day);
            if (value == null) {
                return;
            }
            found = new Candidate(start, m.end(), value, TimeOfDay.of(m, true), false);
        } else {
            found = yearless(start, m.end(), month, day, m.group("rel"), m.group("yrel"), weekday, reference,
                    TimeOfDay.of(m, true));
        }
        out.add(found);
        if (m.group("d") != null && start == m.start("d")) {
            elidedDays(f, start, day, found, out);
        }
    }

    private static Candidate yearless(int start, int end, DateWords.Month month, int day, String rel, String yearRel,
                                      DayOfWeek weekday, LocalDate reference, LocalTime time) {
        LocalDate value = reference == null ? null
                : YearChoice.resolve(month, day, rel, yearRel, weekday, reference);
        return new Candidate(start, end, value, time, true);
    }

    /**
     * The days written before a date with only their number: "3" and "4" in "3 و4 و5 مارس". Each must be smaller
     * than the day after it, so at most 30 are read back.
     */
    private static void elidedDays(String f, int dayStart, int day, Candidate date, List<Candidate> out) {
        int at = dayStart;
        int later = day;
        LocalDate laterValue = date.value();
        while (true) {
            int joiner = joinerBefore(f, at);
            if (joiner < 0) {
                return;
            }
            int end = skipSpaceBack(f, joiner);
            int start = end;
            while (start > 0 && end - start < 2 && isDigit(f.charAt(start - 1))) {
                start--;
            }
            if (start == end || !isNumberStart(f, start)) {
                return;
            }
            int earlier = Integer.parseInt(f, start, end, 10);
            if (earlier < 1 || earlier >= later) {
                return;
            }
            LocalDate value = laterValue == null ? null : laterValue.minusDays(later - earlier);
            out.add(new Candidate(start, end, value, null, date.relative()));
            at = start;
            later = earlier;
            laterValue = value;
        }
    }

    /** Where the joiner before {@code at} (across spaces) starts, or -1 when there is none. */
    private static int joinerBefore(String f, int at) {
        if (at > 0 && f.charAt(at - 1) == 'و') {
            return at - 1; // "و21"
        }
        int end = skipSpaceBack(f, at);
        for (String joiner : JOINERS) {
            int start = end - joiner.length();
            if (start >= 0 && f.startsWith(joiner, start)
                    && (start == 0 || !Character.isLetter(f.charAt(start - 1)))) {
                return start;
            }
        }
        return -1;
    }

    private static int skipSpaceBack(String f, int at) {
        while (at > 0 && Character.isWhitespace(f.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether digits at {@code at} stand alone or after a conjunction ("و4"); in "2024-3 و21 مارس", "1.3 و21" and
     * "المادة3" they belong to another number or word.
     */
    private static boolean isNumberStart(String f, int at) {
        if (at == 0) {
            return true;
        }
        char c = f.charAt(at - 1);
        if (c == 'و') {
            return at == 1 || !Character.isLetterOrDigit(f.charAt(at - 2));
        }
        return !(Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == ':' || c == ',');
    }

    private static void monthFirst(Matcher m, List<Candidate> out) {
        DateWords.Month month = DateWords.month(m.group("m"));
        int year = Integer.parseInt(m.group("y"));
        if (month == null || month.calendar() != DateWords.Calendar.GREGORIAN
                || !Calendars.isYear(month.calendar(), year)) {
            return;
        }
        LocalDate value = Calendars.gregorian(year, month.number(), Integer.parseInt(m.group("d")));
        if (value != null) {
            out.add(new Candidate(m.start(), m.end(), value, TimeOfDay.of(m, false), false));
        }
    }
}
