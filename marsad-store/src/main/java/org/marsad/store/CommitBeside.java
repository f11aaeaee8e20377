package org.marsad.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an index commit on a thread of its own while the saving thread goes on with the next batches of a bulk
 * ingest. The commit writes out every document buffered since the last one (seconds of CPU every 5,000 articles); on
 * the saving thread it held up the whole ingest meanwhile, while the enrichment worker soon ran out of work.
 *
 * <p>One commit at a time: {@link #start} and {@link #await} wait for the one running, and rethrow its failure on
 * the caller's thread. The commit's own work is unchanged: Lucene takes documents added during a commit into the
 * next one, and a commit that also holds a few documents after the store number it records is made good by the
 * catch-up of the next open, which puts those articles again (puts replace).
 */
final class CommitBeside implements AutoCloseable {
    private ExecutorService thread;
    private Future<?> running;

    /** Waits for the commit running, if any, then starts {@code commit} on the commit thread. */
    synchronized void start(Runnable commit) {
        await();
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "marsad-index-commit");
                // Never keeps a process alive: a commit cut short leaves the one before it, whole.
                t.setDaemon(true);
                return t;
            });
        }
        running = thread.submit(commit);
    }

    /** Waits for the commit running, if any; its failure is thrown here (and not again). */
    synchronized void await() {
        Future<?> f = running;
        if (f == null) {
            return;
        }
        running = null;
        // The commit goes on regardless of an interrupt: wait for it; its failure is thrown here.
        Await.uninterruptibly(f);
    }

    /** Waits for the commit running, then stops the thread. */
    @Override
    public synchronized void close() {
        try {
            await();
        } finally {
            if (thread != null) {
                thread.shutdown();
                thread = null;
            }
        }
    }
}
