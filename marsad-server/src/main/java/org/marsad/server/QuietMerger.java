package org.marsad.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.marsad.store.Archive;

/**
 * Merges the served index into one segment when the service is quiet ({@link QuietMerge}): it looks at the store's
 * change counter now and then, and once it has not moved for the quiet period (and no rebuild or upgrade runs, and
 * the last merge began long enough ago) it asks {@link Archive#compactWhenQuiet}, the rebuild's merge outside the
 * archive's lock. On its own thread: the follower goes on catching up and committing meanwhile, the poller storing,
 * searches reading the index as it was until the merge is committed. A stop ({@link Archive#stopCompacting}) cuts the
 * merge short (the index stays in its parts as committed). Told in the log and in {@code /healthz}
 * ({@code index.merge}).
 */
final class QuietMerger {
    /** How often the store's change counter is looked at, at most. */
    static final Duration LOOK = Duration.ofSeconds(10);

    /** {@link #LOOK}, or a quarter of a shorter quiet period: the quiet is seen within a quarter of its length. */
    static Duration lookEvery(QuietMerge settings) {
        if (!settings.on()) {
            return LOOK;
        }
        Duration quarter = settings.idle().dividedBy(4);
        return quarter.compareTo(LOOK) < 0 ? quarter.plusMillis(1) : LOOK;
    }

    private final Archive archive;
    private final QuietMerge settings;
    private final Clock clock;
    private final Consumer<String> log;
    private long seenSeq;
    private Instant quietSince;
    private volatile Instant lastStart;
    // Set while a merge runs: when it began and how many segments it found.
    private volatile Instant mergingSince;
    private volatile int mergingParts;
    private volatile Map<String, Object> last;

    QuietMerger(Archive archive, QuietMerge settings, Clock clock, Consumer<String> log) {
        this.archive = archive;
        this.settings = settings;
        this.clock = clock;
        this.log = log;
        this.seenSeq = archive.store().lastSeq();
        // A start counts as a store: a server restarted in a busy hour does not merge at once.
        this.quietSince = clock.instant();
    }

    /**
     * One look (every {@link #lookEvery}, on the server's thread for it): merges now when the service has been quiet
     * long enough and the index has many segments.
     */
    void lookOnce() {
        if (!settings.on()) {
            return;
        }
        try {
            Instant now = clock.instant();
            long seq = archive.store().lastSeq();
            if (seq != seenSeq) {
                seenSeq = seq;
                quietSince = now;
                return;
            }
            if (Duration.between(quietSince, now).compareTo(settings.idle()) < 0
                    || (lastStart != null && Duration.between(lastStart, now).compareTo(settings.every()) < 0)
                    || archive.rebuildProgress().isPresent() || archive.upgradeProgress().isPresent()
                    || archive.indexSegments() <= settings.moreThan()) {
                return;
            }
            merge(now);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            if (mergingSince != null) {
                log.accept("marsad: merging the quiet search index failed (tried again in " + hours(settings.every())
                        + "): " + message);
                last = outcome(mergingSince, mergingParts, "failed: " + message, archive.indexSegments(), null);
            } else {
                log.accept("marsad: looking whether the search index is quiet failed: " + message);
            }
        } finally {
            mergingSince = null;
        }
    }

    private void merge(Instant now) {
        long began = System.nanoTime();
        boolean merged = archive.compactWhenQuiet(settings.moreThan(), parts -> {
            lastStart = now;
            mergingParts = parts;
            mergingSince = now;
            log.accept("marsad: no article stored for " + minutes(settings.idle()) + ": merging the search index's "
                    + parts + " parts into one in the background (searches and saves go on)");
        });
        if (mergingSince == null) {
            return; // nothing to merge after all (a rebuild began, or the policy merged meanwhile)
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        int after = archive.indexSegments();
        if (merged) {
            log.accept(String.format(Locale.ROOT, "marsad: the search index is merged: %d parts into %d in %.1f s",
                    mergingParts, after, seconds));
        } else {
            log.accept("marsad: the merge of the search index was cut short by the stop; the index stays in its "
                    + "parts, as last committed, and is merged in a later quiet period");
        }
        last = outcome(now, mergingParts, merged ? "merged" : "cut short", after, Math.round(seconds * 10) / 10.0);
    }

    private static Map<String, Object> outcome(Instant at, int before, String outcome, int after, Double seconds) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("at", at.toString());
        o.put("outcome", outcome);
        o.put("segments_before", before);
        o.put("segments_after", after);
        o.put("seconds", seconds);
        return java.util.Collections.unmodifiableMap(o);
    }

    /** What /healthz says under {@code index.merge}. */
    Map<String, Object> health() {
        Map<String, Object> o = new LinkedHashMap<>();
        Instant since = mergingSince;
        o.put("state", !settings.on() ? "off" : since != null ? "merging" : "waiting for a quiet service");
        o.put("segments", archive.indexSegments());
        if (settings.on()) {
            o.put("quiet_after_s", settings.idle().toSeconds());
            o.put("more_than", settings.moreThan());
        }
        if (since != null) {
            o.put("merging_since", since.toString());
            o.put("merging_segments", mergingParts);
        }
        o.put("last", last);
        return o;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " min"
                : d.toSeconds() > 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String hours(Duration d) {
        return d.toHours() > 0 ? d.toHours() + " h" : minutes(d);
    }
}
