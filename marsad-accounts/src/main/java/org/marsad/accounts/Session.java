package org.marsad.accounts;

import java.time.Instant;

/**
 * A signed-in browser.
 *
 * @param user    who signed in, with the role the user has now
 * @param csrf    the token every changing form of this session must send back
 * @param expires when it ends at the latest (it ends earlier when left idle)
 */
public record Session(User user, String csrf, Instant expires) {
    /** Never prints the CSRF token. */
    @Override
    public String toString() {
        return "Session[user=" + user + ", expires=" + expires + "]";
    }
}
