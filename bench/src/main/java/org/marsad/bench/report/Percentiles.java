package org.marsad.bench.report;

import java.util.Arrays;

/**
 * Latency summaries by the nearest-rank method: the p-th percentile is the smallest sample such that at least p% of
 * the samples are less than or equal to it. No interpolation, so every reported figure is a time that was observed.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of the samples (any order).
     *
     * @param p a percentage in (0, 100]
     * @throws IllegalArgumentException when there are no samples or p is out of range
     */
    public static double of(double[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[rank(sorted.length, p) - 1];
    }

    /** The 1-based nearest rank for p percent of n samples. */
    static int rank(int n, double p) {
        // The small epsilon keeps 50% of 10 samples at rank 5 despite binary floating point (0.5 * 10 = 5.000…1).
        int r = (int) Math.ceil(p / 100.0 * n - 1e-9);
        return Math.max(1, Math.min(n, r));
    }

    /** Summarizes durations given in nanoseconds into milliseconds. */
    public static Latency latencyNanos(long[] nanos) {
        double[] ms = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ms[i] = nanos[i] / 1e6;
        }
        return latencyMillis(ms);
    }

    /** Summarizes durations given in milliseconds. */
    public static Latency latencyMillis(double[] ms) {
        if (ms.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Latency(sorted.length, sorted[rank(sorted.length, 50) - 1], sorted[rank(sorted.length, 90) - 1],
                sorted[rank(sorted.length, 99) - 1], sorted[sorted.length - 1], sum / sorted.length);
    }

    /** Summary of a latency sample, in milliseconds. */
    public record Latency(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs, double meanMs) {
        /** The figures under their report keys. */
        public Figures toFigures() {
            return new Figures().put("count", count).put("p50_ms", p50Ms).put("p90_ms", p90Ms).put("p99_ms", p99Ms)
                    .put("max_ms", maxMs).put("mean_ms", meanMs);
        }
    }
}
