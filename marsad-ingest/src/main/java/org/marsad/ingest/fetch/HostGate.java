package org.marsad.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code concurrency} requests in flight, and request starts spaced by at least the
 * host's delay. Callers block in {@link #enter} until both hold.
 */
final class HostGate {
    private final int concurrency;
    private final Pacing pacing;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int concurrency, Pacing pacing) {
        this.concurrency = concurrency;
        this.pacing = pacing;
    }

    /** A slot held on a host; closing it frees the slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a free slot on the host and for the delay since the previous request start to pass. */
    Slot enter(String host, Duration delay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(concurrency));
        h.permits.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = pacing.nanoTime();
                long start = Math.max(now, h.nextStart);
                h.nextStart = start + delay.toNanos();
                wait = start - now;
            }
            pacing.sleepNanos(wait);
        } catch (InterruptedException e) {
            h.permits.release();
            throw e;
        }
        return h.permits::release;
    }

    private static final class Host {
        final Semaphore permits;
        long nextStart = Long.MIN_VALUE / 2;

        Host(int concurrency) {
            permits = new Semaphore(concurrency, true);
        }
    }
}
