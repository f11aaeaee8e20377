package org.marsad.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Password hashing with bcrypt (Spring Security's implementation), and the rules a new password must follow.
 * Passwords travel as {@code char[]} and their encoded bytes are wiped after use; nothing here logs or echoes one.
 */
final class Passwords {
    /** Fewer characters than this is refused. */
    static final int MIN_CHARS = 8;
    /** bcrypt reads at most 72 bytes; rather than ignore the rest silently, a longer password is refused. */
    static final int MAX_BYTES = 72;
    /** bcrypt's work factor (2^11 rounds): a fraction of a second per sign-in on a small server. */
    static final int DEFAULT_COST = 11;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    // Checked when a name is unknown, so that a missing user takes as long to refuse as a wrong password. Made on
    // first need: most commands never check a password, and a hash costs as much as a check.
    private volatile String decoy;

    Passwords(int cost) {
        this.cost = cost;
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = hash("decoy password, never valid".toCharArray());
            decoy = d;
        }
        return d;
    }

    /**
     * Refuses a password that breaks the rules, saying which one (never quoting it).
     *
     * @throws AccountException when it is too short, too long or contains control characters
     */
    static void check(char[] password) {
        int chars = Character.codePointCount(password, 0, password.length);
        if (chars < MIN_CHARS) {
            throw new AccountException("the password is too short: at least " + MIN_CHARS + " characters");
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                throw new AccountException("the password contains a control character");
            }
        }
        byte[] bytes = utf8(password);
        int length = bytes.length;
        Arrays.fill(bytes, (byte) 0);
        if (length > MAX_BYTES) {
            throw new AccountException("the password is too long: at most " + MAX_BYTES
                    + " bytes in UTF-8 (72 Latin letters, 36 Arabic letters)");
        }
    }

    /** A bcrypt hash of {@code password}, with a fresh random salt. */
    String hash(char[] password) {
        byte[] bytes = utf8(password);
        try {
            return BCrypt.hashpw(bytes, BCrypt.gensalt(cost, RANDOM));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Whether {@code password} matches {@code hash}; a null hash (no such user) costs the same and matches nothing. */
    boolean matches(char[] password, String hash) {
        byte[] bytes = utf8(password);
        try {
            if (bytes.length > MAX_BYTES) {
                // Never a valid password (see check); spend the same time so length tells nothing.
                BCrypt.checkpw(new byte[0], decoy());
                return false;
            }
            if (hash == null) {
                BCrypt.checkpw(bytes, decoy());
                return false;
            }
            return BCrypt.checkpw(bytes, hash);
        } catch (IllegalArgumentException e) {
            // A damaged hash in the store: that user cannot sign in until an admin sets a new password.
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(b.array(), b.position(), b.limit());
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }
}
