package org.marsad.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.store.Archive;

class PollRunnerTest {
    /** Named like the fixture site's og:site_name, so page and feed paths credit the same outlet. */
    private static final String NAME = "المرصد";
    private static final String CATEGORY = "أخبار عربية";

    @TempDir
    Path dir;
    private TestSite site;
    private Archive archive;
    private SourceRegistry registry;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        site = NewsSite.start();
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
    }

    @AfterEach
    void stop() {
        archive.close();
        site.close();
    }

    private PollRunner runner() {
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        return new PollRunner(archive, fetcher, Clock.systemUTC(), new PollLimits(100, 3, 2), log::add);
    }

    private void addTestSource(boolean allowPrivate) {
        registry.add(new Source(NAME, null, null, "ar", CATEGORY, List.of(site.uri("/feed.xml")),
                site.uri("/sitemap-news.xml"), null, allowPrivate, null), Instant.now());
    }

    private Optional<Article> article(String path) {
        String url = site.base() + path;
        return archive.store().latest(100, 0).stream().filter(a -> url.equals(a.url())).findFirst();
    }

    // A loopback or intranet source whose feed URL is the site's page: the hint must be a command that works for
    // it, and 'sources discover' refuses such an address without --allow-private.
    @Test
    void aPageGivenAsTheFeedOfAPrivateSourceHintsADiscoveryAllowedTheSame() {
        URI page = site.uri("/news/summit.html");
        registry.add(new Source(NAME, null, null, "ar", CATEGORY, List.of(page), null, null, true, null),
                Instant.now());

        List<PollReport> reports = runner().pollAll();

        assertThat(reports.get(0).errors()).containsExactly(page + ": an HTML page, not a feed: "
                + "'marsad sources discover --allow-private " + page + "' lists the feeds a site links to");
    }

    // review18: the same for a page given as a private source's sitemap (it was a raw XML parser message)
    @Test
    void aPageGivenAsTheSitemapOfAPrivateSourceHintsADiscoveryAllowedTheSame() {
        URI page = site.uri("/news/summit.html");
        registry.add(new Source(NAME, null, null, "ar", CATEGORY, List.of(), page, null, true, null),
                Instant.now());

        List<PollReport> reports = runner().pollAll();

        assertThat(reports.get(0).errors()).containsExactly(page + ": an HTML page, not a sitemap: "
                + "'marsad sources discover --allow-private " + page + "' lists the feeds and sitemaps a site names");
    }

    // A feed that moved for good (301) is followed at its new address, as a feed reader does: the source's list
    // shows it, the next poll asks the new address only, and a temporary redirect (302) changes nothing.
    @Test
    void aFeedThatMovedPermanentlyIsFollowedAtItsNewAddress() {
        site.route("/old-feed.xml", TestSite.redirect(301, "/feed.xml"));
        site.route("/today.xml", TestSite.redirect(302, "/feed.xml"));
        site.route("/dropped.xml", TestSite.redirect(301, "/news/summit.html"));
        registry.add(new Source(NAME, null, null, "ar", CATEGORY, List.of(site.uri("/old-feed.xml")), null, null,
                true, null), Instant.now());
        registry.add(new Source("مؤقت", null, null, "ar", null, List.of(site.uri("/today.xml")), null, null,
                true, null), Instant.now());
        registry.add(new Source("متروك", null, null, "ar", null, List.of(site.uri("/dropped.xml")), null, null,
                true, null), Instant.now());
        PollRunner runner = runner();

        List<PollReport> first = runner.pollAll();

        assertThat(first).filteredOn(r -> !r.source().equals("متروك"))
                .allSatisfy(r -> assertThat(r.success()).isTrue());
        assertThat(article("/news/summit.html")).isPresent();
        assertThat(registry.get(NAME).orElseThrow().feeds()).containsExactly(site.uri("/feed.xml"));
        assertThat(registry.get("مؤقت").orElseThrow().feeds()).containsExactly(site.uri("/today.xml"));
        // a feed that now leads to a page (the site dropped it) keeps the address its error names
        assertThat(registry.get("متروك").orElseThrow().feeds()).containsExactly(site.uri("/dropped.xml"));
        assertThat(log).contains(NAME + ": the feed " + site.uri("/old-feed.xml") + " moved permanently to "
                + site.uri("/feed.xml") + "; following the new address");

        runner.pollAll();
        assertThat(site.hits("/old-feed.xml")).hasSize(1);
        assertThat(site.hits("/today.xml")).hasSize(2);
    }

    @Test
    void collectsTheSitesArticlesWithTheirFields() {
        addTestSource(true);

        List<PollReport> reports = runner().pollAll();

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.success()).isTrue());
        Article summit = article("/news/summit.html").orElseThrow();
        assertThat(summit.title()).isEqualTo("قمة عربية طارئة في القاهرة");
        assertThat(summit.published()).isEqualTo("2020-06-03T01:30:00+04:00");
        assertThat(summit.body()).contains("يجتمع القادة العرب في القاهرة اليوم في قمة طارئة.");
        assertThat(summit.source()).isEqualTo(NAME);
        assertThat(summit.language()).isEqualTo("ar");
        assertThat(summit.fetchedAt()).isNotNull();
        assertThat(summit.category()).as("filed under its source's category").isEqualTo(CATEGORY);
        // The page, not the feed's shorter text, gave the body; its bytes are kept for re-extraction.
        assertThat(summit.bodyText()).contains("يصدر عن القمة بيان ختامي");
        assertThat(archive.store().raw(summit.id())).hasValueSatisfying(raw -> {
            assertThat(raw.kind()).isEqualTo("html");
            assertThat(raw.contentText()).contains("<article>");
        });
        Article oil = article("/news/oil.html").orElseThrow();
        assertThat(oil.title()).isEqualTo("ارتفاع أسعار النفط");
        // windows-1256, declared only in the page's meta tag, decoded to Arabic.
        assertThat(oil.bodyText()).contains("ويعزو المحللون الارتفاع إلى تراجع المخزونات الأمريكية");
        assertThat(oil.publishedDay()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2020-06-02"));
        assertThat(site.hits("/news/oil.html")).hasSize(1);
        assertThat(site.hits("/news/sport.html")).as("a sitemap-only page is fetched").hasSize(1);
        assertThat(article("/news/sport.html")).hasValueSatisfying(a -> {
            assertThat(a.title()).isEqualTo("فوز المنتخب في التصفيات");
            assertThat(a.published()).isEqualTo("2020-06-04T09:00:00+03:00");
        });
        assertThat(article("/news/deleted.html")).isEmpty();
    }

    @Test
    void aPausedSourceIsNotPolledUntilResumed() {
        addTestSource(true);
        registry.setPaused(NAME, true);
        PollRunner runner = runner();
        assertThat(runner.pollAll()).isEmpty();
        assertThat(runner.pollDue()).isEmpty();
        assertThat(archive.store().latest(10, 0)).isEmpty();

        registry.setPaused(NAME, false);
        assertThat(runner.pollDue()).extracting(PollReport::source).containsExactly(NAME);
        assertThat(archive.store().latest(10, 0)).isNotEmpty();
    }

    @Test
    void robotsTxtIsObeyedAndTheFeedsOwnTextIsKeptInstead() {
        addTestSource(true);

        runner().pollAll();

        assertThat(site.hits("/private/report.html")).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
        assertThat(article("/private/report.html")).hasValueSatisfying(a -> {
            assertThat(a.title()).isEqualTo("تقرير داخلي");
            assertThat(a.body()).containsExactly("نص التقرير كما نشرته الخلاصة.");
            assertThat(a.category()).isEqualTo(CATEGORY);
        });
    }

    @Test
    void theNextPollIsConditionalAndAddsNoDuplicates() {
        addTestSource(true);
        runner().pollAll();
        long count = archive.store().count();
        int pageHits = site.hits().size();

        PollReport second = runner().pollAll().get(0);

        List<TestSite.Hit> feedHits = site.hits("/feed.xml");
        assertThat(feedHits).hasSize(2);
        assertThat(feedHits.get(1).header("If-None-Match")).isEqualTo(NewsSite.FEED_ETAG);
        assertThat(feedHits.get(1).header("If-Modified-Since")).isEqualTo(NewsSite.FEED_LAST_MODIFIED);
        assertThat(second.notModified()).as("feed and sitemap answered 304").isEqualTo(2);
        assertThat(second.stored()).isZero();
        assertThat(archive.store().count()).isEqualTo(count);
        // Only the two listings (and the robots.txt of a new Fetcher) were requested again; no page twice.
        assertThat(site.hits().size() - pageHits).isEqualTo(3);
    }

    @Test
    void pollingAChangedFeedAgainStoresNothingTwice() {
        addTestSource(true);
        runner().pollAll();
        long count = archive.store().count();
        // The feed changes its validators (as a site whose feed is regenerated each time): a full download.
        site.route("/feed.xml", TestSite.resource("application/rss+xml", "/site/feed.xml"));
        site.route("/sitemap-news.xml", TestSite.resource("application/xml", "/site/sitemap-news.xml"));

        PollReport second = runner().pollAll().get(0);

        assertThat(second.found()).isEqualTo(5);
        assertThat(second.stored()).isZero();
        assertThat(archive.store().count()).isEqualTo(count);
        assertThat(site.hits("/news/summit.html")).hasSize(1);
    }

    // Found by a worker run: the listing's validators were saved before its items were dealt with, so items beyond
    // one poll's page cap (or pages that failed for now) were never offered again — the next poll got a 304.
    @Test
    void pagesBeyondOnePollsCapAreFetchedByTheFollowingPolls() {
        addTestSource(true);
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO));
        PollRunner capped = new PollRunner(archive, fetcher, Clock.systemUTC(), new PollLimits(1, 3, 2), log::add);

        PollReport first = capped.pollAll().get(0);
        assertThat(first.fresh()).isEqualTo(1);
        int polls = 1;
        while (capped.pollAll().get(0).fresh() > 0) {
            polls++;
            assertThat(polls).as("one page per poll, then done").isLessThanOrEqualTo(first.found());
        }

        assertThat(article("/news/summit.html")).isPresent();
        assertThat(article("/news/oil.html")).isPresent();
        assertThat(article("/news/sport.html")).isPresent();
        assertThat(site.hits("/news/summit.html")).as("no page fetched twice").hasSize(1);
        // Once all was dealt with, the listings are conditional again.
        assertThat(capped.pollAll().get(0).notModified()).isEqualTo(2);
    }

    @Test
    void aPageThatFailedForNowIsFetchedByTheNextPoll() {
        addTestSource(true);
        site.route("/news/sport.html", TestSite.status(503));
        runner().pollAll();
        assertThat(article("/news/sport.html")).isEmpty();

        site.route("/news/sport.html", TestSite.resource("text/html; charset=utf-8", "/site/news/sport.html"));
        PollReport second = runner().pollAll().get(0);

        assertThat(second.stored()).isEqualTo(1);
        assertThat(article("/news/sport.html")).isPresent();
    }

    @Test
    void aFailingSourceBacksOffAndIsNotDueUntilThen() {
        site.route("/broken-feed.xml", TestSite.status(500));
        registry.add(Source.of("Broken", List.of(site.uri("/broken-feed.xml")), null, true), Instant.now());
        Instant before = Instant.now();

        PollRunner runner = runner();
        PollReport r = runner.pollAll().get(0);

        assertThat(r.success()).isFalse();
        SourceHealth h = registry.get("Broken").orElseThrow().health();
        assertThat(h.consecutiveFailures()).isEqualTo(1);
        assertThat(h.lastError()).contains("HTTP 500");
        assertThat(h.nextPoll()).isAfter(before.plus(Source.DEFAULT_INTERVAL).minusSeconds(1));
        int hits = site.hits("/broken-feed.xml").size();
        assertThat(runner.pollDue()).isEmpty();
        assertThat(site.hits("/broken-feed.xml")).hasSize(hits);
    }

    @Test
    void aSourceWithoutAllowPrivateCannotReachLoopback() {
        addTestSource(false);

        PollReport r = runner().pollAll().get(0);

        assertThat(r.success()).isFalse();
        assertThat(registry.get(NAME).orElseThrow().health().lastError()).contains("non-public address 127.0.0.1");
        assertThat(site.hits()).isEmpty();
        assertThat(archive.store().count()).isZero();
    }

    // A source's poll fetches its pages after its feed, at the host's pace (minutes for 50 pages): meanwhile the
    // sources page and /api/sources read its health, which showed "new" (never polled) until the last page was in.
    @Test
    void aSourceIsShownPolledOnceItsFeedIsReadWhileItsPagesAreStillFetched() throws Exception {
        CountDownLatch pageAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestSite slow = new TestSite()) {
            String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>بطيء</title>"
                    + "<item><title>خبر</title><link>" + slow.base() + "/news/slow.html</link></item></channel></rss>";
            slow.route("/feed.xml", TestSite.ok("application/rss+xml", feed));
            slow.route("/news/slow.html", ex -> {
                pageAsked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestSite.ok("text/html; charset=utf-8", "<html><head><title>خبر بطيء</title></head><body><article>"
                        + "<h1>خبر بطيء</h1><p>نص الخبر الذي وصل متأخرا بعد انتظار طويل من الموقع.</p></article>"
                        + "</body></html>").handle(ex);
            });
            registry.add(new Source("بطيء", null, null, "ar", null, List.of(slow.uri("/feed.xml")), null, null, true,
                    null), Instant.now());
            Thread poll = new Thread(() -> runner().pollAll());
            poll.start();
            try {
                assertThat(pageAsked.await(60, TimeUnit.SECONDS)).isTrue();
                SourceHealth during = registry.get("بطيء").orElseThrow().health();
                assertThat(during.lastSuccess()).as("polled as soon as its feed was read").isNotNull();
                assertThat(during.consecutiveFailures()).isZero();
            } finally {
                release.countDown();
                poll.join(60_000);
            }
            assertThat(poll.isAlive()).isFalse();
            assertThat(registry.get("بطيء").orElseThrow().health().lastSuccess()).isNotNull();
        }
    }

    @Test
    void stopEndsTheLoopAfterTheWorkInHand() throws Exception {
        addTestSource(true);
        PollRunner runner = runner();
        CountDownLatch polled = new CountDownLatch(1);
        PollRunner watched = new PollRunner(archive, Fetcher.create(FetchLimits.defaults()
                .withHostDelay(Duration.ZERO)), Clock.systemUTC(), new PollLimits(100, 3, 2), line -> polled.countDown());
        Thread loop = new Thread(watched::runUntilStopped);
        loop.start();

        assertThat(polled.await(60, TimeUnit.SECONDS)).isTrue();
        watched.stop();
        loop.join(60_000);

        assertThat(loop.isAlive()).isFalse();
        assertThat(article("/news/summit.html")).isPresent();
        assertThat(runner.pollDue()).as("the source was polled and is not due again yet").isEmpty();
    }

    // Issue 19: a feed whose <description> nested 2,000 elements threw StackOverflowError in the feed library; the
    // poller caught only RuntimeException, so the source stayed "never polled, next poll now" and was re-fetched in a
    // tight loop, the log did not name it, and `run --once` reported success.
    @Test
    void anyFailureOfOneSourceIsRecordedInItsHealthWithBackoffAndNamed() {
        addTestSource(true);
        registry.add(new Source("مصدر معطوب", null, null, "ar", List.of(URI.create("https://example.com/feed")), null,
                null, false, null), Instant.now());
        List<String> polled = new CopyOnWriteArrayList<>();
        Instant before = Instant.now();
        PollRunner runner = new PollRunner(archive, stats -> (source, stopping) -> {
            polled.add(source.name());
            if (source.name().equals("مصدر معطوب")) {
                throw new StackOverflowError();
            }
            return new PollReport(source.name(), 1, 0, 0, 0, 0, 0, List.of(), true);
        }, Clock.systemUTC(), new PollLimits(100, 3, 2), log::add);

        List<PollReport> reports = runner.pollAll();

        assertThat(polled).containsExactlyInAnyOrder(NAME, "مصدر معطوب");
        assertThat(reports).filteredOn(r -> !r.success()).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo("مصدر معطوب"));
        SourceHealth broken = registry.get("مصدر معطوب").orElseThrow().health();
        assertThat(broken.consecutiveFailures()).isEqualTo(1);
        assertThat(broken.lastError()).contains("StackOverflowError");
        assertThat(broken.nextPoll()).as("backed off, not due again at once").isAfter(before);
        assertThat(runner.pollDue()).extracting(PollReport::source).doesNotContain("مصدر معطوب");
        assertThat(log).anyMatch(l -> l.startsWith("مصدر معطوب: FAILED") && l.contains("StackOverflowError"));
        assertThat(registry.get(NAME).orElseThrow().health().consecutiveFailures()).isZero();
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>مرصد</title>\n"
                + items + "\n</channel></rss>";
    }

    private void addFeedSource(String path) {
        registry.add(new Source(NAME, null, null, "ar", CATEGORY, List.of(site.uri(path)), null, null, true, null),
                Instant.now());
    }

    // review19: one item's &#x7; made the poll refuse every item of the feed ("malformed XML: … invalid XML
    // character") until the outlet fixed it. The items are stored, and the poll's line says the feed is broken.
    @Test
    void aFeedWithACharacterXmlForbidsIsStillReadAndTheRepairIsInThePollsLine() {
        site.route("/bell.xml", TestSite.ok("application/rss+xml", rss(
                "<item><title>قمة&#x7; الرياض</title><link>" + site.uri("/news/summit.html") + "</link></item>")));
        addFeedSource("/bell.xml");

        PollReport report = runner().pollAll().get(0);

        assertThat(report.success()).isTrue();
        assertThat(report.stored()).isEqualTo(1);
        assertThat(article("/news/summit.html")).isPresent();
        assertThat(report.errors()).containsExactly(site.uri("/bell.xml") + ": not well-formed XML: dropped 1 "
                + "character XML forbids (first: &#x7; at line 3) to read the rest");
        assertThat(log).anyMatch(l -> l.startsWith(NAME + ": ok, 1 listed, 1 new, 1 stored")
                && l.contains("dropped 1 character XML forbids"));
    }

    // review19: an item whose page gives no article and which has no description of its own was marked dealt with
    // and left out without a word ("ok, 1 listed, 1 new, 0 stored"). The poll names it and why.
    @Test
    void anItemThatGivesNoArticleAndHasNoTextIsNamedInThePollsErrors() {
        site.route("/empty.html", TestSite.ok("text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"ar\"><head><title>صفحة</title></head><body><p>قصير.</p></body></html>"));
        site.route("/bare.xml", TestSite.ok("application/rss+xml", rss(
                "<item><title>خبر بلا نص</title><link>" + site.uri("/empty.html") + "</link></item>")));
        addFeedSource("/bare.xml");

        PollReport report = runner().pollAll().get(0);

        assertThat(report.stored()).isZero();
        assertThat(report.errors()).containsExactly(site.uri("/empty.html")
                + ": not stored: no article text in the page, and the feed item has no text");
        assertThat(log).anyMatch(l -> l.startsWith(NAME + ": ok, 1 listed, 1 new, 0 stored")
                && l.contains("1 error(s): " + site.uri("/empty.html") + ": not stored"));
    }

    // product22: a poll that read the feed only by dropping forbidden characters, or that stored nothing from an item,
    // left the source's health plainly "ok": the outlet was never told. The notes are kept with the health, through
    // a failure, until a poll needs none.
    @Test
    void aRepairedFeedAndAnItemThatStoredNothingAreKeptInTheSourcesHealthUntilAPollNeedsNeither() {
        site.route("/empty.html", TestSite.ok("text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"ar\"><head><title>صفحة</title></head><body><p>قصير.</p></body></html>"));
        site.route("/bell.xml", TestSite.ok("application/rss+xml", rss(
                "<item><title>قمة&#x7; الرياض\u0001</title><link>" + site.uri("/news/summit.html") + "</link></item>\n"
                        + "<item><title>خبر بلا نص&#8;</title><link>" + site.uri("/empty.html") + "</link></item>")));
        addFeedSource("/bell.xml");
        PollRunner runner = runner();

        runner.pollAll();

        SourceHealth h = registry.get(NAME).orElseThrow().health();
        assertThat(h.consecutiveFailures()).isZero();
        assertThat(h.lastError()).isNull();
        assertThat(h.notes().droppedCharacters()).isEqualTo(3);
        assertThat(h.notes().repair()).isEqualTo(site.uri("/bell.xml") + ": not well-formed XML: dropped 3 "
                + "characters XML forbids (first: &#x7; at line 3) to read the rest");
        assertThat(h.notes().itemsNotStored()).isEqualTo(1);
        assertThat(h.notes().notStored()).startsWith(site.uri("/empty.html")
                + ": not stored: no article text in the page (tried once; next try ");
        // kept in the archive, as the sources list and the web page read it
        archive.close();
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
        assertThat(registry.get(NAME).orElseThrow().health().notes()).isEqualTo(h.notes());

        // The site down: the notes of the last poll that read the feed stay beside the error.
        site.route("/bell.xml", TestSite.status(503));
        registry.pollNow(NAME, Instant.now());
        runner().pollAll();
        SourceHealth failing = registry.get(NAME).orElseThrow().health();
        assertThat(failing.consecutiveFailures()).isEqualTo(1);
        assertThat(failing.notes()).isEqualTo(h.notes());

        // Fixed: the next poll that reads the feed clears the repair; the item that stored nothing stays until a
        // try of its page stores it (aPageThatGaveNoArticleIsTriedAgainWithBackOff…).
        site.route("/bell.xml", TestSite.ok("application/rss+xml", rss(
                "<item><title>قمة الرياض</title><link>" + site.uri("/news/summit.html") + "</link></item>")));
        registry.pollNow(NAME, Instant.now());
        runner().pollAll();
        SourceHealth fixed = registry.get(NAME).orElseThrow().health();
        assertThat(fixed.consecutiveFailures()).isZero();
        assertThat(fixed.notes().droppedCharacters()).isZero();
        assertThat(fixed.notes().repair()).isNull();
        assertThat(fixed.notes().itemsNotStored()).isEqualTo(1);
    }

    /** A clock the test moves. */
    private static final class MovedClock extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    // product25: an item whose page gave no article was marked dealt with and never fetched again (a page filled
    // after the feed listed it was lost), and the source's health named it only until the next poll. It is tried
    // again after a back-off (twice the interval, then four times …), at most five times, and the health counts and
    // names it until a try stores it.
    @Test
    void aPageThatGaveNoArticleIsTriedAgainWithBackOffAndStaysInTheHealthUntilItStores() {
        String thin = "<!DOCTYPE html><html lang=\"ar\"><head><title>صفحة</title></head><body><p>قصير.</p></body></html>";
        site.route("/late.html", TestSite.ok("text/html; charset=utf-8", thin));
        site.route("/video.html", TestSite.ok("text/html; charset=utf-8", thin));
        site.route("/late.xml", TestSite.ok("application/rss+xml", rss(
                "<item><title>خبر يكتمل لاحقاً</title><link>" + site.uri("/late.html") + "</link></item>\n"
                        + "<item><title>فيديو</title><link>" + site.uri("/video.html") + "</link></item>")));
        addFeedSource("/late.xml");
        MovedClock clock = new MovedClock();
        Instant start = clock.now;
        PollRunner runner = new PollRunner(archive, Fetcher.create(FetchLimits.defaults()
                .withHostDelay(Duration.ZERO).withRetries(1, Duration.ofMillis(1))), clock,
                new PollLimits(100, 3, 2), log::add);

        runner.pollAll();
        PollNotes first = registry.get(NAME).orElseThrow().health().notes();
        assertThat(first.itemsNotStored()).isEqualTo(2);
        assertThat(first.notStored().split("\n")).containsExactlyInAnyOrder(
                site.uri("/late.html") + ": not stored: no article text in the page (tried once; next try "
                        + start.plus(Duration.ofMinutes(30)) + ")",
                site.uri("/video.html") + ": not stored: no article text in the page (tried once; next try "
                        + start.plus(Duration.ofMinutes(30)) + ")");

        // polled again before the try is due: not fetched, still counted
        clock.now = start.plus(Duration.ofMinutes(15));
        runner.pollAll();
        assertThat(site.hits("/late.html")).hasSize(1);
        assertThat(registry.get(NAME).orElseThrow().health().notes().itemsNotStored()).isEqualTo(2);

        // the outlet filled the page: the next due try stores it and it leaves the health
        site.route("/late.html", TestSite.resource("text/html; charset=utf-8", "/site/news/summit.html"));
        clock.now = start.plus(Duration.ofMinutes(31));
        PollReport stored = runner.pollAll().get(0);
        assertThat(stored.stored()).isEqualTo(1);
        PollNotes after = registry.get(NAME).orElseThrow().health().notes();
        assertThat(after.itemsNotStored()).isEqualTo(1);
        assertThat(after.notStored()).isEqualTo(site.uri("/video.html") + ": not stored: no article text in the page"
                + " (tried twice; next try " + start.plus(Duration.ofMinutes(31 + 60)) + ")");

        // a page that never holds an article: five tries in all, each after a longer wait, then no more
        for (int i = 0; i < 10; i++) {
            clock.now = clock.now.plus(Duration.ofHours(5));
            runner.pollAll();
        }
        assertThat(site.hits("/video.html")).hasSize(5);
        assertThat(registry.get(NAME).orElseThrow().health().notes().notStored())
                .isEqualTo(site.uri("/video.html") + ": not stored: no article text in the page (tried 5 times; no"
                        + " more tries)");
    }
}
