package org.marsad.arabic;

/**
 * A one-hash Bloom filter over the hash codes of a small word list: {@link #mayContain} is false for most other
 * words, so the word finders reject ordinary words with one bit test instead of a binary search or a substring.
 * Never a false negative; a true answer must still be confirmed.
 */
public final class HashFilter {
    private static final int BITS = 1 << 16;

    private HashFilter() {
    }

    /** The filter of these hash codes. */
    public static long[] of(int[] hashes) {
        long[] bits = new long[BITS / 64];
        for (int h : hashes) {
            int b = bucket(h);
            bits[b >>> 6] |= 1L << b;
        }
        return bits;
    }

    /** False when no hash given to {@link #of} equals {@code hash}. */
    public static boolean mayContain(long[] filter, int hash) {
        int b = bucket(hash);
        return (filter[b >>> 6] & (1L << b)) != 0;
    }

    private static int bucket(int h) {
        return (h ^ (h >>> 16)) & (BITS - 1);
    }
}
