package org.marsad.watch;

/**
 * A watch that cannot be saved as given: a bad query, an unknown mode, a webhook Marsad may not reach. The message
 * is one English line for the API and the CLI; {@link #arabic()} is the same for the web pages.
 */
public final class WatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String arabic;

    public WatchException(String field, String english, String arabic) {
        super(english);
        this.field = field;
        this.arabic = arabic;
    }

    /** The input at fault: name, query, mode, digest_at, zone, webhook_url, webhook_secret, email. */
    public String field() {
        return field;
    }

    public String arabic() {
        return arabic;
    }
}
