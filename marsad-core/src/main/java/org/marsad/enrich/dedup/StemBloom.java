package org.marsad.enrich.dedup;

import org.marsad.enrich.text.Hashing;

/**
 * A 1024-bit Bloom filter over an article's stem hashes: 128 bytes that answer "might this article use this
 * word?" without keeping its vocabulary. With the ~150 distinct stems of a news article and three probes, about
 * one answer in twenty is a false "yes", which only makes the template check more lenient.
 */
public final class StemBloom {
    /** Filter size in longs. */
    public static final int LONGS = 16;

    private StemBloom() {
    }

    public static long[] of(int[] stemHashes) {
        long[] bits = new long[LONGS];
        for (int h : stemHashes) {
            long z = Hashing.mix(h);
            for (int p = 0; p < 3; p++) {
                int bit = (int) (z >>> (p * 10)) & 1023;
                bits[bit >>> 6] |= 1L << (bit & 63);
            }
        }
        return bits;
    }

    /** True when the filter (at {@code offset} in a flat array) may contain the stem hash. */
    public static boolean mayContain(long[] bits, int offset, int h) {
        long z = Hashing.mix(h);
        for (int p = 0; p < 3; p++) {
            int bit = (int) (z >>> (p * 10)) & 1023;
            if ((bits[offset + (bit >>> 6)] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }
}
