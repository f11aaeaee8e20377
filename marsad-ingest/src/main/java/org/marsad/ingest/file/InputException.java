package org.marsad.ingest.file;

/**
 * An input that cannot be used (missing, unreadable, too large, not a page): the message is one line that names the
 * input, fit to show a user as is.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
