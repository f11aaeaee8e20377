package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Both stages from one table, with the sums its words keep, against each stage's own table: the same labels and the
 * same second-stage sums, sentence by sentence.
 */
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
            String[] vocabulary = new String[1 + random.nextInt(round % 3 == 0 ? 20_000 : 300)];
            for (int w = 0; w < vocabulary.length; w++) {
                vocabulary[w] = word(random);
                // the model knows some of the words' own features, as the shipped model knows most of a sentence's
                for (long own : Features.analyse(List.of(vocabulary[w]), Gazetteer.empty())[0].own) {
                    int stages = random.nextInt(6); // 0: the first stage's, 1: the second's, 2: both, else neither
                    if (stages < 3 && used.add(own)) {
                        if (stages != 1) {
                            firstKeys.add(own);
                        }
                        if (stages != 0) {
                            secondKeys.add(own);
                        }
                    }
                }
            }
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
            Weights first = stage(firstKeys, random, new HashMap<>());
            Map<Long, float[]> secondWeights = new HashMap<>();
            Weights second = stage(secondKeys, random, secondWeights);
            PairedWeights paired = new PairedWeights(first, second);
            List<Long> all = new ArrayList<>(used);
            assertDecodesAsEachStage(paired, first, second, secondWeights, vocabulary, all, random, round);
        }
    }

    /**
     * Several sentences of real words through one table, whose tokens repeat words from a vocabulary now smaller, now
     * larger than the thread's word memo, so that the words keep the sums of an earlier round's table, are reused
     * and are replaced.
     */
    private static void assertDecodesAsEachStage(PairedWeights paired, Weights first, Weights second,
            Map<Long, float[]> secondWeights, String[] vocabulary, List<Long> all, Random random, int round) {
        for (int sentence = 0; sentence < 1 + random.nextInt(8); sentence++) {
            int n = random.nextInt(25);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tokens.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            WordFeatures[] words = Features.analyse(tokens, Gazetteer.empty());
            long[][] base = Features.extract(words, Gazetteer.empty());
            // and some of their other features (the own features, which the words' sums stand for, stay theirs)
            for (long[] token : base) {
                for (int k = Features.OWN; k < token.length; k++) {
                    if (random.nextInt(4) == 0 && !all.isEmpty()) {
                        token[k] = all.get(random.nextInt(all.size()));
                    }
                }
            }
            long[][] more = features(n, DocumentEvidence.PER_TOKEN, all, random);
            float[] secondScores = new float[n * L];
            assertThat(paired.firstStage(flat(base, Features.PER_TOKEN), n, words, secondScores)).as("round %d, first stage", round)
                    .containsExactly(first.decode(base));
            assertThat(secondScores).as("round %d, the second stage's sums", round)
                    .containsExactly(sums(base, secondWeights));
            assertThat(paired.secondStage(secondScores, flat(more, DocumentEvidence.PER_TOKEN), n))
                    .as("round %d, second stage", round)
                    .containsExactly(second.decode(base, more));
        }
    }

    /** A word of a few letters, some with a clitic or the article. */
    private static String word(Random random) {
        String letters = "ابتجحدرسعفقكلمنهوي";
        StringBuilder out = new StringBuilder(random.nextInt(4) == 0 ? "وال" : "");
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    /** A stage with random weights for {@code keys}, which it also puts in {@code byKey}. */
    private static Weights stage(List<Long> keys, Random random, Map<Long, float[]> byKey) {
        long[] k = new long[keys.size()];
        float[] weights = new float[k.length * L];
        for (int r = 0; r < k.length; r++) {
            k[r] = keys.get(r);
            for (int l = 0; l < L; l++) {
                weights[r * L + l] = random.nextInt(4) == 0 ? 0f : (float) random.nextGaussian();
            }
            byKey.put(k[r], Arrays.copyOfRange(weights, r * L, (r + 1) * L));
        }
        float[] transitions = new float[(L + 1) * L];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = (float) random.nextGaussian();
        }
        return new Weights(k, weights, transitions);
    }

    /** Each token's label scores: its features' weights added one by one, in their order. */
    private static float[] sums(long[][] features, Map<Long, float[]> weights) {
        float[] out = new float[features.length * L];
        for (int i = 0; i < features.length; i++) {
            for (long f : features[i]) {
                float[] w = weights.get(f);
                for (int l = 0; w != null && l < L; l++) {
                    out[i * L + l] += w[l];
                }
            }
        }
        return out;
    }

    /** Per token: {@code count} of known keys, silent templates (0) and features no stage has. */
    private static long[][] features(int n, int count, List<Long> keys, Random random) {
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new long[count];
            for (int k = 0; k < out[i].length; k++) {
                int pick = random.nextInt(3);
                out[i][k] = pick == 0 && !keys.isEmpty() ? keys.get(random.nextInt(keys.size()))
                        : pick == 1 ? 0 : random.nextLong();
            }
        }
        return out;
    }

    /** A sentence's token arrays ({@code perToken} each) one after the other, as the decoder keeps them. */
    private static long[] flat(long[][] tokens, int perToken) {
        long[] out = new long[tokens.length * perToken];
        for (int i = 0; i < tokens.length; i++) {
            System.arraycopy(tokens[i], 0, out, i * perToken, perToken);
        }
        return out;
    }
}
