package org.marsad.ingest.source;

import java.time.Duration;
import java.time.Instant;

/**
 * How polling a source has gone.
 *
 * @param lastSuccess         end of the last poll that succeeded, or null
 * @param lastError           the last poll's error, one line; null after a success
 * @param nextPoll            when the source is next due; null means now
 * @param consecutiveFailures polls failed in a row (drives the backoff)
 * @param notes               what the last successful poll had to work around (a repaired feed, items that stored
 *                            nothing); kept through failures, replaced by the next successful poll
 */
public record SourceHealth(Instant lastSuccess, String lastError, Instant nextPoll, int consecutiveFailures,
                           PollNotes notes) {
    public static final SourceHealth NEW = new SourceHealth(null, null, null, 0);
    /** A failing source is retried after its interval doubled per failure, up to this. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(24);

    public SourceHealth {
        notes = notes == null ? PollNotes.NONE : notes;
    }

    /** A health with nothing noted. */
    public SourceHealth(Instant lastSuccess, String lastError, Instant nextPoll, int consecutiveFailures) {
        this(lastSuccess, lastError, nextPoll, consecutiveFailures, PollNotes.NONE);
    }

    public boolean isDue(Instant now) {
        return nextPoll == null || !nextPoll.isAfter(now);
    }

    /**
     * The health after a successful poll at {@code now} whose notes are not known yet (its listings were read, its
     * pages not yet fetched): the last notes are kept until the poll's end replaces them.
     */
    public SourceHealth succeeded(Instant now, Duration interval) {
        return new SourceHealth(now, null, now.plus(interval), 0, notes);
    }

    /** The health after a successful poll at {@code now} that noted {@code pollNotes}. */
    public SourceHealth succeeded(Instant now, Duration interval, PollNotes pollNotes) {
        return new SourceHealth(now, null, now.plus(interval), 0, pollNotes);
    }

    /** The health after a failed poll at {@code now}: next poll backs off exponentially, bounded. */
    public SourceHealth failed(Instant now, Duration interval, String error) {
        int failures = consecutiveFailures + 1;
        return new SourceHealth(lastSuccess, error, now.plus(backoff(interval, failures)), failures, notes);
    }

    /** interval × 2^(failures-1), capped at {@link #MAX_BACKOFF} (and never below the interval). */
    static Duration backoff(Duration interval, int failures) {
        int shift = Math.min(Math.max(failures - 1, 0), 20);
        long ms = interval.toMillis();
        long backed = ms > (MAX_BACKOFF.toMillis() >> shift) ? MAX_BACKOFF.toMillis() : ms << shift;
        return Duration.ofMillis(Math.max(ms, Math.min(backed, MAX_BACKOFF.toMillis())));
    }
}
