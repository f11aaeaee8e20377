package org.marsad.bench.e2e;

import org.marsad.bench.QuickSizes;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.marsad.bench.report.Steps;
import org.marsad.enrich.IngestCpu;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;
import org.marsad.web.WebServer;

/**
 * End to end over the bench corpus (100,000 articles; 5,000 with --quick): ingest throughput of Marsad's archive
 * (store + index) against Lucene indexing the same articles alone; search latency p50/p99 against Lucene alone on
 * the same words; requests/s and p50/p99 of the JSON API and the search page under concurrent clients on loopback.
 */
public final class IngestSearchSection {
    private IngestSearchSection() {
    }

    public static void run(Context ctx) throws Exception {
        run(ctx, true);
    }

    /**
     * Only the ingest half (section {@code ingest}: Lucene indexing alone, then Marsad's archive on the same
     * articles, with the figure names of {@code ingest_search}), to compare ingest changes without the search and
     * web load; runs only when asked for with {@code --only ingest}.
     */
    public static void runIngestOnly(Context ctx) throws Exception {
        run(ctx, false);
    }

    /**
     * The articles of the part's corpus: the ingest half alone takes {@code --size} (a size between the quick run's
     * and the full one's, say); the whole part keeps the table's sizes, which its search and web figures are read at.
     */
    static int corpusArticles(Context ctx, boolean search) {
        return search ? ctx.size(QuickSizes.CORPUS_ARTICLES)
                : ctx.sizeOr(QuickSizes.CORPUS_ARTICLES.quick(), QuickSizes.CORPUS_ARTICLES.full());
    }

    private static void run(Context ctx, boolean search) throws Exception {
        Section s = search ? ctx.report().section("ingest_search", "Ingest and search (end to end)")
                : ctx.report().section("ingest", "Ingest (end to end)");
        Steps steps = Steps.of(s);
        Path dir = ctx.work().resolve("e2e");
        Files.createDirectories(dir);
        int n = corpusArticles(ctx, search);
        List<Article> articles = Corpus.synthesize(ctx.corpus().articles(), n, 20180401L);
        Path jsonl = dir.resolve("corpus.jsonl");
        Corpus.writeJsonl(articles, jsonl);
        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(QuickSizes.QUERIES), 7L);
        steps.done("corpus");
        Figures f = s.figures();
        f.put("articles", n).put("queries", queries.size());
        s.note("Corpus: " + n + " articles replicated from the " + ctx.corpus().origin() + " with varied dates "
                + "(2016–2025), sources and URLs; queries: " + queries.size() + " pairs of adjacent headline words.");

        // Baseline first: Lucene alone, on the same articles and the same words.
        Figures lf = f.group("lucene");
        double luceneP50;
        double luceneP99;
        double luceneQps;
        int clients = ctx.size(QuickSizes.WEB_CLIENTS);
        Duration loadTime = Duration.ofSeconds(ctx.size(QuickSizes.WEB_LOAD_S));
        try (LuceneBaseline lucene = new LuceneBaseline(dir.resolve("lucene-index"))) {
            long cpu0 = processCpuNanos();
            long jit0 = jitCpuNanos();
            long[] mark = new long[4];
            int luceneMarkAt = n / 2;
            double secs = lucene.index(articles, luceneMarkAt, () -> {
                mark[0] = System.nanoTime();
                mark[1] = processCpuNanos();
                mark[2] = jitCpuNanos();
                mark[3] = threadCpuNanos();
            });
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            long jit1 = jitCpuNanos();
            lf.put("steady_calling_thread_cpu_ms_per_article", (threadCpuNanos() - mark[3]) / 1e6 / (n - luceneMarkAt));
            lf.put("index_s", secs).put("articles_per_s", n / secs);
            lf.put("cpu_s", (cpu1 - cpu0) / 1e9);
            steady(lf, n, cpu1 - cpu0, jit1 - jit0, n - luceneMarkAt, t1 - mark[0], cpu1 - mark[1], jit1 - mark[2]);
            steps.done("lucene_index");
            if (search) {
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
                steps.done("lucene_search");
            } else {
                luceneP50 = luceneP99 = luceneQps = Double.NaN;
            }
        }
        double luceneAps = n / ((Number) lf.get("index_s")).doubleValue();

        // Marsad: the store archive (SQLite system of record + Lucene index with Marsad's analysis), in this JVM.
        Figures mf = f.group("marsad");
        Path data = dir.resolve("marsad-data");
        int batch = 500;
        // The second half is measured apart: the first batches pay the JIT's compiling of Marsad's code (C2 took
        // about 40% of the CPU of a 4,798-article run), which a long-running ingest pays once.
        int markAt = (n / 2) / batch * batch;
        try (Archive archive = Archive.open(data, null)) {
            StagedSaves saves = new StagedSaves(archive);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long jit0 = jitCpuNanos();
            long markT = t0;
            long markCpu = cpu0;
            long markJit = jit0;
            long markThread = threadCpuNanos();
            Map<IngestCpu.Stage, Long> stages0 = IngestCpu.nanosByStage();
            Map<IngestCpu.Stage, Long> markStages = stages0;
            for (int i = 0; i < articles.size(); i += batch) {
                if (i == markAt) {
                    markT = System.nanoTime();
                    markCpu = processCpuNanos();
                    markJit = jitCpuNanos();
                    markThread = threadCpuNanos();
                    markStages = IngestCpu.nanosByStage();
                }
                List<ArticleStore.Incoming> in = new ArrayList<>(batch);
                for (Article a : articles.subList(i, Math.min(articles.size(), i + batch))) {
                    in.add(new ArticleStore.Incoming(a, RawSource.text(RawSource.KIND_JSON, "bench:corpus.jsonl",
                            ArticleJson.toLine(a))));
                }
                saves.save(in);
            }
            saves.finish();
            archive.commit();
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            long jit1 = jitCpuNanos();
            Map<IngestCpu.Stage, Long> stages1 = IngestCpu.nanosByStage();
            double secs = (t1 - t0) / 1e9;
            double aps = n / secs;
            double cpu = (cpu1 - cpu0) / 1e9;
            steady(mf, n, cpu1 - cpu0, jit1 - jit0, n - markAt, t1 - markT, cpu1 - markCpu, jit1 - markJit);
            byStage(mf, "cpu_ms_per_article", stages0, stages1, n, cpu1 - cpu0);
            byStage(mf, "steady_cpu_ms_per_article", markStages, stages1, n - markAt, cpu1 - markCpu);
            // The calling thread is the saving thread (store, index, entity rows, stories): its CPU bounds the wall
            // time of an ingest from below however many cores the tagging workers get.
            mf.put("steady_calling_thread_cpu_ms_per_article", (threadCpuNanos() - markThread) / 1e6 / (n - markAt));
            mf.put("ingest_s", secs).put("articles_per_s", aps).put("stored", archive.store().count());
            f.ratio("articles_per_s", aps, luceneAps);
            // CPU seconds of the whole process (every thread, GC and JIT included): on a shared machine under load
            // the wall-clock ratio moves with the neighbours, the work done much less.
            mf.put("cpu_s", cpu).put("articles_per_cpu_s", n / cpu);
            Object luceneCpu = lf.get("cpu_s");
            if (luceneCpu instanceof Number lc) {
                lf.put("articles_per_cpu_s", n / lc.doubleValue());
                f.ratio("articles_per_cpu_s", n / cpu, n / lc.doubleValue());
            }
            double steadyMs = ((Number) mf.get("steady_cpu_ms_per_article")).doubleValue();
            double luceneSteadyMs = ((Number) lf.get("steady_cpu_ms_per_article")).doubleValue();
            f.ratio("articles_per_steady_cpu_s", 1000 / steadyMs, 1000 / luceneSteadyMs);
            ctx.report().headline(new Headline("ingest throughput", "articles/s", aps, "Lucene indexing alone",
                    luceneAps, true));
            ctx.report().headline(new Headline("ingest CPU per article, second half (steady state)", "ms",
                    steadyMs, "Lucene indexing alone, second half", luceneSteadyMs, false));
            int workers = org.marsad.store.PureWork.workersForThisMachine();
            mf.put("enrichment_workers", workers);
            s.note("Threads: Marsad's ingest stages each batch before saving the one before (Archive.stage: cleaning, "
                    + "figures and entity tagging on " + workers + " enrichment worker thread(s) beside the saving "
                    + "thread, which also hands them index writes and story features), so its wall rate "
                    + "(articles_per_s) gains from a second core; Lucene alone adds documents from one thread. The "
                    + "CPU figures (cpu_ms_per_article, steady_cpu_ms_per_article, articles_per_cpu_s) count every "
                    + "thread of both and do not gain from it.");
            s.note("Ingest: Archive.stage then Archive.save in batches of " + batch + " (store upsert with raw source, then index with "
                    + "Marsad's exact and stemmed fields), one final commit; Lucene alone: stock ArabicAnalyzer, "
                    + "same title and body, one commit. cpu_s: CPU seconds of the whole bench process meanwhile "
                    + "(every thread: GC and JIT included). steady_*: the same over the second half of the articles "
                    + "only (final commit included), after the JIT has compiled most of the hot code; jit_cpu_s: CPU "
                    + "of the JIT compiler threads (Linux /proc) over the whole run and over the second half; "
                    + "steady_calling_thread_cpu_ms_per_article: CPU of the thread that saves (Marsad) or adds "
                    + "documents (Lucene) alone, second half. *_by_stage: the same CPU split by the archive's "
                    + "stages (IngestCpu: thread CPU of whichever thread ran each stage; figures includes cleaning, "
                    + "sqlite every store, entity and story row write and read of a save, commit the story state "
                    + "file when due); *_outside_stages: the rest of the process's CPU (the glue between stages, "
                    + "GC, JIT).");
            steps.done("marsad_ingest");
            if (!search) {
                return;
            }

            for (int i = 0; i < Math.min(100, queries.size()); i++) {
                archive.search(SearchRequest.of(queries.get(i)));
            }
            long[] lat = new long[queries.size()];
            long hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long q0 = System.nanoTime();
                hits += archive.search(SearchRequest.of(queries.get(i))).total();
                lat[i] = System.nanoTime() - q0;
            }
            Percentiles.Latency l = Percentiles.latencyNanos(lat);
            mf.put("search", l.toFigures());
            mf.put("mean_total_hits", (double) hits / queries.size());
            f.ratio("p50_ms", l.p50Ms(), luceneP50);
            f.ratio("p99_ms", l.p99Ms(), luceneP99);
            ctx.report().headline(new Headline("search latency p50 (" + n + " articles)", "ms", l.p50Ms(),
                    "Lucene search alone", luceneP50, false));
            ctx.report().headline(new Headline("search latency p99 (" + n + " articles)", "ms", l.p99Ms(),
                    "Lucene search alone", luceneP99, false));
            steps.done("marsad_search");
            s.note("Search: Archive.search(SearchRequest.of(words)) in-process, top 10 with snippets, highlights and "
                    + "facets; Lucene alone: top 10 ids for the same words OR-ed over title and body.");

            serveAndLoad(ctx, s, archive, n, queries, clients, loadTime, luceneQps);
            steps.done("web");
        }
    }

    private static void serveAndLoad(Context ctx, Section s, Archive archive, int articles, List<String> queries,
                                     int clients, Duration loadTime, double luceneQps) throws Exception {
        try (WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1",
                0))) {
            String base = "http://127.0.0.1:" + server.port();
            if (!HttpLoad.awaitUp(base + "/api/articles?q=", Duration.ofSeconds(60), null)) {
                s.note("Web load skipped: the web server did not answer /api/articles.");
                return;
            }
            Figures wf = s.figures().group("web");
            for (String[] path : new String[][] {{"api", "/api/articles?q="}, {"search_page", "/search?q="}}) {
                List<URI> uris = HttpLoad.uris(base, path[1], queries);
                HttpLoad.run(uris, clients, Duration.ofSeconds(ctx.size(2, 5))); // warm-up
                HttpLoad.Result r = HttpLoad.run(uris, clients, loadTime);
                Figures g = wf.group(path[0]);
                g.put("clients", clients).put("requests_per_s", r.requestsPerS()).put("errors", r.errors());
                if (r.latency() != null) {
                    g.put("latency", r.latency().toFigures());
                    ctx.report().headline(new Headline(path[1] + " p99 under " + clients + " clients", "ms",
                            r.latency().p99Ms(), null, Double.NaN, false));
                }
                g.ratio("requests_per_s", r.requestsPerS(), luceneQps);
                ctx.report().headline(new Headline(path[1] + " under " + clients + " clients (" + articles
                        + " articles)", "requests/s", r.requestsPerS(), "Lucene search alone, same threads",
                        luceneQps, true));
            }
            s.note("Web: the web server (Javalin) over the same archive on loopback, in the bench JVM; " + clients
                    + " closed-loop HTTP/1.1 clients cycling through the queries for " + loadTime.toSeconds()
                    + " s after a warm-up; page and API figures include rendering and JSON. Baseline: Lucene alone "
                    + "answering the same queries from as many threads in-process.");
        }
    }

    /**
     * Puts {@code total}'s CPU per article split by the archive's ingest stages between two readings of
     * {@link IngestCpu} ({@code total_by_stage}), and what no stage counted ({@code total_outside_stages}).
     */
    private static void byStage(Figures g, String total, Map<IngestCpu.Stage, Long> from,
                                Map<IngestCpu.Stage, Long> to, int articles, long processCpuNanos) {
        Figures stages = g.group(total + "_by_stage");
        long counted = 0;
        for (IngestCpu.Stage stage : IngestCpu.Stage.values()) {
            long spent = to.get(stage) - from.get(stage);
            counted += spent;
            stages.put(stage.key(), spent / 1e6 / articles);
        }
        g.put(total + "_outside_stages", (processCpuNanos - counted) / 1e6 / articles);
    }

    /**
     * Puts the per-article CPU figures of a run and of its second half (from the mark to the end, commit included)
     * beside the whole-run ones, so the JIT's warm-up at the start can be told apart from the steady cost.
     */
    private static void steady(Figures g, int n, long cpuNanos, long jitNanos, int steadyN, long steadyWallNanos,
                               long steadyCpuNanos, long steadyJitNanos) {
        g.put("cpu_ms_per_article", cpuNanos / 1e6 / n).put("jit_cpu_s", jitNanos / 1e9);
        g.put("steady_articles", steadyN).put("steady_s", steadyWallNanos / 1e9)
                .put("steady_articles_per_s", steadyN / (steadyWallNanos / 1e9))
                .put("steady_cpu_s", steadyCpuNanos / 1e9)
                .put("steady_cpu_ms_per_article", steadyCpuNanos / 1e6 / steadyN)
                .put("steady_articles_per_cpu_s", steadyN / (steadyCpuNanos / 1e9))
                .put("steady_jit_cpu_s", steadyJitNanos / 1e9);
    }

    /**
     * CPU time the JIT compiler threads (HotSpot's "C1/C2 CompilerThread") have used so far, read from Linux's
     * /proc/self/task (clock ticks of 1/100 s); 0 where there is no /proc. The JVM's own compilation time
     * (CompilationMXBean) is elapsed time, which a loaded machine inflates far beyond the CPU used.
     */
    private static long jitCpuNanos() {
        long ticks = 0;
        try (java.nio.file.DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !stat.substring(open + 1, close).matches("C[12] Compiler.*")) {
                    continue;
                }
                // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
                String[] rest = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    /** CPU time of the calling thread so far, or 0 where the JVM does not tell. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? Math.max(0, t.getCurrentThreadCpuTime()) : 0;
    }

    /** CPU time of this process so far (all threads), or 0 where the JVM does not tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Queries/s of Lucene alone with the given number of threads searching concurrently. */
    static double concurrentLucene(LuceneBaseline lucene, List<String> queries, int clients,
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
