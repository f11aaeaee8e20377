package org.marsad.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where a page's wall-clock times are, for a page that writes a time without its offset ("10:30 ص"): the offset of
 * such a local date-time, or null when nobody knows it. A time whose offset is unknown is never taken as UTC: it is
 * kept as a day only (see {@link PublishedDates#settle}).
 *
 * <p>The offsets come from what the user configured (a source's time zone, {@code --time-zone}) or from a listing
 * of the same article that states an instant ({@link #matching}); {@link #UNKNOWN} otherwise.
 */
@FunctionalInterface
public interface PageZone {
    /** The offset of this wall-clock time, or null when it is unknown. */
    ZoneOffset offsetAt(LocalDateTime local);

    /** Nobody knows the page's time zone. */
    PageZone UNKNOWN = local -> null;

    /** The page's times are in this configured zone (with its daylight-saving rules); null means unknown. */
    static PageZone of(ZoneId zone) {
        return zone == null ? UNKNOWN : local -> local.atZone(zone).getOffset();
    }

    /**
     * The offset that makes the page's wall-clock time the instant a feed or sitemap gives for the same article
     * (a page saying 18:40 whose feed says 16:40Z is at +02:00). The two must agree to the minute on an offset of
     * whole or half hours of at most 14 hours, and the page's minute must not be a round one (:00, :30), where
     * unrelated times meet by chance (a page saying 09:00 and a feed saying 12:00Z may be an article and its
     * update). Otherwise they name different moments, or may, and the offset stays unknown. Null {@code listed}
     * means unknown.
     */
    static PageZone matching(OffsetDateTime listed) {
        if (listed == null) {
            return UNKNOWN;
        }
        OffsetDateTime instant = listed.truncatedTo(ChronoUnit.MINUTES);
        return local -> {
            long seconds = Duration.between(instant.toLocalDateTime(), local.truncatedTo(ChronoUnit.MINUTES))
                    .getSeconds() + instant.getOffset().getTotalSeconds();
            if (Math.abs(seconds) > 14 * 3600 || seconds % 1800 != 0 || local.getMinute() % 30 == 0) {
                return null;
            }
            return ZoneOffset.ofTotalSeconds((int) seconds);
        };
    }

    /** This zone's answer, or the other's when this one does not know. */
    default PageZone orElse(PageZone other) {
        return local -> {
            ZoneOffset o = offsetAt(local);
            return o != null ? o : other.offsetAt(local);
        };
    }
}
