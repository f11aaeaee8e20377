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
    void quickForksStartWithAWarmUpCountedInCpuTimeThatTheLoadCannotShorten() {
        org.openjdk.jmh.runner.options.Options quick = JmhSettings.of(true, 40, 2).applyTo(
                new org.openjdk.jmh.runner.options.OptionsBuilder().include("x")).build();
        // two CPU-seconds whatever the load: HTML and raw text extraction did not settle in one at load 20
        assertThat(quick.getJvmArgs().get()).contains("-XX:+AlwaysPreTouch", "-Xbatch",
                "-D" + CpuTime.WARMUP_PROPERTY + "=2000");
        // and a warm-up iteration of JMH's own loop after it
        assertThat(quick.getWarmupIterations().get()).isEqualTo(2);
        assertThat(quick.getMeasurementIterations().get()).isEqualTo(JmhSettings.QUICK_MEASUREMENT_ITERATIONS);
        org.openjdk.jmh.runner.options.Options full = JmhSettings.of(false, 0, 2).applyTo(
                new org.openjdk.jmh.runner.options.OptionsBuilder().include("x")).build();
        assertThat(full.getJvmArgs().get()).contains("-D" + CpuTime.WARMUP_PROPERTY + "=0");
        assertThat(full.getForkCount().get()).isEqualTo(2);
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
        assertThat(s).doesNotContain("CPU-s of warm-up");
        assertThat(JmhSettings.of(true, 0, 2).describe()).contains("1 fork ",
                "2.0 CPU-s of warm-up at the fork's start (both sides), then 2×1.0 s warm-up", "3×1 s measurement",
                "-XX:+AlwaysPreTouch", "the order alternating");
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
        long[] spun = new long[1];
        cpu.baseline(() -> spun[0] = spin(30_000_000L));
        cpu.done();
        assertThat(cpu.calls).isEqualTo(1);
        assertThat(cpu.baselineNanos).isGreaterThanOrEqualTo(spun[0]);
        // the operation's own side did nothing but read the clocks: the baseline's spin is not in it
        assertThat(cpu.cpuNanos).isLessThan(cpu.baselineNanos);
        cpu.start();
        assertThat(cpu.baselineNanos).isZero();
    }

    @Test
    void aPairedOperationAlternatesWhichSideRunsFirst() {
        CpuTime cpu = new CpuTime();
        cpu.start();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            cpu.pair(() -> order.append('b'), () -> order.append('m'));
        }
        // neither side always runs second, on the input the other one just brought into the cache
        assertThat(order).hasToString("bmmbbmmb");
        assertThat(cpu.calls).isEqualTo(4);
    }

    @Test
    void theForksFirstOperationRunsBothSidesUntilItsCpuBudgetIsSpentAndCountsNoneOfIt() {
        CpuTime cpu = new CpuTime();
        cpu.warmupCpuMs = 60;
        cpu.start();
        int[] runs = new int[2];
        Runnable baseline = () -> {
            spin(2_000_000L);
            runs[0]++;
        };
        Runnable marsad = () -> {
            spin(2_000_000L);
            runs[1]++;
        };
        cpu.pair(baseline, marsad);
        // 60 CPU ms at 4 ms a round: about 15 rounds of warm-up, then the one counted operation
        assertThat(runs[0]).isGreaterThanOrEqualTo(10).isEqualTo(runs[1]);
        assertThat(cpu.calls).isEqualTo(1);
        assertThat(cpu.cpuNanos + cpu.baselineNanos).isLessThan(30_000_000L);
        int before = runs[0];
        cpu.pair(baseline, marsad);
        assertThat(runs[0]).isEqualTo(before + 1); // the warm-up runs once per fork
        assertThat(cpu.calls).isEqualTo(2);
    }

    /** Spends at least this many nanoseconds of the thread's CPU; returns how many it spent. */
    private static long spin(long nanos) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - t0 < nanos) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        return threads.getCurrentThreadCpuTime() - t0 + (x & 0);
    }

    @Test
    void cpuFiguresDivideBytesByCpuTimePerOperation() {
        MicroSection.Score s = new MicroSection.Score(10, 5_000_000); // 5 ms of CPU per operation
        assertThat(s.mbPerCpuS(1_000_000)).isEqualTo(200.0); // 1 MB per 5 ms
        assertThat(s.mbPerS(1_000_000)).isEqualTo(10.0);
    }
}
