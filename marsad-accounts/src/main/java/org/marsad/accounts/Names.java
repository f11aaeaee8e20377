package org.marsad.accounts;

import java.text.Normalizer;

/** The rules for user names and token labels, so that they print on one line and are typed back the same way. */
final class Names {
    static final int MAX_NAME = 64;
    static final int MAX_LABEL = 200;

    private Names() {
    }

    /**
     * A user name in its stored form (Unicode NFC, surrounding spaces removed): 1 to 64 letters or digits of any
     * script, and {@code . _ - @}.
     *
     * @throws AccountException saying what is wrong
     */
    static String user(String name) {
        if (name == null || name.isBlank()) {
            throw new AccountException("a user name is required");
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw new AccountException("the user name is too long: at most " + MAX_NAME + " characters");
        }
        boolean ok = n.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'
                || c == '@' || Character.getType(c) == Character.NON_SPACING_MARK);
        if (!ok) {
            throw new AccountException("a user name may hold letters, digits and . _ - @ only");
        }
        return n;
    }

    /** A token label in its stored form, or null when none is given. */
    static String label(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = Normalizer.normalize(label.strip(), Normalizer.Form.NFC);
        if (l.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountException("the token label contains a control character");
        }
        if (l.codePointCount(0, l.length()) > MAX_LABEL) {
            throw new AccountException("the token label is too long: at most " + MAX_LABEL + " characters");
        }
        return l;
    }
}
