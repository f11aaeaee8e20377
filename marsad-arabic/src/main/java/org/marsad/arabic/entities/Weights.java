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

    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final float[] transitions;
    private final int mask;

    /**
     * @param featureKeys hashes of the features, in row order
     * @param weights row-major weights, {@code L} per feature
     * @param transitions {@code (L + 1) * L}: row 0 from the start, row p + 1 from label p
     */
    Weights(long[] featureKeys, float[] weights, float[] transitions) {
        int capacity = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = slot(featureKeys[r]);
            keys[slot] = featureKeys[r];
            rows[slot] = r;
        }
        this.weights = weights;
        this.transitions = transitions;
    }

    int features() {
        return weights.length / L;
    }

    private int slot(long key) {
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private int row(long key) {
        int s = slot(key);
        return keys[s] == 0 ? -1 : rows[s];
    }

    /** The best label sequence for a sentence's features. */
    int[] decode(long[][] features) {
        int n = features.length;
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (long f : features[i]) {
                int r = row(f);
                if (r >= 0) {
                    int base = r * L;
                    for (int l = 0; l < L; l++) {
                        emission[i * L + l] += weights[base + l];
                    }
                }
            }
        }
        return viterbi(emission, transitions, n);
    }

    /** Viterbi over per-token label scores and transition scores (shared with training). */
    static int[] viterbi(float[] emission, float[] transitions, int n) {
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int l = 0; l < L; l++) {
            score[l] = Labels.allowed(-1, l) ? transitions[l] + emission[l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!Labels.allowed(p, l)) {
                        continue;
                    }
                    float s = score[(i - 1) * L + p] + transitions[(p + 1) * L + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + l] = best + emission[i * L + l];
                back[i * L + l] = arg;
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
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        out.writeFloat(scale);
        int n = features();
        long[] ordered = new long[n];
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0) {
                ordered[rows[s]] = keys[s];
            }
        }
        out.writeInt(n);
        for (int r = 0; r < n; r++) {
            out.writeLong(ordered[r]);
            int bits = 0;
            short[] q = new short[L];
            for (int l = 0; l < L; l++) {
                q[l] = (short) Math.round(weights[r * L + l] / scale);
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
