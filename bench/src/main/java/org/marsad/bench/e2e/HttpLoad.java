package org.marsad.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.bench.report.Percentiles;

/**
 * A closed-loop load on loopback: c clients each send one request, wait for the whole response, and send the next,
 * cycling through the queries, for a fixed time. Reports requests/s and the latency distribution of successful
 * responses; errors are counted, not timed.
 */
public final class HttpLoad {

    /** Outcome of one load run. */
    public record Result(double requestsPerS, Percentiles.Latency latency, long ok, long errors, double seconds) {
    }

    private HttpLoad() {
    }

    /** Waits until GET url answers 2xx or the timeout passes. */
    public static boolean awaitUp(String url, Duration timeout, Process server) throws InterruptedException {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (server != null && !server.isAlive()) {
                return false;
            }
            try {
                HttpResponse<Void> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** pathPrefix + URL-encoded query, e.g. "/api/articles?q=". */
    public static List<URI> uris(String base, String pathPrefix, List<String> queries) {
        List<URI> out = new ArrayList<>();
        for (String q : queries) {
            out.add(URI.create(base + pathPrefix + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        }
        return out;
    }

    public static Result run(List<URI> uris, int clients, Duration duration) throws InterruptedException {
        return run(uris, clients, duration, 1);
    }

    /**
     * As {@link #run(List, int, Duration)}, but each client also sends at least minPerClient requests, however long
     * that takes (a loaded machine must not leave a run with no samples).
     */
    public static Result run(List<URI> uris, int clients, Duration duration, int minPerClient)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                int sent = 0;
                while (System.nanoTime() < end || sent < minPerClient) {
                    sent++;
                    URI u = uris.get((int) (next.getAndIncrement() % uris.size()));
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(u)
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        long e = System.nanoTime() - s;
                        if (r.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == lat.length) {
                            lat = java.util.Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = e;
                    } catch (IOException ex) {
                        errors.incrementAndGet();
                    }
                }
                return java.util.Arrays.copyOf(lat, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            try {
                for (long v : f.get()) {
                    all.add(v);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] arr = all.stream().mapToLong(Long::longValue).toArray();
        Percentiles.Latency lat = arr.length == 0 ? null : Percentiles.latencyNanos(arr);
        return new Result(arr.length / secs, lat, arr.length, errors.get(), secs);
    }
}
