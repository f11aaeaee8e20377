package org.marsad.accounts;

import java.util.Locale;

/**
 * What a user may do. Each role includes the ones below it: a reader reads; an editor also manages sources and
 * watches; an admin also manages users.
 */
public enum Role {
    READER,
    EDITOR,
    ADMIN;

    /** The name used on the command line, in the store and in JSON: {@code reader}, {@code editor}, {@code admin}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /**
     * The role named {@code text} (any case, surrounding spaces ignored).
     *
     * @throws AccountException naming the three roles when {@code text} is none of them
     */
    public static Role parse(String text) {
        if (text != null) {
            String k = text.strip().toLowerCase(Locale.ROOT);
            for (Role r : values()) {
                if (r.key().equals(k)) {
                    return r;
                }
            }
        }
        throw new AccountException("unknown role '" + text + "' (admin, editor or reader)");
    }
}
