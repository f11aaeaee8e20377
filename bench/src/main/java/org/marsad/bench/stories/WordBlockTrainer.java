package org.marsad.bench.stories;

import java.util.Arrays;

/**
 * Weighted logistic regression over a few dense features and a sparse block of binary ones (a join gate's headline
 * words), fitted jointly by Newton's method with a step halved until the penalized loss falls. The dense features are
 * standardized inside and penalized by {@code lambdaDense}, as {@link LogisticTrainer} does (so that a block of no
 * words fits what it fits); the binary ones are left raw (0 or 1: standardizing would make every row dense) and
 * penalized by their own {@code lambdaWords}, so the block can be regularized more strongly than the dense features.
 * Penalties are per unit of total example weight. The intercept is not penalized. Deterministic.
 */
final class WordBlockTrainer {
    /** A fitted model: dense weights for the raw features, the intercept, one weight per block feature. */
    record Model(double[] weights, double intercept, double[] words) {
        double logOdds(double[] x, int[] active) {
            double z = intercept;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            for (int k : active) {
                z += words[k];
            }
            return z;
        }
    }

    private final double lambdaDense;
    private final double lambdaWords;

    WordBlockTrainer(double lambdaDense, double lambdaWords) {
        this.lambdaDense = lambdaDense;
        this.lambdaWords = lambdaWords;
    }

    /**
     * Fits the model.
     *
     * @param x      the dense features, one row per example
     * @param active per example, the block features that are 1 (indices below {@code block}), distinct
     * @param block  the number of block features
     * @param y      true for a positive example
     * @param weight how many examples of the population each stands for; positive
     */
    Model fit(double[][] x, int[][] active, int block, boolean[] y, double[] weight) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        int dim = 1 + d + block;
        double total = Arrays.stream(weight).sum();
        double[][] moments = LogisticTrainer.moments(x, weight, d, total);
        double[] mean = moments[0];
        double[] scale = moments[1];
        // Per example: the indices of its nonzero coordinates (intercept, the dense ones, its active block ones) and
        // their values.
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight[i] / total;
            idx[i] = new int[1 + d + active[i].length];
            val[i] = new double[idx[i].length];
            idx[i][0] = 0;
            val[i][0] = 1;
            for (int j = 0; j < d; j++) {
                idx[i][1 + j] = 1 + j;
                val[i][1 + j] = (x[i][j] - mean[j]) / scale[j];
            }
            for (int k = 0; k < active[i].length; k++) {
                idx[i][1 + d + k] = 1 + d + active[i][k];
                val[i][1 + d + k] = 1;
            }
        }
        double[] penalty = new double[dim];
        for (int a = 1; a < dim; a++) {
            penalty[a] = a <= d ? lambdaDense : lambdaWords;
        }
        double[] beta = new double[dim];
        double loss = loss(beta, idx, val, w, y, penalty);
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[dim];
            double[][] hess = new double[dim][dim];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, idx[i], val[i]));
                double r = (y[i] ? 1 : 0) - p;
                double s = w[i] * p * (1 - p);
                int[] ix = idx[i];
                double[] vx = val[i];
                for (int a = 0; a < ix.length; a++) {
                    grad[ix[a]] += w[i] * r * vx[a];
                    double sa = s * vx[a];
                    double[] row = hess[ix[a]];
                    for (int b = 0; b < ix.length; b++) {
                        row[ix[b]] += sa * vx[b];
                    }
                }
            }
            for (int a = 1; a < dim; a++) {
                grad[a] -= penalty[a] * beta[a];
                hess[a][a] += penalty[a];
            }
            hess[0][0] += 1e-12;
            double[] step = LogisticTrainer.solve(hess, grad);
            double t = 1;
            double[] next = new double[dim];
            double nextLoss = Double.POSITIVE_INFINITY;
            for (int halvings = 0; halvings < 30; halvings++) {
                for (int a = 0; a < dim; a++) {
                    next[a] = beta[a] + t * step[a];
                }
                nextLoss = loss(next, idx, val, w, y, penalty);
                if (nextLoss <= loss + 1e-15) {
                    break;
                }
                t /= 2;
            }
            double change = 0;
            for (int a = 0; a < dim; a++) {
                change = Math.max(change, Math.abs(next[a] - beta[a]));
            }
            beta = next;
            loss = nextLoss;
            if (change < 1e-9) {
                break;
            }
        }
        double[] raw = new double[d];
        double intercept = beta[0];
        for (int j = 0; j < d; j++) {
            raw[j] = beta[1 + j] / scale[j];
            intercept -= raw[j] * mean[j];
        }
        return new Model(raw, intercept, Arrays.copyOfRange(beta, 1 + d, dim));
    }

    private static double loss(double[] beta, int[][] idx, double[][] val, double[] w, boolean[] y, double[] penalty) {
        double l = 0;
        for (int i = 0; i < idx.length; i++) {
            double z = dot(beta, idx[i], val[i]);
            // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, written to stay finite.
            double m = y[i] ? -z : z;
            l += w[i] * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
        }
        for (int a = 1; a < beta.length; a++) {
            l += 0.5 * penalty[a] * beta[a] * beta[a];
        }
        return l;
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    private static double dot(double[] beta, int[] idx, double[] val) {
        double s = 0;
        for (int a = 0; a < idx.length; a++) {
            s += beta[idx[a]] * val[a];
        }
        return s;
    }
}
