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
 * <p>Every benchmark calls {@link #done()} after each operation. JMH sums the counters over the measurement
 * iterations ({@code cpuNanos} and {@code calls}, reported as secondary results). A benchmark that runs its
 * baseline on the same input inside each operation ({@link #baseline}) also reports {@code baselineNanos}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds the benchmark thread spent in this iteration's operations so far. */
    public long cpuNanos;
    /** Operations finished in this iteration. */
    public long calls;
    /** CPU nanoseconds of the baseline's work run inside this iteration's operations ({@link #baseline}). */
    public long baselineNanos;
    private long started;

    @Setup(Level.Iteration)
    public void start() {
        cpuNanos = 0;
        calls = 0;
        baselineNanos = 0;
        started = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Runs the baseline's work on the operation's input, counting its CPU time in {@code baselineNanos} and leaving
     * it out of {@code cpuNanos}. Separate forks measured the two sides of a ratio minutes apart, under other loads
     * and at other stages of their JIT (quick mode read HTML extraction anywhere from 0.16× to 0.45× jsoup's parse);
     * inside one operation both clocks are read in turns, in one JVM, under the same load.
     */
    public void baseline(Runnable work) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        work.run();
        long spent = THREADS.getCurrentThreadCpuTime() - t0;
        baselineNanos += spent;
        started += spent;
    }

    /** Counts one operation; read the clock now, so that the figure never depends on when JMH reads counters. */
    public void done() {
        calls++;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - started;
    }
}
