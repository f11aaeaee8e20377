package org.marsad.ingest.sitemap;

import java.net.URI;

/** A document that is not a sitemap Marsad can read. */
public final class SitemapFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean htmlPage;

    public SitemapFormatException(String message, Throwable cause) {
        super(message, cause);
        this.htmlPage = false;
    }

    private SitemapFormatException(URI url, boolean allowPrivate) {
        super("an HTML page, not a sitemap: 'marsad sources discover " + (allowPrivate ? "--allow-private " : "")
                + (url == null ? "URL" : url.toString()) + "' lists the feeds and sitemaps a site names", null);
        this.htmlPage = true;
    }

    /**
     * A site's page read where its sitemap was expected, naming the command that finds the site's sitemaps (as a
     * page given as a feed is reported). {@code allowPrivate}: the page was fetched with private addresses allowed,
     * so the command needs the same permission.
     */
    public static SitemapFormatException htmlPage(URI url, boolean allowPrivate) {
        return new SitemapFormatException(url, allowPrivate);
    }

    /** Whether the document was a web page rather than a sitemap ({@link #htmlPage}). */
    public boolean isHtmlPage() {
        return htmlPage;
    }
}
