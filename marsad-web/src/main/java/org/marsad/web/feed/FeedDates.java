package org.marsad.web.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Stored publication values (a day or a date-time with offset) as the instants feeds require. */
final class FeedDates {
    private FeedDates() {
    }

    /**
     * The stored value as a date-time: a date-time keeps its own offset; a bare day becomes midnight UTC of that
     * day (feeds have no way to say "a day"; midnight UTC at least keeps the same calendar day), and a wall-clock
     * time without offset is written as UTC for the same reason.
     */
    static Optional<OffsetDateTime> parse(String published) {
        if (published == null) {
            return Optional.empty();
        }
        try {
            if (published.length() == 10) {
                return Optional.of(LocalDate.parse(published).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            try {
                return Optional.of(OffsetDateTime.parse(published));
            } catch (DateTimeParseException noOffset) {
                return Optional.of(LocalDateTime.parse(published).atOffset(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The date an entry is filed under: its publication when known, else when it was fetched (stable from request
     * to request, unlike the time of the request), else {@code fallback}.
     */
    static OffsetDateTime of(FeedEntry e, OffsetDateTime fallback) {
        Optional<OffsetDateTime> p = parse(e.published());
        if (p.isPresent()) {
            return p.get();
        }
        if (e.fetched() != null) {
            try {
                return OffsetDateTime.parse(e.fetched());
            } catch (DateTimeParseException ignored) {
                // not an instant: fall back
            }
        }
        return fallback;
    }

    /** RFC 3339, as Atom wants. */
    static String rfc3339(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
    }

    /** RFC 822 with English names, as RSS 2.0 wants. */
    static String rfc822(OffsetDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(t);
    }
}
