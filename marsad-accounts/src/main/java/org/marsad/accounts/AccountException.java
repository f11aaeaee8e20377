package org.marsad.accounts;

/**
 * A request about accounts that cannot be done as asked (a name taken, a weak password, an unknown role). The message
 * is one line meant for the user, and never holds a password or a token.
 */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }
}
