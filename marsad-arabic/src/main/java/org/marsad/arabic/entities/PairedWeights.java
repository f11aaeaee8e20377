package org.marsad.arabic.entities;

import java.util.concurrent.atomic.AtomicInteger;

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
    /** Ints per row: the key's two halves, the first stage's {@code L} weights, the second's (float bits). */
    private static final int STRIDE = 2 + 2 * L;

    private final int[] table;
    /** Each key's row of {@link #table}. */
    private final FeatureRows rows;
    /**
     * One bit per hash prefix, set for the prefixes of the table's keys: a clear bit tells a feature no stage has
     * without touching the table. A token's word-pair features (the stems around it, itself with each neighbour) are
     * rarely in the model, and each such look-up read a row of the table, far larger than the caches; this filter is
     * 256 KB for the shipped model (16 bits per key, about 5% of absent features still read their row).
     */
    private final long[] known;
    private final int knownShift;
    private final Weights first;
    private final Weights second;
    private static final AtomicInteger TABLES = new AtomicInteger();
    /** This table's number, never 0, for the words that keep its sums ({@link WordFeatures#sumsOf}). */
    private final int id = TABLES.incrementAndGet();

    PairedWeights(Weights first, Weights second) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        first.forEachFeature((key, w) -> keys.add(key));
        second.forEachFeature((key, w) -> keys.add(key));
        long[] distinct = new long[keys.size()];
        int k = 0;
        for (long key : keys) {
            distinct[k++] = key;
        }
        this.rows = new FeatureRows(distinct);
        this.table = new int[rows.rows() * STRIDE];
        int bits = Integer.highestOneBit(Math.max(64, keys.size() * 16 - 1)) << 1;
        this.known = new long[bits / 64];
        this.knownShift = 64 - Integer.numberOfTrailingZeros(bits);
        for (long key : keys) {
            int bit = prefix(key);
            known[bit >>> 6] |= 1L << bit;
        }
        this.first = first;
        this.second = second;
        first.forEachFeature((key, w) -> fill(key, w, 2));
        second.forEachFeature((key, w) -> fill(key, w, 2 + L));
    }

    private void fill(long key, float[] weights, int offset) {
        int at = rows.rowOf(key) * STRIDE;
        table[at] = (int) (key >>> 32);
        table[at + 1] = (int) key;
        for (int l = 0; l < L; l++) {
            table[at + offset + l] = Float.floatToRawIntBits(weights[l]);
        }
    }

    /**
     * A sentence of {@code n} tokens read by the first stage: its labels, as {@link Weights#decode} of its features
     * by the first stage, and the second stage's scores of the same features, added to {@code secondScores}
     * ({@code n * L}, zeros) for {@link #secondStage}. Token i's features are
     * {@code features[i * PER_TOKEN .. (i + 1) * PER_TOKEN)} ({@link Features#extract(WordFeatures[], Gazetteer,
     * long[])}); {@code words[i]} is its word, whose own features open them: their sums are taken from it, or added
     * once and kept there.
     */
    int[] firstStage(long[] features, int n, WordFeatures[] words, float[] secondScores) {
        if (n == 0) {
            return new int[0];
        }
        float[] scores = new float[n * L];
        int[] rows = new int[Features.PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int from = i * Features.PER_TOKEN;
            // The word's own features come first, so their sums start from 0 whatever the context: the word's sums
            // are the very floats this loop would reach after them. News text repeats its words, and those features
            // were a quarter of each token's table lookups.
            WordFeatures w = words[i];
            if (w.sumsOf != id) {
                float[] sums = new float[2 * L];
                int count = resolve(features, from, from + Features.OWN, rows);
                add(rows, count, sums, 0, sums, L);
                w.sums = sums;
                w.sumsOf = id;
            }
            System.arraycopy(w.sums, 0, scores, i * L, L);
            System.arraycopy(w.sums, L, secondScores, i * L, L);
            int count = resolve(features, from + Features.OWN, from + Features.PER_TOKEN, rows);
            add(rows, count, scores, i * L, secondScores, i * L);
        }
        return Weights.viterbi(scores, first.transitions(), n);
    }

    /**
     * Where the weights of {@code features[from..to)} start ({@link #weightsOf}), into {@code into[0..)}; returns
     * their count. All of a token's features are looked up before any is added: the look-ups do not wait for one
     * another then, so their rows' cache misses (the table is larger than the caches, and the look-ups were a
     * quarter of the tagger's samples) overlap instead of coming one after another between the additions.
     */
    private int resolve(long[] features, int from, int to, int[] into) {
        for (int k = from; k < to; k++) {
            into[k - from] = weightsOf(features[k]);
        }
        return to - from;
    }

    /**
     * Adds the weights at {@code rows[0..count)} ({@link #resolve}; -1 adds nothing): the first stage's to
     * {@code firstSums[firstAt..firstAt + L)}, the second's to {@code secondSums[secondAt..secondAt + L)}.
     */
    private void add(int[] rows, int count, float[] firstSums, int firstAt, float[] secondSums, int secondAt) {
        if (L == 9) {
            addNine(rows, count, firstSums, firstAt, secondSums, secondAt);
            return;
        }
        for (int k = 0; k < count; k++) {
            int at = rows[k];
            for (int l = 0; at >= 0 && l < L; l++) {
                firstSums[firstAt + l] += Float.intBitsToFloat(table[at + l]);
                secondSums[secondAt + l] += Float.intBitsToFloat(table[at + L + l]);
            }
        }
    }

    /**
     * {@link #add} for the nine labels of the four entity types, each label's two sums kept in a local variable while
     * a token's features are added: the loop over the labels read and wrote both arrays at every feature, a third of
     * the look-ups' time in a profile of the tagger. Each sum still takes the same weights in the same order, so the
     * floats are the very ones the loop makes.
     */
    private void addNine(int[] rows, int count, float[] firstSums, int firstAt, float[] secondSums, int secondAt) {
        float f0 = firstSums[firstAt + 0];
        float f1 = firstSums[firstAt + 1];
        float f2 = firstSums[firstAt + 2];
        float f3 = firstSums[firstAt + 3];
        float f4 = firstSums[firstAt + 4];
        float f5 = firstSums[firstAt + 5];
        float f6 = firstSums[firstAt + 6];
        float f7 = firstSums[firstAt + 7];
        float f8 = firstSums[firstAt + 8];
        float s0 = secondSums[secondAt + 0];
        float s1 = secondSums[secondAt + 1];
        float s2 = secondSums[secondAt + 2];
        float s3 = secondSums[secondAt + 3];
        float s4 = secondSums[secondAt + 4];
        float s5 = secondSums[secondAt + 5];
        float s6 = secondSums[secondAt + 6];
        float s7 = secondSums[secondAt + 7];
        float s8 = secondSums[secondAt + 8];
        for (int k = 0; k < count; k++) {
            int at = rows[k];
            if (at < 0) {
                continue;
            }
            f0 += Float.intBitsToFloat(table[at + 0]);
            f1 += Float.intBitsToFloat(table[at + 1]);
            f2 += Float.intBitsToFloat(table[at + 2]);
            f3 += Float.intBitsToFloat(table[at + 3]);
            f4 += Float.intBitsToFloat(table[at + 4]);
            f5 += Float.intBitsToFloat(table[at + 5]);
            f6 += Float.intBitsToFloat(table[at + 6]);
            f7 += Float.intBitsToFloat(table[at + 7]);
            f8 += Float.intBitsToFloat(table[at + 8]);
            s0 += Float.intBitsToFloat(table[at + L + 0]);
            s1 += Float.intBitsToFloat(table[at + L + 1]);
            s2 += Float.intBitsToFloat(table[at + L + 2]);
            s3 += Float.intBitsToFloat(table[at + L + 3]);
            s4 += Float.intBitsToFloat(table[at + L + 4]);
            s5 += Float.intBitsToFloat(table[at + L + 5]);
            s6 += Float.intBitsToFloat(table[at + L + 6]);
            s7 += Float.intBitsToFloat(table[at + L + 7]);
            s8 += Float.intBitsToFloat(table[at + L + 8]);
        }
        firstSums[firstAt + 0] = f0;
        firstSums[firstAt + 1] = f1;
        firstSums[firstAt + 2] = f2;
        firstSums[firstAt + 3] = f3;
        firstSums[firstAt + 4] = f4;
        firstSums[firstAt + 5] = f5;
        firstSums[firstAt + 6] = f6;
        firstSums[firstAt + 7] = f7;
        firstSums[firstAt + 8] = f8;
        secondSums[secondAt + 0] = s0;
        secondSums[secondAt + 1] = s1;
        secondSums[secondAt + 2] = s2;
        secondSums[secondAt + 3] = s3;
        secondSums[secondAt + 4] = s4;
        secondSums[secondAt + 5] = s5;
        secondSums[secondAt + 6] = s6;
        secondSums[secondAt + 7] = s7;
        secondSums[secondAt + 8] = s8;
    }

    /** Where the first stage's weights of feature {@code f} start in the table, or -1 when no stage has it. */
    private int weightsOf(long f) {
        if (f == 0) {
            return -1; // a template with nothing to say (never a key)
        }
        int bit = prefix(f);
        if ((known[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        int at = rows.rowOf(f) * STRIDE;
        // a feature of neither stage may share a key's row: the key kept there tells
        return table[at] == (int) (f >>> 32) && table[at + 1] == (int) f ? at + 2 : -1;
    }

    /** The filter's bit of a key: its top bits (its row's bucket comes from its low bits). */
    private int prefix(long key) {
        return (int) (key >>> knownShift);
    }

    /**
     * The second stage's labels of a sentence of {@code n} tokens from the scores {@link #firstStage} kept and its
     * tokens' document features ({@link DocumentEvidence#extract}: token i's at {@code i * DocumentEvidence.PER_TOKEN}):
     * as {@link Weights#decode(long[][], long[][])} by the second stage. {@code secondScores} is consumed.
     */
    int[] secondStage(float[] secondScores, long[] more, int n) {
        if (n == 0) {
            return new int[0];
        }
        // The first stage's sums of these features are not needed: they go to a scratch array, so that the second
        // stage's sums take the same adding as the first pass's (its sums in locals, the generic loop otherwise).
        float[] unused = new float[L];
        int[] rows = new int[DocumentEvidence.PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int from = i * DocumentEvidence.PER_TOKEN;
            int count = resolve(more, from, from + DocumentEvidence.PER_TOKEN, rows);
            add(rows, count, unused, 0, secondScores, i * L);
        }
        return Weights.viterbi(secondScores, second.transitions(), n);
    }
}
