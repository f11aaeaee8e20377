package org.marsad.arabic.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One stage of the tagger: a weight per (feature hash, label) and a weight per label transition (row 0: from the
 * sentence start). Decoding is Viterbi over the BIO labels, with I- only after its own type.
 *
 * <p>Written as: transitions, weight scale, feature count, then per feature its hash, a bit mask of the labels with
 * a weight and those weights as shorts (× scale).
 */
final class Weights {
    private static final int L = Labels.COUNT;

    /** Ints per slot of {@link #table}: the key's two halves, then the {@code L} weights as float bits. */
    private static final int STRIDE = 2 + L;

    // One open-addressing table with each feature's weights beside its key: a feature costs one memory access
    // (the table is far larger than the caches), where separate key, row and weight arrays cost three; feature
    // lookups were 40% of entity tagging in an ingest profile. Key 0 marks an empty slot (features are never 0).
    private final int[] table;
    private final float[] transitions;
    private final int mask;
    private final int features;

    /**
     * @param featureKeys hashes of the features, in row order
     * @param weights row-major weights, {@code L} per feature
     * @param transitions {@code (L + 1) * L}: row 0 from the start, row p + 1 from label p
     */
    Weights(long[] featureKeys, float[] weights, float[] transitions) {
        // Load factor between 3/8 and 3/4: linear probing stays short, and the probed slots are adjacent.
        int capacity = Integer.highestOneBit(Math.max(16, featureKeys.length * 4 / 3)) << 1;
        this.table = new int[capacity * STRIDE];
        this.mask = capacity - 1;
        this.features = featureKeys.length;
        for (int r = 0; r < featureKeys.length; r++) {
            long key = featureKeys[r];
            int at = slot(key) * STRIDE;
            table[at] = (int) (key >>> 32);
            table[at + 1] = (int) key;
            for (int l = 0; l < L; l++) {
                table[at + 2 + l] = Float.floatToRawIntBits(weights[r * L + l]);
            }
        }
        this.transitions = transitions;
    }

    int features() {
        return features;
    }

    /** What a feature of this stage holds: its hash and its {@code L} label weights. */
    interface FeatureWeights {
        void accept(long key, float[] weights);
    }

    /** Every feature with its weights (one array, refilled for each), in table order. */
    void forEachFeature(FeatureWeights action) {
        float[] row = new float[L];
        for (int at = 0; at < table.length; at += STRIDE) {
            if (table[at] == 0 && table[at + 1] == 0) {
                continue;
            }
            for (int l = 0; l < L; l++) {
                row[l] = Float.intBitsToFloat(table[at + 2 + l]);
            }
            action.accept(((long) table[at] << 32) | (table[at + 1] & 0xFFFFFFFFL), row);
        }
    }

    /** The transition scores: {@code (L + 1) * L}, row 0 from the start, row p + 1 from label p. */
    float[] transitions() {
        return transitions;
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

    /** The best label sequence for a sentence's features. */
    int[] decode(long[][] features) {
        int n = features.length;
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            add(features[i], emission, i * L);
        }
        return viterbi(emission, transitions, n);
    }

    /**
     * The best label sequence for a sentence whose token i has the features {@code base[i]} followed by
     * {@code more[i]}: the same as {@link #decode(long[][])} of the two joined token by token (the same sums in the
     * same order), without building the joined arrays — that copy was a seventh of entity tagging in an ingest
     * profile.
     */
    int[] decode(long[][] base, long[][] more) {
        int n = base.length;
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            add(base[i], emission, i * L);
            add(more[i], emission, i * L);
        }
        return viterbi(emission, transitions, n);
    }

    /** Adds the weights of {@code features} to the label scores at {@code emission[from..from + L)}. */
    private void add(long[] features, float[] emission, int from) {
        for (long f : features) {
            if (f == 0) {
                continue; // a template with nothing to say (never a key)
            }
            int at = slot(f) * STRIDE;
            if (table[at] == 0 && table[at + 1] == 0) {
                continue;
            }
            for (int l = 0; l < L; l++) {
                emission[from + l] += Float.intBitsToFloat(table[at + 2 + l]);
            }
        }
    }

    /**
     * Viterbi over per-token label scores and transition scores (shared with training). {@code emission} is
     * overwritten: it becomes the best paths' scores, each token's written once its own scores are read, where a
     * second float array and an int array of back labels per sentence were a sixth of the tagger's allocation.
     */
    static int[] viterbi(float[] emission, float[] transitions, int n) {
        float[] score = emission;
        byte[] back = new byte[n * L]; // a label fits a byte (L < 128)
        for (int l = 0; l < L; l++) {
            score[l] = Labels.allowed(-1, l) ? transitions[l] + emission[l] : Float.NEGATIVE_INFINITY;
        }
        // Each label's possible previous labels only: an I- label follows the B- or I- of its own type (the two labels
        // before it), any other label follows any. The forbidden steps, left out, could never beat the best, which
        // starts at minus infinity with arg 0, so the choice is the one a loop over every label would make; they were
        // 28 of the 81 steps per token.
        for (int i = 1; i < n; i++) {
            int prev = (i - 1) * L;
            for (int l = 0; l < L; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = Labels.isInside(l) ? l - 1 : 0, last = Labels.isInside(l) ? l : L - 1; p <= last; p++) {
                    float s = score[prev + p] + transitions[(p + 1) * L + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + l] = best + emission[i * L + l];
                back[i * L + l] = (byte) arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
            if (score[(n - 1) * L + l] > best) {
                best = score[(n - 1) * L + l];
                out[n - 1] = l;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = back[i * L + out[i]];
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        for (float t : transitions) {
            out.writeFloat(t);
        }
        float max = 1e-9f;
        for (int at = 0; at < table.length; at += STRIDE) {
            for (int l = 0; l < L; l++) {
                max = Math.max(max, Math.abs(Float.intBitsToFloat(table[at + 2 + l])));
            }
        }
        float scale = max / Short.MAX_VALUE;
        out.writeFloat(scale);
        out.writeInt(features());
        // In table order (the format leaves the order free; reading builds the same table).
        for (int at = 0; at < table.length; at += STRIDE) {
            if (table[at] == 0 && table[at + 1] == 0) {
                continue;
            }
            out.writeLong(((long) table[at] << 32) | (table[at + 1] & 0xFFFFFFFFL));
            int bits = 0;
            short[] q = new short[L];
            for (int l = 0; l < L; l++) {
                q[l] = (short) Math.round(Float.intBitsToFloat(table[at + 2 + l]) / scale);
                if (q[l] != 0) {
                    bits |= 1 << l;
                }
            }
            out.writeShort(bits);
            for (int l = 0; l < L; l++) {
                if (q[l] != 0) {
                    out.writeShort(q[l]);
                }
            }
        }
    }

    static Weights read(DataInputStream in) throws IOException {
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int n = in.readInt();
        long[] keys = new long[n];
        float[] weights = new float[n * L];
        for (int r = 0; r < n; r++) {
            keys[r] = in.readLong();
            int bits = in.readShort() & 0xFFFF;
            for (int l = 0; l < L; l++) {
                if ((bits & (1 << l)) != 0) {
                    weights[r * L + l] = in.readShort() * scale;
                }
            }
        }
        return new Weights(keys, weights, transitions);
    }

    @Override
    public String toString() {
        return "Weights[" + features() + " features, transitions " + Arrays.toString(
                Arrays.copyOf(transitions, 3)) + "…]";
    }
}
