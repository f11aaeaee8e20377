package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.story.JoinGate;

/**
 * The join gate's tree booster on seeded synthetic data: a same-event rule of the kind a logistic model cannot form
 * ("close AND within a day of the story's latest article": a corner, which a sum of weights cuts with a line), which the trees learn on top of the logistic model's log-odds.
 */
class TreeBoosterTest {
    private static final int D = JoinGate.ALL_FEATURES.size();
    private static final int COSINE = JoinGate.ALL_FEATURES.indexOf("cosine");
    private static final int DAYS = JoinGate.ALL_FEATURES.indexOf("days_from_last");

    /** Pairs whose label is "cosine above 0.5 and less than a day after the story's latest", one in ten flipped. */
    private static double[][] features(Random r, int n) {
        double[][] x = new double[n][D];
        for (int i = 0; i < n; i++) {
            x[i][COSINE] = r.nextDouble();
            x[i][DAYS] = 3 * r.nextDouble();
            for (int j = 0; j < D; j++) {
                if (j != COSINE && j != DAYS) {
                    x[i][j] = r.nextGaussian();
                }
            }
        }
        return x;
    }

    private static boolean[] labels(Random r, double[][] x) {
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i][COSINE] > 0.5 && x[i][DAYS] < 1) != (r.nextDouble() < 0.1);
        }
        return y;
    }

    private static double accuracy(JoinGate gate, double[][] x, boolean[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += gate.admits(x[i]) == y[i] ? 1 : 0;
        }
        return right / (double) x.length;
    }

    @Test
    void treesOnTopOfTheLogisticModelLearnAConjunctionItCannotAndDecideHeldOutPairsBetter() {
        Random r = new Random(19);
        double[][] x = features(r, 3000);
        boolean[] y = labels(r, x);
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1);
        LogisticTrainer.Model logistic = new LogisticTrainer(0.01).fit(x, y, w);
        double[] base = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double p = logistic.probability(x[i]);
            base[i] = Math.log(p / (1 - p));
        }
        List<JoinGate.Tree> trees = new TreeBooster(new TreeBooster.Settings(40, 0.2, 0.02, 0.001))
                .fit(x, y, w, base);
        JoinGate plain = new JoinGate(logistic.weights(), logistic.intercept(), 0.5);
        JoinGate treed = new JoinGate(logistic.weights(), logistic.intercept(), 0.5, JoinGate.Mode.DECIDE, 0.2, 0.15,
                trees);
        double[][] heldOut = features(r, 3000);
        boolean[] truth = labels(r, heldOut);
        // The best any rule can do is 0.9 (one label in ten flipped); a sum of weights errs on a corner.
        assertThat(accuracy(plain, heldOut, truth)).isLessThan(0.86);
        assertThat(accuracy(treed, heldOut, truth)).isGreaterThan(0.88);
        // The first tree splits on what matters, not on the noise.
        assertThat(List.of(trees.get(0).split(), trees.get(0).lowSplit(), trees.get(0).highSplit()))
                .allSatisfy(f -> assertThat(f).isIn(COSINE, DAYS));
        // Deterministic, and the gate written and read back agrees (its trees exactly: their cuts and leaves are
        // rounded as written; the logistic weights to the file's nine decimals).
        assertThat(new TreeBooster(new TreeBooster.Settings(40, 0.2, 0.02, 0.001)).fit(x, y, w, base))
                .isEqualTo(trees);
        JoinGate back = JoinGate.read(treed.write(""));
        assertThat(back.trees()).isEqualTo(trees);
        for (double[] row : heldOut) {
            assertThat(back.probability(row)).isCloseTo(treed.probability(row), within(1e-6));
        }
    }

    @Test
    void everyLeafHoldsAtLeastTheLeastShareOfTheWeight() {
        Random r = new Random(5);
        double[][] x = features(r, 1000);
        boolean[] y = labels(r, x);
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1);
        List<JoinGate.Tree> trees = new TreeBooster(new TreeBooster.Settings(10, 0.3, 0.2, 0.001))
                .fit(x, y, w, new double[x.length]);
        assertThat(trees).hasSize(10);
        for (JoinGate.Tree t : trees) {
            int[] count = new int[4];
            for (double[] row : x) {
                int leaf = row[t.split()] < t.cut() ? (row[t.lowSplit()] < t.lowCut() ? 0 : 1)
                        : (row[t.highSplit()] < t.highCut() ? 2 : 3);
                count[leaf]++;
            }
            // A side that did not split keeps one value in both its leaves (its examples all go one way).
            for (int side = 0; side < 2; side++) {
                int a = count[2 * side];
                int b = count[2 * side + 1];
                double[] leaves = t.leaves();
                if (leaves[2 * side] != leaves[2 * side + 1]) {
                    assertThat(Math.min(a, b)).isGreaterThanOrEqualTo(200);
                } else {
                    assertThat(a + b).isGreaterThanOrEqualTo(200);
                }
            }
        }
    }
}
