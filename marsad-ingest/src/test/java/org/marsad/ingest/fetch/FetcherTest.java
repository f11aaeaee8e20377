package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.testsite.TestSite;

class FetcherTest {
    private static final FetchLimits LIMITS = FetchLimits.defaults()
            .withHostDelay(Duration.ZERO)
            .withRetries(2, Duration.ofMillis(1));

    private final TestSite site = new TestSite();
    private final Fetcher fetcher = Fetcher.create(LIMITS);

    @AfterEach
    void stop() {
        site.close();
    }

    private FetchResult get(String path) {
        return fetcher.fetch(FetchRequest.page(site.uri(path), true));
    }

    @Test
    void fetchesAPageAndIdentifiesItself() {
        site.route("/a.html", TestSite.ok("text/html; charset=utf-8", "<p>مرحبا</p>"));

        FetchResult r = get("/a.html");

        assertThat(r).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched f = (FetchResult.Fetched) r;
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>مرحبا</p>");
        assertThat(f.declaredCharset()).contains("utf-8");
        assertThat(site.hits("/a.html").get(0).header("User-Agent")).startsWith("Marsad/0.1 (+http");
    }

    @Test
    void obeysRobotsTxtAndFetchesItOncePerHost() {
        site.route("/robots.txt", TestSite.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
        site.route("/private/secret.html", TestSite.ok("text/html", "secret"));
        site.route("/public.html", TestSite.ok("text/html", "public"));

        FetchResult denied = get("/private/secret.html");
        FetchResult allowed = get("/public.html");

        assertThat(denied).isInstanceOfSatisfying(FetchResult.Refused.class,
                x -> assertThat(x.reason()).isEqualTo(FetchResult.Refusal.ROBOTS));
        assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
        assertThat(site.hits("/private/secret.html")).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void aClosedPortIsAConnectionFailureNotARobotsRule() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FetchResult r = fetcher.fetch(FetchRequest.page(URI.create("http://127.0.0.1:" + port + "/news.html"), true));

        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isZero();
            assertThat(f.message()).isEqualTo("cannot reach 127.0.0.1:" + port + ": connection refused");
        });
    }

    @Test
    void aRobotsTxtAnsweringWithAServerErrorStillForbidsThePage() {
        site.route("/robots.txt", TestSite.status(503));
        site.route("/a.html", TestSite.ok("text/html", "a"));

        assertThat(get("/a.html")).isInstanceOfSatisfying(FetchResult.Refused.class,
                x -> assertThat(x.reason()).isEqualTo(FetchResult.Refusal.ROBOTS));
        assertThat(site.hits("/a.html")).isEmpty();
    }

    @Test
    void aPrivateAddressIsNamedInOneClause() {
        FetchResult r = fetcher.fetch(FetchRequest.page(site.uri("/a.html"), false));
        assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class, x -> {
            assertThat(x.reason()).isEqualTo(FetchResult.Refusal.PRIVATE_ADDRESS);
            assertThat(x.message()).isEqualTo("non-public address 127.0.0.1");
        });
    }

    @Test
    void robotsRulesForMarsadByName() {
        site.route("/robots.txt", TestSite.ok("text/plain",
                "User-agent: marsad\nDisallow: /news/\n\nUser-agent: *\nDisallow: /\n"));
        site.route("/other.html", TestSite.ok("text/html", "x"));

        assertThat(get("/news/1.html")).isInstanceOf(FetchResult.Refused.class);
        assertThat(get("/other.html")).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void conditionalGetAnswersNotModified() {
        site.route("/feed.xml", TestSite.conditional("application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8),
                "\"v1\"", "Tue, 03 Jun 2020 03:01:00 GMT"));

        FetchResult first = fetcher.fetch(FetchRequest.feed(site.uri("/feed.xml"), true, null));
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        Validators v = ((FetchResult.Fetched) first).validators();
        assertThat(v).isEqualTo(new Validators("\"v1\"", "Tue, 03 Jun 2020 03:01:00 GMT"));

        FetchResult second = fetcher.fetch(FetchRequest.feed(site.uri("/feed.xml"), true, v));

        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        TestSite.Hit hit = site.hits("/feed.xml").get(1);
        assertThat(hit.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(hit.header("If-Modified-Since")).isEqualTo("Tue, 03 Jun 2020 03:01:00 GMT");
    }

    @Test
    void retriesServerErrorsAFewTimesThenFails() {
        site.route("/down", TestSite.status(500));

        FetchResult r = get("/down");

        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.status()).isEqualTo(500));
        assertThat(site.hits("/down")).hasSize(1 + LIMITS.maxRetries());
    }

    @Test
    void aRetryCanSucceed() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                TestSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.send(ex, 200, "text/html", "ok".getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(get("/flaky")).isInstanceOf(FetchResult.Fetched.class);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void clientErrorsAreNotRetried() {
        assertThat(get("/missing")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.status()).isEqualTo(404));
        assertThat(site.hits("/missing")).hasSize(1);
    }

    @Test
    void slowResponsesTimeOut() {
        site.route("/slow", ex -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Fetcher impatient = Fetcher.create(LIMITS.withRequestTimeout(Duration.ofMillis(300)).withRetries(1,
                Duration.ofMillis(1)));

        FetchResult r = impatient.fetch(FetchRequest.page(site.uri("/slow"), true));

        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.message()).contains("no complete response"));
        assertThat(site.hits("/slow")).hasSize(2);
    }

    @Test
    void redirectsAreFollowedAndLoopsStopped() {
        site.route("/old", TestSite.redirect(301, "/new"));
        site.route("/new", TestSite.ok("text/html", "moved"));
        site.route("/loop-a", TestSite.redirect(302, "/loop-b"));
        site.route("/loop-b", TestSite.redirect(302, site.base() + "/loop-a"));

        assertThat(get("/old")).isInstanceOfSatisfying(FetchResult.Fetched.class,
                f -> assertThat(f.finalUri()).isEqualTo(site.uri("/new")));
        assertThat(get("/loop-a")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.message()).contains("redirect loop"));
    }

    @Test
    void redirectChainsAreBounded() {
        for (int i = 0; i < 10; i++) {
            site.route("/hop" + i, TestSite.redirect(302, "/hop" + (i + 1)));
        }
        site.route("/hop10", TestSite.ok("text/html", "end"));

        assertThat(get("/hop0")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.message()).contains("too many redirects"));
        assertThat(site.hits("/hop" + (LIMITS.maxRedirects() + 1))).isEmpty();
    }

    @Test
    void oversizedBodiesAreRefusedWithOrWithoutContentLength() {
        byte[] big = new byte[300_000];
        site.route("/big", TestSite.ok("text/html", big));
        site.route("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write(new byte[10_000]);
                }
            }
        });
        Fetcher small = Fetcher.create(LIMITS.withBodyLimits(100_000, 100_000));

        for (String path : List.of("/big", "/big-chunked")) {
            assertThat(small.fetch(FetchRequest.page(site.uri(path), true)))
                    .isInstanceOfSatisfying(FetchResult.Failed.class,
                            f -> assertThat(f.message()).contains("exceeds 100000 bytes"));
        }
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws IOException {
        String html = "<p>نص مضغوط</p>".repeat(50);
        site.route("/gz", encoded("gzip", gzip(html.getBytes(StandardCharsets.UTF_8))));
        site.route("/deflate", encoded("deflate", deflate(html.getBytes(StandardCharsets.UTF_8))));

        for (String path : List.of("/gz", "/deflate")) {
            FetchResult r = get(path);
            assertThat(r).isInstanceOf(FetchResult.Fetched.class);
            assertThat(new String(((FetchResult.Fetched) r).body(), StandardCharsets.UTF_8)).isEqualTo(html);
        }
        assertThat(site.hits("/gz").get(0).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void aGzipBombIsStoppedWithAClearError() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 16; i++) {
                gz.write(zeros);
            }
        }
        site.route("/bomb", encoded("gzip", bomb.toByteArray()));
        Fetcher f = Fetcher.create(LIMITS.withBodyLimits(1 << 20, 2 << 20));

        FetchResult r = f.fetch(FetchRequest.page(site.uri("/bomb"), true));

        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
                x -> assertThat(x.message()).contains("compression bomb"));
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivate() {
        site.route("/feed.xml", TestSite.ok("application/rss+xml", "<rss/>"));

        FetchResult byIp = fetcher.fetch(FetchRequest.feed(site.uri("/feed.xml"), false, null));
        FetchResult byName = fetcher.fetch(FetchRequest.feed(
                URI.create("http://localhost:" + site.port() + "/feed.xml"), false, null));

        for (FetchResult r : List.of(byIp, byName)) {
            assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class,
                    x -> assertThat(x.reason()).isEqualTo(FetchResult.Refusal.PRIVATE_ADDRESS));
        }
        assertThat(site.hits()).isEmpty();
    }

    @Test
    void aPublicSourceRedirectingToLoopbackIsRefusedAtThatHop() throws Exception {
        // news.example "resolves" to a public address for the guard; the connection itself goes through the
        // test site acting as a proxy, so the first hop really is served and its redirect really is followed.
        InetAddress publicAddress = InetAddress.getByAddress("news.example", new byte[] {93, (byte) 184, (byte) 216, 34});
        AddressGuard.Resolver resolver = host -> host.equals("news.example")
                ? List.of(publicAddress) : AddressGuard.SYSTEM.resolve(host);
        Fetcher proxied = Fetcher.create(LIMITS, resolver,
                ProxySelector.of(new InetSocketAddress("127.0.0.1", site.port())));
        site.route("/go", TestSite.redirect(302, site.base() + "/internal-admin"));
        site.route("/internal-admin", TestSite.ok("text/html", "secret"));

        FetchResult r = proxied.fetch(FetchRequest.page(URI.create("http://news.example/go"), false));

        assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class, x -> {
            assertThat(x.reason()).isEqualTo(FetchResult.Refusal.PRIVATE_ADDRESS);
            assertThat(x.message()).contains("127.0.0.1");
        });
        assertThat(site.hits("/go")).hasSize(1);
        assertThat(site.hits("/internal-admin")).isEmpty();
    }

    @Test
    void aHostNeverSeesMoreRequestsAtOnceThanTheLimit() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        site.route("/busy", ex -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            TestSite.send(ex, 200, "text/html", "ok".getBytes(StandardCharsets.UTF_8));
        });
        Fetcher one = Fetcher.create(new FetchLimits(LIMITS.connectTimeout(), LIMITS.requestTimeout(),
                LIMITS.maxBodyBytes(), LIMITS.maxDecodedBytes(), LIMITS.maxRedirects(), 0, LIMITS.retryBaseDelay(),
                LIMITS.retryMaxDelay(), Duration.ZERO, LIMITS.maxCrawlDelay(), 1, LIMITS.robotsTtl()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<FetchResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> one.fetch(FetchRequest.page(site.uri("/busy"), true))));
            }
            for (var f : results) {
                assertThat(f.get()).isInstanceOf(FetchResult.Fetched.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(site.hits("/busy")).hasSize(6);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void onlyHttpSchemesAreFetched() {
        FetchResult r = fetcher.fetch(FetchRequest.page(URI.create("file:///etc/passwd"), true));
        assertThat(r).isInstanceOfSatisfying(FetchResult.Refused.class,
                x -> assertThat(x.reason()).isEqualTo(FetchResult.Refusal.SCHEME));
    }

    private static TestSite.Route encoded(String encoding, byte[] body) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Encoding", encoding);
            TestSite.send(ex, 200, "text/html; charset=utf-8", body);
        };
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(b);
        }
        return out.toByteArray();
    }
}
