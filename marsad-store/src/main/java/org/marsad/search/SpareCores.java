package org.marsad.search;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cores a search may borrow: a search's parts (Lucene's slices of segments, the term look-ups of its weights, the
 * facet counts of each segment) run on an idle helper thread beside the searching thread, and on the searching thread
 * itself when every helper is busy. One search on an otherwise idle machine then uses every core, so its wait is
 * shorter; under many concurrent searches the helpers are busy, each search does its own parts, and nothing queues
 * behind another search.
 *
 * <p>A part handed to no helper runs at once on the thread that asked ({@link ThreadPoolExecutor.CallerRunsPolicy}):
 * the same work, done in the same order as without helpers. The answers never depend on which thread ran a part.
 *
 * <p>The helpers are daemon threads shared by every index of the process; they end after a while without work.
 */
final class SpareCores {
    /** Helpers beside the searching thread: one per core beyond the first. */
    static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

    /** How long an idle helper waits for work before it ends (a new one starts when needed). */
    private static final long IDLE_SECONDS = 30;

    private static final Executor SHARED = HELPERS == 0 ? null : create(HELPERS);

    private SpareCores() {
    }

    /** The helpers of this process, or null on a machine with one core (a search then runs on its own thread). */
    static Executor shared() {
        return SHARED;
    }

    /** {@code helpers} helper threads that take a part only when idle; the caller runs it otherwise. */
    static Executor create(int helpers) {
        AtomicInteger made = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(helpers, helpers, IDLE_SECONDS, TimeUnit.SECONDS,
                // no queue: a part is handed to a waiting helper or run by the caller, never left waiting
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "marsad-search-helper-" + made.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
