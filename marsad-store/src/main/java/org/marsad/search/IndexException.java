package org.marsad.search;

/** The index could not be opened, read or written; the message is one line. */
public final class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
