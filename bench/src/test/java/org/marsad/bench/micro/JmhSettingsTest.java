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
                "6×1.0 s for the benchmarks that run the date finder and their baselines", "2×1 s measurement");
    }

    @Test
    void theSpreadOfMeasuredIterationsIsLargestOverSmallest() {
        assertThat(MicroSection.spreadPct(java.util.List.of(2.0, 2.5, 2.2))).isCloseTo(25.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MicroSection.spreadPct(java.util.List.of(3.0))).isNaN();
    }

    @Test
    void cpuFiguresDivideBytesByCpuTimePerOperation() {
        MicroSection.Score s = new MicroSection.Score(10, 5_000_000); // 5 ms of CPU per operation
        assertThat(s.mbPerCpuS(1_000_000)).isEqualTo(200.0); // 1 MB per 5 ms
        assertThat(s.mbPerS(1_000_000)).isEqualTo(10.0);
    }
}
