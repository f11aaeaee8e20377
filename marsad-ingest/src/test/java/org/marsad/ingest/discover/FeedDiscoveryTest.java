package org.marsad.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.discover.FeedCandidate.Found;
import org.marsad.ingest.discover.FeedCandidate.Kind;
import org.marsad.ingest.discover.FeedDiscovery.Discovery;
import org.marsad.ingest.discover.FeedDiscovery.DiscoveryException;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.testsite.TestSite;

/** Discovery against a real HTTP site on the loopback (fixtures: the module's feeds/, sitemaps/ and site/). */
class FeedDiscoveryTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private TestSite site;
    private FeedDiscovery discovery;

    @BeforeEach
    void start() {
        site = new TestSite();
        discovery = new FeedDiscovery(Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(0, Duration.ofMillis(1))));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static String page(String head) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>المرصد نت</title>"
                + head + "</head><body><p>أهلاً</p></body></html>";
    }

    @Test
    void theHomePagesDeclaredFeedsAndTheRobotsSitemapsAreOfferedCheckedAndTitled() throws Exception {
        site.route("/", TestSite.ok("text/html; charset=utf-8", page("""
                <link rel="stylesheet" type="text/css" href="/style.css">
                <link rel="alternate" type="application/rss+xml" title="كل الأخبار" href="/feed.xml">
                <link rel="alternate" type="application/atom+xml" href="http://127.0.0.1:%d/atom">
                <link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
                <link rel="alternate" type="application/rss+xml" title="مكسور" href="/gone.xml">
                <link rel="alternate" type="application/rss+xml" href="/feed.xml">
                """.formatted(site.port()))));
        site.route("/feed.xml", TestSite.resource(RSS, "/site/feed.xml"));
        site.route("/atom", TestSite.resource("application/atom+xml", "/feeds/atom.xml"));
        site.route("/feed.json", TestSite.resource("application/feed+json", "/feeds/feed.json"));
        site.route("/gone.xml", TestSite.status(404));
        site.route("/robots.txt", TestSite.ok("text/plain", "User-agent: *\nDisallow: /private/\n"
                + "Sitemap: " + site.base() + "/news-sitemap.xml\nSitemap: /missing-sitemap.xml\n"));
        site.route("/news-sitemap.xml", TestSite.resource("application/xml", "/sitemaps/news-sitemap.xml"));
        site.route("/missing-sitemap.xml", TestSite.status(404));

        Discovery d = discovery.discover(site.uri("/"), true);

        assertThat(d.siteTitle()).isEqualTo("المرصد نت");
        assertThat(d.candidates()).extracting(FeedCandidate::url, FeedCandidate::kind, FeedCandidate::title,
                FeedCandidate::entries, FeedCandidate::found).containsExactly(
                tuple(site.uri("/feed.xml"), Kind.RSS, "أخبار المرصد التجريبية", 4, Found.PAGE_LINK),
                tuple(site.uri("/atom"), Kind.ATOM, "أطلس", 1, Found.PAGE_LINK),
                tuple(site.uri("/feed.json"), Kind.JSON_FEED, "مرصد JSON", 2, Found.PAGE_LINK),
                tuple(site.uri("/news-sitemap.xml"), Kind.SITEMAP, null, 2, Found.ROBOTS_TXT));
        assertThat(d.feeds()).hasSize(3);
        assertThat(d.sitemaps()).singleElement().extracting(FeedCandidate::url).isEqualTo(site.uri("/news-sitemap.xml"));
        assertThat(d.skipped()).containsExactly(site.uri("/gone.xml") + ": HTTP 404 from " + site.uri("/gone.xml"),
                site.uri("/missing-sitemap.xml") + ": HTTP 404 from " + site.uri("/missing-sitemap.xml"));
        assertThat(site.hits("/feed.xml")).as("a feed linked twice is read once").hasSize(1);
        assertThat(site.hits("/feed")).as("no guessing when the page declares its feeds").isEmpty();
        assertThat(site.hits("/robots.txt")).as("robots.txt read once, for politeness and sitemaps").hasSize(1);
    }

    @Test
    void withoutDeclaredFeedsTheCommonPathsAreTriedInOrderUntilOneIsAFeed() throws Exception {
        site.route("/", TestSite.ok("text/html; charset=utf-8", page("")));
        site.route("/feed", TestSite.status(404));
        // A page where a feed might be is not a feed.
        site.route("/rss", TestSite.ok("text/html; charset=utf-8", page("")));
        site.route("/feed.xml", TestSite.redirect(301, "/rss.xml"));
        site.route("/rss.xml", TestSite.resource(RSS, "/site/feed.xml"));
        site.route("/atom.xml", TestSite.resource("application/atom+xml", "/feeds/atom.xml"));

        Discovery d = discovery.discover(site.uri("/"), true);

        assertThat(d.candidates()).singleElement().satisfies(c -> {
            assertThat(c.url()).as("the address after redirects").isEqualTo(site.uri("/rss.xml"));
            assertThat(c.kind()).isEqualTo(Kind.RSS);
            assertThat(c.found()).isEqualTo(Found.COMMON_PATH);
        });
        assertThat(d.skipped()).as("misses at guessed paths are expected, not problems").isEmpty();
        assertThat(site.hits("/atom.xml")).as("stops at the first feed").isEmpty();
        assertThat(site.hits("/rss")).hasSize(1);
    }

    @Test
    void aFeedBehindATemporaryRedirectIsOfferedAtTheAddressGivenAndAPermanentMoveAtItsNewOne() throws Exception {
        site.route("/", TestSite.ok("text/html; charset=utf-8", page("""
                <link rel="alternate" type="application/rss+xml" title="عاجل" href="/today.xml">
                <link rel="alternate" type="application/atom+xml" title="أطلس" href="/old-atom">
                """)));
        // Today's feed is served from a dated copy for now (a 307), the Atom feed moved for good (a 308).
        site.route("/today.xml", TestSite.redirect(307, "/2026-12-06.xml"));
        site.route("/2026-12-06.xml", TestSite.resource(RSS, "/site/feed.xml"));
        site.route("/old-atom", TestSite.redirect(308, "/atom"));
        site.route("/atom", TestSite.resource("application/atom+xml", "/feeds/atom.xml"));
        site.route("/moving.xml", TestSite.redirect(302, "/2026-12-06.xml"));

        assertThat(discovery.discover(site.uri("/"), true).candidates()).extracting(FeedCandidate::url)
                .containsExactly(site.uri("/today.xml"), site.uri("/atom"));
        assertThat(discovery.discover(site.uri("/moving.xml"), true).candidates()).singleElement()
                .extracting(FeedCandidate::url, FeedCandidate::found)
                .containsExactly(site.uri("/moving.xml"), Found.GIVEN);
    }

    @Test
    void aFeedOrSitemapAddressIsOfferedAsItself() throws Exception {
        site.route("/rss", TestSite.resource("text/xml", "/feeds/rdf.xml"));
        site.route("/sitemap.xml", TestSite.resource("application/xml", "/sitemaps/index.xml"));

        assertThat(discovery.discover(site.uri("/rss"), true).candidates()).singleElement()
                .extracting(FeedCandidate::kind, FeedCandidate::found).containsExactly(Kind.RDF, Found.GIVEN);
        assertThat(discovery.discover(site.uri("/sitemap.xml"), true).candidates()).singleElement()
                .extracting(FeedCandidate::kind, FeedCandidate::entries, FeedCandidate::found)
                .containsExactly(Kind.SITEMAP, 2, Found.GIVEN);
    }

    @Test
    void aSiteWithNothingToFollowGivesNoCandidates() throws Exception {
        site.route("/", TestSite.ok("text/html; charset=utf-8", page("")));
        // Plain text full of URLs at a feed path is not a feed (a sitemap reader would accept it).
        site.route("/feed", TestSite.ok("text/plain", "https://example.org/a\nhttps://example.org/b\n"));

        Discovery d = discovery.discover(site.uri("/"), true);

        assertThat(d.candidates()).isEmpty();
        assertThat(site.hits()).extracting(TestSite.Hit::target).contains("/feed", "/rss", "/?feed=rss2");
    }

    @Test
    void aLoopbackSiteNeedsAllowPrivateAndAnUnreadableHomePageIsOneLine() {
        site.route("/", TestSite.ok("text/html; charset=utf-8", page("")));
        site.route("/down", TestSite.status(500));

        assertThatThrownBy(() -> discovery.discover(site.uri("/"), false))
                .isInstanceOfSatisfying(DiscoveryException.class, e -> {
                    assertThat(e.privateAddress()).isTrue();
                    assertThat(e.getMessage()).contains("127.0.0.1").doesNotContain("\n");
                });
        assertThat(site.hits()).as("nothing is requested from a refused address").isEmpty();
        assertThatThrownBy(() -> discovery.discover(site.uri("/down"), true))
                .isInstanceOfSatisfying(DiscoveryException.class, e -> {
                    assertThat(e.privateAddress()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("cannot read " + site.uri("/down") + ": HTTP 500 from "
                            + site.uri("/down"));
                });
    }

    @Test
    void pageLinksAreResolvedAgainstTheBaseAndFilteredByRelAndType() {
        var doc = FeedLinks.parse("""
                <html><head><base href="https://news.example/ar/">
                <link rel="Alternate Home" type="Application/RSS+XML; charset=utf-8" href="rss">
                <link rel="alternate" type="text/html" hreflang="en" href="/en/">
                <link rel="alternate" type="application/atom+xml" href="javascript:alert(1)">
                <link rel="feed" type="application/atom+xml" href="/not-alternate">
                <link rel="alternate" type="application/json" title=" JSON " href="//cdn.example/f.json">
                </head><body></body></html>""", URI.create("https://news.example/"));

        assertThat(FeedLinks.find(doc)).containsExactly(
                new FeedLinks.Link(URI.create("https://news.example/ar/rss"), ""),
                new FeedLinks.Link(URI.create("https://cdn.example/f.json"), " JSON "));
    }
}
