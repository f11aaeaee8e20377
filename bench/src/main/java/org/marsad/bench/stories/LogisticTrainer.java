package org.marsad.bench.stories;

import java.util.Arrays;

/**
 * Weighted, L2-regularized logistic regression fitted by Newton's method: few features (a few dozen) and few
 * examples (hundreds), so each step solves the full Hessian. Features are standardized inside (mean 0, variance 1
 * under the example weights) so that one penalty suits them all; the weights returned are for the raw features.
 * The intercept is not penalized. Deterministic: no random start, no shuffling.
 */
final class LogisticTrainer {
    /** A fitted model over raw features. */
    record Model(double[] weights, double intercept) {
        double probability(double[] x) {
            double z = intercept;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private final double lambda;

    /** @param lambda the L2 penalty on the standardized weights, in units of the total example weight */
    LogisticTrainer(double lambda) {
        this.lambda = lambda;
    }

    /**
     * Fits the model.
     *
     * @param x      one row of features per example
     * @param y      true for a positive example
     * @param weight how many examples of the population each stands for (stratum weights); must be positive
     */
    Model fit(double[][] x, boolean[] y, double[] weight) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        double total = Arrays.stream(weight).sum();
        double[][] moments = moments(x, weight, d, total);
        double[] mean = moments[0];
        double[] scale = moments[1];
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        // Weights normalized to sum to 1, so that lambda means the same whatever the sample's size.
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight[i] / total;
        }
        double[] beta = new double[d + 1];
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, z[i]));
                double r = (y[i] ? 1 : 0) - p;
                double s = w[i] * p * (1 - p);
                for (int a = 0; a <= d; a++) {
                    grad[a] += w[i] * r * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += s * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= lambda * beta[a];
                hess[a][a] += lambda;
            }
            for (int a = 0; a <= d; a++) {
                for (int b = a + 1; b <= d; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            hess[0][0] += 1e-12;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        double[] raw = new double[d];
        double intercept = beta[0];
        for (int j = 0; j < d; j++) {
            raw[j] = beta[j + 1] / scale[j];
            intercept -= raw[j] * mean[j];
        }
        return new Model(raw, intercept);
    }

    /**
     * Per feature, the weighted mean and the weighted standard deviation the fit standardizes by ({@code [0]} and
     * {@code [1]}); a constant feature gets scale 1, so its standardized value is 0 and its weight stays 0.
     */
    static double[][] moments(double[][] x, double[] weight, int d, double total) {
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (int i = 0; i < x.length; i++) {
                m += weight[i] * x[i][j];
            }
            m /= total;
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                v += weight[i] * (x[i][j] - m) * (x[i][j] - m);
            }
            mean[j] = m;
            scale[j] = v / total > 1e-12 ? Math.sqrt(v / total) : 1;
        }
        return new double[][] {mean, scale};
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves a symmetric positive definite system by Cholesky decomposition. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 1e-300));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] yv = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * yv[k];
            }
            yv[i] = s / l[i][i];
        }
        double[] xv = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = yv[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * xv[k];
            }
            xv[i] = s / l[i][i];
        }
        return xv;
    }
}
