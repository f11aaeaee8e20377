package org.marsad.arabic.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * The two calendars of Arabic dates: Gregorian, and Hijri as the Umm al-Qura calendar of {@link HijrahDate}.
 * Every conversion answers null instead of throwing for a day that does not exist or lies outside the calendar.
 */
final class Calendars {
    /** Years a written Gregorian year may name; outside it "1500 قتيل" is a count, not a year. */
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2100;
    /** Years a written Hijri year may name (the Umm al-Qura table covers about 1300–1600). */
    static final int MIN_HIJRI_YEAR = 1300;
    static final int MAX_HIJRI_YEAR = 1600;

    private Calendars() {
    }

    static LocalDate gregorian(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    static LocalDate hijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException outOfCalendar) {
            return null;
        }
    }

    static LocalDate of(DateWords.Calendar calendar, int year, int month, int day) {
        return calendar == DateWords.Calendar.HIJRI ? hijri(year, month, day) : gregorian(year, month, day);
    }

    /** The year of {@code day} in the calendar, or null when the day lies outside it. */
    static Integer yearOf(DateWords.Calendar calendar, LocalDate day) {
        if (calendar == DateWords.Calendar.GREGORIAN) {
            return day.getYear();
        }
        try {
            return HijrahDate.from(day).get(ChronoField.YEAR);
        } catch (DateTimeException outOfCalendar) {
            return null;
        }
    }

    /** Whether a written year is plausible in the calendar. */
    static boolean isYear(DateWords.Calendar calendar, int year) {
        return calendar == DateWords.Calendar.HIJRI ? inRange(year, MIN_HIJRI_YEAR, MAX_HIJRI_YEAR)
                : inRange(year, MIN_YEAR, MAX_YEAR);
    }

    static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
