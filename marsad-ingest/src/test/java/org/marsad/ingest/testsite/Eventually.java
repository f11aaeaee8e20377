package org.marsad.ingest.testsite;

import java.time.Duration;

/**
 * Waiting in tests for something another thread or process does: polls a check until it holds, failing after a
 * deadline. The deadline only keeps a broken build from hanging; it is never a performance claim.
 */
public final class Eventually {
    private Eventually() {
    }

    /** Something to check; may throw, which counts as "not yet" only through the deadline. */
    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }

    /** Polls {@code check} every {@code every} until it holds; throws AssertionError after {@code deadline}. */
    public static void holds(String what, Duration deadline, Duration every, Check check) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.sleep(every.toMillis());
        }
    }
}
