package org.marsad.arabic.entities;

/**
 * The two stages' weights in one table, each feature's first-stage and second-stage weights side by side, for
 * decoding a document with both stages: the second stage reads every first-stage feature again, and one table
 * means one memory access per such feature instead of two (the weight tables are far larger than the caches, and
 * their lookups were most of entity tagging's samples in an ingest profile).
 *
 * <p>The scores are exactly those of {@link Weights#decode}: each token's weights are added in the same order, and
 * a feature one stage lacks adds 0 there, which leaves a sum as it is.
 */
final class PairedWeights {
    private static final int L = Labels.COUNT;
    /** Ints per slot: the key's two halves, the first stage's {@code L} weights, the second's (float bits). */
    private static final int STRIDE = 2 + 2 * L;

    private final int[] table;
    private final int mask;
    private final Weights first;
    private final Weights second;
    /** Each thread's memo of words' own-feature sums (see {@link WordSums}). */
    private final ThreadLocal<WordSums> wordSums = ThreadLocal.withInitial(WordSums::new);

    PairedWeights(Weights first, Weights second) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        first.forEachFeature((key, w) -> keys.add(key));
        second.forEachFeature((key, w) -> keys.add(key));
        // As in Weights: a load factor between 3/8 and 3/4 keeps linear probing short.
        int capacity = Integer.highestOneBit(Math.max(16, keys.size() * 4 / 3)) << 1;
        this.table = new int[capacity * STRIDE];
        this.mask = capacity - 1;
        this.first = first;
        this.second = second;
        first.forEachFeature((key, w) -> fill(key, w, 2));
        second.forEachFeature((key, w) -> fill(key, w, 2 + L));
    }

    private void fill(long key, float[] weights, int offset) {
        int at = slot(key) * STRIDE;
        table[at] = (int) (key >>> 32);
        table[at + 1] = (int) key;
        for (int l = 0; l < L; l++) {
            table[at + offset + l] = Float.floatToRawIntBits(weights[l]);
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int hi = (int) (key >>> 32);
        int lo = (int) key;
        int s = (hi ^ lo) & mask;
        while (true) {
            int at = s * STRIDE;
            int h = table[at];
            int l = table[at + 1];
            if ((h == hi && l == lo) || (h == 0 && l == 0)) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * A sentence read by the first stage: its labels, as {@link Weights#decode} of {@code base} by the first stage,
     * and the second stage's scores of the same features, added to {@code secondScores} ({@code base.length * L},
     * zeros) for {@link #secondStage}.
     */
    int[] firstStage(long[][] base, float[] secondScores) {
        int n = base.length;
        if (n == 0) {
            return new int[0];
        }
        float[] scores = new float[n * L];
        WordSums memo = wordSums.get();
        for (int i = 0; i < n; i++) {
            long[] features = base[i];
            int from = 0;
            if (features.length >= Features.OWN) {
                // The word's own features come first, so their sums start from 0 whatever the context: the memo's
                // sums are the very floats this loop would reach after them.
                int at = memo.find(features);
                if (at < 0) {
                    at = memo.store(features);
                    add(features, 0, Features.OWN, memo.sums, at, memo.sums, at + L);
                }
                System.arraycopy(memo.sums, at, scores, i * L, L);
                System.arraycopy(memo.sums, at + L, secondScores, i * L, L);
                from = Features.OWN;
            }
            add(features, from, features.length, scores, i * L, secondScores, i * L);
        }
        return Weights.viterbi(scores, first.transitions(), n);
    }

    /**
     * Adds the weights of {@code features[from..to)}: the first stage's to {@code firstSums[firstAt..firstAt + L)},
     * the second's to {@code secondSums[secondAt..secondAt + L)}.
     */
    private void add(long[] features, int from, int to, float[] firstSums, int firstAt, float[] secondSums,
            int secondAt) {
        for (int k = from; k < to; k++) {
            int at = weightsOf(features[k]);
            for (int l = 0; at >= 0 && l < L; l++) {
                firstSums[firstAt + l] += Float.intBitsToFloat(table[at + l]);
                secondSums[secondAt + l] += Float.intBitsToFloat(table[at + L + l]);
            }
        }
    }

    /** Where the first stage's weights of feature {@code f} start in the table, or -1 when no stage has it. */
    private int weightsOf(long f) {
        if (f == 0) {
            return -1; // a template with nothing to say (never a key)
        }
        int at = slot(f) * STRIDE;
        return table[at] == 0 && table[at + 1] == 0 ? -1 : at + 2;
    }

    /**
     * The second stage's labels of a sentence from the scores {@link #firstStage} kept and each token's document
     * features ({@code more[i]}): as {@link Weights#decode(long[][], long[][])} by the second stage.
     * {@code secondScores} is consumed.
     */
    int[] secondStage(float[] secondScores, long[][] more) {
        int n = more.length;
        if (n == 0) {
            return new int[0];
        }
        for (int i = 0; i < n; i++) {
            for (long f : more[i]) {
                int at = weightsOf(f);
                for (int l = 0; at >= 0 && l < L; l++) {
                    secondScores[i * L + l] += Float.intBitsToFloat(table[at + L + l]);
                }
            }
        }
        return Weights.viterbi(secondScores, second.transitions(), n);
    }

    /**
     * A thread's memo of the summed weights of a word's own features (the first {@link Features#OWN} of each token,
     * which depend on the word alone), both stages side by side. News text repeats its words, and those features
     * were a quarter of each token's table lookups, each adding {@code 2 L} weights. Direct-mapped and keyed by the
     * features themselves, so a hit is exact by construction and a collision only replaces the entry.
     */
    private static final class WordSums {
        /** Entries (a power of 2): about 600 KB per thread, the words of a few days' news. */
        private static final int SIZE = 4_096;
        private static final int K = Features.OWN;

        final long[] keys = new long[SIZE * K];
        final float[] sums = new float[SIZE * 2 * L];

        /** Where in {@link #sums} the entry of these own features starts, or -1 when they have none. */
        int find(long[] features) {
            int e = entry(features);
            for (int k = 0; k < K; k++) {
                if (keys[e * K + k] != features[k]) {
                    return -1;
                }
            }
            return e * 2 * L;
        }

        /** Makes these own features' entry, its sums zero (for the caller to add to); returns where they start. */
        int store(long[] features) {
            int e = entry(features);
            System.arraycopy(features, 0, keys, e * K, K);
            java.util.Arrays.fill(sums, e * 2 * L, (e + 1) * 2 * L, 0f);
            return e * 2 * L;
        }

        private static int entry(long[] features) {
            // Features 1 and 2 (the word and its stem) are well-mixed hashes; the rest follow from them.
            long h = features[1] ^ Long.rotateLeft(features[2], 17);
            return (int) (h ^ (h >>> 32)) & (SIZE - 1);
        }
    }
}
