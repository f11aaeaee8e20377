package org.marsad.bench.report;

import java.util.OptionalDouble;
import org.marsad.bench.ProcessCpu;

/**
 * Wall and CPU seconds of the steps inside one part (setting up, building, warming up, measuring), written to the
 * section's {@code steps} group, so that the report itself says where a part's time goes — the figure quick mode's
 * five-minute budget is kept against. CPU seconds are the bench process's and its waited-for children's.
 */
public final class Steps {
    private final Figures group;
    private long wall0;
    private OptionalDouble cpu0;

    private Steps(Figures group) {
        this.group = group;
        restart();
    }

    /** Starts timing the first step of a section. */
    public static Steps of(Section s) {
        return new Steps(s.figures().group("steps"));
    }

    /** Ends the step running since the last call (or since {@link #of}) under {@code name}, and starts the next. */
    public void done(String name) {
        double wall = (System.nanoTime() - wall0) / 1e9;
        OptionalDouble cpu1 = ProcessCpu.seconds();
        Figures g = group.group(name);
        g.put("wall_s", wall);
        if (cpu0.isPresent() && cpu1.isPresent()) {
            g.put("cpu_s", cpu1.getAsDouble() - cpu0.getAsDouble());
        }
        restart();
    }

    private void restart() {
        wall0 = System.nanoTime();
        cpu0 = ProcessCpu.seconds();
    }
}
