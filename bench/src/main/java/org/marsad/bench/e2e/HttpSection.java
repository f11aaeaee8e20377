package org.marsad.bench.e2e;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.marsad.bench.Context;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;

/**
 * Search over HTTP at the size (issue 16): {@code /api/articles?q=} and {@code /search?q=} under 16
 * closed-loop clients over the load part's archive (100,000 articles; 5,000 with --quick), against Lucene alone
 * answering the same queries from 16 threads over the same articles. Runs only when named ({@code --only http}):
 * the archive comes from the load part's cache (built once, about an hour), and Lucene's baseline index is built
 * here (a minute or two).
 *
 * <p>The three loads take turns for {@code ROUNDS} rounds so that a neighbour's burst on the shared machine falls on
 * all of them alike; each round records requests/s, latency and the CPU seconds per request by kind of thread. The
 * headline per CPU-second counts both sides alike: every thread but the JIT compilers and, for Marsad, the load
 * generator's HTTP clients (on a loaded machine CPU per request moves far less than wall clock). The rounds start
 * once the JIT has mostly finished: before that, Marsad's larger code path pays compiler time that Lucene's has
 * already paid.
 */
public final class HttpSection {
    private static final int CLIENTS = 16;
    private static final int ROUNDS = 2;
    /** Set to 1 to add a round of queries never asked before after the measured rounds (never_asked). */
    static final String FRESH_ENV = "MARSAD_BENCH_HTTP_FRESH";
    /** Warm-up ends when the JIT compilers take at most this share of a warm-up cycle's CPU. */
    private static final double WARM_JIT_SHARE = 0.05;

    private HttpSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("http", "Search over HTTP: 16 clients, against Lucene alone");
        int n = ctx.size(5_000, 100_000);
        List<Article> articles = Corpus.synthesize(ctx.corpus().articles(), n, 20180401L);
        Path dir = ctx.work().resolve("http");
        Files.createDirectories(dir);
        Figures f = s.figures();
        Figures af = f.group("archive");
        Path cache = LoadSection.cacheRoot(ctx);
        long b0 = System.nanoTime();
        BenchArchive.Ready ready = BenchArchive.obtain(cache, articles, dir.resolve("marsad-data"),
                (String) ctx.report().run().get("version"), stored -> {
                    if (stored % 10_000 == 0) {
                        System.err.println("bench: http archive: " + stored + " articles stored");
                    }
                });
        af.put("origin", ready.reused() ? "cache" : "built now").put("cache", cache.toString())
                .put("key", ready.key()).put("built_by", String.join(",", ready.builtBy()))
                .put("obtain_s", (System.nanoTime() - b0) / 1e9);
        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(300, 1000), 7L);
        Duration round = Duration.ofSeconds(ctx.size(8, 20));
        boolean fresh = freshAsked(System.getenv(FRESH_ENV));
        f.put("articles", n).put("queries", queries.size()).put("clients", CLIENTS).put("rounds", ROUNDS)
                .put("round_s", round.toSeconds());

        try (LuceneBaseline lucene = new LuceneBaseline(dir.resolve("lucene-index"))) {
            f.group("lucene").put("index_s", lucene.index(articles));
            long o0 = System.nanoTime();
            try (Archive archive = Archive.open(ready.data(), null);
                 WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0))) {
                af.put("open_s", (System.nanoTime() - o0) / 1e9).put("stored", archive.store().count())
                        .put("open_rebuilt_index", archive.repair().rebuilt())
                        .put("segments", BenchArchive.indexSegments(ready.data()));
                String base = "http://127.0.0.1:" + server.port();
                List<URI> api = HttpLoad.uris(base, "/api/articles?q=", queries);
                List<URI> page = HttpLoad.uris(base, "/search?q=", queries);
                // Warm-up: the JIT, the page cache of both indexes, the server's thread pool.
                // The JIT keeps compiling Marsad's much larger code path for a minute or more under this load (2 ms
                // of compiler CPU per request after 10 s), and code not yet compiled costs the server threads 2-3
                // times its compiled cost: warm up in cycles until the compilers' share of a cycle's CPU is small.
                Duration warm = Duration.ofSeconds(ctx.size(5, 10));
                int cycles = 0;
                double jitShare;
                do {
                    Threads th = Threads.mark();
                    IngestSearchSection.concurrentLucene(lucene, queries, CLIENTS, warm);
                    HttpLoad.run(api, CLIENTS, warm);
                    HttpLoad.run(page, CLIENTS, warm);
                    Map<String, Double> cycle = th.since(true);
                    jitShare = cycle.getOrDefault("jit", 0.0) / Math.max(1e-9, cycle.get("process"));
                    cycles++;
                } while (jitShare > WARM_JIT_SHARE && cycles < ctx.size(12, 8));
                f.group("warm_up").put("cycles", cycles).put("cycle_s", 3 * warm.toSeconds())
                        .put("jit_share_last_cycle", jitShare);

                Tally luc = new Tally();
                Tally apiT = new Tally();
                Tally pageT = new Tally();
                LoadAverage machine = LoadAverage.start();
                try {
                    for (int r = 0; r < ROUNDS; r++) {
                        luc.add(lucene, queries, round);
                        apiT.add(api, round);
                        pageT.add(page, round);
                    }
                    if (fresh) {
                        // Shorter than a round: about 24,000 word pairs in all, and no route should run out of them.
                        freshRound(ctx, lucene, base, queries, Duration.ofSeconds(ctx.size(8, 10)),
                                f.group("never_asked"));
                    }
                } finally {
                    machine.stop();
                }
                machine.put(f.group("machine_load"));
                luc.put(f.group("lucene"));
                for (Object[] route : new Object[][] {{"api", "/api/articles?q=", apiT}, {"search_page", "/search?q=",
                        pageT}}) {
                    Tally t = (Tally) route[2];
                    Figures g = f.group((String) route[0]);
                    t.put(g);
                    g.ratio("requests_per_s", t.perS(), luc.perS());
                    g.ratio("requests_per_cpu_s", t.perCpuS(), luc.perCpuS());
                    g.ratio("requests_per_served_cpu_s", t.perServedCpuS(), luc.perServedCpuS());
                    ctx.report().headline(new Headline(route[1] + " under " + CLIENTS + " clients (" + n
                            + " articles)", "requests/s", t.perS(), "Lucene search alone, same threads", luc.perS(),
                            true));
                    // The whole-process figure keeps its headline name so reports compare across versions; the
                    // serving figure beside it counts both sides alike.
                    ctx.report().headline(new Headline(route[1] + " per CPU-second (" + n + " articles)",
                            "requests/CPU-s", t.perCpuS(), "Lucene search alone", luc.perCpuS(), true));
                    ctx.report().headline(new Headline(route[1] + " per CPU-second serving (" + n + " articles)",
                            "requests/CPU-s", t.perServedCpuS(), "Lucene search alone", luc.perServedCpuS(), true));
                    if (t.last != null) {
                        ctx.report().headline(new Headline(route[1] + " p99 under " + CLIENTS + " clients (" + n
                                + " articles, last round)", "ms", t.last.latency().p99Ms(), null, Double.NaN, false));
                    }
                }
            }
        }
        s.note("Archive: the load part's (" + n + " articles synthesized from the " + ctx.corpus().origin()
                + ", seed 20180401, saved through Archive.save; cache " + cache + ", opened from a copy: an index of "
                + "another analysis version is rebuilt on open, see archive.open_rebuilt_index; archive.segments: its "
                + "search index's segments, each set up apart by every query, unmerged as saved in batches, where "
                + "marsad ingest merges a bulk load into one). Lucene alone: stock "
                + "ArabicAnalyzer over the same articles, top 10 ids for the same words. Marsad: the web server on "
                + "loopback in the bench JVM, the first 20 hits with snippets as JSON (no facets unless asked) or the "
                + "rendered page (every facet and the coverage chart). "
                + CLIENTS + " closed-loop clients (threads for Lucene, HTTP/1.1 clients for Marsad); the three loads "
                + "take turns, " + ROUNDS + " rounds of " + round.toSeconds() + " s each after a warm-up. "
                + "Warm-up: cycles of the three loads until the JIT compilers' share of a cycle's CPU is at most "
                + WARM_JIT_SHARE + " (warm_up). requests_per_served_cpu_s (the headline): requests per CPU-second "
                + "spent serving them, counted alike on both sides: every thread of the bench process (the searching "
                + "or server threads, GC, the rest) except the JIT compilers and, for Marsad, the load generator's "
                + "HTTP client threads, which Lucene alone has no counterpart of; cpu_by_kind gives each part "
                + "(Lucene's search threads end with each round, so their CPU shows as 'ended'). requests_per_cpu_s: "
                + "per CPU-second of the whole process, as before. machine_load: 1-minute load average."
                + (fresh ? " never_asked (" + FRESH_ENV + "=1): one more turn of the three loads after the rounds, "
                + "on headline word pairs none of them asked, the API's and the page's disjoint (repeats: requests "
                + "beyond a route's list, asked again); Lucene alone asks both halves, again when it runs out." : ""));
    }

    /** Whether the environment's value asks for the round of queries never asked before: 1 or true; else not. */
    static boolean freshAsked(String value) {
        return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
    }

    /**
     * One more turn of the three loads, on queries none of the rounds before asked (the measured rounds cycle through
     * their list, so after the first round every query is a repeat, whose query objects, weights and term states the
     * server keeps). The API and the page get disjoint halves of every other headline word pair, so neither finds a
     * query the other asked; Lucene alone asks the API's half then the page's, from the start again when it runs out
     * (it keeps nothing per query: its repeats cost what a first ask does). Each route reports how many of its
     * requests were repeats all the same (its half ran out).
     */
    private static void freshRound(Context ctx, LuceneBaseline lucene, String base, List<String> asked,
                                   Duration round, Figures g) throws Exception {
        List<String> fresh = Queries.neverAsked(ctx.corpus().articles(), asked, 13L);
        List<String> apiQ = fresh.subList(0, fresh.size() / 2);
        List<String> pageQ = fresh.subList(fresh.size() / 2, fresh.size());
        Tally luc = new Tally();
        Tally apiT = new Tally();
        Tally pageT = new Tally();
        luc.add(lucene, fresh, round);
        apiT.add(HttpLoad.uris(base, "/api/articles?q=", apiQ), round);
        pageT.add(HttpLoad.uris(base, "/search?q=", pageQ), round);
        g.put("queries", fresh.size()).put("round_s", round.toSeconds());
        luc.put(g.group("lucene"));
        g.group("lucene").put("repeats", Math.max(0, luc.requests - fresh.size()));
        for (Object[] route : new Object[][] {{"api", apiT, apiQ.size()}, {"search_page", pageT, pageQ.size()}}) {
            Tally t = (Tally) route[1];
            Figures r = g.group((String) route[0]);
            t.put(r);
            r.put("queries", route[2]).put("repeats", Math.max(0, t.requests + t.errors - (int) route[2]));
            r.ratio("requests_per_s", t.perS(), luc.perS());
            r.ratio("requests_per_served_cpu_s", t.perServedCpuS(), luc.perServedCpuS());
        }
    }

    /**
     * The bench process's CPU by kind of thread from one mark on ({@link ThreadCpu}: each thread against its own
     * reading at the mark), and what threads that ended meanwhile spent (the process's total beyond the live threads').
     */
    private record Threads(Map<String, ThreadCpu.Sample> threads, long processNanos) {
        static Threads mark() throws java.io.IOException {
            return new Threads(ThreadCpu.read(), IngestSearchSection.processCpuNanos());
        }

        /** Seconds by kind since the mark, with "ended" and "process" (the total); clients: the load was HTTP. */
        Map<String, Double> since(boolean clients) throws java.io.IOException {
            Map<String, ThreadCpu.Sample> now = ThreadCpu.read();
            double process = (IngestSearchSection.processCpuNanos() - processNanos) / 1e9;
            Map<String, Double> out = ThreadCpu.since(threads, now, process);
            out.put("process", process);
            // Serving: all but the compilers and, for an HTTP load, its clients: their HttpClient's threads (live)
            // and the load's pool, which HttpLoad lets end before it returns (ended).
            double load = clients ? out.getOrDefault("client", 0.0) + out.get("ended") : 0;
            out.put("served", process - out.getOrDefault("jit", 0.0) - load);
            return out;
        }
    }

    /** Requests, seconds and process CPU summed over the rounds of one load. */
    private static final class Tally {
        private long requests;
        private long errors;
        private double seconds;
        private long cpuNanos;
        private final Map<String, Double> byKind = new java.util.TreeMap<>();
        private HttpLoad.Result last;

        void add(long done, double secs, Map<String, Double> cpu, HttpLoad.Result r) {
            requests += done;
            seconds += secs;
            cpuNanos += Math.round(cpu.get("process") * 1e9);
            cpu.forEach((k, v) -> byKind.merge(k, v, Double::sum));
            if (r != null) {
                errors += r.errors();
                last = r;
            }
        }

        /** One round of Lucene alone asking these queries from as many threads as there are clients. */
        void add(LuceneBaseline lucene, List<String> queries, Duration round) throws Exception {
            Threads th = Threads.mark();
            long t0 = System.nanoTime();
            double qps = IngestSearchSection.concurrentLucene(lucene, queries, CLIENTS, round);
            double secs = (System.nanoTime() - t0) / 1e9;
            add(Math.round(qps * secs), secs, th.since(false), null);
        }

        void add(List<URI> uris, Duration round) throws Exception {
            Threads th = Threads.mark();
            HttpLoad.Result r = HttpLoad.run(uris, CLIENTS, round);
            add(r.ok(), r.seconds(), th.since(true), r);
        }

        double perS() {
            return requests / seconds;
        }

        double perCpuS() {
            return requests / (cpuNanos / 1e9);
        }

        double perServedCpuS() {
            return requests / byKind.getOrDefault("served", Double.NaN);
        }

        void put(Figures g) {
            g.put("requests", requests).put("errors", errors).put("seconds", seconds)
                    .put("requests_per_s", perS()).put("cpu_s", cpuNanos / 1e9)
                    .put("cpu_ms_per_request", cpuNanos / 1e6 / requests)
                    .put("served_cpu_ms_per_request", byKind.getOrDefault("served", Double.NaN) * 1e3 / requests);
            Figures k = g.group("cpu_ms_per_request_by_kind");
            byKind.forEach((kind, secs) -> k.put(kind, secs * 1e3 / requests));
            if (last != null) {
                g.put("last_round_latency", last.latency().toFigures());
            }
        }
    }
}
