package org.marsad.watch.deliver;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-Marsad-Signature: sha256=<hex HMAC-SHA256 of the raw body keyed with the watch's
 * secret>}. A receiver recomputes it over the bytes it received and compares in constant time.
 */
public final class Signature {
    /** The header that carries the signature. */
    public static final String HEADER = "X-Marsad-Signature";
    /** The header with the sending time, in seconds since the epoch. */
    public static final String TIMESTAMP_HEADER = "X-Marsad-Timestamp";
    /** The header with the delivery's id: the same on every retry, so a receiver can drop a repeat. */
    public static final String DELIVERY_HEADER = "X-Marsad-Delivery";

    private Signature() {
    }

    /** The header value for a body: {@code sha256=} and 64 lower-case hex digits. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Whether a received header value is the signature of the body, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(of(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
