package org.marsad.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.bench.ProcessCpu;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;

/**
 * Where the CPU of search over HTTP goes, by thread kind: the web server's request threads, the load generator's
 * HTTP clients, the JIT compilers, the garbage collector and the rest, per request, for {@code /api/articles?q=}
 * and {@code /search?q=} in turns (the http part's archive, queries and routes, on loopback in this JVM).
 *
 * <p>Each thread's CPU is read from Linux's {@code /proc/self/task/TID/stat} before and after a load, and the
 * thread is put in a kind by its name ({@code /proc/self/task/TID/comm}); JIT and GC threads are not Java threads,
 * so ThreadMXBean would not see them. Each thread is read against itself ({@link ThreadCpu}); what threads that
 * ended during a load spent is its "ended" figure.
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.marsad.bench.e2e.ServerCpu \
 *     --eval EVAL_DIR --data COPY/marsad-data --clients 8 --rounds 3 --round-s 8
 * </pre>
 *
 * <p>{@code --fresh}: the measured rounds ask headline word pairs never asked before (each route and round a slice of
 * its own) instead of the warm-up's queries again: what a monitoring user's new searches cost.
 */
public final class ServerCpu {
    private static final double TICKS_PER_S = 100.0;

    private ServerCpu() {
    }

    public static void main(String[] args) throws Exception {
        HarnessArgs a = HarnessArgs.parseOrExit("server-cpu", args, Map.of("--eval", HarnessArgs.Kind.PATH,
                "--data", HarnessArgs.Kind.PATH, "--clients", HarnessArgs.Kind.COUNT, "--rounds", HarnessArgs.Kind.COUNT,
                "--round-s", HarnessArgs.Kind.COUNT, "--warm-s", HarnessArgs.Kind.COUNT,
                "--queries", HarnessArgs.Kind.COUNT, "--lucene", HarnessArgs.Kind.PATH,
                "--fresh", HarnessArgs.Kind.FLAG), false);
        Path eval = a.path("--eval", null);
        Path data = a.path("--data", null);
        int clients = a.count("--clients", 8);
        int rounds = a.count("--rounds", 3);
        int roundS = a.count("--round-s", 8);
        int warmS = a.count("--warm-s", 10);
        int queryCount = a.count("--queries", 300);
        Path luceneDir = a.path("--lucene", null);
        if (data == null) {
            System.err.println("server-cpu: --data DIR (a built archive's marsad-data copy) is required");
            System.exit(2);
        }
        Corpus corpus = Corpus.load(eval == null ? null : new EvalData(eval));
        List<String> queries = Queries.fromTitles(corpus.articles(), queryCount, 7L);
        LuceneBaseline lucene = null;
        if (luceneDir != null) {
            lucene = new LuceneBaseline(luceneDir);
            lucene.index(Corpus.synthesize(corpus.articles(), 5000, 20180401L));
        }
        try (Archive archive = Archive.open(data, null);
             WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0))) {
            System.out.println("archive " + archive.store().count() + " articles, index rebuilt on open: "
                    + archive.repair().rebuilt());
            String base = "http://127.0.0.1:" + server.port();
            List<URI> api = HttpLoad.uris(base, "/api/articles?q=", queries);
            List<URI> page = HttpLoad.uris(base, "/search?q=", queries);
            LuceneBaseline luc = lucene;
            int c = clients;
            if (luc != null) {
                IngestSearchSection.concurrentLucene(luc, queries, c, Duration.ofSeconds(warmS));
            }
            HttpLoad.run(api, clients, Duration.ofSeconds(warmS));
            HttpLoad.run(page, clients, Duration.ofSeconds(warmS));
            System.out.println("rounds start " + java.time.Instant.now());
            // --fresh: each round's API and page loads ask headline word pairs none asked before (a slice of their own
            // each, so neither route nor round meets a query the server has seen), not the warm-up's queries again
            List<String> fresh = a.flag("--fresh") ? Queries.neverAsked(corpus.articles(), queries, 13L) : null;
            int slice = fresh == null ? 0 : fresh.size() / (2 * rounds);
            for (int r = 0; r < rounds; r++) {
                if (fresh != null) {
                    api = HttpLoad.uris(base, "/api/articles?q=", fresh.subList(2 * r * slice, (2 * r + 1) * slice));
                    page = HttpLoad.uris(base, "/search?q=", fresh.subList((2 * r + 1) * slice, (2 * r + 2) * slice));
                }
                List<URI> apiNow = api;
                List<URI> pageNow = page;
                if (luc != null) {
                    report("luc", clients, roundS, d -> {
                        double qps = IngestSearchSection.concurrentLucene(luc, queries, c, d);
                        return Math.round(qps * d.toNanos() / 1e9);
                    });
                }
                report("api", clients, roundS, d -> HttpLoad.run(apiNow, c, d).ok());
                report("page", clients, roundS, d -> HttpLoad.run(pageNow, c, d).ok());
            }
        } finally {
            if (lucene != null) {
                lucene.close();
            }
            if (Boolean.getBoolean("serverCpu.threads")) {
                printThreads();
            }
        }
    }

    /** One load of a given length; returns the requests answered. */
    interface Load {
        long run(Duration d) throws Exception;
    }

    private static void report(String name, int clients, int seconds, Load load) throws Exception {
        double load0 = loadAverage();
        Map<String, ThreadCpu.Sample> before = ThreadCpu.read();
        double process0 = ProcessCpu.seconds().orElse(Double.NaN);
        long t0 = System.nanoTime();
        long ok = load.run(Duration.ofSeconds(seconds));
        double wall = (System.nanoTime() - t0) / 1e9;
        // each thread against its own reading; "ended": the load's client pool and any other thread that ended
        Map<String, Double> byKind = ThreadCpu.since(before, ThreadCpu.read(),
                ProcessCpu.seconds().orElse(Double.NaN) - process0);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s %6d req %7.1f req/s load %.1f |",
                name, ok, ok / wall, load0));
        double total = 0;
        for (Map.Entry<String, Double> e : byKind.entrySet()) {
            double ms = e.getValue() * 1000 / Math.max(1, ok);
            total += ms;
            line.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), ms));
        }
        line.append(String.format(Locale.ROOT, " | all %.2f CPU ms/req", total));
        System.out.println(line);
    }

    /** Every live thread with its kind and CPU seconds, to check the kinds against the names. */
    private static void printThreads() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String comm = Files.readString(t.resolve("comm"), StandardCharsets.UTF_8).trim();
                String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
                String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
                System.out.println("thread " + kindOf(comm) + " " + comm + " "
                        + (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_S);
            }
        }
    }

    /** The kind of a thread by its (15-character) Linux name. */
    static String kindOf(String comm) {
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "gc";
        }
        if (comm.startsWith("HttpClient") || comm.startsWith("pool-")) {
            return "client";
        }
        if (comm.startsWith("JettyServerThre") || comm.startsWith("qtp") || comm.startsWith("Javalin")) {
            return "server";
        }
        return "other";
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
