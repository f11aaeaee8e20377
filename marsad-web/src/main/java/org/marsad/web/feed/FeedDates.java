package org.marsad.web.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.marsad.model.PublishedDates;

/** Stored publication values (a day or a date-time with offset) as the instants feeds require. */
final class FeedDates {
    private FeedDates() {
    }

    /**
     * The stored value as a date-time: a date-time keeps its own offset; a bare day becomes midnight UTC of that
     * day (feeds have no way to say "a day"; midnight UTC at least keeps the same calendar day). A wall-clock time
     * without offset (an index written before the format rule) is never taken as UTC: it counts as its day.
     */
    static Optional<OffsetDateTime> parse(String published) {
        if (published == null) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> t = PublishedDates.instant(published);
        if (t.isPresent()) {
            return t;
        }
        try {
            return Optional.of(PublishedDates.day(published).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * An entry's time: its publication, else when Marsad collected it (stable, unlike the time of the request).
     */
    static Optional<OffsetDateTime> of(FeedEntry e) {
        Optional<OffsetDateTime> published = parse(e.published());
        return published.isPresent() ? published : collected(e);
    }

    /** When Marsad fetched, read or first stored the entry's article, if known. */
    static Optional<OffsetDateTime> collected(FeedEntry e) {
        if (e.fetched() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(e.fetched()));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
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
