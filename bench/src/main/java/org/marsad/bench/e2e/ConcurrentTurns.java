package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link WebAB}'s builds asked by many clients at once: in each turn one build (or Lucene alone) answers every query
 * of the list from N threads, each taking the next query when it is done (closed loop, as the http part's clients),
 * then the next build; the order of the builds alternates from round to round. A turn's cost is the CPU all Java
 * threads spent in it (the server's threads, the clients', anything else the build does meanwhile), per request,
 * and its rate the requests it answered over its wall time. Under 16 clients the server's pool and the 2 cores are
 * contended as in the http part, which one client at a time does not show.
 */
final class ConcurrentTurns {
    private static final String[] ROUTES = {"/api/articles?q=", "/search?q="};
    private static final String[] ROUTE_NAMES = {"api", "page"};

    private ConcurrentTurns() {
    }

    /** One warm-up pass per build and route from all clients, then the rounds, each printed as it ends. */
    static void measure(List<String> queries, LuceneBaseline lucene, List<WebAB.Server> sides, int rounds,
                        int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int pass = 0; pass < 3; pass++) {
                turn(pool, clients, queries, q -> lucene.search(q, 10));
                for (WebAB.Server s : sides) {
                    for (String route : ROUTES) {
                        turn(pool, clients, queries, q -> s.get(route, q));
                    }
                }
            }
            for (int r = 0; r < rounds; r++) {
                System.out.println(round(r, pool, clients, queries, lucene, sides));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String round(int r, ExecutorService pool, int clients, List<String> queries,
                                LuceneBaseline lucene, List<WebAB.Server> sides) throws Exception {
        double n = queries.size();
        double[] base = turn(pool, clients, queries, q -> lucene.search(q, 10));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "web-ab: round %d, %d clients, load %s, lucene %.3f ms %.0f/s", r + 1, clients,
                SideBySide.loadAverage(), base[0] / 1e6 / n, n / base[1]));
        double[][] cpu = new double[ROUTES.length][sides.size()];
        List<Integer> order = SideBySide.turn(sides.size(), 0, r);
        for (int route = 0; route < ROUTES.length; route++) {
            String path = ROUTES[route];
            for (int i : order) {
                WebAB.Server s = sides.get(i);
                double[] spent = turn(pool, clients, queries, q -> s.get(path, q));
                cpu[route][i] = spent[0];
                line.append(String.format(Locale.ROOT,
                        "; %s %s %.3f ms (%.3fx lucene, clients %.3f ms) %.0f/s (%.3fx lucene)", s.name,
                        ROUTE_NAMES[route], spent[0] / 1e6 / n, base[0] / spent[0], spent[2] / 1e6 / n, n / spent[1],
                        base[1] / spent[1]));
            }
            for (int i = 1; i < sides.size(); i++) {
                line.append(String.format(Locale.ROOT, "; %s/%s %s CPU %.3f", sides.get(i).name, sides.get(0).name,
                        ROUTE_NAMES[route], cpu[route][i] / cpu[route][0]));
            }
        }
        return line.toString();
    }

    /** One request of a turn. */
    interface Ask {
        Object ask(String q) throws Exception;
    }

    /**
     * Every query asked once from {@code clients} threads; returns {CPU ns of all Java threads, wall seconds, CPU ns
     * of the client threads alone} (the blocking JDK URL connection: sending, reading, the kept-alive socket).
     */
    private static double[] turn(ExecutorService pool, int clients, List<String> queries, Ask ask) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong clientCpu = new java.util.concurrent.atomic.AtomicLong();
        List<Future<?>> running = new ArrayList<>(clients);
        long cpu0 = WebAB.allThreadsCpu(mx);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                long own = mx.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    ask.ask(queries.get(i));
                }
                clientCpu.addAndGet(mx.getCurrentThreadCpuTime() - own);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        return new double[] {WebAB.allThreadsCpu(mx) - cpu0, wall, clientCpu.get()};
    }
}
