package org.marsad.ingest.fetch;

/**
 * The time source and the sleep the fetcher paces itself with: the system's in production; in tests a fake whose
 * sleep only moves its clock, so that politeness (host delay, robots Crawl-delay, retry backoff) is checked by the
 * recorded times of requests, exactly and without waiting.
 */
interface Pacing {
    /** A monotonic time in nanoseconds (only differences mean anything). */
    long nanoTime();

    /** Waits about {@code nanos} nanoseconds (nothing when not positive). */
    void sleepNanos(long nanos) throws InterruptedException;

    /** {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
    Pacing SYSTEM = new Pacing() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
