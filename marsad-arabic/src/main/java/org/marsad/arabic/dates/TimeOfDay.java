package org.marsad.arabic.dates;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A time of day written right before or after a date ("10:30 ص", "10:30 مساءً", "10:30 PM", "T10:30:00+03:00"),
 * kept as written: an offset or GMT marker is matched so that it belongs to the date, never used to shift it.
 */
final class TimeOfDay {
    private static final String PERIODS =
            "صباحا|صباح|مساءا|مساء|ظهرا|الظهر|عصرا|ليلا|فجرا|ص|م|(?i:am|pm|a\\.m\\.|p\\.m\\.)";

    private TimeOfDay() {
    }

    /** An optional time before a date, in groups bh, bm, bp. */
    static String before() {
        return "(?:(?:الساعه\\s*)?" + clockPattern("b") + "\\s*[-–—|،,]?\\s*)?";
    }

    /** An optional time after a date, in groups ah, am, ap. */
    static String after() {
        return "(?:(?:[tT]|\\s*[-–—|،,]?\\s*(?:في\\s+|(?i:at)\\s+)?(?:الساعه\\s*)?)" + clockPattern("a") + ")?";
    }

    private static String clockPattern(String name) {
        return "(?<" + name + "h>\\d{1,2}):(?<" + name + "m>\\d{2})(?!\\d)(?::\\d{2}(?:\\.\\d+)?)?"
                + "(?:\\s*(?<" + name + "p>" + PERIODS + ")" + DatePatterns.END_OF_WORD + ")?"
                + "(?:\\s*(?i:gmt|utc)(?![a-zA-Z])(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?"
                + "|\\s*[+-]\\d{2}:?\\d{2}(?!\\d)|[zZ](?![a-zA-Z]))?";
    }

    /** The time after the date, else (when the pattern has one) the time before it; null when none. */
    static LocalTime of(Matcher m, boolean hasTimeBefore) {
        if (m.group("ah") != null) {
            return clock(Integer.parseInt(m.group("ah")), Integer.parseInt(m.group("am")), m.group("ap"));
        }
        if (hasTimeBefore && m.group("bh") != null) {
            return clock(Integer.parseInt(m.group("bh")), Integer.parseInt(m.group("bm")), m.group("bp"));
        }
        return null;
    }

    /** A 12- or 24-hour clock reading; null when it is no time of day (25:10). */
    static LocalTime clock(int hour, int minute, String period) {
        if (period != null) {
            String p = period.toLowerCase(Locale.ROOT);
            boolean morning = p.equals("ص") || p.startsWith("صباح") || p.equals("فجرا") || p.startsWith("a");
            boolean noon = p.equals("ظهرا") || p.equals("الظهر");
            boolean night = p.equals("ليلا");
            if (morning) {
                hour = hour == 12 ? 0 : hour;
            } else if (noon) {
                hour = hour <= 5 ? hour + 12 : hour;
            } else if (night) {
                hour = hour == 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour;
            } else if (hour < 12) {
                hour += 12;
            }
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }
}
