package org.marsad.bench.micro;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time per iteration, beside JMH's wall-clock score. On a shared 2-core machine the
 * wall-clock figure follows the neighbours' load (a benchmark gets a tenth of a core at load 20), while the CPU
 * seconds one operation costs barely move; the harness reports MB per CPU-second from these two counters.
 *
 * <p>A benchmark runs each operation through {@link #pair} (its baseline and the Marsad side on the same input) or
 * {@link #alone}. JMH sums the counters over the measurement iterations ({@code cpuNanos}, {@code baselineNanos}
 * and {@code calls}, reported as secondary results). The fork's first operation first runs the work until the
 * thread has spent {@link #warmupCpuMs} of CPU on it: a warm-up counted in CPU time, which a busy machine cannot
 * cut short the way it cuts a warm-up counted in wall-clock seconds.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The JVM option through which the harness sets {@link #warmupCpuMs} for the forks. */
    static final String WARMUP_PROPERTY = "marsad.micro.warmupCpuMs";

    /**
     * CPU milliseconds of the fork's warm-up before its first counted operation (a JVM option, not a JMH parameter:
     * every public field of this class is a counter).
     */
    long warmupCpuMs = Long.getLong(WARMUP_PROPERTY, 0);

    /** CPU nanoseconds the benchmark thread spent in this iteration's operations so far, the baseline's left out. */
    public long cpuNanos;
    /** Operations finished in this iteration. */
    public long calls;
    /** CPU nanoseconds of the baseline's work run inside this iteration's operations ({@link #pair}). */
    public long baselineNanos;
    private long started;
    private long turns;
    private boolean warm;

    @Setup(Level.Iteration)
    public void start() {
        cpuNanos = 0;
        calls = 0;
        baselineNanos = 0;
        started = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * One operation of a ratio: the baseline's work and the Marsad side's on the same input, in one JVM, under the
     * same load and at the same stage of the JIT (separate forks minutes apart moved quick mode's ratios 1.5–3×
     * between runs). The baseline's CPU time goes to {@code baselineNanos}, the Marsad side's to {@code cpuNanos}.
     * The order alternates from one operation to the next, so that neither side always finds the input in the
     * cache the other just warmed.
     */
    public void pair(Runnable baseline, Runnable marsad) {
        warmUp(baseline, marsad);
        if ((turns++ & 1) == 0) {
            baseline(baseline);
            marsad.run();
        } else {
            marsad.run();
            baseline(baseline);
        }
        done();
    }

    /** One operation with nothing to pair it with (a baseline run on its own when its Marsad side is missing). */
    public void alone(Runnable work) {
        warmUp(work, () -> { });
        work.run();
        done();
    }

    /** Runs the work, counting its CPU time in {@code baselineNanos} and leaving it out of {@code cpuNanos}. */
    void baseline(Runnable work) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        work.run();
        long spent = THREADS.getCurrentThreadCpuTime() - t0;
        baselineNanos += spent;
        started += spent;
    }

    /** Counts one operation; reads the clock now, so that the figure never depends on when JMH reads counters. */
    void done() {
        calls++;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - started;
    }

    /**
     * On the fork's first call only: runs both sides, in turns, until the thread has spent {@link #warmupCpuMs} of
     * CPU on them. This falls inside JMH's first warm-up iteration, whose counters are thrown away.
     */
    private void warmUp(Runnable baseline, Runnable marsad) {
        if (warm) {
            return;
        }
        warm = true;
        long budget = warmupCpuMs * 1_000_000L;
        long t0 = THREADS.getCurrentThreadCpuTime();
        while (THREADS.getCurrentThreadCpuTime() - t0 < budget) {
            baseline.run();
            marsad.run();
        }
        started = THREADS.getCurrentThreadCpuTime();
    }
}
