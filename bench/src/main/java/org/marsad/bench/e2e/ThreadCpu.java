package org.marsad.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bench process's CPU per thread, read from Linux's {@code /proc/self/task/TID/stat}, and what each kind of
 * thread spent between two readings.
 *
 * <p>Threads are told apart by their id and their start time (an id can be reused by a later thread), and a
 * reading's CPU is the difference of each thread's own counters. Summing by kind at each reading and subtracting
 * the sums (as the http part did) goes wrong whenever a thread ends between the readings: the kind's later sum
 * lacks everything that thread ever spent, before the first reading too, so the CPU of earlier loads (a Jetty
 * thread idle for a minute, a load's client pool) came off the next load's figure, once below zero.
 */
final class ThreadCpu {
    /** Clock ticks per second of /proc's counters: 100 on every Linux this bench meets (USER_HZ). */
    private static final double TICKS_PER_S = 100.0;

    /** One thread at one reading: its kind ({@link ServerCpu#kindOf}) and the CPU seconds it has spent so far. */
    record Sample(String kind, double seconds) {
    }

    private ThreadCpu() {
    }

    /** Every live thread of this process, keyed by "id/start time", with its kind and CPU seconds. */
    static Map<String, Sample> read() throws IOException {
        Map<String, Sample> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(t.resolve("comm"), StandardCharsets.UTF_8).trim();
                    String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
                    // fields from the third on, counted after the name's closing parenthesis (a name may hold one)
                    String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
                    double s = (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) / TICKS_PER_S;
                    out.put(t.getFileName() + "/" + f[22 - 3], new Sample(ServerCpu.kindOf(comm), s));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return out;
    }

    /**
     * CPU seconds by kind between two readings: each thread alive at the second reading counts what it spent since
     * the first (all of it if it started since); "ended" is what threads that ended between the readings spent
     * meanwhile (the process's CPU beyond the live threads', never below zero: /proc counts in ticks).
     *
     * @param processSeconds the whole process's CPU between the two readings
     */
    static Map<String, Double> since(Map<String, Sample> mark, Map<String, Sample> now, double processSeconds) {
        Map<String, Double> out = new TreeMap<>();
        double live = 0;
        for (Map.Entry<String, Sample> e : now.entrySet()) {
            Sample before = mark.get(e.getKey());
            double d = e.getValue().seconds() - (before == null ? 0 : before.seconds());
            out.merge(e.getValue().kind(), d, Double::sum);
            live += d;
        }
        out.put("ended", Math.max(0, processSeconds - live));
        return out;
    }
}
