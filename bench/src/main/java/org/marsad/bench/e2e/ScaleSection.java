package org.marsad.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.bench.Context;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Percentiles;
import org.marsad.bench.report.Section;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.Article;
import org.marsad.ingest.source.Source;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import org.marsad.store.Archive;
import org.marsad.store.Database;

/**
 * Scale-out (issue 15), in one run: a 2-node SolrCloud in a JVM of its own ({@code bench/solr-cluster}), a
 * collection of 2 shards × 1 replica built by {@code marsad reindex --solr} from a copy of the load part's archive
 * (100,000 articles; time and size per shard), then the load part's headline-word queries against the embedded
 * Lucene index and against the collection through {@link SearchIndex} directly — the same clients, alternating
 * rounds on the same clock; and the ingest rate of 1 and 2 {@code marsad worker}s (PostgreSQL store + a collection)
 * collecting the ANT articles from a loopback site, with their CPU time and the time spent on the shared-enrichment
 * lock. The workers' half needs PostgreSQL ({@code --pg} or MARSAD_TEST_PG_URL) and is skipped with a note without.
 */
public final class ScaleSection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final String COLLECTION = "marsad";
    private static final Pattern LOCK = Pattern.compile(
            "enrichment lock taken (\\d+) times, waited ([0-9.]+) s, held ([0-9.]+) s");

    private ScaleSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("scale", "Scale-out: SolrCloud vs embedded, 1 vs 2 workers");
        MarsadProcess marsad = new MarsadProcess(ctx.root().resolve("marsad-cli/target/marsad.jar"),
                ctx.work().resolve("scale").resolve("logs"));
        if (!marsad.available()) {
            s.skip("marsad.jar is not built (bench/run builds it)");
            return;
        }
        Path work = ctx.work().resolve("scale");
        try (Cluster cloud = Cluster.start(ctx.root(), work.resolve("solr"))) {
            Figures cf = s.figures().group("cluster");
            cf.put("nodes", cloud.nodes.size()).put("zk", cloud.zk).put("start_s", cloud.startS)
                    .put("jvm", "one JVM for ZooKeeper and both nodes, " + Cluster.HEAP);
            searchPart(ctx, s, marsad, cloud, work);
            ingestPart(ctx, s, marsad, cloud, work);
        }
    }

    // ---------------------------------------------------------------- (a) the same archive, both indexes

    private static void searchPart(Context ctx, Section s, MarsadProcess marsad, Cluster cloud, Path work)
            throws Exception {
        int articles = ctx.size(1_000, 100_000);
        Path cache = LoadSection.cacheRoot(ctx);
        BenchArchive.Ready ready = BenchArchive.obtain(cache,
                Corpus.synthesize(ctx.corpus().articles(), articles, 20180401L), work.resolve("marsad-data"),
                (String) ctx.report().run().get("version"), n -> {
                    if (n % 10_000 == 0) {
                        System.err.println("bench: scale archive: " + n + " articles stored");
                    }
                });
        Path data = ready.data();
        Figures af = s.figures().group("archive");
        af.put("articles", articles).put("origin", ready.reused() ? "cache" : "built now").put("key", ready.key())
                .put("built_by", String.join(",", ready.builtBy())).put("build_s", ready.buildS());

        MarsadProcess.Outcome init = marsad.run("solr-init", 600, "solr", "init", "--solr", cloud.zk,
                "--collection", COLLECTION, "--shards", "2", "--replicas", "1");
        if (init.exitCode() != 0) {
            throw new IllegalStateException("solr init failed: " + init.lastLine());
        }
        Figures rf = s.figures().group("reindex");
        rf.put("command", "marsad solr init --shards 2 --replicas 1; marsad reindex --data COPY --solr ZK");
        LoadAverage machine = LoadAverage.start();
        ProcessCpu cpu = new ProcessCpu(cloud.process);
        MarsadProcess.Outcome re;
        try {
            re = marsad.run("reindex", 4 * 3600, "reindex", "--data", data.toString(), "--solr", cloud.zk,
                    "--collection", COLLECTION);
        } finally {
            machine.stop();
        }
        if (re.exitCode() != 0) {
            throw new IllegalStateException("reindex into Solr failed: " + re.lastLine());
        }
        rf.put("seconds", re.seconds()).put("articles_per_s", articles / re.seconds())
                .put("solr_jvm_cpu_s", cpu.seconds()).put("output", re.stdout().strip());
        machine.put(rf.group("machine_load"));
        progress("reindex", rf);
        shardFigures(s.figures().group("shards"), cloud, articles);
        // Sizes as left by the build depend on when merges happened to run; merged to one segment per shard they
        // are the figure to extrapolate from (a long-lived collection ends near it as merges catch up).
        long m0 = System.nanoTime();
        get(cloud.nodes.get(0) + "/" + COLLECTION + "/update?optimize=true&maxSegments=1&waitSearcher=true&wt=json",
                Duration.ofHours(1));
        Figures merged = s.figures().group("shards_merged");
        merged.put("force_merge_s", (System.nanoTime() - m0) / 1e9);
        shardFigures(merged, cloud, articles);
        progress("shards", s.figures().group("shards"));
        progress("shards_merged", merged);
        Path embeddedIndex = data.resolve("index");
        s.figures().group("embedded").put("index_bytes", sizeOf(embeddedIndex))
                .put("index_bytes_per_article", (double) sizeOf(embeddedIndex) / articles)
                .put("store_bytes", sizeOf(data.resolve("marsad.db")));

        List<String> queries = Queries.fromTitles(ctx.corpus().articles(), ctx.size(300, 1000), 11L);
        long o0 = System.nanoTime();
        try (Archive archive = Archive.open(data, null);
             SolrIndex solr = SolrIndex.openReadOnly(SolrTarget.parse(cloud.zk), COLLECTION)) {
            af.put("open_s", (System.nanoTime() - o0) / 1e9).put("open_rebuilt_index", archive.repair().rebuilt());
            SearchIndex embedded = archive.index();
            // The names person:/place:/org: and entity-aware queries look up: an archive opened on the collection
            // gives it its store's names the same way (Archive's constructor).
            solr.entityNames(archive.entityNames());
            Figures qf = s.figures().group("queries");
            qf.put("embedded_count", embedded.count()).put("solr_count", solr.count());
            // The two must answer the same question before their speed is compared.
            int differ = 0;
            String firstDiffer = null;
            for (String q : queries) {
                long a = embedded.search(request(q)).total();
                long b = solr.search(request(q)).total();
                if (a != b) {
                    differ++;
                    firstDiffer = firstDiffer == null ? q + " (" + a + " vs " + b + ")" : firstDiffer;
                }
            }
            qf.put("queries", queries.size()).put("totals_differ", differ);
            if (firstDiffer != null) {
                qf.put("first_differing", firstDiffer);
            }
            Duration round = Duration.ofSeconds(ctx.size(5, 30));
            int rounds = ctx.size(1, 2);
            CallLoad.run(queries, CLIENTS, Duration.ofSeconds(ctx.size(3, 10)), q -> embedded.search(request(q)));
            CallLoad.run(queries, CLIENTS, Duration.ofSeconds(ctx.size(3, 10)), q -> solr.search(request(q)));
            // One client first (the cost of a query alone), then CLIENTS (queueing on this machine's 2 cores).
            Percentiles.Latency le = null;
            Percentiles.Latency ls = null;
            for (int clients : new int[] {1, CLIENTS}) {
                List<CallLoad.Result> e = new ArrayList<>();
                List<CallLoad.Result> so = new ArrayList<>();
                LoadAverage qm = LoadAverage.start();
                try {
                    // Alternating rounds, so that the other engineers' load falls on both alike.
                    for (int r = 0; r < rounds; r++) {
                        e.add(CallLoad.run(queries, clients, round, q -> embedded.search(request(q))));
                        so.add(CallLoad.run(queries, clients, round, q -> solr.search(request(q))));
                    }
                } finally {
                    qm.stop();
                }
                Figures cf = qf.group("clients_" + clients);
                qm.put(cf.group("machine_load"));
                le = loadFigures(cf.group("embedded"), e);
                ls = loadFigures(cf.group("solrcloud"), so);
                double rpsE = (double) e.stream().mapToLong(CallLoad.Result::ok).sum()
                        / e.stream().mapToDouble(CallLoad.Result::seconds).sum();
                double rpsS = (double) so.stream().mapToLong(CallLoad.Result::ok).sum()
                        / so.stream().mapToDouble(CallLoad.Result::seconds).sum();
                cf.ratio("solr_p50_vs_embedded", ls.p50Ms(), le.p50Ms());
                cf.ratio("solr_p99_vs_embedded", ls.p99Ms(), le.p99Ms());
                cf.ratio("solr_requests_per_s_vs_embedded", rpsS, rpsE);
            }
            // SolrIndex makes the hits' snippets in the client (the embedded highlighter over a small in-memory
            // index of the 10 hits' stored fields, so they equal the embedded ones): that step alone, one client,
            // on the embedded hits of each query, so the Solr latency can be split into cluster and client parts.
            List<Runnable> snippetSteps = new ArrayList<>();
            for (String q : queries) {
                List<Article> hits = new ArrayList<>();
                for (var h : embedded.search(request(q)).hits()) {
                    archive.store().get(h.id()).ifPresent(hits::add);
                }
                var lucene = org.marsad.search.ArticleIndexing.query(request(q), archive.entityNames());
                snippetSteps.add(() -> org.marsad.search.ArticleIndexing.snippets(lucene, hits));
            }
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < snippetSteps.size(); i++) {
                steps.add(Integer.toString(i));
            }
            CallLoad.run(steps, 1, Duration.ofSeconds(ctx.size(2, 5)), i -> snippetSteps.get(Integer.parseInt(i)).run());
            loadFigures(qf.group("solr_client_snippet_step"), List.of(CallLoad.run(steps, 1, round,
                    i -> snippetSteps.get(Integer.parseInt(i)).run())));
            progress("queries", qf);
            ctx.report().headline(new Headline("scale: search p50, SolrCloud 2 shards (" + articles + " articles, "
                    + CLIENTS + " clients)",
                    "ms", ls.p50Ms(), "embedded Lucene", le.p50Ms(), false));
            ctx.report().headline(new Headline("scale: search p99, SolrCloud 2 shards", "ms", ls.p99Ms(),
                    "embedded Lucene", le.p99Ms(), false));
            s.note("Search: " + queries.size() + " headline-word queries (the load part's, seed 11), relevance "
                    + "order, 10 hits with facets, through SearchIndex.search in the bench JVM: the embedded "
                    + "LuceneIndex of the archive copy, and SolrIndex (SolrJ over HTTP on loopback) on the collection "
                    + "built from the same store (given the archive's entity names, as an archive opened on it would "
                    + "be). 1 closed-loop client, then " + CLIENTS + "; " + rounds + " alternating round(s) of "
                    + round.toSeconds() + " s per index and client count, after a warm-up of each. Both compute "
                    + "the hits' snippets the same way (SolrIndex runs the embedded highlighter on the stored "
                    + "fields it fetches); solr_client_snippet_step times that client step alone (1 client, the embedded "
                    + "hits of each query), the rest of SolrCloud's time is the cluster and HTTP. totals_differ "
                    + "counts queries whose total differs between the two.");
        }
        s.note("Cluster: bench/solr-cluster (MiniSolrCloudCluster: ZooKeeper and 2 Solr 9.10.1 nodes in one JVM of "
                + "its own, " + Cluster.HEAP + "), collection of 2 shards × 1 replica (replication factor 1: one copy "
                + "of each shard, one shard per node). Reindex: `marsad reindex --solr` from a copy of the archive's "
                + "store, as `marsad migrate` builds a collection; shard sizes from Solr's core STATUS after it "
                + "(shards: segments as left by the build; shards_merged: after a force merge to one segment per "
                + "shard, the figure to extrapolate from). Both nodes share this machine's disk and cores "
                + "with the bench JVM and the reindexing process.");
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    private static Percentiles.Latency loadFigures(Figures f, List<CallLoad.Result> rounds) {
        long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).toArray();
        long ok = rounds.stream().mapToLong(CallLoad.Result::ok).sum();
        long errors = rounds.stream().mapToLong(CallLoad.Result::errors).sum();
        double secs = rounds.stream().mapToDouble(CallLoad.Result::seconds).sum();
        Percentiles.Latency lat = Percentiles.latencyNanos(all.length == 0 ? new long[] {0} : all);
        f.put("requests", ok).put("errors", errors).put("seconds", secs).put("requests_per_s", ok / secs)
                .put("latency", lat.toFigures());
        rounds.stream().map(CallLoad.Result::firstError).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(e -> f.put("first_error", e));
        return lat;
    }

    /** Per core (shard replica): documents, index bytes, segments; and the cluster JVM's memory. */
    private static void shardFigures(Figures f, Cluster cloud, int articles) throws IOException, InterruptedException {
        long total = 0;
        int i = 0;
        for (String node : cloud.nodes) {
            JsonNode status = get(node + "/admin/cores?action=STATUS&wt=json").path("status");
            for (var it = status.fields(); it.hasNext(); ) {
                var core = it.next();
                JsonNode index = core.getValue().path("index");
                long bytes = index.path("sizeInBytes").asLong();
                total += bytes;
                f.group("core_" + i++).put("node", node).put("core", core.getKey())
                        .put("docs", index.path("numDocs").asLong()).put("bytes", bytes)
                        .put("segments", index.path("segmentCount").asInt());
            }
        }
        f.put("total_bytes", total).put("bytes_per_article", (double) total / articles);
        JsonNode mem = get(cloud.nodes.get(0) + "/admin/info/system?wt=json").path("jvm").path("memory").path("raw");
        f.put("cluster_jvm_heap_used_bytes", mem.path("used").asLong())
                .put("cluster_jvm_heap_max_bytes", mem.path("max").asLong())
                .put("cluster_jvm_rss_bytes", rss(cloud.process.pid()));
    }

    // ---------------------------------------------------------------- (b) 1 and 2 workers

    private static void ingestPart(Context ctx, Section s, MarsadProcess marsad, Cluster cloud, Path work)
            throws Exception {
        String pg = ctx.pg().orElse(null);
        if (pg == null) {
            s.note("Workers: skipped — no PostgreSQL (give bench/run --pg JDBC_URL or set MARSAD_TEST_PG_URL).");
            return;
        }
        int n = ctx.size(200, 2_000);
        int feeds = ctx.size(10, 20);
        List<Article> pool = new ArrayList<>(ctx.corpus().articles());
        java.util.Collections.shuffle(pool, new Random(1504L));
        List<Article> articles = pool.subList(0, Math.min(n, pool.size()));
        n = articles.size();
        try (Site site = new Site(articles, feeds)) {
            for (int workers : new int[] {1, 2}) {
                workersRun(s.figures().group("workers_" + workers), marsad, cloud, work, pg, site, n, workers,
                        Duration.ofMinutes(ctx.size(15, 45)));
            }
        }
        Figures one = s.figures().group("workers_1");
        Figures two = s.figures().group("workers_2");
        if (one.get("articles_per_s") instanceof Double a1 && two.get("articles_per_s") instanceof Double a2) {
            s.figures().ratio("two_workers_speed_up", a2, a1);
            ctx.report().headline(new Headline("scale: ingest with 2 workers (" + n + " ANT articles)", "articles/s",
                    a2, "1 worker", a1, true));
        }
        s.note("Workers: " + n + " ANT articles (shuffled, seed 1504) as pages of a loopback site in the bench JVM, "
                + "listed in " + feeds + " RSS feeds (one source each); each run has its own PostgreSQL schema and "
                + "its own collection (2 shards × 1 replica) on the same cluster. `marsad worker --lease 30 --delay 0 "
                + "--threads 2` (-Xmx1g each), full enrichment; articles/s from the workers' start to the last "
                + "article stored (JVM start, first polls included); CPU-s per article sums the workers' process "
                + "CPU time (not the cluster's). Lock: each worker's own figures (waited = taking the shared "
                + "enrichment advisory lock, other workers' turns included; held = its catch-up, store, enrichment "
                + "and indexing under it — the serial part). " + n + " rather than 100,000: ingest with full "
                + "enrichment runs at about 10–20 articles/s here, so 100,000 would take hours per run.");
    }

    private static void workersRun(Figures f, MarsadProcess marsad, Cluster cloud, Path work, String pg, Site site,
                                   int n, int workers, Duration limit) throws Exception {
        String schema = "bench_scale_" + workers + "_" + Long.toHexString(System.nanoTime());
        sql(pg, "CREATE SCHEMA " + schema);
        String db = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String collection = "scale_w" + workers;
        List<Process> started = new ArrayList<>();
        try {
            MarsadProcess.Outcome init = marsad.run("solr-init-" + collection, 600, "solr", "init", "--solr",
                    cloud.zk, "--collection", collection, "--shards", "2", "--replicas", "1");
            if (init.exitCode() != 0) {
                throw new IllegalStateException("solr init " + collection + " failed: " + init.lastLine());
            }
            try (Database database = Database.open(db)) {
                SourceRegistry registry = new SourceRegistry(database);
                for (int i = 0; i < site.feeds; i++) {
                    registry.add(new Source("bench-scale-" + i, null, null, "ar",
                            List.of(URI.create(site.base() + "/f" + i + "/feed.xml")), null, Duration.ofMinutes(60),
                            true, null), Instant.now());
                }
            }
            LoadAverage machine = LoadAverage.start();
            long t0 = System.nanoTime();
            for (int w = 0; w < workers; w++) {
                started.add(worker(marsad.jar(), work, db, cloud.zk, collection, "W" + w));
            }
            double first = Double.NaN;
            long stored = 0;
            long lastGrowth = System.nanoTime();
            long deadline = t0 + limit.toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(500);
                long c = count(db, "SELECT count(*) FROM articles");
                if (c > stored) {
                    stored = c;
                    lastGrowth = System.nanoTime();
                    if (Double.isNaN(first)) {
                        first = (lastGrowth - t0) / 1e9;
                    }
                }
                // Done: every article; or every source polled once and given back (an article may be merged
                // into an earlier one, or refused by the extractor); or nothing new for 2 minutes.
                if (stored >= n || count(db, "SELECT count(*) FROM sources WHERE (last_success IS NULL AND "
                        + "last_error IS NULL) OR lease_owner IS NOT NULL") == 0
                        || System.nanoTime() - lastGrowth > TimeUnit.MINUTES.toNanos(2)
                        || started.stream().noneMatch(Process::isAlive)) {
                    break;
                }
            }
            double secs = (lastGrowth - t0) / 1e9;
            machine.stop();
            double cpu = 0;
            for (Process p : started) {
                cpu += new ProcessCpu(p).seconds();
            }
            for (Process p : started) {
                p.destroy(); // SIGTERM: the worker commits, ends its leases and logs its lock figures
            }
            for (Process p : started) {
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
            f.put("workers", workers).put("offered", n).put("stored", stored)
                    .put("distinct_urls", count(db, "SELECT count(DISTINCT url) FROM articles"))
                    .put("seconds", secs).put("first_article_s", first).put("articles_per_s", stored / secs)
                    .put("cpu_s", cpu).put("cpu_s_per_article", stored == 0 ? Double.NaN : cpu / stored);
            try (SolrIndex index = SolrIndex.openReadOnly(SolrTarget.parse(cloud.zk), collection)) {
                f.put("collection_count", index.count());
            }
            for (int w = 0; w < workers; w++) {
                Figures wf = f.group("worker_" + w);
                Matcher m = LOCK.matcher(Files.readString(work.resolve("worker-W" + w + "-" + collection + ".log")));
                if (m.find()) {
                    wf.put("lock_taken", Long.parseLong(m.group(1))).put("lock_waited_s", Double.parseDouble(m.group(2)))
                            .put("lock_held_s", Double.parseDouble(m.group(3)));
                } else {
                    wf.put("lock", "not logged (the worker did not stop cleanly)");
                }
            }
            machine.put(f.group("machine_load"));
            progress("workers_" + workers, f);
        } finally {
            for (Process p : started) {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
            sql(pg, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static Process worker(Path jar, Path work, String db, String zk, String collection, String name)
            throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "worker", "--db", db, "--solr", zk, "--collection",
                collection, "--name", name, "--lease", "30", "--delay", "0", "--threads", "2");
        Path log = work.resolve("worker-" + name + "-" + collection + ".log");
        Files.createDirectories(work);
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("MARSAD_DATA", work.resolve("worker-" + name + "-" + collection).toString());
        return pb.start();
    }

    private static long count(String db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Prints a step's figures as they are known: the report is written only when the whole run ends, and a run this
     * long (an hour at 100,000 articles on a busy machine) may be stopped before that.
     */
    private static void progress(String step, Figures f) {
        try {
            System.err.println("bench: scale: " + step + " " + JSON.writeValueAsString(f.asMap()));
        } catch (IOException e) {
            System.err.println("bench: scale: " + step + " " + f.asMap());
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        return get(url, Duration.ofSeconds(60));
    }

    private static JsonNode get(String url, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(url + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    static long sizeOf(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Resident memory of a process (Linux /proc), or -1 where that cannot be read. */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time a process used since it was created at the moment of the call (seconds; NaN when unknown). */
    private record ProcessCpu(Process process) {
        double seconds() {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }
    }

    /** bench/solr-cluster as a child process: ZooKeeper + 2 nodes; SIGTERM on close stops the nodes. */
    private static final class Cluster implements AutoCloseable {
        static final String HEAP = "-Xmx3g";
        final Process process;
        final String zk;
        final List<String> nodes;
        final double startS;

        private Cluster(Process process, String zk, List<String> nodes, double startS) {
            this.process = process;
            this.zk = zk;
            this.nodes = nodes;
            this.startS = startS;
        }

        static Cluster start(Path root, Path dir) throws Exception {
            Files.createDirectories(dir);
            Path log = dir.resolveSibling("solr-cluster.log");
            ProcessBuilder pb = new ProcessBuilder(root.resolve("bench/solr-cluster").toString(), "--nodes", "2",
                    "--port", "0", "--dir", dir.resolve("data").toString()).redirectError(log.toFile());
            pb.environment().put("MARSAD_JAVA_OPTS", HEAP);
            long t0 = System.nanoTime();
            Process p = pb.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the cluster ended
                }
            }, "bench-solr-cluster-out");
            reader.setDaemon(true);
            reader.start();
            String zk = null;
            List<String> nodes = new ArrayList<>();
            // The script may build marsad-solr's test classpath first (Maven): a generous bound.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    if (!p.isAlive()) {
                        break;
                    }
                } else if (line.startsWith("zk=")) {
                    zk = line.substring(3);
                } else if (line.startsWith("node=")) {
                    nodes.add(line.substring(5));
                } else if (line.startsWith("ready:") && zk != null) {
                    return new Cluster(p, zk, nodes, (System.nanoTime() - t0) / 1e9);
                }
            }
            p.destroyForcibly();
            throw new IllegalStateException("the local SolrCloud did not start (see " + log + ")");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The news site on loopback: N article pages listed in F RSS feeds (/fK/feed.xml), robots.txt allowing all. */
    private static final class Site implements AutoCloseable {
        private final HttpServer server;
        private final List<Article> articles;
        final int feeds;

        Site(List<Article> articles, int feeds) throws IOException {
            this.articles = articles;
            this.feeds = feeds;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", this::answer);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange ex) throws IOException {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                Matcher feed = Pattern.compile("/f(\\d+)/feed\\.xml").matcher(path);
                Matcher page = Pattern.compile("/news/(\\d+)\\.html").matcher(path);
                if (path.equals("/robots.txt")) {
                    send(ex, "text/plain", "User-agent: *\nAllow: /\n");
                } else if (feed.matches() && Integer.parseInt(feed.group(1)) < feeds) {
                    send(ex, "application/rss+xml; charset=utf-8", feed(Integer.parseInt(feed.group(1))));
                } else if (page.matches() && Integer.parseInt(page.group(1)) < articles.size()) {
                    send(ex, "text/html; charset=utf-8", page(Integer.parseInt(page.group(1))));
                } else {
                    ex.sendResponseHeaders(404, -1);
                }
            }
        }

        private String feed(int k) {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>bench " + k + "</title><link>" + base() + "/</link>");
            for (int i = k; i < articles.size(); i += feeds) {
                s.append("<item><title>").append(escape(articles.get(i).title())).append("</title><link>")
                        .append(base()).append("/news/").append(i).append(".html</link></item>");
            }
            return s.append("</channel></rss>").toString();
        }

        private String page(int n) {
            Article a = articles.get(n);
            StringBuilder body = new StringBuilder();
            for (String p : a.body()) {
                body.append("<p>").append(escape(p)).append("</p>");
            }
            return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
                    + escape(a.title()) + "</title><meta property=\"article:published_time\" content=\""
                    + published(a) + "\"></head><body><article><h1>" + escape(a.title()) + "</h1>" + body
                    + "</article></body></html>";
        }

        /** The article's own date as a date-time with an offset (the corpus gives days). */
        private static String published(Article a) {
            String p = a.published();
            if (p == null) {
                return "2018-04-15T10:00:00+03:00";
            }
            return p.length() == 10 ? p + "T10:00:00+03:00" : p;
        }

        private static String escape(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private static void send(HttpExchange ex, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

}
