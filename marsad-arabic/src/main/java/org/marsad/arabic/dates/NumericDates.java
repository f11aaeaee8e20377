package org.marsad.arabic.dates;

import static org.marsad.arabic.dates.DatePatterns.ARABIC_START;
import static org.marsad.arabic.dates.DatePatterns.ERA;
import static org.marsad.arabic.dates.DatePatterns.WEEKDAY_BEFORE;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric dates: 2024-01-14, 2024/01/14 - 18:20, 14/01/2024, 14.01.2024, 1445/09/01 هـ. Day first unless only
 * month first is valid (12/25/2023); a year of 1300–1600 or an era mark هـ makes the date Hijri.
 */
final class NumericDates {
    private static final String PREFIX = "(?<![\\p{L}\\p{N}/.\\-])" + ARABIC_START + TimeOfDay.before()
            + WEEKDAY_BEFORE;

    static final Pattern YEAR_FIRST = Pattern.compile(PREFIX
            + "(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d|[/.\\-]\\d)" + ERA + TimeOfDay.after());

    static final Pattern DAY_FIRST = Pattern.compile(PREFIX
            + "(?<d>\\d{1,2})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<y>\\d{4})(?!\\d|[/.\\-]\\d)" + ERA + TimeOfDay.after());

    /** A match opens with the number, a time, a weekday or a part of the day; PREFIX refuses / . - before it. */
    static final StartScan STARTS = new StartScan(DatePatterns.openings(List.of(""), DatePatterns.DIGITS,
            List.of("الساعه"), DatePatterns.PARTS_OF_DAY, DateWords.weekdayWords()), "/.-");

    private NumericDates() {
    }

    /** Adds every numeric date inside the windows of folded text {@code f}. */
    static void find(String f, List<int[]> windows, List<Candidate> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher yearFirst = YEAR_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher dayFirst = DAY_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            STARTS.find(yearFirst, f, w[0], w[1], m -> add(m, false, out));
            STARTS.find(dayFirst, f, w[0], w[1], m -> add(m, true, out));
        }
    }

    private static void add(Matcher m, boolean dayFirst, List<Candidate> out) {
        int year = Integer.parseInt(m.group("y"));
        int day = Integer.parseInt(m.group("d"));
        int month = Integer.parseInt(m.group("mo"));
        if (dayFirst && month > 12 && day <= 12) {
            // 12/25/2023: only the American order is valid
            int swap = day;
            day = month;
            month = swap;
        }
        String era = m.group("era");
        boolean hijri = era != null && era.startsWith("ه")
                || Calendars.isYear(DateWords.Calendar.HIJRI, year);
        LocalDate value = null;
        if (hijri && Calendars.isYear(DateWords.Calendar.HIJRI, year)) {
            value = Calendars.hijri(year, month, day);
        } else if (!hijri && Calendars.isYear(DateWords.Calendar.GREGORIAN, year)) {
            value = Calendars.gregorian(year, month, day);
        }
        if (value != null) {
            out.add(new Candidate(m.start(), m.end(), value, TimeOfDay.of(m, true), false));
        }
    }
}
