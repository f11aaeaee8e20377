package org.marsad.web.http;

/**
 * A request the server refuses (400): the query is too long, a number is out of range, a date is malformed.
 *
 * @see Params
 */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String arabic;

    /**
     * @param english the message for API clients
     * @param arabic  the message shown on the Arabic error page
     */
    public BadRequest(String english, String arabic) {
        super(english);
        this.arabic = arabic;
    }

    public String arabic() {
        return arabic;
    }
}
