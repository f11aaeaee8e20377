package org.marsad.accounts;

import java.time.Instant;

/**
 * Someone who can sign in. Carries no password hash: that stays in the store.
 *
 * @param name    unique, as typed when the user was added
 * @param role    what the user may do
 * @param created when the user was added
 */
public record User(String name, Role role, Instant created) {
    /** Whether this user may do what {@code needed} may. */
    public boolean can(Role needed) {
        return role.includes(needed);
    }
}
