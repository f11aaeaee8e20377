package org.marsad.ingest.discover;

import java.net.URI;
import org.marsad.ingest.feed.FeedFormatException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.fetch.FetchRequest;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.sitemap.SitemapFormatException;
import org.marsad.ingest.sitemap.Sitemaps;

/**
 * Whether an address given as a source's feed or sitemap is a site's web page instead: fetched once and read by the
 * same parsers a poll uses, so that adding the source says so at once, with the command that lists the feeds and
 * sitemaps the page names, rather than every poll failing later. Only a page is refused: an address that cannot be
 * fetched now, or a document malformed in another way, is left to the polls to report (a site may be down for an
 * hour; its feed is still its feed).
 */
public final class WebPageCheck {
    private final Fetcher fetcher;

    public WebPageCheck(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** What to tell the user when the feed at {@code url} is a web page ("URL: an HTML page, not a feed: …"), else null. */
    public String feed(URI url, boolean allowPrivate) {
        FetchResult.Fetched f = fetched(url, allowPrivate);
        if (f == null) {
            return null;
        }
        try {
            FeedParser.parse(f.body(), f.contentType(), f.finalUri());
            return null;
        } catch (FeedFormatException e) {
            return e.isHtmlPage() ? url + ": " + FeedFormatException.htmlPage(url, allowPrivate).getMessage() : null;
        }
    }

    /** What to tell the user when the sitemap at {@code url} is a web page, else null. */
    public String sitemap(URI url, boolean allowPrivate) {
        FetchResult.Fetched f = fetched(url, allowPrivate);
        if (f == null) {
            return null;
        }
        try {
            Sitemaps.parse(f.body(), f.finalUri());
            return null;
        } catch (SitemapFormatException e) {
            return e.isHtmlPage() ? url + ": " + SitemapFormatException.htmlPage(url, allowPrivate).getMessage() : null;
        }
    }

    private FetchResult.Fetched fetched(URI url, boolean allowPrivate) {
        FetchResult r = fetcher.fetch(FetchRequest.feed(url, allowPrivate, null));
        return r instanceof FetchResult.Fetched f ? f : null;
    }
}
