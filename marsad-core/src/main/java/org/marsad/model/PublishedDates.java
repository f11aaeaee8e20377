package org.marsad.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The three shapes a {@code published} value may take: a date, a local date-time (the page gave no offset), or a
 * date-time with the page's own offset. The day is always read from the text as written, never converted to UTC:
 * an article published at 01:00+04:00 was published on that day where it was published.
 */
public final class PublishedDates {
    private PublishedDates() {
    }

    /** @throws IllegalArgumentException if the value is none of the three ISO-8601 shapes */
    public static void requireValid(String iso) {
        day(iso);
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

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = iso.substring(t);
        return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
