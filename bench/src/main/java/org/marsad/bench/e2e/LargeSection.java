package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.management.ObjectName;
import org.marsad.bench.Context;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Percentiles;
import org.marsad.bench.report.Section;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;
import org.marsad.web.WebServer;

/**
 * The large archive (issue 16): ingest {@code --size} articles (1,000,000 in a full run) synthesized from the corpus
 * through {@link Archive#save} — the path of {@code marsad ingest} on a JSON Lines file — then close it and open it
 * as {@code marsad serve} does (store, index, story state, entity resolver), then search it in-process (one client)
 * and over HTTP (16 clients). Every stage has a time budget: a stage that exceeds it stops, and the report says what
 * it reached (the ingest stops between batches and the later stages run on what was stored).
 *
 * <p>{@code $MARSAD_BENCH_LARGE_DATA} names an existing data directory to open instead of ingesting (it is changed:
 * migrations, index, state file — give a copy); {@code $MARSAD_BENCH_LARGE_INGEST_S} overrides the ingest budget.
 */
public final class LargeSection {
    /** Articles per {@link Archive#save} call, as the load part's archive. */
    private static final int BATCH = BenchArchive.BATCH;
    private static final int CLIENTS = 16;

    private LargeSection() {
    }

    public static void run(Context ctx) throws Exception {
        int size = ctx.sizeOr(2_000, 1_000_000);
        Section s = ctx.report().section("large", "Large archive: " + size + " articles — ingest, open, search");
        Figures f = s.figures();
        f.put("size_asked", size);
        LoadAverage machine = LoadAverage.start();
        long ingestBudget = budgetS("MARSAD_BENCH_LARGE_INGEST_S", ctx.quick() ? 240 : 55 * 60);
        long searchBudget = budgetS("MARSAD_BENCH_LARGE_SEARCH_S", ctx.quick() ? 60 : 5 * 60);
        f.group("budgets_s").put("ingest", ingestBudget).put("search", searchBudget);
        s.note(NOTE);
        try {
            Path data;
            String given = System.getenv("MARSAD_BENCH_LARGE_DATA");
            if (given != null && !given.isBlank()) {
                data = Path.of(given);
                f.group("ingest").put("origin", "given: " + data);
            } else {
                data = ctx.work().resolve("large").resolve("marsad-data");
                try {
                    ingest(ctx, size, data, ingestBudget, f.group("ingest"));
                } catch (RuntimeException | OutOfMemoryError e) {
                    // What was committed before the failure is still opened and searched below.
                    f.group("ingest").put("failed", String.valueOf(e));
                    System.err.println("bench: large: ingest failed: " + e + "; opening what was stored");
                }
                machine.put(f.group("machine"));
                ctx.checkpoint();
            }
            // One open serves the open figures and the searches: at a million articles every open costs minutes of
            // a shared machine.
            try (Archive archive = open(data, f.group("open"), ctx)) {
                machine.put(f.group("machine"));
                ctx.checkpoint();
                long articles = archive.store().count();
                search(ctx, archive, articles, searchBudget, f);
            }
        } finally {
            machine.stop();
            machine.put(f.group("machine"));
        }
    }

    private static final String NOTE = "Archive: articles synthesized from the ANT corpus (or the bundled sample; seed "
            + "20180401, as the load part: varied dates over ten years, sources and URLs over the same texts, so most "
            + "are near-duplicates of earlier ones), saved in batches of " + BATCH + " through Archive.save with full "
            + "enrichment; the ingest stops between batches when its budget is spent (ingest.stopped_by_budget) and "
            + "the later stages run on what was stored; then the index is merged into one part as `marsad ingest` "
            + "does after a bulk load (ingest.compacted, compact_s, compact_cpu_s). open: the archive closed and opened again as `marsad serve` "
            + "opens it (Archive.open, then the story state and the entity resolver); heap = used heap after a full GC "
            + "with it open minus before, per stored article (and by step: after each step's full GC); open_s and "
            + "cpu_s leave those collections out; cpu_s = the process's CPU time (every thread). search: "
            + "Archive.search in-process, top 10 with snippets and facets, one client, stopped when its budget is "
            + "spent; http: " + CLIENTS + " closed-loop clients on /api/articles?q= and /search?q= (mixed) in the "
            + "bench JVM. machine: 1-minute load average during the part. The report is written after every stage.";

    // ---------------------------------------------------------------- stages

    private static void ingest(Context ctx, int size, Path data, long budgetS, Figures g) throws Exception {
        Corpus.Synthesizer synth = new Corpus.Synthesizer(ctx.corpus().articles(), 20180401L);
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        long deadline = t0 + budgetS * 1_000_000_000L;
        boolean stopped = false;
        // Seconds since the start at every 10,000th article: the recent rate tells how far the budget would go.
        List<Double> marks = new ArrayList<>();
        // The process's CPU and collection time at the last mark: whether the ingest slows with size by its own
        // cost (CPU per article rising) or by the neighbours' load (wall rising, CPU flat) shows in each line.
        long markCpu = cpu0;
        long markGc = gcMillis();
        long markWall = t0;
        Archive archive = Archive.open(data, null);
        StagedSaves saves = new StagedSaves(archive);
        boolean closed = false;
        try {
            while (synth.made() < size) {
                if (System.nanoTime() > deadline) {
                    stopped = true;
                    break;
                }
                int n = Math.min(BATCH, size - synth.made());
                List<ArticleStore.Incoming> in = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    var a = synth.next();
                    in.add(new ArticleStore.Incoming(a, RawSource.text(RawSource.KIND_JSON, "bench:large",
                            ArticleJson.toLine(a))));
                }
                saves.save(in);
                if (synth.made() % 10_000 == 0) {
                    long now = System.nanoTime();
                    long cpuNow = cpu();
                    long gcNow = gcMillis();
                    marks.add((now - t0) / 1e9);
                    System.err.printf("bench: large: %d articles stored, %.0f s; last 10,000: %.1f s wall, "
                            + "%.2f ms CPU per article, GC %.1f s; load %.1f%n", synth.made(), (now - t0) / 1e9,
                            (now - markWall) / 1e9, (cpuNow - markCpu) / 1e6 / 10_000, (gcNow - markGc) / 1e3,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    markWall = now;
                    markCpu = cpuNow;
                    markGc = gcNow;
                    if (synth.made() % 100_000 == 0) {
                        // A run killed mid-ingest still leaves how far it got in the report.
                        g.put("so_far_articles", synth.made()).put("so_far_s", (System.nanoTime() - t0) / 1e9)
                                .put("so_far_cpu_s", (cpu() - cpu0) / 1e9);
                        ctx.checkpoint();
                    }
                }
            }
            saves.finish();
            double saving = (System.nanoTime() - t0) / 1e9;
            long c0 = System.nanoTime();
            archive.commit();
            g.put("commit_s", (System.nanoTime() - c0) / 1e9);
            g.put("articles", archive.store().count());
            // As `marsad ingest` ends a bulk load: the index merged into one part. Without it the searches below
            // measured the 48 parts the merge policy left at a million articles, each searched apart, which no
            // user of `marsad ingest` has (about twice the CPU per search: bench/README, branch search22).
            long m0 = System.nanoTime();
            long mCpu = cpu();
            boolean merged = archive.compactAfterLoad(synth.made(), () -> System.err.println(
                    "bench: large: merging the index into one part, as marsad ingest does after a bulk load"));
            g.put("compacted", merged).put("compact_s", (System.nanoTime() - m0) / 1e9)
                    .put("compact_cpu_s", (cpu() - mCpu) / 1e9);
            if (marks.size() >= 2) {
                // The rate over the last quarter of the 10,000-article marks (at least the last 10,000): the cost per
                // article grows with the archive, so the overall mean would promise too much for the rest.
                int from = Math.max(0, Math.min(marks.size() - 2, marks.size() * 3 / 4 - 1));
                double recent = 10_000.0 * (marks.size() - 1 - from) / (marks.get(marks.size() - 1) - marks.get(from));
                g.put("recent_articles_per_s", recent)
                        .put("recent_from_article", 10_000L * (from + 1));
                if (stopped) {
                    g.put("projected_ingest_s_for_size", saving + (size - synth.made()) / recent);
                }
            }
            // Closing writes the story state file (about 0.75 GB at a million articles): its own figure.
            long k0 = System.nanoTime();
            closed = true;
            archive.close();
            g.put("close_s", (System.nanoTime() - k0) / 1e9);
        } finally {
            if (!closed) {
                archive.close();
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpu() - cpu0) / 1e9;
        g.put("origin", "built now").put("budget_s", budgetS).put("stopped_by_budget", stopped)
                .put("offered", synth.made()).put("seconds", wall).put("articles_per_s", synth.made() / wall)
                .put("cpu_s", cpu).put("cpu_ms_per_article", cpu * 1000 / Math.max(1, synth.made()));
        g.put("store_bytes", sizeOf(data.resolve("marsad.db"))).put("index_bytes", sizeOf(data.resolve("index")));
        if (stopped) {
            System.err.println("bench: large: ingest stopped by its budget at " + synth.made() + " articles");
        }
    }

    // Opens the archive as serve does and measures it; the caller closes it. The heap is measured after each step
    // (a full GC each time); the time and CPU those collections take are left out of the open's figures.
    private static Archive open(Path data, Figures g, Context ctx) throws Exception {
        long heap0 = heapAfterGc();
        Pauses pauses = new Pauses();
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        long th0 = threadCpu();
        Archive archive = Archive.open(data, null);
        try {
            double archiveS = (System.nanoTime() - t0) / 1e9;
            long th1 = threadCpu();
            long heap1 = pauses.heapAfterGc();
            long t1 = System.nanoTime();
            long th1b = threadCpu();
            var stories = archive.storyIndexer();
            double storiesS = (System.nanoTime() - t1) / 1e9;
            long th2 = threadCpu();
            long heap2 = pauses.heapAfterGc();
            long t2 = System.nanoTime();
            long th2b = threadCpu();
            var entities = archive.entityIndexer();
            double entitiesS = (System.nanoTime() - t2) / 1e9;
            long th3 = threadCpu();
            // CPU of the opening thread per step: on a shared machine wall time is mostly waiting for a core.
            g.put("archive_open_thread_cpu_s", (th1 - th0) / 1e9).put("story_state_thread_cpu_s", (th2 - th1b) / 1e9)
                    .put("entity_resolver_thread_cpu_s", (th3 - th2b) / 1e9);
            double wall = (System.nanoTime() - t0 - pauses.wall) / 1e9;
            double cpu = (cpu() - cpu0 - pauses.cpu) / 1e9;
            long articles = archive.store().count();
            long heap3 = heapAfterGc();
            long heap = heap3 - heap0;
            if (articles > 0) {
                g.group("heap_bytes_per_article_by_step").put("archive", (heap1 - heap0) / articles)
                        .put("story_state", (heap2 - heap1) / articles).put("entity_resolver", (heap3 - heap2) / articles);
            }
            g.put("articles", articles).put("open_s", wall).put("cpu_s", cpu).put("archive_open_s", archiveS)
                    .put("story_state_s", storiesS).put("entity_resolver_s", entitiesS)
                    .put("story_state_from", stories.loadedFrom())
                    .put("entity_resolver_from", entities.loadedFrom()).put("index_rebuilt", archive.repair().rebuilt())
                    .put("heap_mb", heap / 1e6).put("heap_bytes_per_article", articles == 0 ? 0 : heap / articles)
                    .put("story_state_estimate_bytes_per_article",
                            articles == 0 ? 0 : stories.enricher().memoryBytes() / articles)
                    .put("story_state_mapped_bytes_per_article",
                            articles == 0 ? 0 : stories.enricher().mappedBytes() / articles);
            if (archive.repair().reason() != null) {
                g.put("index_rebuild_reason", archive.repair().reason());
            }
            Path histogram = ctx.work().resolve("large").resolve("heap-histogram.txt");
            Files.createDirectories(histogram.getParent());
            Files.writeString(histogram, classHistogram(), StandardCharsets.UTF_8);
            g.put("heap_histogram", histogram.toString());
            System.err.printf("bench: large: open %d articles: %.1f s wall (%.1f archive, %.1f stories %s, %.1f "
                    + "entities %s), %.1f s CPU, %.0f bytes of heap per article%n", articles, wall, archiveS, storiesS,
                    stories.loadedFrom(), entitiesS, entities.loadedFrom(), cpu, articles == 0 ? 0.0 : (double) heap / articles);
            ctx.report().headline(new Headline("open time (" + articles + " articles, as serve opens)", "s", wall,
                    null, Double.NaN, false));
            ctx.report().headline(new Headline("heap per article after open (" + articles + " articles)", "bytes",
                    articles == 0 ? 0 : (double) heap / articles, null, Double.NaN, false));
            return archive;
        } catch (Exception | Error e) {
            archive.close();
            throw e;
        }
    }

    private static void search(Context ctx, Archive archive, long articles, long budgetS, Figures f)
            throws Exception {
        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(300, 1000), 11L);
        {
            Figures g = f.group("search");
            long deadline = System.nanoTime() + budgetS * 1_000_000_000L;
            for (int i = 0; i < Math.min(100, queries.size()) && System.nanoTime() < deadline; i++) {
                archive.search(SearchRequest.of(queries.get(i)));
            }
            long[] lat = new long[queries.size()];
            long hits = 0;
            int done = 0;
            while (done < queries.size() && (done < 10 || System.nanoTime() < deadline)) {
                long q0 = System.nanoTime();
                hits += archive.search(SearchRequest.of(queries.get(done))).total();
                lat[done++] = System.nanoTime() - q0;
            }
            Percentiles.Latency l = Percentiles.latencyNanos(java.util.Arrays.copyOf(lat, done));
            g.put("queries", done).put("queries_asked", queries.size())
                    .put("stopped_by_budget", done < queries.size()).put("latency", l.toFigures())
                    .put("mean_total_hits", (double) hits / done);
            ctx.report().headline(new Headline("search p50 in-process (" + articles + " articles)", "ms", l.p50Ms(),
                    null, Double.NaN, false));
            ctx.report().headline(new Headline("search p99 in-process (" + articles + " articles)", "ms", l.p99Ms(),
                    null, Double.NaN, false));

            try (WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0))) {
                String base = "http://127.0.0.1:" + server.port();
                List<URI> uris = new ArrayList<>();
                uris.addAll(HttpLoad.uris(base, "/search?q=", queries));
                uris.addAll(HttpLoad.uris(base, "/api/articles?q=", queries));
                Collections.shuffle(uris, new Random(5L));
                HttpLoad.run(uris, CLIENTS, Duration.ofSeconds(ctx.size(3, 10)));
                ctx.checkpoint();
                HttpLoad.Result r = HttpLoad.run(uris, CLIENTS, Duration.ofSeconds(ctx.size(15, 60)));
                Figures h = f.group("http");
                h.put("clients", CLIENTS).put("seconds", r.seconds()).put("requests", r.ok() + r.errors())
                        .put("errors", r.errors()).put("requests_per_s", r.requestsPerS());
                if (r.latency() != null) {
                    h.put("latency", r.latency().toFigures());
                    ctx.report().headline(new Headline("HTTP search p99 under " + CLIENTS + " clients (" + articles
                            + " articles)", "ms", r.latency().p99Ms(), null, Double.NaN, false));
                }
                for (var e : r.routes().entrySet()) {
                    Figures rg = h.group("route_" + e.getKey().replaceAll("[^a-z]+", "_").replaceAll("^_|_$", ""));
                    rg.put("ok", e.getValue().ok()).put("errors", e.getValue().errors());
                    if (e.getValue().latency() != null) {
                        rg.put("latency", e.getValue().latency().toFigures());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static long budgetS(String env, long fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
    }

    private static long sizeOf(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(x -> x.toFile().length()).sum();
        }
    }

    // The live heap by class (jcmd GC.class_histogram, in-process): what the bytes per article are made of.
    static String classHistogram() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.valueOf(out);
        } catch (Exception e) {
            return "no class histogram: " + e;
        }
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // Milliseconds spent in collections so far, all collectors.
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** Full collections between the open's steps, timed so that the open's figures can leave them out. */
    private static final class Pauses {
        long wall;
        long cpu;

        long heapAfterGc() {
            long t = System.nanoTime();
            long c = cpu();
            long heap = LargeSection.heapAfterGc();
            wall += System.nanoTime() - t;
            cpu += cpu() - c;
            return heap;
        }
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
