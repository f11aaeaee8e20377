package org.marsad.watch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When digests fall due, in the owner's time zone: hourly digests on the hour, daily ones at the chosen local time.
 * Pure. A local time that a daylight-saving change skips is taken just after the gap, and one it repeats at its
 * first occurrence (java.time's rules for {@link ZonedDateTime#of}).
 */
public final class DigestSchedule {
    private DigestSchedule() {
    }

    /** The first digest time strictly after {@code after}; null for a mode without digests. */
    public static Instant next(WatchMode mode, LocalTime at, ZoneId zone, Instant after) {
        ZonedDateTime now = after.atZone(zone);
        return switch (mode) {
            case HOURLY -> {
                ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
                yield hour.plusHours(1).toInstant();
            }
            case DAILY -> {
                ZonedDateTime today = ZonedDateTime.of(now.toLocalDate(), at, zone);
                yield (today.toInstant().isAfter(after) ? today
                        : ZonedDateTime.of(now.toLocalDate().plusDays(1), at, zone)).toInstant();
            }
            default -> null;
        };
    }
}
