package org.marsad.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.marsad.bench.report.Percentiles;

/**
 * A closed-loop load of in-process calls, as {@link HttpLoad} is for HTTP: c clients each make one call with the
 * next query, wait for it, and make the next, for a fixed time. A call that throws is an error, not timed.
 */
final class CallLoad {

    /** Outcome: calls per second, latency of the successful calls (null when none), counts, wall seconds. */
    record Result(double callsPerS, Percentiles.Latency latency, long ok, long errors, double seconds,
                  String firstError, long[] nanos) {
    }

    private CallLoad() {
    }

    static Result run(List<String> queries, int clients, Duration duration, Consumer<String> call)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                // At least one call per client: a loaded machine must not leave a run with no samples.
                do {
                    String q = queries.get((int) (next.getAndIncrement() % queries.size()));
                    long s = System.nanoTime();
                    try {
                        call.accept(q);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                        continue;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - s;
                } while (System.nanoTime() < end);
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            try {
                parts.add(f.get());
            } catch (ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(all.length / secs, all.length == 0 ? null : Percentiles.latencyNanos(all), all.length,
                errors.get(), secs, firstError.get(), all);
    }
}
