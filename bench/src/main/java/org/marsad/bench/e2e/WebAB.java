package org.marsad.bench.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.model.Article;

/**
 * {@link StoreAB} over HTTP: two or more builds of the web server (marsad-web with the modules between it and
 * marsad-core), each in its own class loader over its own copy of one archive and listening on its own loopback
 * port, asked the same {@code /api/articles?q=} and {@code /search?q=} requests by one client, query by query in
 * turn (the order alternating), against Lucene alone answering the same queries (top 10 ids) in the same loop.
 *
 * <p>A request's cost is the CPU all of the JVM's Java threads spent while it was answered (ThreadMXBean, summed
 * over the live threads before and after): the server thread's routing, search, rendering and writing, plus the
 * client's own sending and reading, which is the same work for every build (printed apart: the client thread's
 * CPU). JIT and GC threads are not Java threads and are left out. Before measuring it says how many of the queries
 * get byte-identical bodies (with their status) from a build and the last build, per route and per shape of the
 * search page ({@code PAGE_SHAPES}: orders, later pages, periods, filters), each earlier build against the last;
 * {@code --bodies DIR} keeps every differing pair of bodies there to be read. {@code --fresh}: each measured round
 * asks 300 headline word pairs none asked before, instead of the warm-up's queries again.
 *
 * <p>Each build is NAME=DIR1,DIR2,... : the class directories or jars of marsad-store, -ingest, -accounts, -watch and
 * -web. The JVM's class path must hold this bench and the third-party dependencies with marsad-core and
 * marsad-arabic, but none of those five modules (they would shadow the builds') and not Flyway, which loads the
 * store's log class by its name: give the Flyway jars with each build's directories:
 *
 * <pre>
 * java -cp "bench/target/classes:$cp" org.marsad.bench.e2e.WebAB --eval ../shared/eval \
 *     --data /tmp/cache/archive-5000-.../marsad-data --work /tmp/web-ab --rounds 4 \
 *     main=/tmp/main/store,/tmp/main/ingest,... branch=marsad-store/target/classes,...
 * </pre>
 *
 * <p>{@code --clients N} (N > 1) asks each build in turn for every query from N threads at once ({@link
 * ConcurrentTurns}), as the http part's closed-loop clients do; {@code --lucene-articles} sizes the baseline's index
 * (5,000 synthesized articles unless told). A build given as NAME=DIRS@DATA opens a copy of DATA instead of
 * {@code --data}'s.
 */
public final class WebAB {
    private static final List<String> ROUTES = List.of("/api/articles?q=", "/search?q=");
    /**
     * The search page's shapes compared byte for byte before measuring, beside the routes: the orders, a later page
     * (a 404 past the last is compared too), a period of ten days and one of two (the coverage chart by day and by
     * hour), an outlet and a tag filter, and the whole archive without words. The query is appended to each.
     */
    private static final List<String> PAGE_SHAPES = List.of("/search?sort=date&q=", "/search?sort=oldest&page=2&q=",
            "/search?page=3&q=", "/search?from=2018-04-01&to=2018-04-10&q=", "/search?from=2021-06-01&to=2021-06-02&q=",
            "/search?source=%s&q=", "/search?tag=%s&q=", "/search?sort=date&page=%d&q=");

    private WebAB() {
    }

    public static void main(String[] args) throws Exception {
        HarnessArgs a = HarnessArgs.parseOrExit("web-ab", args, Map.of("--eval", HarnessArgs.Kind.PATH,
                "--data", HarnessArgs.Kind.PATH, "--work", HarnessArgs.Kind.PATH, "--rounds", HarnessArgs.Kind.COUNT,
                "--clients", HarnessArgs.Kind.COUNT, "--lucene-articles", HarnessArgs.Kind.COUNT,
                "--fresh", HarnessArgs.Kind.FLAG, "--bodies", HarnessArgs.Kind.PATH), true);
        Path eval = a.path("--eval", null);
        Path data = a.path("--data", null);
        Path work = a.path("--work", Path.of(System.getProperty("java.io.tmpdir"), "web-ab"));
        Path bodies = a.path("--bodies", null);
        int rounds = a.count("--rounds", 4);
        int clients = a.count("--clients", 1);
        int luceneArticles = a.count("--lucene-articles", 5000);
        List<String[]> builds = SideBySide.builds("web-ab", a.words(), data, "DIR,DIR,...");
        Corpus corpus = Corpus.load(eval == null ? null : new EvalData(eval));
        List<Article> input = Corpus.synthesize(corpus.articles(), luceneArticles, 20180401L);
        List<String> queries = Queries.fromTitles(corpus.articles(), 300, 11L);
        List<Server> sides = new ArrayList<>();
        try (LuceneBaseline lucene = new LuceneBaseline(work.resolve("lucene"))) {
            for (String[] b : builds) {
                // DIRS@DATA: this build opens a copy of its own archive (the same articles laid out otherwise)
                String[] dirsAndData = b[1].split("@", 2);
                Path copy = work.resolve("data-" + b[0]);
                BenchArchive.deleteTree(copy);
                BenchArchive.copyTree(dirsAndData.length == 2 ? Path.of(dirsAndData[1]) : data, copy);
                sides.add(new Server(b[0], dirsAndData[0], copy));
            }
            lucene.index(input);
            // every build against the last (the candidate), so a merge can be checked against each of its parents
            for (int i = 0; i < sides.size() - 1; i++) {
                compareAnswers(queries, sides.get(i), sides.get(sides.size() - 1), mostCommon(input, Article::source),
                        mostCommon(input, art -> art.tags().isEmpty() ? null : art.tags().get(0)), bodies);
            }
            if (clients > 1) {
                ConcurrentTurns.measure(queries, lucene, sides, rounds, clients);
            } else {
                // --fresh: each round asks queries none asked before (headline word pairs), so nothing kept per
                // query or per hit from the warm-up or an earlier round serves it
                List<String> fresh = a.flag("--fresh") ? Queries.neverAsked(corpus.articles(), queries, 13L) : null;
                measure(queries, fresh, lucene, sides, rounds);
            }
        } finally {
            sides.forEach(Server::close);
        }
    }

    /** The value most articles have (an outlet, a first tag), for the filtered page shapes. */
    private static String mostCommon(List<Article> articles, java.util.function.Function<Article, String> value) {
        Map<String, Integer> n = new java.util.HashMap<>();
        for (Article a : articles) {
            String v = value.apply(a);
            if (v != null) {
                n.merge(v, 1, Integer::sum);
            }
        }
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** Three warm-up passes (every build, every route), then the rounds, each printed as it ends. */
    private static void measure(List<String> queries, List<String> fresh, LuceneBaseline lucene, List<Server> sides,
                                int rounds)
            throws Exception {
        for (int pass = 0; pass < 3 * queries.size(); pass++) {
            String q = queries.get(pass % queries.size());
            lucene.search(q, 10);
            for (Server s : sides) {
                for (String route : ROUTES) {
                    s.get(route, q);
                }
            }
        }
        for (int r = 0; r < rounds; r++) {
            int n = queries.size();
            List<String> asked = fresh == null ? queries
                    : fresh.subList(r * n % fresh.size(), Math.min(fresh.size(), r * n % fresh.size() + n));
            System.out.println(round(r, asked, lucene, sides));
        }
    }

    private static String round(int r, List<String> queries, LuceneBaseline lucene, List<Server> sides)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long base = 0;
        long[][] spent = new long[ROUTES.size()][sides.size()];
        // the client's share: this thread's CPU in the same requests (sending, reading, the connection)
        long[][] client = new long[ROUTES.size()][sides.size()];
        for (int qi = 0; qi < queries.size(); qi++) {
            String q = queries.get(qi);
            base += SideBySide.luceneCpu(cpu, lucene, q);
            for (int i : SideBySide.turn(sides.size(), qi, r)) {
                for (int route = 0; route < ROUTES.size(); route++) {
                    long t0 = allThreadsCpu(cpu);
                    long c0 = cpu.getCurrentThreadCpuTime();
                    sides.get(i).get(ROUTES.get(route), q);
                    client[route][i] += cpu.getCurrentThreadCpuTime() - c0;
                    spent[route][i] += allThreadsCpu(cpu) - t0;
                }
            }
        }
        double n = queries.size();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "web-ab: round %d, load %s, lucene %.3f ms",
                r + 1, SideBySide.loadAverage(), base / 1e6 / n));
        String[] routeNames = {"api", "page"};
        for (int route = 0; route < ROUTES.size(); route++) {
            for (int i = 0; i < sides.size(); i++) {
                line.append(String.format(Locale.ROOT, "; %s %s %.3f ms (%.3fx lucene, client %.3f ms)",
                        sides.get(i).name, routeNames[route], spent[route][i] / 1e6 / n,
                        (double) base / spent[route][i], client[route][i] / 1e6 / n));
            }
            for (int i = 1; i < sides.size(); i++) {
                line.append(String.format(Locale.ROOT, "; %s/%s %s CPU %.3f", sides.get(i).name, sides.get(0).name,
                        routeNames[route], (double) spent[route][i] / spent[route][0]));
            }
        }
        return line.toString();
    }

    /** CPU nanoseconds of every live Java thread, summed (a thread that ended takes its CPU with it). */
    static long allThreadsCpu(ThreadMXBean cpu) {
        long sum = 0;
        for (long t : cpu.getAllThreadIds()) {
            long c = cpu.getThreadCpuTime(t);
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
    }

    /**
     * Counts the byte-identical bodies of two builds per shape; with {@code bodies} a directory, each differing pair
     * is kept there (FIRST-LAST/SHAPE/QUERY-NUMBER.NAME, the query beside them) so the differences can be read.
     */
    private static void compareAnswers(List<String> queries, Server first, Server last, String source, String tag,
                                       Path bodies)
            throws Exception {
        StringBuilder line = new StringBuilder("web-ab: " + first.name + " and " + last.name + ":");
        List<String> shapes = new ArrayList<>(ROUTES);
        for (String shape : PAGE_SHAPES) {
            shapes.add(shape.contains("source=%s") ? shape.formatted(URLEncoder.encode(source, StandardCharsets.UTF_8))
                    : shape.contains("tag=%s") ? shape.formatted(URLEncoder.encode(tag, StandardCharsets.UTF_8))
                    : shape);
        }
        for (String shape : shapes) {
            int same = 0;
            int asked = 0;
            String firstDiff = null;
            for (int qi = 0; qi < queries.size(); qi++) {
                // the wordless shape pages through the whole archive instead: page 1 to 300 by date
                String route = shape.contains("page=%d") ? shape.formatted(qi + 1) : shape;
                String q = shape.contains("page=%d") ? "" : queries.get(qi);
                byte[] x = first.answer(route, q);
                byte[] y = last.answer(route, q);
                asked++;
                if (Arrays.equals(x, y)) {
                    same++;
                } else {
                    if (firstDiff == null) {
                        firstDiff = q + " (" + x.length + " vs " + y.length + " bytes)";
                    }
                    if (bodies != null) {
                        Path pair = bodies.resolve(first.name + "-" + last.name);
                        keep(pair.resolve(String.valueOf(shapes.indexOf(shape))), qi, q, first.name, x, last.name, y);
                    }
                }
            }
            line.append(String.format(Locale.ROOT, " %s %d of %d bodies byte-identical%s;", shape, same,
                    asked, firstDiff == null ? "" : ", first differing: " + firstDiff));
        }
        System.out.println(line);
    }

    private static void keep(Path dir, int qi, String q, String firstName, byte[] x, String lastName, byte[] y)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(qi + ".query"), q);
        Files.write(dir.resolve(qi + "." + firstName), x);
        Files.write(dir.resolve(qi + "." + lastName), y);
    }

    /** One build's archive and web server, started by reflection through its own class loader. */
    static final class Server implements AutoCloseable {
        final String name;
        private final Object archive;
        private final Object web;
        private final String base;

        Server(String name, String dirs, Path data) throws Exception {
            this.name = name;
            List<URL> urls = new ArrayList<>();
            for (String d : dirs.split(",")) {
                urls.add(Path.of(d).toUri().toURL());
            }
            URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), WebAB.class.getClassLoader());
            archive = SideBySide.openArchive(loader, data);
            Class<?> webClass = loader.loadClass("org.marsad.web.WebServer");
            Class<?> configClass = loader.loadClass("org.marsad.web.WebServer$Config");
            Object config = configClass.getMethod("of", archive.getClass(), String.class, int.class)
                    .invoke(null, archive, "127.0.0.1", 0);
            web = SideBySide.inLoader(loader, () -> webClass.getMethod("start", configClass).invoke(null, config));
            Method port = webClass.getMethod("port");
            base = "http://127.0.0.1:" + port.invoke(web);
        }

        /** The status line's code and the body of GET route+query, whatever the status. */
        byte[] answer(String route, String q) throws IOException {
            URL url = URI.create(base + route + URLEncoder.encode(q, StandardCharsets.UTF_8)).toURL();
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                byte[] body = in == null ? new byte[0] : in.readAllBytes();
                byte[] out = Arrays.copyOf((status + "\n").getBytes(StandardCharsets.US_ASCII), 4 + body.length);
                System.arraycopy(body, 0, out, 4, body.length);
                return out;
            }
        }

        /** The body of GET route+query; a status other than 200 stops the run. */
        byte[] get(String route, String q) throws IOException {
            URL url = URI.create(base + route + URLEncoder.encode(q, StandardCharsets.UTF_8)).toURL();
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException(name + ": " + url + " answered " + status);
            }
            try (InputStream in = c.getInputStream()) {
                return in.readAllBytes();
            }
        }

        @Override
        public void close() {
            try {
                web.getClass().getMethod("close").invoke(web);
                archive.getClass().getMethod("close").invoke(archive);
            } catch (ReflectiveOperationException e) {
                System.err.println("web-ab: " + name + " did not close: " + e.getCause());
            }
        }
    }
}
