package org.marsad.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnOneToHundred() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = 100 - i; // reversed: order of samples must not matter
        }
        assertThat(Percentiles.of(v, 50)).isEqualTo(50);
        assertThat(Percentiles.of(v, 99)).isEqualTo(99);
        assertThat(Percentiles.of(v, 100)).isEqualTo(100);
        assertThat(Percentiles.of(v, 1)).isEqualTo(1);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        double[] v = {10, 20, 30, 40};
        assertThat(Percentiles.of(v, 50)).isEqualTo(20);  // rank ceil(2.0) = 2
        assertThat(Percentiles.of(v, 51)).isEqualTo(30);  // rank ceil(2.04) = 3
        assertThat(Percentiles.of(v, 99)).isEqualTo(40);
        assertThat(Percentiles.of(new double[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void fiftyPercentOfTenIsTheFifthSample() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Percentiles.of(v, 50)).isEqualTo(5);
        assertThat(Percentiles.of(v, 90)).isEqualTo(9);
    }

    @Test
    void rejectsEmptySamplesAndBadPercentiles() {
        assertThatThrownBy(() -> Percentiles.of(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreObservedMonotoneAndBounded() {
        Random rnd = new Random(42);
        for (int round = 0; round < 200; round++) {
            double[] v = new double[1 + rnd.nextInt(500)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextDouble() * 1000;
            }
            double p50 = Percentiles.of(v, 50);
            double p99 = Percentiles.of(v, 99);
            assertThat(p50).isLessThanOrEqualTo(p99);
            assertThat(Arrays.stream(v).anyMatch(x -> x == p99)).isTrue();
            long atOrBelow = Arrays.stream(v).filter(x -> x <= p50).count();
            assertThat(atOrBelow * 2).isGreaterThanOrEqualTo(v.length);
            long below = Arrays.stream(v).filter(x -> x < p50).count();
            assertThat(below * 2).isLessThan(v.length);
        }
    }

    @Test
    void latencySummaryConvertsNanosToMillis() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        Percentiles.Latency l = Percentiles.latencyNanos(nanos);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Ms()).isEqualTo(50.0);
        assertThat(l.p99Ms()).isEqualTo(99.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
        assertThat(l.meanMs()).isEqualTo(50.5);
        assertThat(l.toFigures().asMap()).containsKeys("p50_ms", "p99_ms", "count");
    }
}
