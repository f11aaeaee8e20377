package org.marsad.bench.e2e;

import org.marsad.bench.QuickSizes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.marsad.bench.Context;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;

/**
 * Load: 50 concurrent closed-loop clients on {@code /search} and {@code /api/articles} together for 60 s over
 * 100,000 articles (10 s over 5,000 with {@code --quick}) — the ingest part's archive when it ran and holds that
 * many, else one built here. Errors must
 * be 0; p50/p99 per route; heap used after a full GC before and after, to show the load leaves nothing behind.
 */
public final class LoadSection {
    private static final int CLIENTS = 50;

    private LoadSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("load", "Load: 50 clients on /search and /api/articles");
        // 100,000 articles in a full run (5,000 quick): the ingest part's archive when it holds that many.
        int articles = ctx.size(QuickSizes.CORPUS_ARTICLES);
        Path data = ctx.work().resolve("e2e").resolve("marsad-data");
        Figures af = s.figures().group("archive");
        if (Files.isDirectory(data) && count(data) >= articles) {
            af.put("origin", "ingest part");
        } else {
            Path cache = cacheRoot(ctx);
            String version = (String) ctx.report().run().get("version");
            long b0 = System.nanoTime();
            BenchArchive.Ready ready = BenchArchive.obtain(cache,
                    Corpus.synthesize(ctx.corpus().articles(), articles, 20180401L),
                    ctx.work().resolve("load").resolve("marsad-data"), version, LoadSection::progress);
            data = ready.data();
            af.put("origin", ready.reused() ? "cache" : "built now").put("cache", cache.toString())
                    .put("key", ready.key()).put("built_by", String.join(",", ready.builtBy()))
                    .put("built_at", ready.builtAt().toString()).put("build_s", ready.buildS())
                    .put("obtain_s", (System.nanoTime() - b0) / 1e9);
            s.note("Archive: " + articles + " articles synthesized from the " + ctx.corpus().origin() + " (seed "
                    + "20180401), saved through Archive.save in batches of " + BenchArchive.BATCH + " — the path of "
                    + "`marsad ingest` on a JSON Lines file: store with the raw JSON as source, figures, entities, "
                    + "near-duplicates, stories, index. " + (ready.reused()
                    ? "Reused from the cache (" + cache + "), built by " + String.join(", ", ready.builtBy())
                    + " in " + Math.round(ready.buildS()) + " s; this run opened a copy as `marsad serve` would open "
                    + "an older directory (migrations, index rebuilt when its analysis version changed)."
                    : "Built now in " + Math.round(ready.buildS()) + " s and kept in the cache (" + cache
                    + ") for later runs on the same input."));
        }
        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(QuickSizes.QUERIES), 11L);
        // Quick: two rounds of 10 s (the figures are errors, which must be 0, and p99; heap growth is compared
        // between the rounds) — 20 s rounds were 43 s of an idle machine's five-minute quick budget.
        Duration time = Duration.ofSeconds(ctx.size(QuickSizes.LOAD_S));
        long o0 = System.nanoTime();
        try (Archive archive = Archive.open(data, null);
             WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0))) {
            af.put("open_s", (System.nanoTime() - o0) / 1e9).put("open_rebuilt_index", archive.repair().rebuilt())
                    .put("open_reindexed", archive.repair().indexed());
            if (archive.repair().reason() != null) {
                af.put("open_rebuild_reason", archive.repair().reason());
            }
            String base = "http://127.0.0.1:" + server.port();
            List<URI> uris = new ArrayList<>();
            uris.addAll(HttpLoad.uris(base, "/search?q=", queries));
            uris.addAll(HttpLoad.uris(base, "/api/articles?q=", queries));
            java.util.Collections.shuffle(uris, new java.util.Random(5L));
            HttpLoad.run(uris, CLIENTS, Duration.ofSeconds(ctx.size(2, 10))); // warm-up
            long heapBefore = heapAfterGc();
            LoadAverage machine = LoadAverage.start();
            HttpLoad.Result r;
            try {
                r = HttpLoad.run(uris, CLIENTS, time);
            } finally {
                machine.stop();
            }
            long heapAfter = heapAfterGc();
            // A second round of the same length: caches fill during the first, so growth that goes on in the second
            // is what a leak would look like; one before/after pair cannot tell the two apart.
            HttpLoad.Result second = HttpLoad.run(uris, CLIENTS, time);
            long heapSecond = heapAfterGc();
            Figures f = s.figures();
            machine.put(f.group("machine_load"));
            for (var e : r.routes().entrySet()) {
                Figures g = f.group("route_" + e.getKey().replaceAll("[^a-z]+", "_").replaceAll("^_|_$", ""));
                g.put("path", e.getKey()).put("ok", e.getValue().ok()).put("errors", e.getValue().errors());
                if (e.getValue().latency() != null) {
                    g.put("latency", e.getValue().latency().toFigures());
                }
            }
            f.put("articles", archive.store().count()).put("clients", CLIENTS).put("seconds", r.seconds())
                    .put("requests", r.ok() + r.errors()).put("errors", r.errors())
                    .put("requests_per_s", r.requestsPerS()).put("latency", r.latency().toFigures())
                    .put("heap_after_full_gc_before_mb", heapBefore >> 20).put("heap_after_full_gc_after_mb",
                            heapAfter >> 20)
                    .put("second_round_requests", second.ok() + second.errors())
                    .put("second_round_errors", second.errors())
                    .put("second_round_p99_ms", second.latency().p99Ms())
                    .put("heap_after_full_gc_second_round_mb", heapSecond >> 20);
            ctx.report().headline(new Headline("load: errors under 50 clients (" + archive.store().count()
                    + " articles, both rounds)", "count", r.errors() + second.errors(), null, Double.NaN, false));
            ctx.report().headline(new Headline("load: p99 under 50 clients", "ms", r.latency().p99Ms(), null,
                    Double.NaN, false));
            s.note("In the bench JVM on loopback: " + CLIENTS + " closed-loop HTTP/1.1 clients cycling through "
                    + queries.size() + " headline-word queries on /search?q= and /api/articles?q= (mixed), for "
                    + time.toSeconds() + " s after a warm-up, then a second round as long. Heap: used heap after "
                    + "System.gc() before, after the first round and after the second (growth in the second round, "
                    + "once caches are full, would be a leak). The "
                    + "machine is shared: machine_load is its 1-minute load average sampled every second during the "
                    + "run, against " + Runtime.getRuntime().availableProcessors() + " cores.");
        }
    }

    private static long count(Path data) {
        try (Archive archive = Archive.open(data, null)) {
            return archive.store().count();
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return m.getHeapMemoryUsage().getUsed();
    }

    /** Where built archives are kept between runs: $MARSAD_BENCH_CACHE, else cache/ in the out directory. */
    static Path cacheRoot(Context ctx) {
        String env = System.getenv("MARSAD_BENCH_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : ctx.out().resolve("cache");
    }

    private static void progress(long stored) {
        if (stored % 10_000 == 0) {
            System.err.println("bench: load archive: " + stored + " articles stored");
        }
    }
}
