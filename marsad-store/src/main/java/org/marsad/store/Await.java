package org.marsad.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread of the store, which ends on its own whether or not anyone waits. */
final class Await {
    private Await() {
    }

    /**
     * The result of {@code f}, waited for even when this thread is interrupted (the flag is restored afterwards: the
     * work cannot be abandoned half done); the work's own failure is thrown as it was, a checked one wrapped.
     */
    static <T> T uninterruptibly(Future<T> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
