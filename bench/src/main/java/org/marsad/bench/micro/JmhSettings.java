package org.marsad.bench.micro;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long JMH warms up and measures. Two things made quick-mode figures move 10× between runs on the shared
 * 2-core machine: the wall-clock score followed the neighbours' load (answered by counting CPU time, see
 * {@link CpuTime}), and a one-second warm-up at load 15–20 gave a benchmark a tenth of a core, so the measurement
 * began before the code was warm. So the warm-up is stretched by the load per core when the machine is busy (at most
 * {@link #MAX_STRETCH}×), the forks compile in the foreground ({@code -Xbatch}: an operation that reaches a compile
 * threshold waits for the compiled code instead of running on in the interpreter while a starved compiler thread
 * queues the work), and quick mode's fork begins with a warm-up counted in CPU time ({@link #warmupCpuMs}), which
 * the load cannot shorten.
 *
 * <p>What once looked like code that the JIT settles late (the date finder ≈ 3× slower from about the 250th to the
 * 700th operation) was the heap's first pass over pages the fork had never touched: with {@code -XX:+AlwaysPreTouch}
 * (see {@link #JVM_ARGS}) the date finder held 2.2–2.8 ms per operation from about the 30th operation on at load 20,
 * and jsoup's parse from the 4th. Every ratio is now read inside one operation ({@link CpuTime#pair}), so both sides
 * are always equally warm; the longer warm-up and measurement that a "late JIT" group of benchmarks and their
 * baselines once had in separate forks is gone.
 *
 * @param forks                 JVM forks per benchmark
 * @param warmupIterations      warm-up iterations per fork
 * @param warmupSeconds         seconds per warm-up iteration (stretched)
 * @param warmupCpuMs           CPU milliseconds the fork's first operation runs its work before it counts
 * @param measurementIterations measured iterations per fork
 * @param measurementSeconds    seconds per measured iteration
 * @param stretch               the factor the warm-up was stretched by (1 on an idle machine)
 */
record JmhSettings(int forks, int warmupIterations, double warmupSeconds, long warmupCpuMs,
                   int measurementIterations, double measurementSeconds, double stretch) {
    /** The warm-up never grows beyond this factor, so a quick run stays a few minutes even at load 40. */
    static final double MAX_STRETCH = 3;

    /** Seconds of one quick-mode iteration (warm-up before stretching, and measurement). */
    static final double QUICK_ITERATION_S = 1;

    /**
     * Warm-up iterations of a quick-mode fork. The first one holds the CPU-counted warm-up, which runs both sides in a
     * loop of its own; the second runs JMH's loop, whose path to the same code the first left cold: with one warm-up
     * iteration, the date finder's first measured iteration cost 6.9 CPU ms per operation against 1.7–1.8 in the
     * next three (load 19, 2026-12-05).
     */
    static final int QUICK_WARMUP_ITERATIONS = 2;

    /**
     * CPU milliseconds of a quick-mode fork's warm-up, both sides of the pair together. The date finder settles by
     * about its 30th operation with the heap pre-touched, but HTML and raw text extraction do not settle in one
     * CPU-second under load: with 1 s their first measured iteration read 0.21× and 0.14× against 0.31× and 0.20× in
     * the next two (load 20, 2026-12-05); with 2 s, 0.28–0.29× and 0.13–0.18× in all four.
     */
    static final long QUICK_WARMUP_CPU_MS = 2000;

    /**
     * Measured iterations of a quick-mode fork. The ratio is read inside each operation, so an iteration under load
     * that holds a single HTML operation (20 pages, ≈ 80 CPU ms with the paired parse at load 19) still reads
     * 0.28–0.29× jsoup's parse, as the iterations around it do.
     */
    static final int QUICK_MEASUREMENT_ITERATIONS = 3;

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
        // iterations at load 35 (the Lucene line-split baseline 4.9x, the normalizer 1.7x), so the warm-up is
        // counted in CPU time rather than shortened in wall time. With every ratio paired inside its operations,
        // quick mode runs 8 forks (12 before: 6 of them with 6 + 5 s), each 2 CPU-s + 1 s of warm-up, 3 s measured.
        // The full run's 5 × 2 s warm-up is already past every benchmark's settling point.
        return quick ? new JmhSettings(1, QUICK_WARMUP_ITERATIONS, QUICK_ITERATION_S * stretch, QUICK_WARMUP_CPU_MS,
                QUICK_MEASUREMENT_ITERATIONS, QUICK_ITERATION_S, stretch)
                : new JmhSettings(2, 5, 2 * stretch, 0, 5, 2, stretch);
    }

    /** The options every fork starts with: {@link #JVM_ARGS} and the CPU-counted warm-up. */
    String[] jvmArgs() {
        return Stream.concat(Arrays.stream(JVM_ARGS), Stream.of("-D" + CpuTime.WARMUP_PROPERTY + "=" + warmupCpuMs))
                .toArray(String[]::new);
    }

    /** Applies forks, JVM options, iteration counts and times to a JMH options builder. */
    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder ob) {
        return ob.forks(forks).jvmArgs(jvmArgs())
                .warmupIterations(warmupIterations).warmupTime(millis(warmupSeconds))
                .measurementIterations(measurementIterations).measurementTime(millis(measurementSeconds));
    }

    private static TimeValue millis(double seconds) {
        return TimeValue.milliseconds(Math.round(seconds * 1000));
    }

    /** One sentence for the report. */
    String describe() {
        return String.format(Locale.ROOT, "Settings: %d fork%s per benchmark (%s), %s%d×%.1f s warm-up (%.1f× the "
                        + "base time: load average per core at the start, between 1 and %.0f), %d×%s s measurement; "
                        + "every ratio's baseline runs inside the same operations, the order alternating.",
                forks, forks == 1 ? "" : "s", String.join(" ", JVM_ARGS),
                warmupCpuMs > 0 ? String.format(Locale.ROOT, "%.1f CPU-s of warm-up at the fork's start (both "
                        + "sides), then ", warmupCpuMs / 1000.0) : "",
                warmupIterations, warmupSeconds, stretch, MAX_STRETCH, measurementIterations,
                seconds(measurementSeconds));
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f", s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
