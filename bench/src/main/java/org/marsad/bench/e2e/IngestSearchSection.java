package org.marsad.bench.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.bench.Context;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Percentiles;
import org.marsad.bench.report.Section;
import org.marsad.model.Article;

/**
 * End to end: ingest throughput of the real {@code marsad ingest} against Lucene indexing the same articles alone;
 * search latency over the bench corpus against Lucene alone; and, once {@code marsad serve} exists, requests/s and
 * p50/p99 of the JSON API and the search page under concurrent load on loopback.
 */
public final class IngestSearchSection {
    private IngestSearchSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("ingest_search", "Ingest and search (end to end)");
        Path dir = ctx.work().resolve("e2e");
        Files.createDirectories(dir);
        int n = ctx.size(10_000, 100_000);
        List<Article> articles = Corpus.synthesize(ctx.corpus().articles(), n, 20180401L);
        Path jsonl = dir.resolve("corpus.jsonl");
        Corpus.writeJsonl(articles, jsonl);
        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(300, 1000), 7L);
        Figures f = s.figures();
        f.put("articles", n).put("queries", queries.size());
        s.note("Corpus: " + n + " articles replicated from the " + ctx.corpus().origin() + " with varied dates "
                + "(2016–2025), sources and URLs; queries: " + queries.size() + " pairs of adjacent headline words.");

        // Baseline first: Lucene alone, on the same articles and the same words.
        Figures lf = f.group("lucene");
        double luceneP50;
        double luceneP99;
        double luceneQps;
        int clients = ctx.size(4, 16);
        Duration loadTime = Duration.ofSeconds(ctx.size(5, 30));
        try (LuceneBaseline lucene = new LuceneBaseline(dir.resolve("lucene-index"))) {
            double secs = lucene.index(articles);
            lf.put("index_s", secs).put("articles_per_s", n / secs);
            for (int i = 0; i < Math.min(100, queries.size()); i++) {
                lucene.search(queries.get(i), 10); // warm the JIT and the page cache
            }
            long[] lat = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                lucene.search(queries.get(i), 10);
                lat[i] = System.nanoTime() - t0;
            }
            Percentiles.Latency l = Percentiles.latencyNanos(lat);
            lf.put("search", l.toFigures());
            luceneP50 = l.p50Ms();
            luceneP99 = l.p99Ms();
            luceneQps = concurrentLucene(lucene, queries, clients, loadTime);
            lf.put("concurrent_clients", clients).put("concurrent_queries_per_s", luceneQps);
        }
        double luceneAps = n / ((Number) lf.get("index_s")).doubleValue();

        MarsadProcess marsad = new MarsadProcess(ctx.root().resolve("marsad-cli/target/marsad.jar"),
                dir.resolve("logs"));
        if (!marsad.available()) {
            s.note("Marsad side skipped: " + marsad.jar() + " is missing (bench/run builds it).");
            return;
        }
        // Is ingest implemented in this build? Try it on two articles before spending minutes on the corpus.
        Path probe = dir.resolve("probe.jsonl");
        Corpus.writeJsonl(Corpus.bundled().articles(), probe);
        MarsadProcess.Outcome tried = marsad.run("ingest-probe", 120, "ingest", "--data",
                dir.resolve("probe-data").toString(), probe.toString());
        if (tried.exitCode() != 0) {
            s.note("Marsad ingest and search skipped: `marsad ingest` failed on two articles (" + tried.lastLine()
                    + "); Lucene baseline figures only.");
            return;
        }
        MarsadProcess.Outcome startup = marsad.run("version", 60, "--version");
        Path data = dir.resolve("marsad-data");
        MarsadProcess.Outcome ingest = marsad.run("ingest", ctx.size(600, 1500), "ingest", "--data", data.toString(),
                jsonl.toString());
        Figures mf = f.group("marsad");
        if (ingest.exitCode() != 0) {
            s.note("`marsad ingest` of the corpus failed (" + ingest.lastLine() + ")");
            return;
        }
        double ingestSecs = Math.max(0.001, ingest.seconds() - startup.seconds());
        double aps = n / ingestSecs;
        mf.put("ingest_wall_s", ingest.seconds()).put("jvm_startup_s", startup.seconds()).put("articles_per_s", aps);
        f.ratio("articles_per_s", aps, luceneAps);
        ctx.report().headline(new Headline("ingest throughput", "articles/s", aps, "Lucene indexing alone",
                luceneAps, true));
        s.note("Ingest: `marsad ingest --data DIR corpus.jsonl` as a separate process (store, analysis, index), its "
                + "JVM start-up (`marsad --version`) subtracted; Lucene alone: ArabicAnalyzer, same title and body, "
                + "one commit. Ingest summary: " + ingest.lastLine());

        serveAndLoad(ctx, s, marsad, data, n, queries, clients, loadTime, luceneP50, luceneP99, luceneQps);
    }

    private static void serveAndLoad(Context ctx, Section s, MarsadProcess marsad, Path data, int articles,
                                     List<String> queries,
                                     int clients, Duration loadTime, double luceneP50, double luceneP99,
                                     double luceneQps) throws Exception {
        int port;
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = ss.getLocalPort();
        }
        Process server = marsad.start("serve", "serve", "--data", data.toString(), "--port", Integer.toString(port));
        try {
            String base = "http://127.0.0.1:" + port;
            if (!HttpLoad.awaitUp(base + "/api/articles?q=", Duration.ofSeconds(120), server)) {
                s.note("Web load skipped: `marsad serve --port " + port + "` did not answer /api/articles (see "
                        + "work/e2e/logs/serve.log).");
                return;
            }
            Figures wf = s.figures().group("web");
            List<URI> api = HttpLoad.uris(base, "/api/articles?q=", queries);
            // Warm-up, then one client at a time: the latency a single user sees, next to Lucene alone.
            HttpLoad.run(api, 1, Duration.ofSeconds(ctx.size(2, 10)));
            HttpLoad.Result single = HttpLoad.run(api, 1, Duration.ofSeconds(ctx.size(5, 30)));
            if (single.latency() != null) {
                Figures sf = wf.group("api_single_client");
                sf.put("requests_per_s", single.requestsPerS()).put("errors", single.errors());
                sf.put("latency", single.latency().toFigures());
                sf.ratio("p50_ms", single.latency().p50Ms(), luceneP50);
                sf.ratio("p99_ms", single.latency().p99Ms(), luceneP99);
                ctx.report().headline(new Headline("search latency p50, /api/articles?q= (" + articles + " articles)", "ms",
                        single.latency().p50Ms(), "Lucene search alone", luceneP50, false));
                ctx.report().headline(new Headline("search latency p99, /api/articles?q= (" + articles + " articles)", "ms",
                        single.latency().p99Ms(), "Lucene search alone", luceneP99, false));
            }
            for (String[] path : new String[][] {{"api", "/api/articles?q="}, {"search_page", "/search?q="}}) {
                HttpLoad.Result r = HttpLoad.run(HttpLoad.uris(base, path[1], queries), clients, loadTime);
                Figures g = wf.group(path[0] + "_concurrent");
                g.put("clients", clients).put("requests_per_s", r.requestsPerS()).put("errors", r.errors());
                if (r.latency() != null) {
                    g.put("latency", r.latency().toFigures());
                }
                g.ratio("requests_per_s", r.requestsPerS(), luceneQps);
                ctx.report().headline(new Headline(path[1] + " under " + clients + " clients", "requests/s",
                        r.requestsPerS(), "Lucene search alone, same clients", luceneQps, true));
            }
            s.note("Web: `marsad serve` on loopback; closed-loop HTTP/1.1 clients cycling through the queries; "
                    + "the search-page and API figures include rendering and JSON; the baseline is Lucene alone "
                    + "answering the same queries from as many threads in-process.");
        } finally {
            MarsadProcess.stop(server);
        }
    }

    /** Queries/s of Lucene alone with the given number of threads searching concurrently. */
    private static double concurrentLucene(LuceneBaseline lucene, List<String> queries, int clients,
                                           Duration duration) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            fs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        lucene.search(queries.get((int) (next.getAndIncrement() % queries.size())), 10);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> fu : fs) {
            fu.get();
        }
        pool.shutdownNow();
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }
}
