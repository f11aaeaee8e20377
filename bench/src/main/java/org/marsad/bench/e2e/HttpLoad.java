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

    /**
     * Outcome of one load run.
     *
     * @param latency of all successful responses (null when there was none)
     * @param routes  the same per route (the URI's path, e.g. "/search"), in the order first seen
     */
    public record Result(double requestsPerS, Percentiles.Latency latency, long ok, long errors, double seconds,
                         java.util.Map<String, Route> routes) {
    }

    /** One route's share of a load run: successful responses, errors, and the latency of the successful ones. */
    public record Route(long ok, long errors, Percentiles.Latency latency) {
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
        List<String> routeNames = new ArrayList<>();
        int[] routeOf = new int[uris.size()];
        for (int i = 0; i < uris.size(); i++) {
            String path = uris.get(i).getPath();
            int k = routeNames.indexOf(path);
            if (k < 0) {
                routeNames.add(path);
                k = routeNames.size() - 1;
            }
            routeOf[i] = k;
        }
        java.util.concurrent.atomic.AtomicLongArray routeErrors = new java.util.concurrent.atomic.AtomicLongArray(
                routeNames.size());
        List<Future<long[][]>> futures = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                long[] route = new long[1024];
                int n = 0;
                int sent = 0;
                while (System.nanoTime() < end || sent < minPerClient) {
                    sent++;
                    int at = (int) (next.getAndIncrement() % uris.size());
                    URI u = uris.get(at);
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(u)
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        long e = System.nanoTime() - s;
                        if (r.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                            routeErrors.incrementAndGet(routeOf[at]);
                            continue;
                        }
                        if (n == lat.length) {
                            lat = java.util.Arrays.copyOf(lat, n * 2);
                            route = java.util.Arrays.copyOf(route, n * 2);
                        }
                        route[n] = routeOf[at];
                        lat[n++] = e;
                    } catch (IOException ex) {
                        errors.incrementAndGet();
                        routeErrors.incrementAndGet(routeOf[at]);
                    }
                }
                return new long[][] {java.util.Arrays.copyOf(lat, n), java.util.Arrays.copyOf(route, n)};
            }));
        }
        List<Long> all = new ArrayList<>();
        List<List<Long>> perRoute = new ArrayList<>();
        for (int k = 0; k < routeNames.size(); k++) {
            perRoute.add(new ArrayList<>());
        }
        for (Future<long[][]> f : futures) {
            try {
                long[][] got = f.get();
                for (int i = 0; i < got[0].length; i++) {
                    all.add(got[0][i]);
                    perRoute.get((int) got[1][i]).add(got[0][i]);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet(); // a client that died is an error of no particular route
            }
        }
        pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        // The clients' threads end here, not during whatever runs next: a caller counting CPU by thread finds
        // them among the threads that ended during its load (theirs), never in the next one's.
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        long[] arr = all.stream().mapToLong(Long::longValue).toArray();
        Percentiles.Latency lat = arr.length == 0 ? null : Percentiles.latencyNanos(arr);
        java.util.Map<String, Route> routes = new java.util.LinkedHashMap<>();
        for (int k = 0; k < routeNames.size(); k++) {
            long[] r = perRoute.get(k).stream().mapToLong(Long::longValue).toArray();
            routes.put(routeNames.get(k), new Route(r.length, routeErrors.get(k),
                    r.length == 0 ? null : Percentiles.latencyNanos(r)));
        }
        return new Result(arr.length / secs, lat, arr.length, errors.get(), secs, routes);
    }
}
