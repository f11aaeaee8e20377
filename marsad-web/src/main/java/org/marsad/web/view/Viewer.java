package org.marsad.web.view;

import org.marsad.accounts.Role;

/**
 * Who is looking at a page, as the templates need it: for the header (name, sign-out), for showing controls only to
 * those who may use them, and for the CSRF token of every form that changes something.
 *
 * @param name        the signed-in user's name, or null
 * @param role        the user's role, or null when nobody is signed in
 * @param csrf        the session's CSRF token for forms (see {@code csrf.jte}), or null when nobody is signed in
 * @param offerSignIn whether to show a sign-in link to someone not signed in
 */
public record Viewer(String name, Role role, String csrf, boolean offerSignIn) {
    /** Someone not signed in. */
    public static Viewer anonymous(boolean offerSignIn) {
        return new Viewer(null, null, null, offerSignIn);
    }

    public boolean signedIn() {
        return name != null;
    }

    /** Whether the viewer may manage sources and watches (editor or admin). */
    public boolean canEdit() {
        return role != null && role.includes(Role.EDITOR);
    }

    /** Whether the viewer may manage users. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The role in Arabic, for the header. */
    public String roleText() {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ADMIN -> "مدير";
            case EDITOR -> "محرر";
            case READER -> "قارئ";
        };
    }
}
