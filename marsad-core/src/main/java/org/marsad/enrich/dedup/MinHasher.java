package org.marsad.enrich.dedup;

import org.marsad.enrich.text.Hashing;

/**
 * MinHash signatures: for each of {@code k} independent hash functions, the minimum over a set of shingle hashes.
 * The fraction of positions where two signatures agree estimates the Jaccard similarity of the two sets.
 */
public final class MinHasher {
    /** 60 functions: 20 LSH bands of 3 rows; the Jaccard estimate has a standard error of about 0.06. */
    public static final MinHasher DEFAULT = new MinHasher(60, 0x6d61727361644c53L);

    private final long[] seeds;

    public MinHasher(int k, long seed) {
        seeds = new long[k];
        long s = seed;
        for (int i = 0; i < k; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = Hashing.mix(s);
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set of shingle hashes; an empty set gives all {@link Integer#MAX_VALUE}. */
    public int[] signature(long[] shingles) {
        int k = seeds.length;
        int[] sig = new int[k];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                int v = (int) (Hashing.mix(x ^ seeds[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the sets behind two signatures of the same hasher. */
    public static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
