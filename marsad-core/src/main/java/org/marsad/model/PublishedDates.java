package org.marsad.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code published} format rule. A stored or served value is one of two ISO-8601 shapes:
 * <ul>
 *   <li>a date, {@code YYYY-MM-DD}, when the day is known but not the time (or the time but not its offset);</li>
 *   <li>a date-time with an offset, {@code YYYY-MM-DDTHH:MM:SS±HH:MM} (or {@code Z}): the page's own offset, the
 *       offset of the source's configured time zone, or the offset a listing of the same article shows.</li>
 * </ul>
 * A wall-clock time without an offset is never stored and never taken as UTC: {@link #settle} gives it an offset
 * from a {@link PageZone}, or keeps its day only. The day is always read as written, never converted to UTC: an
 * article published at 01:00+04:00 was published on that day where it was published.
 */
public final class PublishedDates {
    /** The one date-time form extractors and feeds write: seconds always, "Z" for UTC. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private PublishedDates() {
    }

    /**
     * @throws IllegalArgumentException if the value is neither a date nor a date-time with an offset (a local
     *                                  date-time is refused: {@link #settle} it first)
     */
    public static void requireValid(String iso) {
        day(iso);
        if (iso.length() != 10 && !hasOffset(iso)) {
            throw new IllegalArgumentException("a published time needs an offset: " + iso);
        }
    }

    /** True when the value is a valid {@code published}: a date, or a date-time with an offset. */
    public static boolean isValid(String iso) {
        try {
            requireValid(iso);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The contract form of a date as an extractor or a feed read it: a date is kept, a date-time with offset is
     * written {@code YYYY-MM-DDTHH:MM:SS±HH:MM} (or {@code Z}) in its own offset; a local date-time (no offset written) gets the zone's offset for that wall-clock time, or, when the
     * zone does not know it, becomes its day alone. Null and unreadable values give null.
     */
    public static String settle(String iso, PageZone zone) {
        if (iso == null) {
            return null;
        }
        String written = settleWritten(iso, zone);
        return written != null ? written : settleParsed(iso, zone);
    }

    /**
     * {@link #settle} of the four shapes extractors write ({@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM:SS}, and that
     * with {@code ±HH:MM} or {@code Z}), read by {@link #writtenDay}; null for any other shape or an invalid field,
     * which {@link #settleParsed} then reads. java.time's parsers were a twentieth of an article's extraction.
     */
    private static String settleWritten(String iso, PageZone zone) {
        LocalDate day = writtenDay(iso);
        if (day == null) {
            return null;
        }
        if (iso.length() == 10) {
            // a valid date is already written as LocalDate writes it
            return iso;
        }
        if (iso.length() == 20) {
            // a UTC time ("Z") is already written as the form writes it
            return iso;
        }
        if (iso.length() == 19) {
            LocalDateTime local = day.atTime(number(iso, 11, 13), number(iso, 14, 16), number(iso, 17, 19));
            ZoneOffset offset = zone == null ? null : zone.offsetAt(local);
            return offset == null ? iso.substring(0, 10) : WITH_OFFSET.format(local.atOffset(offset));
        }
        // the form writes a zero offset as "Z" and any other as it stands here
        return number(iso, 20, 22) == 0 && number(iso, 23, 25) == 0 ? iso.substring(0, 19) + "Z" : iso;
    }

    /**
     * The day of a value of one of the four shapes extractors write, when every field is valid: read by hand and
     * checked by the {@code of} methods java.time's ISO parsers end in. Null for any other shape or an invalid field,
     * which the parsers then read. The "Z" shape is what {@link #settle} writes for a zero offset, and every article
     * built checks its value ({@link #requireValid}): java.time's parser read it there.
     */
    private static LocalDate writtenDay(String iso) {
        int n = iso.length();
        if (n != 10 && n != 19 && n != 20 && n != 25 || !digits(iso, 0, 4) || iso.charAt(4) != '-'
                || !digits(iso, 5, 7) || iso.charAt(7) != '-' || !digits(iso, 8, 10)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10));
            if (n == 10) {
                return day;
            }
            if (iso.charAt(10) != 'T' || iso.charAt(13) != ':' || iso.charAt(16) != ':' || !digits(iso, 11, 13)
                    || !digits(iso, 14, 16) || !digits(iso, 17, 19)) {
                return null;
            }
            day.atTime(number(iso, 11, 13), number(iso, 14, 16), number(iso, 17, 19));
            if (n == 19) {
                return day;
            }
            if (n == 20) {
                return iso.charAt(19) == 'Z' ? day : null;
            }
            char sign = iso.charAt(19);
            if (sign != '+' && sign != '-' || iso.charAt(22) != ':' || !digits(iso, 20, 22) || !digits(iso, 23, 25)) {
                return null;
            }
            int hours = number(iso, 20, 22);
            int minutes = number(iso, 23, 25);
            if (sign == '+') {
                ZoneOffset.ofHoursMinutes(hours, minutes);
            } else {
                ZoneOffset.ofHoursMinutes(-hours, -minutes);
            }
            return day;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }

    /** {@link #settle} by java.time's ISO parsers, for every shape they read. */
    static String settleParsed(String iso, PageZone zone) {
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).toString();
            }
            if (hasOffset(iso)) {
                return WITH_OFFSET.format(OffsetDateTime.parse(iso));
            }
            LocalDateTime local = LocalDateTime.parse(iso);
            ZoneOffset offset = zone == null ? null : zone.offsetAt(local);
            return offset == null ? local.toLocalDate().toString() : WITH_OFFSET.format(local.atOffset(offset));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A date-time as RSS items and mail write it (RFC 1123: "Sun, 01 Apr 2018 02:56:52 +0400", "… GMT") as the
     * contract's ISO-8601 form in its own offset; null for anything else. Scraped dumps carry the feed's pubDate as
     * it came; refusing it refused every line of such a dump.
     */
    public static String fromRfc1123(String s) {
        // ISO-8601 values never hold a space: they are left alone without a parse attempt.
        if (s == null || s.indexOf(' ') < 0) {
            return null;
        }
        try {
            return WITH_OFFSET.format(OffsetDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True for a readable date-time written without an offset ("2025-02-03T16:30"), which {@link #settle} fixes. */
    public static boolean isLocalTime(String iso) {
        if (iso == null || iso.length() == 10 || hasOffset(iso)) {
            return false;
        }
        try {
            LocalDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The calendar day of an ISO-8601 date or date-time, in the offset it was written with. */
    public static LocalDate day(String iso) {
        LocalDate written = writtenDay(iso);
        return written != null ? written : dayParsed(iso);
    }

    /** {@link #day} by java.time's ISO parsers, for every shape they read. */
    static LocalDate dayParsed(String iso) {
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso);
            }
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso).toLocalDate();
            }
            return LocalDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + iso, e);
        }
    }

    /** The moment of a value that has a time and an offset; empty for a date alone (or an unreadable value). */
    public static Optional<OffsetDateTime> instant(String iso) {
        if (iso == null || iso.length() == 10 || !hasOffset(iso)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The second an article sorts by, newest first, wherever it is listed (the search index and the store's own
     * lists alike): its moment when it has a time, midnight UTC of its day when it is a date alone.
     *
     * @throws IllegalArgumentException if the value is not a readable date or date-time
     */
    public static long sortSecond(String iso) {
        return instant(iso).map(OffsetDateTime::toEpochSecond)
                .orElseGet(() -> day(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = iso.substring(t);
        return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
