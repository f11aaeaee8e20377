package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The join gate's trainer on seeded synthetic data, where the right answer is known. */
class LogisticTrainerTest {
    @Test
    void recoversAKnownSeparatingDirection() {
        Random r = new Random(42);
        double[] truth = {2.0, -1.0, 0.0, 0.5};
        int n = 4000;
        double[][] x = new double[n][truth.length];
        boolean[] y = new boolean[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0.3;
            for (int j = 0; j < truth.length; j++) {
                // Features on different scales: standardization inside must not change the answer.
                x[i][j] = r.nextGaussian() * (j + 1);
                z += truth[j] * x[i][j] / (j + 1);
            }
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z));
            w[i] = 1;
        }
        LogisticTrainer.Model m = new LogisticTrainer(1e-4).fit(x, y, w);
        double[] unscaled = new double[truth.length];
        double dot = 0;
        double nt = 0;
        double nm = 0;
        for (int j = 0; j < truth.length; j++) {
            unscaled[j] = m.weights()[j] * (j + 1);
            dot += unscaled[j] * truth[j];
            nt += truth[j] * truth[j];
            nm += unscaled[j] * unscaled[j];
        }
        assertThat(dot / Math.sqrt(nt * nm)).isGreaterThan(0.99);
        assertThat(unscaled[0]).isBetween(1.7, 2.3);
        assertThat(Math.abs(unscaled[2])).isLessThan(0.15);
        assertThat(m.intercept()).isBetween(0.1, 0.5);
    }

    @Test
    void exampleWeightsCountAsRepeatedExamples() {
        Random r = new Random(7);
        int n = 300;
        double[][] x = new double[n][1];
        boolean[] y = new boolean[n];
        double[] w = new double[n];
        double[][] x2 = new double[n + n / 3 * 2][1];
        boolean[] y2 = new boolean[x2.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-1.5 * x[i][0]));
            w[i] = i % 3 == 0 ? 3 : 1;
            for (int c = 0; c < w[i]; c++) {
                x2[k][0] = x[i][0];
                y2[k++] = y[i];
            }
        }
        double[] ones = new double[x2.length];
        java.util.Arrays.fill(ones, 1);
        LogisticTrainer.Model weighted = new LogisticTrainer(0.01).fit(x, y, w);
        LogisticTrainer.Model repeated = new LogisticTrainer(0.01).fit(x2, y2, ones);
        assertThat(weighted.weights()[0]).isCloseTo(repeated.weights()[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(weighted.intercept()).isCloseTo(repeated.intercept(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aStrongerPenaltyShrinksTheWeights() {
        Random r = new Random(3);
        int n = 500;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            y[i] = x[i][0] + 0.5 * x[i][1] + r.nextGaussian() * 0.5 > 0;
            w[i] = 1;
        }
        double weak = Math.abs(new LogisticTrainer(0.001).fit(x, y, w).weights()[0]);
        double strong = Math.abs(new LogisticTrainer(1.0).fit(x, y, w).weights()[0]);
        assertThat(strong).isLessThan(weak / 2);
    }
}
