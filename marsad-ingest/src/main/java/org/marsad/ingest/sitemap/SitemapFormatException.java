package org.marsad.ingest.sitemap;

/** A document that is not a sitemap Marsad can read. */
public final class SitemapFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SitemapFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
