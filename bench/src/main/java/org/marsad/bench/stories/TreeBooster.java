package org.marsad.bench.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.enrich.story.JoinGate;

/**
 * Gradient boosting of depth-two trees on the logistic loss, over the join gate's features, starting from a given
 * log-odds per example (the logistic gate's, or a constant): each tree is fitted by Newton steps to the loss's
 * gradient where the model stands, and its leaves, shrunk by the learning rate, add to the log-odds. A logistic
 * model sums its features' evidence; a tree can say "close AND on the story's day AND no frame conflict", which is
 * what the gate's wrong joins (follow-ups on one subject a day or two apart) seem to need. Deterministic: every cut
 * is the midpoint between two neighbouring values, ties go to the lower feature index and the lower cut.
 */
final class TreeBooster {
    /**
     * @param trees    how many trees
     * @param rate     the learning rate (shrinkage of each tree's leaves)
     * @param minLeaf  the least share of the total example weight every leaf must hold
     * @param l2       the L2 penalty on a leaf value, in units of the (normalized) example weight
     */
    record Settings(int trees, double rate, double minLeaf, double l2) {
        Settings {
            if (trees < 0 || rate <= 0 || minLeaf < 0 || l2 < 0) {
                throw new IllegalArgumentException("tree settings out of range: " + trees + " " + rate + " "
                        + minLeaf + " " + l2);
            }
        }
    }

    private final Settings settings;

    TreeBooster(Settings settings) {
        this.settings = settings;
    }

    /**
     * Fits the trees.
     *
     * @param x      one row of features per example (the gate's features, in {@link JoinGate#ALL_FEATURES} order)
     * @param y      true for a positive example
     * @param weight each example's weight (positive)
     * @param base   each example's log-odds before the trees
     * @return the trees, their cuts and leaves rounded as a gate file writes them
     */
    List<JoinGate.Tree> fit(double[][] x, boolean[] y, double[] weight, double[] base) {
        int n = x.length;
        List<JoinGate.Tree> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int d = x[0].length;
        double total = Arrays.stream(weight).sum();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight[i] / total;
        }
        // Each feature's examples in value order, once: a node's search walks them keeping its own.
        int[][] order = new int[d][];
        for (int j = 0; j < d; j++) {
            final int f = j;
            order[j] = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> Double.compare(x[a][f], x[b][f])).mapToInt(Integer::intValue).toArray();
        }
        double[] margin = base.clone();
        double[] g = new double[n];
        double[] h = new double[n];
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        for (int t = 0; t < settings.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-margin[i]));
                g[i] = w[i] * (p - (y[i] ? 1 : 0));
                h[i] = w[i] * p * (1 - p);
            }
            Split root = best(x, w, g, h, order, all);
            if (root == null) {
                break;
            }
            boolean[] low = new boolean[n];
            boolean[] high = new boolean[n];
            for (int i = 0; i < n; i++) {
                low[i] = x[i][root.feature] < root.cut;
                high[i] = !low[i];
            }
            Split l = best(x, w, g, h, order, low);
            Split r = best(x, w, g, h, order, high);
            // A side that cannot split keeps one value: it "splits" on the root's own test, which all its examples
            // pass the same way, so its two leaves are equal.
            int lf = l == null ? root.feature : l.feature;
            double lc = l == null ? root.cut : l.cut;
            int rf = r == null ? root.feature : r.feature;
            double rc = r == null ? root.cut : r.cut;
            double[] gs = new double[4];
            double[] hs = new double[4];
            for (int i = 0; i < n; i++) {
                int leaf = low[i] ? (x[i][lf] < lc ? 0 : 1) : (x[i][rf] < rc ? 2 : 3);
                gs[leaf] += g[i];
                hs[leaf] += h[i];
            }
            double[] leaves = new double[4];
            for (int k = 0; k < 4; k++) {
                leaves[k] = hs[k] > 0 ? JoinGate.written(-settings.rate() * gs[k] / (hs[k] + settings.l2())) : 0;
            }
            if (l == null) {
                leaves[1] = leaves[0] = JoinGate.written(-settings.rate() * (gs[0] + gs[1])
                        / (hs[0] + hs[1] + settings.l2()));
            }
            if (r == null) {
                leaves[3] = leaves[2] = JoinGate.written(-settings.rate() * (gs[2] + gs[3])
                        / (hs[2] + hs[3] + settings.l2()));
            }
            JoinGate.Tree tree = new JoinGate.Tree(root.feature, root.cut, lf, lc, rf, rc, leaves);
            out.add(tree);
            for (int i = 0; i < n; i++) {
                margin[i] += tree.value(x[i]);
            }
        }
        return out;
    }

    private record Split(int feature, double cut, double gain) {
    }

    /** The split of the examples in {@code in} with the largest gain whose both sides hold the least leaf weight. */
    private Split best(double[][] x, double[] w, double[] g, double[] h, int[][] order, boolean[] in) {
        double gAll = 0;
        double hAll = 0;
        double wAll = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                gAll += g[i];
                hAll += h[i];
                wAll += w[i];
            }
        }
        double l2 = settings.l2();
        double parent = gAll * gAll / (hAll + l2);
        Split best = null;
        for (int j = 0; j < order.length; j++) {
            double gl = 0;
            double hl = 0;
            double wl = 0;
            int previous = -1;
            for (int i : order[j]) {
                if (!in[i]) {
                    continue;
                }
                if (previous >= 0 && x[i][j] > x[previous][j] && wl >= settings.minLeaf()
                        && wAll - wl >= settings.minLeaf()) {
                    double gain = gl * gl / (hl + l2) + (gAll - gl) * (gAll - gl) / (hAll - hl + l2) - parent;
                    if (gain > 1e-12 && (best == null || gain > best.gain)) {
                        best = new Split(j, JoinGate.written((x[i][j] + x[previous][j]) / 2), gain);
                    }
                }
                gl += g[i];
                hl += h[i];
                wl += w[i];
                previous = i;
            }
        }
        return best;
    }
}
