package org.marsad.server;

import java.time.Duration;
import java.util.Objects;

/**
 * When a server merges its search index into one segment in the background ({@link QuietMerger}): once no article
 * was stored for {@code idle}, when searches read more than {@code moreThan} segments, at most once per
 * {@code every}. A server following feeds grows its index by small commits, which the merge policy keeps in about
 * ten segments at 100,000 articles, each set up apart by every search; the merge into one took 124 s at 100,000
 * articles and 1,072 s at a million (bench/README, search23), so it waits for a quiet service and is not repeated
 * within hours.
 *
 * @param idle     how long no article must have been stored; null: never merge
 * @param every    the least time between two merges' starts
 * @param moreThan merge only when searches read more segments than this
 */
public record QuietMerge(Duration idle, Duration every, int moreThan) {
    /** Never merged by the server (the merge policy's segments stay; tests, the demo). */
    public static final QuietMerge OFF = new QuietMerge(null, Duration.ZERO, Integer.MAX_VALUE);

    /**
     * Four segments are what the merge policy keeps per size tier (LuceneIndex): an index merged into one gains
     * that many small ones from a few hours of feeds, and is left alone until it has more.
     */
    public static final int MORE_THAN = 4;

    public QuietMerge {
        Objects.requireNonNull(every, "every");
        if (idle != null && (idle.isNegative() || idle.isZero())) {
            throw new IllegalArgumentException("the quiet period must be positive: " + idle);
        }
    }

    /** After {@code idle} without a stored article, at most once in six hours, when there are more than four. */
    public static QuietMerge after(Duration idle) {
        return new QuietMerge(Objects.requireNonNull(idle, "idle"), Duration.ofHours(6), MORE_THAN);
    }

    /** Whether the server merges at all. */
    public boolean on() {
        return idle != null;
    }
}
