package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a pure per-item function (entity tagging of an article, say) over a list on worker threads, a chunk at a
 * time, so that the saving thread can do other enrichment meanwhile; when it asks for the results it runs itself
 * whatever chunk no worker has started yet. Results keep the order of the items, and since the function is pure
 * they are exactly what a loop on the caller would give — only the wall time changes.
 *
 * <p>With no workers (one core) everything runs on the caller at {@link Pending#join}.
 */
public final class PureWork implements AutoCloseable {
    /** Items per chunk at most: small enough that the caller and the workers share the tail of a batch. */
    private static final int MAX_CHUNK = 32;

    private final ExecutorService pool;
    private final int workers;

    private PureWork(int workers) {
        this.workers = workers;
        if (workers == 0) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "marsad-enrich-" + n.incrementAndGet());
                // Never keeps a process alive: the work is only ever waited for by a caller.
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** {@code workers} threads beside the caller (0: the caller does everything). */
    public static PureWork withWorkers(int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must be 0 or more: " + workers);
        }
        return new PureWork(workers);
    }

    /** One worker per core beyond the caller's, at most 3. */
    public static PureWork forThisMachine() {
        return withWorkers(workersForThisMachine());
    }

    /** How many workers {@link #forThisMachine} starts (for reports). */
    public static int workersForThisMachine() {
        return Math.min(3, Math.max(0, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Whether work started here can run beside the caller (false: it runs on the joiner alone). */
    public boolean hasWorkers() {
        return workers > 0;
    }

    /** Starts applying {@code f} to every item; {@link Pending#join} returns the results in item order. */
    public <T, R> Pending<R> start(List<T> items, Function<? super T, ? extends R> f) {
        int size = items.size();
        int chunk = Math.max(1, Math.min(MAX_CHUNK, (size + 2 * (workers + 1) - 1) / (2 * (workers + 1))));
        List<FutureTask<List<R>>> tasks = new ArrayList<>();
        for (int from = 0; from < size; from += chunk) {
            List<T> part = items.subList(from, Math.min(size, from + chunk));
            FutureTask<List<R>> task = new FutureTask<>(() -> {
                List<R> out = new ArrayList<>(part.size());
                for (T item : part) {
                    out.add(f.apply(item));
                }
                return out;
            });
            tasks.add(task);
            if (pool != null) {
                try {
                    pool.execute(task);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    // Closed: the joiner runs it.
                }
            }
        }
        return new Pending<>(tasks, size);
    }

    /** Work started by {@link #start}. */
    public static final class Pending<R> {
        private final List<FutureTask<List<R>>> tasks;
        private final int size;

        private Pending(List<FutureTask<List<R>>> tasks, int size) {
            this.tasks = tasks;
            this.size = size;
        }

        /**
         * The results in item order, running on this thread every chunk not started yet; a failure of the function
         * is thrown here as it was thrown there.
         */
        public List<R> join() {
            List<R> out = new ArrayList<>(size);
            for (FutureTask<List<R>> task : tasks) {
                task.run(); // does nothing when a worker has it already (or has done it)
            }
            for (FutureTask<List<R>> task : tasks) {
                out.addAll(result(task));
            }
            return out;
        }

        private static <R> List<R> result(FutureTask<List<R>> task) {
            // The chunk is running on a worker and ends on its own: wait for it, even if interrupted.
            try {
                return Await.uninterruptibly(task);
            } catch (CancellationException e) {
                throw new IllegalStateException("enrichment work was cancelled", e);
            }
        }
    }

    /** Stops the workers (work already handed out still finishes; chunks not started run on their joiner). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
