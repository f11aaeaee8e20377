package org.marsad.ingest.feed;

/** A document that is not a feed Marsad can read (malformed XML, unknown format, a DTD, …). */
public final class FeedFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
