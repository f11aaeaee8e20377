package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The weight table against a plain map of feature to weights: same label scores and decoding; files round-trip. */
class WeightsTest {
    private static final int L = Labels.COUNT;

    @Test
    void decodingMatchesAPlainMapOfFeaturesOnSeededRandomModels() throws IOException {
        Random random = new Random(20261204L);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(round % 10 == 0 ? 3 : 3_000);
            long[] keys = new long[n];
            float[] weights = new float[n * L];
            Map<Long, float[]> plain = new HashMap<>();
            for (int r = 0; r < n; r++) {
                long key;
                do {
                    // Some keys share their low bits, so that probing runs past occupied slots.
                    key = random.nextBoolean() ? random.nextLong() : ((long) random.nextInt(64) << 40) | r;
                } while (key == 0 || plain.containsKey(key));
                keys[r] = key;
                float[] row = new float[L];
                for (int l = 0; l < L; l++) {
                    row[l] = random.nextInt(4) == 0 ? 0f : (float) random.nextGaussian();
                    weights[r * L + l] = row[l];
                }
                plain.put(key, row);
            }
            float[] transitions = new float[(L + 1) * L];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = (float) random.nextGaussian();
            }
            Weights w = new Weights(keys, weights, transitions);
            assertThat(w.features()).isEqualTo(n);

            long[][] sentence = new long[1 + random.nextInt(30)][];
            for (int i = 0; i < sentence.length; i++) {
                sentence[i] = new long[1 + random.nextInt(40)];
                for (int k = 0; k < sentence[i].length; k++) {
                    int pick = random.nextInt(3);
                    sentence[i][k] = pick == 0 && n > 0 ? keys[random.nextInt(n)] : pick == 1 ? 0 : random.nextLong();
                }
            }
            float[] emission = new float[sentence.length * L];
            for (int i = 0; i < sentence.length; i++) {
                for (long f : sentence[i]) {
                    float[] row = plain.get(f);
                    if (row != null) {
                        for (int l = 0; l < L; l++) {
                            emission[i * L + l] += row[l];
                        }
                    }
                }
            }
            int[] expected = Weights.viterbi(emission, transitions, sentence.length);
            assertThat(w.decode(sentence)).as("round %d", round).containsExactly(expected);
            // The second stage's two feature arrays per token, decoded without joining them: the same labels.
            long[][] base = new long[sentence.length][];
            long[][] more = new long[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                int cut = random.nextInt(sentence[i].length + 1);
                base[i] = java.util.Arrays.copyOfRange(sentence[i], 0, cut);
                more[i] = java.util.Arrays.copyOfRange(sentence[i], cut, sentence[i].length);
            }
            assertThat(w.decode(base, more)).as("round %d, split", round).containsExactly(expected);

            // Written (in table order) and read back: every feature is kept, and a second round trip decodes alike.
            Weights back = roundTrip(w);
            assertThat(back.features()).isEqualTo(n);
            assertThat(roundTrip(back).decode(sentence)).isEqualTo(back.decode(sentence));
        }
    }

    /**
     * Viterbi steps to each label from its possible previous labels only: the same labels as a decoder that tests
     * every step and skips the forbidden ones (written here as the reference), on seeded scores including ties, large
     * magnitudes and minus infinity.
     */
    @Test
    void viterbiChoosesWhatTestingEveryStepChooses() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(round % 7 == 0 ? 3 : 60);
            float[] emission = new float[n * L];
            float[] transitions = new float[(L + 1) * L];
            for (int i = 0; i < emission.length; i++) {
                emission[i] = value(random);
            }
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = value(random);
            }
            assertThat(Weights.viterbi(emission.clone(), transitions, n)).as("round %d", round)
                    .containsExactly(skipping(emission, transitions, n));
        }
    }

    // Small integers make ties common; a few huge and infinite scores test the edges.
    private static float value(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> Float.NEGATIVE_INFINITY;
            case 1 -> (float) (random.nextGaussian() * 1e30);
            case 2, 3, 4 -> random.nextInt(3);
            default -> (float) random.nextGaussian();
        };
    }

    private static int[] skipping(float[] emission, float[] transitions, int n) {
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

    private static Weights roundTrip(Weights w) throws IOException {
        return Weights.read(new DataInputStream(new ByteArrayInputStream(bytes(w))));
    }

    private static byte[] bytes(Weights w) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            w.write(out);
        }
        return buf.toByteArray();
    }
}
