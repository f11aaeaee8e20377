package org.marsad.accounts;

/**
 * A token just made: the only moment its secret exists outside the caller's hands. Show it once; the store keeps a
 * digest only.
 *
 * @param token  the token as listed from now on
 * @param secret the value for {@code Authorization: Bearer}
 */
public record NewToken(ApiToken token, String secret) {
    /** Never prints the secret (a record would, into any log that prints this object). */
    @Override
    public String toString() {
        return "NewToken[" + token + ", secret=***]";
    }
}
