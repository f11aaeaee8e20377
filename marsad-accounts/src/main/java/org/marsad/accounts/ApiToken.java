package org.marsad.accounts;

import java.time.Instant;

/**
 * An API token as listed: everything but the secret, which only its creator saw once.
 *
 * @param id       its number, to remove it by
 * @param user     the user it acts as (with that user's role)
 * @param label    what it is for, or null
 * @param prefix   the first characters of the token, to tell tokens apart
 * @param created  when it was made
 * @param lastUsed when it last authorized a request (to the minute), or null when never
 */
public record ApiToken(long id, String user, String label, String prefix, Instant created, Instant lastUsed) {
}
