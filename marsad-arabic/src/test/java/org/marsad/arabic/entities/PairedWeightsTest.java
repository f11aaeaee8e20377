package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both stages from one table against each stage's own table: the same labels, sentence by sentence. */
class PairedWeightsTest {
    private static final int L = Labels.COUNT;

    @Test
    void decodesAsTheTwoStagesTablesOnSeededRandomModels() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 200; round++) {
            // Keys of the first stage only, of the second only, and of both (the second stage reads the first's
            // features again); some share their low bits, so that probing runs past occupied slots.
            int shared = random.nextInt(round % 10 == 0 ? 3 : 2_000);
            List<Long> firstKeys = new ArrayList<>();
            List<Long> secondKeys = new ArrayList<>();
            Set<Long> used = new HashSet<>();
            for (int r = 0; r < shared + random.nextInt(1_000) + random.nextInt(1_000); r++) {
                long key;
                do {
                    key = random.nextBoolean() ? random.nextLong() : ((long) random.nextInt(64) << 40) | r;
                } while (key == 0 || !used.add(key));
                if (r < shared) {
                    firstKeys.add(key);
                    secondKeys.add(key);
                } else {
                    (random.nextBoolean() ? firstKeys : secondKeys).add(key);
                }
            }
            Weights first = stage(firstKeys, random);
            Weights second = stage(secondKeys, random);
            PairedWeights paired = new PairedWeights(first, second);
            List<Long> all = new ArrayList<>(used);

            int n = random.nextInt(25);
            long[][] base = features(n, 40, all, random);
            long[][] more = features(n, 8, all, random);
            float[] secondScores = new float[n * L];
            assertThat(paired.firstStage(base, secondScores)).as("round %d, first stage", round)
                    .containsExactly(first.decode(base));
            assertThat(paired.secondStage(secondScores, more)).as("round %d, second stage", round)
                    .containsExactly(second.decode(base, more));
        }
    }

    private static Weights stage(List<Long> keys, Random random) {
        long[] k = new long[keys.size()];
        float[] weights = new float[k.length * L];
        for (int r = 0; r < k.length; r++) {
            k[r] = keys.get(r);
            for (int l = 0; l < L; l++) {
                weights[r * L + l] = random.nextInt(4) == 0 ? 0f : (float) random.nextGaussian();
            }
        }
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = (float) random.nextGaussian();
        }
        return new Weights(k, weights, transitions);
    }

    /** Per token: known keys, silent templates (0) and features no stage has. */
    private static long[][] features(int n, int most, List<Long> keys, Random random) {
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new long[1 + random.nextInt(most)];
            for (int k = 0; k < out[i].length; k++) {
                int pick = random.nextInt(3);
                out[i][k] = pick == 0 && !keys.isEmpty() ? keys.get(random.nextInt(keys.size()))
                        : pick == 1 ? 0 : random.nextLong();
            }
        }
        return out;
    }
}
