package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.bench.report.Figures;

/**
 * The machine's 1-minute load average sampled once a second while a measurement runs: on a shared machine the
 * figures mean little without it.
 */
public final class LoadAverage {
    private final ScheduledExecutorService timer;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private int n;

    private LoadAverage() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-load-average");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts sampling once a second on a daemon thread. */
    public static LoadAverage start() {
        LoadAverage l = new LoadAverage();
        l.timer.scheduleAtFixedRate(l::sample, 0, 1, TimeUnit.SECONDS);
        return l;
    }

    private synchronized void sample() {
        double v = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (v < 0) {
            return; // not available on this platform
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
        n++;
    }

    /** Stops sampling. */
    public void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Writes cores, samples and min/mean/max of the 1-minute load average (nothing more when unavailable). */
    public synchronized void put(Figures f) {
        f.put("cores", Runtime.getRuntime().availableProcessors()).put("samples", n);
        if (n > 0) {
            f.put("load_avg_1m_min", min).put("load_avg_1m_mean", sum / n).put("load_avg_1m_max", max);
        }
    }
}
