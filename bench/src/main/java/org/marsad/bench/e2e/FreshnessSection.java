package org.marsad.bench.e2e;

import org.marsad.bench.QuickSizes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Percentiles;
import org.marsad.bench.report.Section;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.page.PageArticles;
import org.marsad.ingest.poll.PollLimits;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.Article;
import org.marsad.server.MarsadServer;
import org.marsad.server.Ownership;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * "Fetched → searchable": how soon an article the running server fetched is found by a search over HTTP. A news
 * site on loopback publishes rounds of articles (pages made from the bench corpus, listed in an RSS feed); the
 * server (in this JVM, polling with no per-host delay) is told to poll at each round, as "poll now" does. For each
 * article: from the moment the site finished sending the page to the end of the first HTTP search that found it
 * (searches run back to back, so one search's duration is the resolution). Also: stored by another process (a
 * second, non-owning archive) → found over HTTP, which waits for the server's catch-up tick. Baseline: Lucene alone,
 * adding the same text and reopening a near-real-time reader until a search finds it.
 */
public final class FreshnessSection {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A bound so that a broken server ends the part instead of hanging the bench. */
    private static final Duration ROUND_DEADLINE = Duration.ofMinutes(2);

    private FreshnessSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("freshness", "Fetched → searchable (running server)");
        int rounds = ctx.size(QuickSizes.FRESHNESS_ROUNDS);
        int perRound = 20;
        List<Article> corpus = ctx.corpus().articles();
        if (corpus.isEmpty()) {
            s.skip("no articles to publish");
            return;
        }
        Path dir = ctx.work().resolve("freshness");
        Files.createDirectories(dir);
        Figures f = s.figures();
        f.put("rounds", rounds).put("articles_per_round", perRound);

        double[] fetched;
        double[] stored;
        double[] extraction;
        try (Site site = new Site(corpus)) {
            Ownership own = Ownership.claim(dir);
            try (Archive archive = Archive.open(dir, null)) {
                Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO));
                MarsadServer.Options options = new MarsadServer.Options("127.0.0.1", 0, false, true, fetcher,
                        new PollLimits(100, 3, 4), Clock.systemUTC(), null, null);
                MarsadServer server = MarsadServer.start(own, archive, options, line -> { });
                try {
                    fetched = fetchedToSearchable(server, archive, site, rounds, perRound);
                    stored = storedToSearchable(server, dir, corpus, ctx.size(QuickSizes.FRESHNESS_STORED));
                } finally {
                    server.close();
                }
            } finally {
                own.close();
            }
            extraction = extraction(site, fetched.length);
        }
        double[] lucene = luceneNrt(corpus, fetched.length);

        Percentiles.Latency lf = Percentiles.latencyMillis(fetched);
        Percentiles.Latency ls = Percentiles.latencyMillis(stored);
        Percentiles.Latency ll = Percentiles.latencyMillis(lucene);
        Percentiles.Latency lx = Percentiles.latencyMillis(extraction);
        f.group("extraction").put("page_to_article", lx.toFigures());
        f.group("marsad").put("fetched_to_searchable", lf.toFigures()).put("stored_elsewhere_to_searchable",
                ls.toFigures());
        f.group("lucene").put("added_to_found", ll.toFigures());
        f.ratio("fetched_to_searchable_p50_ms", lf.p50Ms(), ll.p50Ms());
        f.ratio("fetched_to_searchable_p99_ms", lf.p99Ms(), ll.p99Ms());
        ctx.report().headline(new Headline("fetched → searchable over HTTP, p50", "ms", lf.p50Ms(),
                "Lucene alone: add → NRT reopen → found", ll.p50Ms(), false));
        ctx.report().headline(new Headline("fetched → searchable over HTTP, p99", "ms", lf.p99Ms(),
                "Lucene alone: add → NRT reopen → found", ll.p99Ms(), false));
        s.note("Server in this JVM on loopback (poller: 4 threads, no per-host delay; the site allows everything in "
                + "robots.txt). " + fetched.length + " articles in " + rounds + " rounds of " + perRound + "; each round "
                + "makes the source due, as 'poll now' does. Time: the site finished sending the page → the end of the "
                + "first /api/articles search that returned it (searches back to back).");
        s.note("Of that, extracting the article from its page (the same pages again, in this JVM, after the run): p50 "
                + String.format(java.util.Locale.ROOT, "%.0f ms, p99 %.0f ms", lx.p50Ms(), lx.p99Ms())
                + ". The rest is storing, enriching, indexing and the search itself.");
        s.note("Stored by another process: a second archive on the directory (no index writer, as a 'marsad "
                + "ingest' beside the server) saves one article at a time; the server finds it at its next look at the "
                + "store's change counter (every 200 ms), enriches, indexes and refreshes: p50 "
                + String.format(java.util.Locale.ROOT, "%.0f ms, p99 %.0f ms", ls.p50Ms(), ls.p99Ms()) + ".");
    }

    private static double[] fetchedToSearchable(MarsadServer server, Archive archive, Site site, int rounds,
                                                int perRound) throws Exception {
        SourceRegistry registry = new SourceRegistry(archive.store().database());
        HttpClient http = HttpClient.newHttpClient();
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Integer> published = site.publish(perRound);
            if (r == 0) {
                registry.add(new Source("bench-live", null, null, "ar", List.of(URI.create(site.base() + "/feed.xml")),
                        null, Duration.ofMinutes(60), true, null), Instant.now());
            } else {
                registry.pollNow("bench-live", Instant.now());
            }
            Map<Integer, Long> seen = new ConcurrentHashMap<>();
            long end = System.nanoTime() + ROUND_DEADLINE.toNanos();
            while (seen.size() < published.size() && System.nanoTime() < end) {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "api/articles?limit=100&q=round" + site.round())).build(), HttpResponse.BodyHandlers.ofString());
                long now = System.nanoTime();
                for (JsonNode hit : JSON.readTree(resp.body()).get("results")) {
                    String url = hit.get("url").asText();
                    int n = Integer.parseInt(url.substring(url.lastIndexOf('/') + 1, url.length() - ".html".length()));
                    seen.putIfAbsent(n, now);
                }
            }
            for (int n : published) {
                Long at = seen.get(n);
                Long sent = site.sent.get(n);
                if (at == null || sent == null) {
                    throw new IllegalStateException("article " + n + " was not found within " + ROUND_DEADLINE);
                }
                out.add((at - sent) / 1e6);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] storedToSearchable(MarsadServer server, Path dir, List<Article> corpus, int n)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double[] out = new double[n];
        try (Archive other = Archive.open(dir, null)) {
            for (int i = 0; i < n; i++) {
                Article base = corpus.get(i % corpus.size());
                String marker = "elsewhere" + i;
                Article a = Article.builder().url("https://elsewhere.example/" + i).title(base.title())
                        .body(List.of(base.bodyText(), marker)).source("bench-elsewhere").language("ar").build();
                other.save(List.of(new ArticleStore.Incoming(a, null)));
                long t0 = System.nanoTime();
                long end = t0 + ROUND_DEADLINE.toNanos();
                while (System.nanoTime() < end) {
                    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(server.url()
                            + "api/articles?q=" + marker)).build(), HttpResponse.BodyHandlers.ofString());
                    if (JSON.readTree(resp.body()).get("total").asLong() > 0) {
                        break;
                    }
                }
                out[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return out;
    }

    private static double[] extraction(Site site, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            byte[] page = site.page(i).getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            PageArticles.extract(URI.create(site.base() + "/news/" + i + ".html"), page, "text/html; charset=utf-8",
                    Instant.now());
            out[i] = (System.nanoTime() - t0) / 1e6;
        }
        return out;
    }

    private static double[] luceneNrt(List<Article> corpus, int n) throws IOException {
        double[] out = new double[n];
        try (ByteBuffersDirectory d = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer()))) {
            SearcherManager searchers = new SearcherManager(w, new SearcherFactory());
            for (int i = 0; i < n; i++) {
                Article a = corpus.get(i % corpus.size());
                Document doc = new Document();
                doc.add(new StringField("id", "a" + i, Field.Store.YES));
                doc.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
                doc.add(new TextField("body", a.bodyText(), Field.Store.YES));
                long t0 = System.nanoTime();
                w.addDocument(doc);
                while (true) {
                    searchers.maybeRefreshBlocking();
                    IndexSearcher s = searchers.acquire();
                    try {
                        if (s.count(new TermQuery(new Term("id", "a" + i))) > 0) {
                            break;
                        }
                    } finally {
                        searchers.release(s);
                    }
                }
                out[i] = (System.nanoTime() - t0) / 1e6;
            }
            searchers.close();
        }
        return out;
    }

    /** The news site on loopback: an RSS feed of the published articles, one page each, robots.txt allowing all. */
    private static final class Site implements AutoCloseable {
        private final HttpServer server;
        private final List<Article> corpus;
        private final List<Integer> published = new CopyOnWriteArrayList<>();
        final Map<Integer, Long> sent = new ConcurrentHashMap<>();
        private volatile int round;

        Site(List<Article> corpus) throws IOException {
            this.corpus = corpus;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", this::answer);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int round() {
            return round;
        }

        List<Integer> publish(int count) {
            round++;
            List<Integer> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = published.size();
                published.add(n);
                added.add(n);
            }
            return added;
        }

        private int roundOf(int n) {
            return n / 20 + 1;
        }

        private void answer(HttpExchange ex) throws IOException {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                if (path.equals("/robots.txt")) {
                    send(ex, "text/plain", "User-agent: *\nAllow: /\n");
                } else if (path.equals("/feed.xml")) {
                    send(ex, "application/rss+xml; charset=utf-8", feed());
                } else if (path.startsWith("/news/") && path.endsWith(".html")) {
                    int n = Integer.parseInt(path.substring(6, path.length() - 5));
                    send(ex, "text/html; charset=utf-8", page(n));
                    sent.putIfAbsent(n, System.nanoTime());
                } else {
                    ex.sendResponseHeaders(404, -1);
                }
            }
        }

        private String feed() {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>bench</title><link>" + base() + "/</link>");
            for (int i = published.size() - 1; i >= 0; i--) {
                s.append("<item><title>").append(escape(article(i).title())).append("</title><link>").append(base())
                        .append("/news/").append(i).append(".html</link></item>");
            }
            return s.append("</channel></rss>").toString();
        }

        private Article article(int n) {
            return corpus.get(n % corpus.size());
        }

        String page(int n) {
            Article a = article(n);
            StringBuilder body = new StringBuilder();
            for (String p : a.body()) {
                // The round's marker word rides in the first paragraph, where no extractor drops it.
                String marker = body.length() == 0 ? " round" + roundOf(n) : "";
                body.append("<p>").append(escape(p)).append(marker).append("</p>");
            }
            return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
                    + escape(a.title()) + "</title><meta property=\"article:published_time\" content=\""
                    + "2024-06-01T10:00:00+03:00\"></head><body><article><h1>" + escape(a.title()) + "</h1>" + body
                    + "</article></body></html>";
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
