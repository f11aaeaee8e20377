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

            // Written (in table order) and read back: every feature is kept, and a second round trip decodes alike.
            Weights back = roundTrip(w);
            assertThat(back.features()).isEqualTo(n);
            assertThat(roundTrip(back).decode(sentence)).isEqualTo(back.decode(sentence));
        }
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
