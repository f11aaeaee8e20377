package org.marsad.bench.micro;

import java.util.Locale;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long JMH warms up and measures. Two things made quick-mode figures move 10× between runs on the shared
 * 2-core machine: the wall-clock score followed the neighbours' load (answered by counting CPU time, see
 * {@link CpuTime}), and a one-second warm-up at load 15–20 gave a benchmark a tenth of a core, so the measurement
 * began before the JIT had compiled the code (the raw text extractor needs about a CPU-second of operations to
 * reach its steady speed). So the warm-up is longer, stretched by the load per core when the machine is busy
 * (at most {@link #MAX_STRETCH}×), and the forks compile in the foreground ({@code -Xbatch}): an operation that
 * reaches a compile threshold waits for the compiled code instead of running on in the interpreter while a starved
 * compiler thread queues the work, so a warm-up of a given number of operations ends compiled whatever the load.
 *
 * <p>The date finder's code reaches its steady speed late: on the quick sample (544 paragraphs) its CPU time per
 * operation falls to ≈ 2 ms after ≈ 60 operations, rises again to ≈ 6 ms while the compiled code is thrown away and
 * profiled anew, and only settles at ≈ 1.4 ms after ≈ 700 operations (≈ 4 CPU-seconds; JMH run of 45 one-second
 * iterations, 2026-12-05). Quick mode's three-second warm-up ended inside that slow middle, so the benchmarks that
 * run the date finder (dates, figures, raw text and HTML extraction) read ≈ 3× low against the full run. They get
 * {@code lateJitWarmupIterations} warm-up iterations (six: 50% over the 4 CPU-s on an idle core), and so do their
 * baselines, so that both sides of a ratio are equally warm; the others keep the short warm-up that is enough.
 * The slow middle was not the JIT: it was the heap's first pass over pages the fork had never touched, and it went
 * with {@code -XX:+AlwaysPreTouch} (see {@link #JVM_ARGS}: the date finder then held 2.2–2.8 ms per operation from
 * about the 30th operation on at load 20, with no rise after it).
 *
 * @param forks                 JVM forks per benchmark
 * @param warmupIterations      warm-up iterations per fork
 * @param lateJitWarmupIterations warm-up iterations per fork of a benchmark whose code the JIT settles late
 * @param warmupSeconds         seconds per warm-up iteration (stretched)
 * @param measurementIterations measured iterations per fork
 * @param lateJitMeasurementIterations measured iterations per fork of a benchmark of the late group
 * @param measurementSeconds    seconds per measured iteration
 * @param stretch               the factor the warm-up was stretched by (1 on an idle machine)
 */
record JmhSettings(int forks, int warmupIterations, int lateJitWarmupIterations, double warmupSeconds,
                   int measurementIterations, int lateJitMeasurementIterations,
                   double measurementSeconds, double stretch) {
    /** The warm-up never grows beyond this factor, so a quick run stays a few minutes even at load 40. */
    static final double MAX_STRETCH = 3;

    /** Seconds of one quick-mode iteration (warm-up before stretching, and measurement). */
    static final double QUICK_ITERATION_S = 1;

    /** Warm-up iterations of a quick-mode fork. */
    static final int QUICK_WARMUP_ITERATIONS = 3;

    /**
     * Warm-up iterations of a quick-mode fork of a benchmark that runs the date finder: eight seconds of an idle
     * core, twice the ≈ 4 CPU-seconds its JIT takes to settle.
     */
    static final int QUICK_LATE_JIT_WARMUP_ITERATIONS = 6;

    /** Measured iterations of a quick-mode fork: two, the fewest a spread can be stated over. */
    static final int QUICK_MEASUREMENT_ITERATIONS = 2;

    /**
     * Measured iterations of a quick-mode fork of the late group. Under load a one-second iteration holds one or two
     * operations of the HTML sample (20 pages, ≈ 75 CPU ms with the paired parse), and one operation's ratio of
     * extraction to parse moved between 2.9× and 4.4× (load 20): five iterations average it over more operations.
     * The paired baseline gave back the seconds of jsoup's own fork.
     */
    static final int QUICK_LATE_JIT_MEASUREMENT_ITERATIONS = 5;

    /**
     * JVM options of every fork: a fixed heap (no resizing during a measurement), touched before the benchmark
     * starts, and foreground compilation. Without the pre-touch, the first pass of the young generation over heap
     * pages the process had never used charged the page faults to the benchmark thread: jsoup's parse of the quick
     * HTML sample cost 60–90 CPU ms per operation from about the 20th to the 67th operation against 15–28 before and
     * after, with no JIT work in between (2026-12-05, load 20, -Xbatch); with {@code -XX:+AlwaysPreTouch} it held
     * 15–28 ms from the 4th operation on. That middle phase is what an operation count too small for it measured.
     */
    static final String[] JVM_ARGS = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Xbatch", "-Dfile.encoding=UTF-8"};

    /**
     * The settings for a run.
     *
     * @param quick       quick mode (short) or the full run
     * @param loadAverage the machine's 1-minute load average now, negative when unknown
     * @param cores       available processors
     */
    static JmhSettings of(boolean quick, double loadAverage, int cores) {
        double stretch = loadAverage <= 0 || cores <= 0 ? 1 : Math.min(MAX_STRETCH, Math.max(1, loadAverage / cores));
        // Quick iterations of 0.5 s were tried (2026-12-05, load 42): CPU ms per operation rose 1.5-5x against 1 s
        // iterations at load 35 (the Lucene line-split baseline 4.9x, the normalizer 1.7x), so the warm-up must be
        // measured in CPU time, not shortened in wall time. Quick mode keeps 1 s iterations and three warm-up ones
        // (3 s of an idle core: three times what raw text extraction, the slowest to warm, needs; stretched under
        // load) and measures two, the fewest a spread can be stated over. Twelve benchmarks at 4 + 3 s were about
        // 100 s of an idle machine's five-minute quick budget; at 3 + 2 s they are about 75 s.
        // The full run's 5 × 2 s warm-up is already past the date finder's settling point for every benchmark.
        return quick ? new JmhSettings(1, QUICK_WARMUP_ITERATIONS, QUICK_LATE_JIT_WARMUP_ITERATIONS,
                QUICK_ITERATION_S * stretch, QUICK_MEASUREMENT_ITERATIONS, QUICK_LATE_JIT_MEASUREMENT_ITERATIONS,
                QUICK_ITERATION_S, stretch)
                : new JmhSettings(2, 5, 5, 2 * stretch, 5, 5, 2, stretch);
    }

    /**
     * Applies forks, iteration counts and times to a JMH options builder.
     *
     * @param lateJit whether the benchmarks it runs are ones the JIT settles late (the longer warm-up)
     */
    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder ob, boolean lateJit) {
        return ob.forks(forks).jvmArgs(JVM_ARGS)
                .warmupIterations(lateJit ? lateJitWarmupIterations : warmupIterations).warmupTime(millis(warmupSeconds))
                .measurementIterations(lateJit ? lateJitMeasurementIterations : measurementIterations)
                .measurementTime(millis(measurementSeconds));
    }

    private static TimeValue millis(double seconds) {
        return TimeValue.milliseconds(Math.round(seconds * 1000));
    }

    /** One sentence for the report. */
    String describe() {
        return String.format(Locale.ROOT, "Settings: %d fork%s per benchmark (%s), %d×%.1f s warm-up (%d×%.1f s "
                        + "for the benchmarks that run the date finder and their baselines, whose JIT settles late; %.1f× the "
                        + "base time: load average per core at the start, between 1 and %.0f), %d×%s s measurement%s.",
                forks, forks == 1 ? "" : "s", String.join(" ", JVM_ARGS), warmupIterations, warmupSeconds,
                lateJitWarmupIterations, warmupSeconds, stretch,
                MAX_STRETCH, measurementIterations, seconds(measurementSeconds),
                lateJitMeasurementIterations == measurementIterations ? "" : String.format(Locale.ROOT,
                        " (%d×%s s for the benchmarks that run the date finder)", lateJitMeasurementIterations,
                        seconds(measurementSeconds)));
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f", s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
