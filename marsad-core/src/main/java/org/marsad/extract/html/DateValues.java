package org.marsad.extract.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.dates.DateMention;
import org.marsad.extract.PublishedMentions;

/**
 * Turns a date as a page writes it into the {@code published} form of the Article contract: a date, a local
 * date-time, or a date-time with the page's own offset. The offset is kept as written: "03:01+0400" stays
 * "03:01:00+04:00" and is never moved to UTC, which would put the article on the previous day.
 */
final class DateValues {
    private DateValues() {
    }

    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** The ISO form of the date, or null when the text holds no date this reader understands. */
    static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        String iso = iso(s);
        if (iso != null) {
            return iso;
        }
        Matcher m = SLASHED.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d.toString();
            }
        }
        String rfc = rfc1123(s);
        if (rfc != null) {
            return rfc;
        }
        return arabic(s);
    }

    private static String iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d == null) {
            return null;
        }
        if (m.group(4) == null) {
            return d.toString();
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return d.toString();
        }
        LocalDateTime local = d.atTime(hour, minute, second);
        String zone = m.group(7);
        if (zone == null) {
            return local(local);
        }
        ZoneOffset offset = offset(zone);
        return offset == null ? local(local) : withOffset(local, offset);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 5 && zone.charAt(3) != ':' ? zone.substring(0, 3) + ":" + zone.substring(3)
                : zone;
        try {
            return ZoneOffset.of(z);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String rfc1123(String s) {
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return withOffset(z.toLocalDateTime(), z.getOffset());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date in words (Arabic or English month names), through the Arabic toolkit. */
    static String arabic(String s) {
        DateMention d = firstMention(s);
        return d == null ? null : iso(d);
    }

    /** The ISO form of a date the toolkit found: the day, with the time of day when the text states one. */
    static String iso(DateMention d) {
        return d.time() == null ? d.value().toString() : local(d.value().atTime(d.time()));
    }

    /**
     * {@code LOCAL.format(t)}, written digit by digit for the years of four digits: every date value of a page is
     * formatted, and the formatter's generic printers were half the cost of reading one.
     */
    static String local(LocalDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return LOCAL.format(t);
        }
        char[] out = new char[19];
        writeLocal(t, out);
        return new String(out);
    }

    /**
     * {@code WITH_OFFSET.format(OffsetDateTime.of(t, offset))}, written digit by digit for the years of four digits
     * and the offsets of whole minutes (the pattern prints no seconds of an offset).
     */
    static String withOffset(LocalDateTime t, ZoneOffset offset) {
        int year = t.getYear();
        int seconds = offset.getTotalSeconds();
        if (year < 0 || year > 9999 || seconds % 60 != 0) {
            return WITH_OFFSET.format(OffsetDateTime.of(t, offset));
        }
        char[] out = new char[25];
        writeLocal(t, out);
        int minutes = Math.abs(seconds) / 60;
        out[19] = seconds < 0 ? '-' : '+';
        twoDigits(out, 20, minutes / 60);
        out[22] = ':';
        twoDigits(out, 23, minutes % 60);
        return new String(out);
    }

    /** uuuu-MM-dd'T'HH:mm:ss into the first 19 chars. */
    private static void writeLocal(LocalDateTime t, char[] out) {
        int year = t.getYear();
        twoDigits(out, 0, year / 100);
        twoDigits(out, 2, year % 100);
        out[4] = '-';
        twoDigits(out, 5, t.getMonthValue());
        out[7] = '-';
        twoDigits(out, 8, t.getDayOfMonth());
        out[10] = 'T';
        twoDigits(out, 11, t.getHour());
        out[13] = ':';
        twoDigits(out, 14, t.getMinute());
        out[16] = ':';
        twoDigits(out, 17, t.getSecond());
    }

    private static void twoDigits(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }

    /**
     * Like {@link #arabic(String)} but also says where in the text the date was written; a period ("3 - 9 مارس
     * 2024") is dated by its last day ({@link PublishedMentions}).
     */
    static DateMention firstMention(String s) {
        return PublishedMentions.pick(s, ArabicDates.find(s, null));
    }

}
