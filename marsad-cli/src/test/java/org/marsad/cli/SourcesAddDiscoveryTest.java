package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.store.Archive;

/**
 * {@code marsad sources add --homepage URL} alone: the site's feeds are discovered and printed; a site with one feed
 * is followed by it, one with several makes the user choose.
 */
class SourcesAddDiscoveryTest {
    @TempDir
    Path work;
    private TestSite site;

    @BeforeEach
    void start() {
        site = NewsSite.start();
        // The home page links its RSS feed (the test site's /feed.xml, titled "أخبار المرصد التجريبية").
        site.route("/", TestSite.ok("text/html; charset=utf-8",
                "<html><head><title>المرصد</title><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/feed.xml\"></head><body></body></html>"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aHomePageWithOneFeedAddsTheSourceWithThatFeedSaysWhichAndIsNamedAfterTheSite() {
        String data = work.resolve("d").toString();
        CliRun add = CliRun.of("sources", "add", "--data", data, "--homepage", site.base() + "/",
                "--category", "أخبار", "--allow-private");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("found --feed " + site.base() + "/feed.xml  (rss, 4 entries",
                "following " + site.base() + "/feed.xml (the only feed found)", "added source 'المرصد' (1 feed(s)");

        List<Source> stored = registered(data);
        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("المرصد");
            assertThat(s.feeds()).containsExactly(URI.create(site.base() + "/feed.xml"));
            assertThat(s.homepage()).isEqualTo(URI.create(site.base() + "/"));
            assertThat(s.category()).isEqualTo("أخبار");
            assertThat(s.allowPrivate()).isTrue();
        });

        CliRun named = CliRun.of("sources", "add", "--data", data, "--homepage", site.base() + "/",
                "--name", "مرصد آخر", "--allow-private");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(registered(data)).extracting(Source::name).containsExactlyInAnyOrder("المرصد", "مرصد آخر");
    }

    // lead walk 2026-12-07: 'sources add URL' was "Unmatched argument", and '--feed URL' alone asked for a --name
    @Test
    void anAddressGivenAloneIsFollowedAsAFeedOrReadAsTheHomePageAndAFeedNamesItsSource() {
        String data = work.resolve("d").toString();
        String feed = site.base() + "/feed.xml";
        CliRun asFeed = CliRun.of("sources", "add", "--data", data, feed, "--allow-private");
        assertThat(asFeed.exitCode()).as(asFeed.err()).isZero();
        assertThat(asFeed.out()).contains("following " + feed + " (a feed)",
                "added source 'أخبار المرصد التجريبية' (1 feed(s)");
        assertThat(registered(data)).singleElement().satisfies(s -> {
            assertThat(s.feeds()).containsExactly(URI.create(feed));
            assertThat(s.homepage()).as("a feed's address is not the site's home page").isNull();
        });

        CliRun asPage = CliRun.of("sources", "add", "--data", data, site.base() + "/", "--name", "المرصد",
                "--allow-private");
        assertThat(asPage.exitCode()).as(asPage.err()).isZero();
        assertThat(asPage.out()).contains("following " + feed + " (the only feed found)");
        assertThat(registered(data)).filteredOn(s -> s.name().equals("المرصد")).singleElement()
                .satisfies(s -> assertThat(s.homepage()).isEqualTo(URI.create(site.base() + "/")));

        String other = work.resolve("e").toString();
        CliRun byFeed = CliRun.of("sources", "add", "--data", other, "--feed", feed, "--allow-private");
        assertThat(byFeed.exitCode()).as(byFeed.err()).isZero();
        assertThat(registered(other)).extracting(Source::name).containsExactly("أخبار المرصد التجريبية");

        CliRun unreadable = CliRun.of("sources", "add", "--data", other, "--feed", site.base() + "/gone.xml",
                "--allow-private");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err().strip()).startsWith("marsad: give the source a --name (its feed's title could "
                + "not be read now)");
        CliRun twice = CliRun.of("sources", "add", "--data", other, feed, "--feed", feed, "--allow-private");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("give the address once");
        assertThat(registered(other)).hasSize(1);
    }

    // stop 44's note: '--feed URL' without '--name' fetched the feed twice (once for its title, once to check that it
    // is no web page); and a web page given so was answered "give the source a --name", not what it is.
    @Test
    void aFeedGivenWithoutANameIsFetchedOnceToNameAndCheckIt() {
        String data = work.resolve("d").toString();
        String feed = site.base() + "/feed.xml";
        CliRun add = CliRun.of("sources", "add", "--data", data, "--feed", feed, "--allow-private");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("added source 'أخبار المرصد التجريبية' (1 feed(s)");
        assertThat(site.hits("/feed.xml")).hasSize(1);

        String page = site.base() + "/";
        CliRun asFeed = CliRun.of("sources", "add", "--data", data, "--feed", page, "--allow-private");
        assertThat(asFeed.exitCode()).isEqualTo(1);
        assertThat(asFeed.err().strip()).isEqualTo("marsad: source not saved: " + page + ": an HTML page, not a feed: "
                + "'marsad sources discover --allow-private " + page + "' lists the feeds a site links to; the page "
                + "names its feed: " + feed);
        assertThat(registered(data)).hasSize(1);
    }

    // review18/product20: a web page given as the feed (or sitemap) was saved, and only the first poll said it
    @Test
    void aWebPageGivenAsTheFeedOrSitemapIsRefusedNamingTheCommandThatListsItsFeeds() {
        String data = work.resolve("d").toString();
        String page = site.base() + "/";
        CliRun asFeed = CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--feed", page,
                "--allow-private");
        assertThat(asFeed.exitCode()).as(asFeed.out() + asFeed.err()).isEqualTo(1);
        assertThat(asFeed.err().strip()).isEqualTo("marsad: source 'المرصد' not saved: " + page + ": an HTML page, "
                + "not a feed: 'marsad sources discover --allow-private " + page + "' lists the feeds a site links to; "
                + "the page names its feed: " + site.base() + "/feed.xml");
        CliRun asSitemap = CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--sitemap", page,
                "--allow-private");
        assertThat(asSitemap.exitCode()).isEqualTo(1);
        assertThat(asSitemap.err().strip()).startsWith("marsad: source 'المرصد' not saved: " + page
                + ": an HTML page, not a sitemap: 'marsad sources discover --allow-private " + page + "'");
        assertThat(work.resolve("d")).as("nothing saved").doesNotExist();

        // A feed that cannot be fetched now is the polls' to report (a site may be down for an hour); a feed is added.
        CliRun missing = CliRun.of("sources", "add", "--data", data, "--name", "غائب", "--feed",
                site.base() + "/gone.xml", "--allow-private");
        assertThat(missing.exitCode()).as(missing.err()).isZero();
        CliRun feed = CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--feed",
                site.base() + "/feed.xml", "--allow-private");
        assertThat(feed.exitCode()).as(feed.err()).isZero();
        assertThat(registered(data)).extracting(Source::name).containsExactlyInAnyOrder("غائب", "المرصد");
    }

    // product22: 'sources edit --feed PAGE' was saved, and every poll failed from then on
    @Test
    void anEditGivingAWebPageAsTheFeedOrSitemapIsRefusedAsAddRefusesItAndChangesNothing() {
        String data = work.resolve("d").toString();
        String feed = site.base() + "/feed.xml";
        assertThat(CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--feed", feed,
                "--allow-private").exitCode()).isZero();
        // A page naming no feed: the line says only what lists a site's feeds.
        site.route("/about.html", TestSite.ok("text/html; charset=utf-8",
                "<!doctype html><html><head><title>من نحن</title></head><body>من نحن</body></html>"));
        String page = site.base() + "/";

        CliRun asFeed = CliRun.of("sources", "edit", "--data", data, "المرصد", "--feed", page, "--interval", "30");
        assertThat(asFeed.exitCode()).as(asFeed.out() + asFeed.err()).isEqualTo(1);
        assertThat(asFeed.err().strip()).isEqualTo("marsad: source 'المرصد' not changed: " + page + ": an HTML page, "
                + "not a feed: 'marsad sources discover --allow-private " + page + "' lists the feeds a site links to; "
                + "the page names its feed: " + feed);
        CliRun asSitemap = CliRun.of("sources", "edit", "--data", data, "المرصد", "--sitemap",
                site.base() + "/about.html");
        assertThat(asSitemap.exitCode()).isEqualTo(1);
        assertThat(asSitemap.err().strip()).isEqualTo("marsad: source 'المرصد' not changed: " + site.base()
                + "/about.html: an HTML page, not a sitemap: 'marsad sources discover --allow-private " + site.base()
                + "/about.html' lists the feeds and sitemaps a site names");
        Source kept = registered(data).get(0);
        assertThat(kept.feeds()).as("nothing changed").containsExactly(URI.create(feed));
        assertThat(kept.sitemap()).isNull();
        assertThat(kept.pollInterval().toMinutes()).isEqualTo(15);

        // A feed that does not answer now is the polls' to report, as with add.
        CliRun missing = CliRun.of("sources", "edit", "--data", data, "المرصد", "--feed", feed, "--feed",
                site.base() + "/gone.xml");
        assertThat(missing.exitCode()).as(missing.err()).isZero();
        assertThat(registered(data).get(0).feeds()).containsExactly(URI.create(feed),
                URI.create(site.base() + "/gone.xml"));
    }

    @Test
    void aHomePageWithSeveralFeedsIsRefusedWithTheListUntilTheUserChoosesOne() {
        // A second desk's feed beside the first: following "the first" would choose a desk for the user.
        site.route("/", TestSite.ok("text/html; charset=utf-8",
                "<html><head><title>المرصد</title><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/feed.xml\"><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/sport.xml\"></head><body></body></html>"));
        site.route("/sport.xml", TestSite.resource("application/rss+xml; charset=utf-8", "/site/feed.xml"));
        String data = work.resolve("d").toString();
        CliRun refused = CliRun.of("sources", "add", "--data", data, "--homepage", site.base() + "/",
                "--allow-private");
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("marsad: " + site.base() + "/ offers 2 feeds: ")
                .contains(site.base() + "/feed.xml", site.base() + "/sport.xml", "source not saved", "--feed URL")
                .endsWith("and --name 'المرصد'")
                .doesNotContain("Exception"));
        assertThat(work.resolve("d")).as("no data directory made").doesNotExist();

        CliRun chosen = CliRun.of("sources", "add", "--data", data, "--homepage", site.base() + "/",
                "--feed", site.base() + "/sport.xml", "--name", "رياضة المرصد", "--allow-private");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(registered(data)).singleElement().satisfies(s -> {
            assertThat(s.feeds()).containsExactly(URI.create(site.base() + "/sport.xml"));
            assertThat(s.homepage()).isEqualTo(URI.create(site.base() + "/"));
        });
    }

    @Test
    void aPrivateHomePageIsRefusedWithoutAllowPrivateAndNothingIsSaved() {
        String data = work.resolve("d").toString();
        CliRun refused = CliRun.of("sources", "add", "--data", data, "--homepage", site.base() + "/");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("marsad: ").contains("--allow-private"));
        assertThat(site.hits("/")).as("not fetched").isEmpty();
        assertThat(work.resolve("d")).as("no data directory made").doesNotExist();
    }

    @Test
    void aSiteWithoutFeedsIsAOneLineFailureAndNothingIsSaved() {
        String data = work.resolve("d").toString();
        // A bare site: a home page with no feed link, nothing at the common feed paths, no robots.txt sitemap.
        try (TestSite plain = new TestSite()) {
            plain.route("/", TestSite.ok("text/html; charset=utf-8", "<html><head><title>بلا خلاصة</title></head>"
                    + "<body>لا شيء هنا</body></html>"));
            CliRun none = CliRun.of("sources", "add", "--data", data, "--homepage", plain.base() + "/",
                    "--allow-private");
            assertThat(none.exitCode()).as(none.out() + none.err()).isEqualTo(1);
            assertThat(none.err()).contains("marsad: no feed or sitemap found at " + plain.base() + "/")
                    .doesNotContain("Exception");
            assertThat(work.resolve("d")).as("no data directory made").doesNotExist();
        }

        CliRun nothing = CliRun.of("sources", "add", "--data", data, "--name", "X");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("marsad: give a feed, sitemap or site address (URL, or --feed, --sitemap or --homepage");
        CliRun unnamed = CliRun.of("sources", "add", "--data", data, "--feed", "https://example.org/rss.xml");
        assertThat(unnamed.exitCode()).isEqualTo(2);
        assertThat(unnamed.err()).startsWith("marsad: give the source a --name");
    }

    private static List<Source> registered(String data) {
        try (Archive archive = Archive.open(Path.of(data), null)) {
            return new SourceRegistry(archive.store().database()).list();
        }
    }
}
