package org.marsad.bench.e2e;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * all of them alike; each round records requests/s, latency and the CPU seconds the whole bench process spent per
 * request (server, clients and GC together — on a loaded machine CPU per request moves far less than wall clock).
 */
public final class HttpSection {
    private static final int CLIENTS = 16;
    private static final int ROUNDS = 2;

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
        f.put("articles", n).put("queries", queries.size()).put("clients", CLIENTS).put("rounds", ROUNDS)
                .put("round_s", round.toSeconds());

        try (LuceneBaseline lucene = new LuceneBaseline(dir.resolve("lucene-index"))) {
            f.group("lucene").put("index_s", lucene.index(articles));
            long o0 = System.nanoTime();
            try (Archive archive = Archive.open(ready.data(), null);
                 WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0))) {
                af.put("open_s", (System.nanoTime() - o0) / 1e9).put("stored", archive.store().count())
                        .put("open_rebuilt_index", archive.repair().rebuilt());
                String base = "http://127.0.0.1:" + server.port();
                List<URI> api = HttpLoad.uris(base, "/api/articles?q=", queries);
                List<URI> page = HttpLoad.uris(base, "/search?q=", queries);
                // Warm-up: the JIT, the page cache of both indexes, the server's thread pool.
                Duration warm = Duration.ofSeconds(ctx.size(5, 10));
                IngestSearchSection.concurrentLucene(lucene, queries, CLIENTS, warm);
                HttpLoad.run(api, CLIENTS, warm);
                HttpLoad.run(page, CLIENTS, warm);

                Tally luc = new Tally();
                Tally apiT = new Tally();
                Tally pageT = new Tally();
                LoadAverage machine = LoadAverage.start();
                try {
                    for (int r = 0; r < ROUNDS; r++) {
                        long c0 = IngestSearchSection.processCpuNanos();
                        long t0 = System.nanoTime();
                        double qps = IngestSearchSection.concurrentLucene(lucene, queries, CLIENTS, round);
                        double secs = (System.nanoTime() - t0) / 1e9;
                        luc.add(Math.round(qps * secs), secs, IngestSearchSection.processCpuNanos() - c0, null);
                        apiT.add(api, round);
                        pageT.add(page, round);
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
                    ctx.report().headline(new Headline(route[1] + " under " + CLIENTS + " clients (" + n
                            + " articles)", "requests/s", t.perS(), "Lucene search alone, same threads", luc.perS(),
                            true));
                    ctx.report().headline(new Headline(route[1] + " per CPU-second (" + n + " articles)",
                            "requests/CPU-s", t.perCpuS(), "Lucene search alone", luc.perCpuS(), true));
                    if (t.last != null) {
                        ctx.report().headline(new Headline(route[1] + " p99 under " + CLIENTS + " clients (" + n
                                + " articles, last round)", "ms", t.last.latency().p99Ms(), null, Double.NaN, false));
                    }
                }
            }
        }
        s.note("Archive: the load part's (" + n + " articles synthesized from the " + ctx.corpus().origin()
                + ", seed 20180401, saved through Archive.save; cache " + cache + ", opened from a copy: an index of "
                + "another analysis version is rebuilt on open, see archive.open_rebuilt_index). Lucene alone: stock "
                + "ArabicAnalyzer over the same articles, top 10 ids for the same words. Marsad: the web server on "
                + "loopback in the bench JVM, the first 20 hits with snippets as JSON (no facets unless asked) or the "
                + "rendered page (every facet and the coverage chart). "
                + CLIENTS + " closed-loop clients (threads for Lucene, HTTP/1.1 clients for Marsad); the three loads "
                + "take turns, " + ROUNDS + " rounds of " + round.toSeconds() + " s each after a warm-up. "
                + "requests_per_cpu_s: requests per CPU-second of the whole bench process during the rounds (the "
                + "HTTP clients' own work is inside Marsad's figure). machine_load: 1-minute load average.");
    }

    /** Requests, seconds and process CPU summed over the rounds of one load. */
    private static final class Tally {
        private long requests;
        private long errors;
        private double seconds;
        private long cpuNanos;
        private HttpLoad.Result last;

        void add(long done, double secs, long cpu, HttpLoad.Result r) {
            requests += done;
            seconds += secs;
            cpuNanos += cpu;
            if (r != null) {
                errors += r.errors();
                last = r;
            }
        }

        void add(List<URI> uris, Duration round) throws InterruptedException {
            long c0 = IngestSearchSection.processCpuNanos();
            HttpLoad.Result r = HttpLoad.run(uris, CLIENTS, round);
            add(r.ok(), r.seconds(), IngestSearchSection.processCpuNanos() - c0, r);
        }

        double perS() {
            return requests / seconds;
        }

        double perCpuS() {
            return requests / (cpuNanos / 1e9);
        }

        void put(Figures g) {
            g.put("requests", requests).put("errors", errors).put("seconds", seconds)
                    .put("requests_per_s", perS()).put("cpu_s", cpuNanos / 1e9)
                    .put("cpu_ms_per_request", cpuNanos / 1e6 / requests);
            if (last != null) {
                g.put("last_round_latency", last.latency().toFigures());
            }
        }
    }
}
