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
 * iterations ({@code cpuNanos} and {@code calls}, reported as secondary results).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds the benchmark thread spent in this iteration's operations so far. */
    public long cpuNanos;
    /** Operations finished in this iteration. */
    public long calls;
    private long started;

    @Setup(Level.Iteration)
    public void start() {
        cpuNanos = 0;
        calls = 0;
        started = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one operation; read the clock now, so that the figure never depends on when JMH reads counters. */
    public void done() {
        calls++;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - started;
    }
}
