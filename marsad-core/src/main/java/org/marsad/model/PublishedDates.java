package org.marsad.model;

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
