package org.marsad.search;

/**
 * The search index cannot be reached for now (a shared index's nodes are all down or unreachable): the store is
 * intact and the same request may succeed in a moment. A web server answers it with 503 and a notice rather than as
 * a fault of its own; the message is one line, naming what could not be reached, for logs and the command line.
 */
public class IndexUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
