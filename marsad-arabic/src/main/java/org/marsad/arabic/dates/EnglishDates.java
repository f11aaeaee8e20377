package org.marsad.arabic.dates;

import static org.marsad.arabic.dates.DatePatterns.NOT_AFTER_LETTER;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English date lines Arabic sites print: "24th, December 2023 GMT", "Sunday 14 January 2024 08:05",
 * "December 24, 2023", "Dec. 5, 2023 at 10:15 PM". The year is required.
 */
final class EnglishDates {
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
    private static final String MONTH = "(?<m>" + DateWords.englishMonthAlternation() + ")(?![a-z])\\.?";
    private static final String TAIL = TimeOfDay.after() + "(?:\\s*(?:gmt|utc)(?![a-z]))?";

    static final Pattern DAY_FIRST = Pattern.compile(NOT_AFTER_LETTER + "(?=[0-9a-zA-Z])" + WEEKDAY
            + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?:of\\s+)?" + MONTH + "\\s*,?\\s*(?<y>\\d{4})(?!\\d)" + TAIL,
            Pattern.CASE_INSENSITIVE);

    static final Pattern MONTH_FIRST = Pattern.compile(NOT_AFTER_LETTER + "(?=[a-zA-Z])" + WEEKDAY
            + MONTH + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*(?<y>\\d{4})(?!\\d)" + TAIL,
            Pattern.CASE_INSENSITIVE);

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final StartScan DAY_FIRST_STARTS = new StartScan("0123456789" + LATIN, "");
    static final StartScan MONTH_FIRST_STARTS = new StartScan(LATIN, "");

    private EnglishDates() {
    }

    /** Adds every English date inside the windows of folded text {@code f}. */
    static void find(String f, List<int[]> windows, List<Candidate> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher dayFirst = DAY_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher monthFirst = MONTH_FIRST.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            DAY_FIRST_STARTS.find(dayFirst, f, w[0], w[1], m -> add(m, out));
            MONTH_FIRST_STARTS.find(monthFirst, f, w[0], w[1], m -> add(m, out));
        }
    }

    private static void add(Matcher m, List<Candidate> out) {
        int year = Integer.parseInt(m.group("y"));
        LocalDate value = Calendars.isYear(DateWords.Calendar.GREGORIAN, year)
                ? Calendars.gregorian(year, DateWords.englishMonth(m.group("m")), Integer.parseInt(m.group("d")))
                : null;
        if (value != null) {
            out.add(new Candidate(m.start(), m.end(), value, TimeOfDay.of(m, false), false));
        }
    }
}
