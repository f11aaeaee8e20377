package org.marsad.ingest.testsite;

import java.nio.charset.StandardCharsets;

/** Serves the fixture news site of {@code src/test/resources/site} (see its README) on a {@link TestSite}. */
public final class NewsSite {
    public static final String FEED_ETAG = "\"feed-v1\"";
    public static final String FEED_LAST_MODIFIED = "Wed, 03 Jun 2020 06:00:00 GMT";

    private NewsSite() {
    }

    public static TestSite start() {
        TestSite site = new TestSite();
        site.route("/robots.txt", TestSite.resource("text/plain", "/site/robots.txt"));
        site.route("/feed.xml", TestSite.conditional("application/rss+xml; charset=utf-8",
                TestSite.readResource("/site/feed.xml"), FEED_ETAG, FEED_LAST_MODIFIED));
        site.route("/sitemap-news.xml", TestSite.conditional("application/xml",
                TestSite.readResource("/site/sitemap-news.xml"), "\"sitemap-v1\"", FEED_LAST_MODIFIED));
        site.route("/news/summit.html", TestSite.resource("text/html; charset=utf-8", "/site/news/summit.html"));
        site.route("/news/sport.html", TestSite.resource("text/html; charset=utf-8", "/site/news/sport.html"));
        // No charset in the header: the page says windows-1256 in its meta tag.
        site.route("/news/oil.html", TestSite.resource("text/html", "/site/news/oil.html"));
        site.route("/private/report.html", TestSite.ok("text/html; charset=utf-8",
                "<html><body><p>must never be fetched</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        return site;
    }
}
