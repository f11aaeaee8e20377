package org.marsad.search;

/** For tests that act while a compaction's merge runs: slows it, and tells whether it runs (embedded index only). */
public final class SlowMerges {
    private SlowMerges() {
    }

    /** Slows the merges a compaction asks for to {@code mbPerSecond} (infinity: no longer slowed). */
    public static void throttle(SearchIndex index, double mbPerSecond) {
        ((LuceneIndex) index).throttleCompaction(mbPerSecond);
    }

    /** Whether the index's writer is merging segments now. */
    public static boolean merging(SearchIndex index) {
        return ((LuceneIndex) index).merging();
    }
}
