package org.marsad.cli;

/**
 * A failure the user can act on (missing file, bad query, unreadable page): printed as one line, no trace.
 */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserException(String message) {
        this(message, Errors.FAILURE);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usage error (exit 2): the command was called wrongly. */
    public static UserException usage(String message) {
        return new UserException(message, Errors.USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
