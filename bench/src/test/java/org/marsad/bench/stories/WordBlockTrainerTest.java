package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The joint fit of dense features and a sparse 0/1 block (a join gate's headline words), on seeded made-up data. */
class WordBlockTrainerTest {
    private static final int N = 3000;
    private static final int BLOCK = 40;

    private record Data(double[][] x, int[][] active, boolean[] y, double[] w) {
    }

    /** Log-odds 1.5 x0 - 0.5 x1 + 2 [word 3] - 2 [word 7]; every word on in about one row of ten. */
    private static Data data(long seed) {
        Random r = new Random(seed);
        double[][] x = new double[N][];
        int[][] active = new int[N][];
        boolean[] y = new boolean[N];
        double[] w = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = new double[] {r.nextGaussian(), r.nextGaussian() * 3 + 1};
            List<Integer> on = new ArrayList<>();
            for (int k = 0; k < BLOCK; k++) {
                if (r.nextDouble() < 0.1) {
                    on.add(k);
                }
            }
            active[i] = on.stream().mapToInt(Integer::intValue).toArray();
            double z = -0.3 + 1.5 * x[i][0] - 0.5 * x[i][1] + (on.contains(3) ? 2 : 0) - (on.contains(7) ? 2 : 0);
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z));
            w[i] = 0.5 + r.nextDouble();
        }
        return new Data(x, active, y, w);
    }

    @Test
    void theTellingWordsGetTheirSignAndTheOthersStayNearZero() {
        for (long seed : new long[] {1, 2, 3}) {
            Data d = data(seed);
            WordBlockTrainer.Model m = new WordBlockTrainer(0.001, 0.001).fit(d.x(), d.active(), BLOCK, d.y(), d.w());
            assertThat(m.words()[3]).as("seed " + seed).isGreaterThan(1.2);
            assertThat(m.words()[7]).as("seed " + seed).isLessThan(-1.2);
            for (int k = 0; k < BLOCK; k++) {
                if (k != 3 && k != 7) {
                    assertThat(Math.abs(m.words()[k])).as("seed " + seed + " word " + k).isLessThan(0.6);
                }
            }
            assertThat(m.weights()[0]).isCloseTo(1.5, within(0.3));
            assertThat(m.weights()[1]).isCloseTo(-0.5, within(0.15));
            // A strong penalty on the block alone shrinks the words, not the dense features.
            WordBlockTrainer.Model shrunk = new WordBlockTrainer(0.001, 10).fit(d.x(), d.active(), BLOCK, d.y(),
                    d.w());
            assertThat(Math.abs(shrunk.words()[3])).isLessThan(0.1);
            assertThat(shrunk.weights()[0]).isCloseTo(1.5, within(0.4));
        }
    }

    @Test
    void withoutABlockItFitsWhatTheLogisticTrainerFits() {
        Data d = data(26);
        int[][] none = new int[N][0];
        for (double lambda : new double[] {0.01, 0.1}) {
            WordBlockTrainer.Model m = new WordBlockTrainer(lambda, 1).fit(d.x(), none, 0, d.y(), d.w());
            LogisticTrainer.Model l = new LogisticTrainer(lambda).fit(d.x(), d.y(), d.w());
            assertThat(m.intercept()).isCloseTo(l.intercept(), within(1e-7));
            for (int j = 0; j < 2; j++) {
                assertThat(m.weights()[j]).isCloseTo(l.weights()[j], within(1e-7));
            }
            assertThat(m.words()).isEmpty();
        }
    }
}
