package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU seconds of the bench process and of the child processes it has waited for (JMH forks, {@code marsad}
 * processes, cluster JVMs), read from Linux's {@code /proc/self/stat}: a part's wall time on a shared machine follows
 * the neighbours' load, its CPU seconds much less so. Empty where {@code /proc} is absent.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc's counters: 100 on every Linux this bench meets (USER_HZ). */
    private static final double TICKS_PER_S = 100.0;

    private ProcessCpu() {
    }

    /** Own and waited-for children's CPU seconds (user + system), if /proc/self/stat can be read. */
    public static OptionalDouble seconds() {
        try {
            return parse(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Sums utime, stime, cutime and cstime (fields 14–17) of one /proc/PID/stat line. The command name (field 2)
     * may hold spaces and parentheses, so fields are counted from the last closing parenthesis.
     */
    static OptionalDouble parse(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalDouble.empty();
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        // f[0] is field 3 (state); field n is f[n - 3].
        if (f.length < 15) {
            return OptionalDouble.empty();
        }
        long ticks = 0;
        for (int field = 14; field <= 17; field++) {
            ticks += Long.parseLong(f[field - 3]);
        }
        return OptionalDouble.of(ticks / TICKS_PER_S);
    }
}
