package org.marsad.bench.micro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JmhSettingsTest {

    @Test
    void anIdleMachineGetsTheBaseWarmUp() {
        JmhSettings quick = JmhSettings.of(true, 0.5, 2);
        assertThat(quick.stretch()).isEqualTo(1);
        assertThat(quick.warmupSeconds()).isEqualTo(1);
        assertThat(JmhSettings.of(false, 1.9, 2).warmupSeconds()).isEqualTo(2);
    }

    @Test
    void aBusyMachineStretchesTheWarmUpByLoadPerCoreUpToTheCap() {
        assertThat(JmhSettings.of(true, 5, 2).warmupSeconds()).isEqualTo(2.5);
        assertThat(JmhSettings.of(false, 5, 2).warmupSeconds()).isEqualTo(5);
        assertThat(JmhSettings.of(true, 40, 2).stretch()).isEqualTo(JmhSettings.MAX_STRETCH);
        // measurement time never stretches: the CPU counters make a short measurement unbiased, only noisier
        assertThat(JmhSettings.of(true, 40, 2).measurementSeconds()).isEqualTo(JmhSettings.of(true, 0, 2)
                .measurementSeconds());
    }

    @Test
    void theBenchmarksThatRunTheDateFinderWarmUpLongerInQuickMode() {
        JmhSettings quick = JmhSettings.of(true, 0, 2);
        org.openjdk.jmh.runner.options.Options late = quick.applyTo(
                new org.openjdk.jmh.runner.options.OptionsBuilder().include("x"), true).build();
        org.openjdk.jmh.runner.options.Options shortOnes = quick.applyTo(
                new org.openjdk.jmh.runner.options.OptionsBuilder().include("x"), false).build();
        // ≈ 4 CPU-s until the date finder's compiled code settles: the late warm-up must cover it on an idle core
        assertThat(late.getWarmupIterations().get() * quick.warmupSeconds()).isGreaterThanOrEqualTo(6);
        assertThat(shortOnes.getWarmupIterations().get()).isEqualTo(JmhSettings.QUICK_WARMUP_ITERATIONS);
        assertThat(late.getWarmupTime().get()).isEqualTo(shortOnes.getWarmupTime().get());
        // a one-second iteration holds one or two HTML operations under load: the late group measures more of them
        assertThat(late.getMeasurementIterations().get()).isGreaterThan(shortOnes.getMeasurementIterations().get());
        JmhSettings full = JmhSettings.of(false, 0, 2);
        assertThat(full.lateJitWarmupIterations()).isEqualTo(full.warmupIterations());
    }

    @Test
    void anUnknownLoadAverageMeansNoStretch() {
        assertThat(JmhSettings.of(true, -1, 2).stretch()).isEqualTo(1);
        assertThat(JmhSettings.of(true, 8, 0).stretch()).isEqualTo(1);
    }

    @Test
    void theReportSentenceStatesEverySetting() {
        String s = JmhSettings.of(false, 4, 2).describe();
        assertThat(s).contains("2 forks", "-Xbatch", "5×4.0 s warm-up", "2.0×", "5×2 s measurement");
        assertThat(JmhSettings.of(true, 0, 2).describe()).contains("1 fork ", "3×1.0 s warm-up",
                "6×1.0 s for the benchmarks that run the date finder and their baselines",
                "2×1 s measurement (5×1 s for the benchmarks that run the date finder)", "-XX:+AlwaysPreTouch");
    }

    @Test
    void theSpreadOfMeasuredIterationsIsLargestOverSmallest() {
        assertThat(MicroSection.spreadPct(java.util.List.of(2.0, 2.5, 2.2))).isCloseTo(25.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MicroSection.spreadPct(java.util.List.of(3.0))).isNaN();
    }

    @Test
    void aPairedOperationSharesItsRateBetweenItsTwoSidesByCpuTime() {
        // 10 operations/s, each 6 ms of Marsad's CPU and 2 ms of the baseline's run inside it
        MicroSection.Score paired = new MicroSection.Score(10, 6_000_000, 2_000_000);
        MicroSection.Score base = paired.pairedBaseline();
        assertThat(base.mbPerCpuS(1_000_000)).isEqualTo(500.0); // 1 MB per 2 ms
        assertThat(paired.mbPerCpuS(1_000_000) / base.mbPerCpuS(1_000_000)).isCloseTo(1 / 3.0,
                org.assertj.core.data.Offset.offset(1e-12));
        // 8 ms of CPU per operation at 10 operations/s: the Marsad side alone would run 10 × 8/6 per second
        assertThat(paired.own().opsPerSecond()).isCloseTo(10 * 8 / 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(base.opsPerSecond()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
        MicroSection.Score alone = new MicroSection.Score(10, 6_000_000);
        assertThat(alone.pairedBaseline()).isNull();
        assertThat(alone.own()).isSameAs(alone);
    }

    @Test
    void theBaselineRunInsideAnOperationIsCountedApartFromIt() {
        CpuTime cpu = new CpuTime();
        cpu.start();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] spun = new long[1];
        cpu.baseline(() -> {
            long t0 = threads.getCurrentThreadCpuTime();
            long x = 0;
            while (threads.getCurrentThreadCpuTime() - t0 < 30_000_000L) {
                x += Long.numberOfTrailingZeros(x + 1);
            }
            spun[0] = threads.getCurrentThreadCpuTime() - t0 + (x & 0);
        });
        cpu.done();
        assertThat(cpu.calls).isEqualTo(1);
        assertThat(cpu.baselineNanos).isGreaterThanOrEqualTo(spun[0]);
        // the operation's own side did nothing but read the clocks: the baseline's spin is not in it
        assertThat(cpu.cpuNanos).isLessThan(cpu.baselineNanos);
        cpu.start();
        assertThat(cpu.baselineNanos).isZero();
    }

    @Test
    void cpuFiguresDivideBytesByCpuTimePerOperation() {
        MicroSection.Score s = new MicroSection.Score(10, 5_000_000); // 5 ms of CPU per operation
        assertThat(s.mbPerCpuS(1_000_000)).isEqualTo(200.0); // 1 MB per 5 ms
        assertThat(s.mbPerS(1_000_000)).isEqualTo(10.0);
    }
}
