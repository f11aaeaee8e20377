package org.marsad.ingest.feed;

import java.net.URI;

/** A document that is not a feed Marsad can read (malformed XML, unknown format, a DTD, …). */
public final class FeedFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The start of the message for an HTML page read as a feed. */
    static final String HTML_PAGE = "an HTML page, not a feed: 'marsad sources discover ";

    private final boolean htmlPage;

    public FeedFormatException(String message) {
        this(message, null);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
        this.htmlPage = false;
    }

    private FeedFormatException(URI url, boolean allowPrivate) {
        super(HTML_PAGE + (allowPrivate ? "--allow-private " : "") + (url == null ? "URL" : url.toString())
                + "' lists the feeds a site links to");
        this.htmlPage = true;
    }

    /**
     * A site's page read where its feed was expected, naming the command that lists the site's feeds.
     * {@code allowPrivate}: the page was fetched with private addresses allowed (an intranet or test source), so the
     * command needs the same permission, or it refuses the address.
     */
    public static FeedFormatException htmlPage(URI url, boolean allowPrivate) {
        return new FeedFormatException(url, allowPrivate);
    }

    /** Whether the document was a web page rather than a feed ({@link #htmlPage}). */
    public boolean isHtmlPage() {
        return htmlPage;
    }
}
