package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.testsite.TestSite;

/**
 * Politeness as configured in production ({@link FetchLimits#defaults()}, what {@code marsad serve} and {@code run}
 * use: 1 s between two requests to one host, a robots.txt Crawl-delay honoured as given, up to 300 s). The fetcher runs on a
 * fake pacing whose sleeps move only its own clock, and the loopback site records that clock when each request
 * arrives: the spacing is checked exactly, with no wall-clock threshold and no real waiting.
 */
class PolitenessTest {
    private static final FetchLimits PRODUCTION = FetchLimits.defaults();

    /** A clock that moves only when the fetcher sleeps. */
    static final class FakePacing implements Pacing {
        final AtomicLong now = new AtomicLong(1_000_000_000L);
        final List<Long> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleepNanos(long nanos) {
            if (nanos > 0) {
                sleeps.add(nanos);
                now.addAndGet(nanos);
            }
        }
    }

    private final FakePacing pacing = new FakePacing();
    private final TestSite site = new TestSite();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final Fetcher fetcher = Fetcher.create(PRODUCTION, pacing);

    @AfterEach
    void stop() {
        site.close();
    }

    /** A route that notes the fake time at which each request arrived, then answers. */
    private TestSite.Route timed(String name, TestSite.Route answer) {
        return ex -> {
            arrivals.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(pacing.nanoTime());
            order.add(name);
            answer.handle(ex);
        };
    }

    private void pages(String... paths) {
        for (String p : paths) {
            site.route(p, timed(p, TestSite.ok("text/html; charset=utf-8", "<p>" + p + "</p>")));
        }
    }

    private FetchResult get(URI uri) {
        return fetcher.fetch(FetchRequest.page(uri, true));
    }

    private List<Duration> gaps(List<Long> times) {
        List<Duration> out = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            out.add(Duration.ofNanos(times.get(i) - times.get(i - 1)));
        }
        return out;
    }

    private List<Long> timesInOrder() {
        List<Long> out = new ArrayList<>();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        for (String name : order) {
            int i = seen.merge(name, 1, Integer::sum) - 1;
            out.add(arrivals.get(name).get(i));
        }
        return out;
    }

    @Test
    void productionDefaultsSpaceRequestsToOneHostByAtLeastOneSecond() {
        assertThat(PRODUCTION.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        site.route("/robots.txt", timed("/robots.txt", TestSite.status(404)));
        pages("/a.html", "/b.html", "/c.html");

        for (String p : List.of("/a.html", "/b.html", "/c.html", "/a.html")) {
            assertThat(get(site.uri(p))).isInstanceOf(FetchResult.Fetched.class);
        }

        assertThat(order).containsExactly("/robots.txt", "/a.html", "/b.html", "/c.html", "/a.html");
        // robots.txt, then each page: every start at least 1 s after the previous one, and no more than needed.
        assertThat(gaps(timesInOrder())).hasSize(4).allSatisfy(g -> assertThat(g).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void robotsCrawlDelayRaisesTheSpacing() {
        site.route("/robots.txt", timed("/robots.txt", TestSite.ok("text/plain",
                "User-agent: *\nCrawl-delay: 5\nDisallow: /private/\n")));
        pages("/a.html", "/b.html", "/c.html");

        for (String p : List.of("/a.html", "/b.html", "/c.html")) {
            assertThat(get(site.uri(p))).isInstanceOf(FetchResult.Fetched.class);
        }

        List<Duration> gaps = gaps(timesInOrder());
        // robots.txt itself is fetched at the host delay; from then on the host's Crawl-delay of 5 s holds.
        assertThat(gaps.get(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(gaps.subList(1, gaps.size())).hasSize(2)
                .allSatisfy(g -> assertThat(g).isEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    void aLongCrawlDelayIsHonouredAsGiven() {
        site.route("/robots.txt", timed("/robots.txt", TestSite.ok("text/plain",
                "User-agent: *\nCrawl-delay: 120\n")));
        pages("/a.html", "/b.html", "/c.html");

        for (String p : List.of("/a.html", "/b.html", "/c.html")) {
            assertThat(get(site.uri(p))).isInstanceOf(FetchResult.Fetched.class);
        }

        List<Duration> gaps = gaps(timesInOrder());
        assertThat(gaps.subList(1, gaps.size())).hasSize(2)
                .allSatisfy(g -> assertThat(g).isEqualTo(Duration.ofSeconds(120)));
    }

    @Test
    void theLongestCrawlDelayASiteMayAskIsFiveMinutesAndItIsHonoured() {
        // 300 s is crawler-commons' bound: at most that is a delay, beyond it robots.txt disallows everything.
        site.route("/robots.txt", timed("/robots.txt", TestSite.ok("text/plain",
                "User-agent: *\nCrawl-delay: 300\n")));
        pages("/a.html", "/b.html");

        get(site.uri("/a.html"));
        get(site.uri("/b.html"));

        List<Duration> gaps = gaps(timesInOrder());
        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(1)).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aSiteAskingForMoreThanFiveMinutesBetweenRequestsIsNotCrawledAtAll() {
        // crawler-commons reads a Crawl-delay above 300 s as "disallow everything": such a host is refused
        // (recorded per URL as a robots refusal), not crawled at the capped pace.
        site.route("/robots.txt", timed("/robots.txt", TestSite.ok("text/plain",
                "User-agent: *\nCrawl-delay: 86400\n")));
        pages("/a.html");

        assertThat(get(site.uri("/a.html"))).isInstanceOfSatisfying(FetchResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(FetchResult.Refusal.ROBOTS));
        assertThat(order).containsExactly("/robots.txt");
    }

    @Test
    void aCrawlDelayShorterThanTheHostDelayDoesNotShortenIt() {
        site.route("/robots.txt", timed("/robots.txt", TestSite.ok("text/plain", "User-agent: *\nCrawl-delay: 0.2\n")));
        pages("/a.html", "/b.html");

        get(site.uri("/a.html"));
        get(site.uri("/b.html"));

        assertThat(gaps(timesInOrder())).hasSize(2)
                .allSatisfy(g -> assertThat(g).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void anotherHostDoesNotWaitForThisOne() {
        site.route("/robots.txt", timed("/robots.txt", TestSite.status(404)));
        pages("/a.html", "/b.html");
        URI other = URI.create("http://localhost:" + site.port() + "/b.html");

        get(site.uri("/a.html"));
        long before = pacing.nanoTime();
        get(other);

        // 127.0.0.1 and localhost are two hosts to the fetcher: the second one's robots.txt goes out at once, its
        // page one host delay later.
        List<Long> robots = arrivals.get("/robots.txt");
        assertThat(robots).hasSize(2);
        assertThat(robots.get(1)).isEqualTo(before);
        assertThat(Duration.ofNanos(arrivals.get("/b.html").get(0) - robots.get(1))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retriesBackOffExponentiallyAndHonourRetryAfterUpToTheBound() {
        site.route("/robots.txt", TestSite.status(404));
        AtomicLong calls = new AtomicLong();
        site.route("/busy.html", timed("/busy.html", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "3600");
                TestSite.send(ex, 429, "text/plain", new byte[0]);
            } else {
                TestSite.send(ex, 503, "text/plain", new byte[0]);
            }
        }));

        FetchResult r = get(site.uri("/busy.html"));

        assertThat(r).isInstanceOf(FetchResult.Failed.class);
        List<Long> times = arrivals.get("/busy.html");
        assertThat(times).hasSize(1 + PRODUCTION.maxRetries());
        // First retry: Retry-After 3600 s, capped at 30 s; the next: 1 s doubled = 2 s, spaced at least by the host
        // delay as well.
        assertThat(gaps(times)).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(2));
    }
}
