package org.marsad.accounts;

/**
 * A session just started: the cookie value exists only here and in the browser; the store keeps its digest.
 *
 * @param cookie  the session cookie's value
 * @param session the session
 */
public record NewSession(String cookie, Session session) {
    /** Never prints the cookie. */
    @Override
    public String toString() {
        return "NewSession[" + session + ", cookie=***]";
    }
}
