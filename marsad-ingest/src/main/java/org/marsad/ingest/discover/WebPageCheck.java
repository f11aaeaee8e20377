package org.marsad.ingest.discover;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.marsad.extract.TextDecoding;
import org.marsad.ingest.feed.FeedFormatException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.fetch.FetchRequest;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.page.PageCharsets;
import org.marsad.ingest.sitemap.SitemapFormatException;
import org.marsad.ingest.sitemap.Sitemaps;

/**
 * Whether an address given as a source's feed or sitemap is a site's web page instead: fetched once and read by the
 * same parsers a poll uses, so that adding or changing the source says so at once, with the command that lists the
 * feeds and sitemaps the page names (and the feeds it names itself), rather than every poll failing later. Every
 * way of giving a source an address uses it: {@code marsad sources add} and {@code edit}, the API's POST and PATCH,
 * the web page's edit form. Only a page is refused: an address that cannot be fetched now, or a document malformed
 * in another way, is left to the polls to report (a site may be down for an hour; its feed is still its feed).
 */
public final class WebPageCheck {
    /** At most this many of the feeds a page names are offered in the one line. */
    static final int MAX_OFFERED = 3;

    private final Fetcher fetcher;

    public WebPageCheck(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * A web page given where a feed or sitemap was expected.
     *
     * @param url        the address given
     * @param message    one line for the user: "URL: an HTML page, not a feed: …", naming the feeds the page links
     *                   when it links some
     * @param namedFeeds the feeds the page declares with {@code <link rel="alternate">}, in page order (not read:
     *                   whoever follows one is checked again), at most {@link #MAX_OFFERED}
     */
    public record WebPage(URI url, String message, List<URI> namedFeeds) {
        public WebPage {
            namedFeeds = List.copyOf(namedFeeds);
        }
    }

    /** The page given as the feed at {@code url}, or null when it is not a web page (or cannot be fetched now). */
    public WebPage feed(URI url, boolean allowPrivate) {
        return readFeed(url, allowPrivate).page();
    }

    /**
     * An address given as a feed, read once: the web page it is instead, or the title the feed gives itself.
     *
     * @param page  the web page given as the feed, or null
     * @param title the feed's own title, or null (not a feed, not fetched now, or none given)
     */
    public record FeedReading(WebPage page, String title) {
    }

    /**
     * Fetches the address given as a feed once and reads it as a poll would: a web page is refused ({@link #feed}),
     * a feed names itself (a source added without a name takes it). One fetch serves both.
     */
    public FeedReading readFeed(URI url, boolean allowPrivate) {
        FetchResult.Fetched f = fetched(url, allowPrivate);
        if (f == null) {
            return new FeedReading(null, null);
        }
        try {
            String title = FeedParser.parse(f.body(), f.contentType(), f.finalUri()).title();
            return new FeedReading(null, title == null || title.isBlank() ? null : title.strip());
        } catch (FeedFormatException e) {
            return new FeedReading(e.isHtmlPage()
                    ? page(url, FeedFormatException.htmlPage(url, allowPrivate).getMessage(), f) : null, null);
        }
    }

    /** The page given as the sitemap at {@code url}, or null when it is not a web page (or cannot be fetched now). */
    public WebPage sitemap(URI url, boolean allowPrivate) {
        FetchResult.Fetched f = fetched(url, allowPrivate);
        if (f == null) {
            return null;
        }
        try {
            Sitemaps.parse(f.body(), f.finalUri());
            return null;
        } catch (SitemapFormatException e) {
            return e.isHtmlPage() ? page(url, SitemapFormatException.htmlPage(url, allowPrivate).getMessage(), f)
                    : null;
        }
    }

    private static WebPage page(URI url, String why, FetchResult.Fetched f) {
        List<URI> named = namedFeeds(f);
        String offer = named.isEmpty() ? "" : "; the page names its " + (named.size() == 1 ? "feed: " : "feeds: ")
                + String.join(", ", named.stream().map(URI::toString).toList());
        return new WebPage(url, url + ": " + why + offer, named);
    }

    /** The feeds the page links with {@code <link rel="alternate">}, as discovery reads them. */
    private static List<URI> namedFeeds(FetchResult.Fetched f) {
        return namedFeeds(f.body(), f.contentType(), f.finalUri());
    }

    /**
     * The feeds a page's bytes name with {@code <link rel="alternate">}, in page order, at most {@link #MAX_OFFERED}:
     * for a page met where a list of feeds was expected (an OPML upload), to offer them in the refusal.
     *
     * @param contentType the page's Content-Type, or null (a file)
     * @param base        the page's address, or null (a file: only the feeds it names by absolute URL are found)
     */
    public static List<URI> namedFeeds(byte[] page, String contentType, URI base) {
        TextDecoding.Result decoded = TextDecoding.decode(page, PageCharsets.declared(page, contentType).orElse(null));
        if (!(decoded instanceof TextDecoding.Decoded d)) {
            return List.of();
        }
        Document doc = FeedLinks.parse(d.text(), base);
        return FeedLinks.find(doc).stream().map(FeedLinks.Link::url).limit(MAX_OFFERED).toList();
    }

    private FetchResult.Fetched fetched(URI url, boolean allowPrivate) {
        FetchResult r = fetcher.fetch(FetchRequest.feed(url, allowPrivate, null));
        return r instanceof FetchResult.Fetched f ? f : null;
    }
}
