package org.marsad.enrich.text;

/** Fast, well-mixed 64-bit hashes for shingles and sketches (not cryptographic; stable across runs and JVMs). */
public final class Hashing {
    private Hashing() {
    }

    /** A 64-bit hash of a string's UTF-16 code units (FNV-1a, then finalized so that all bits are mixed). */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finalizer: a bijection on longs with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Order-dependent combination of two hashes. */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }
}
