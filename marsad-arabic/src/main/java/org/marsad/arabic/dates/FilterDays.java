package org.marsad.arabic.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a reader types it in a date filter (the query language's {@code from:}/{@code to:}, the API's and pages'
 * {@code from}/{@code to}): {@code YYYY-MM-DD} in Western, Arabic-Indic (٢٠٢٣-١٢-١٢) or Persian digits, in either
 * calendar. A year from 1300 to 1600 is a Hijri year (Umm al-Qura, as the date reader takes written Hijri dates), so
 * {@code 1445-05-28} is 12 December 2023; a trailing «هـ» says so explicitly. Every other year is Gregorian.
 *
 * <p>Why: a researcher working from Hijri-dated sources types the Hijri day, and the ISO parser used to take it as
 * the Gregorian year 1445, so a {@code from:} matched the whole archive and a {@code to:} matched nothing, silently.
 * The two calendars' year ranges are disjoint for news (see {@link Calendars}), so no day is ambiguous.
 */
public final class FilterDays {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*(هـ|ه)?");

    private FilterDays() {
    }

    /**
     * The Gregorian day {@code text} names.
     *
     * @throws DateTimeException when it is not a day of either calendar; the message says why (or what to write) in
     *                           a few words
     */
    public static LocalDate parse(String text) {
        String latin = latinDigits(text.strip());
        Matcher m = DAY.matcher(latin);
        if (!m.matches()) {
            throw new DateTimeException("use YYYY-MM-DD, or a Hijri day such as 1445-05-28");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        boolean hijri = Calendars.inRange(year, Calendars.MIN_HIJRI_YEAR, Calendars.MAX_HIJRI_YEAR);
        if (m.group(4) != null && !hijri) {
            throw new DateTimeException("Hijri years run from " + Calendars.MIN_HIJRI_YEAR + " to "
                    + Calendars.MAX_HIJRI_YEAR);
        }
        LocalDate d = hijri ? Calendars.hijri(year, month, day) : Calendars.gregorian(year, month, day);
        if (d == null) {
            throw new DateTimeException(hijri ? "no such day in the Hijri (Umm al-Qura) calendar"
                    : "no such day; use YYYY-MM-DD");
        }
        return d;
    }

    // ASCII digits for Arabic-Indic (U+0660..) and Persian (U+06F0..) ones; anything else is left for the pattern.
    private static String latinDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + c - '\u06F0'));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
