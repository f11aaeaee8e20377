package org.marsad.search;

/** A query that does not parse; the message is one line meant for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super("bad query: " + message);
    }
}
