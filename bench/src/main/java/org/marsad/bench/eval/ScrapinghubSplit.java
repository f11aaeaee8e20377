package org.marsad.bench.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed dev/test split of the scrapinghub pages. A page is in {@link #DEV} when the first four bytes of the
 * SHA-256 of its id (the ground truth's key, UTF-8), read as an unsigned big-endian number, are below 60 modulo 100;
 * else it is in {@link #TEST}. The rule depends on the page alone, so adding or removing pages never moves another
 * one; on the 181 pages it puts 119 in dev and 62 in test.
 *
 * <p>Why: the HTML extractor was tuned while looking at these pages. From this split on, extractor work looks at dev
 * pages only, and the headline reports the test pages' F1; the dev F1 stays in the details.
 */
public enum ScrapinghubSplit {
    DEV, TEST;

    /** Percent of the hash space that goes to dev. */
    static final int DEV_PERCENT = 60;

    /** The split of one page id. */
    public static ScrapinghubSplit of(String pageId) {
        byte[] h = sha256(pageId.getBytes(StandardCharsets.UTF_8));
        long first4 = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        return first4 % 100 < DEV_PERCENT ? DEV : TEST;
    }

    /** Lower-case name for report keys ("dev", "test"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
