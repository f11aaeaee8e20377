package org.marsad.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A description of the machine the run measured: figures mean little without it. */
public final class Machine {
    private Machine() {
    }

    public static Figures describe() {
        Runtime rt = Runtime.getRuntime();
        Figures f = new Figures()
                .put("cores", rt.availableProcessors())
                .put("cpu_model", cpuModel())
                .put("memory_total_mb", totalMemoryMb())
                .put("jvm_max_heap_mb", rt.maxMemory() / (1024 * 1024))
                .put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .put("jvm_vendor", System.getProperty("java.vendor"))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) {
            f.put("load_average_at_start", load);
        }
        return f;
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String l : lines) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the OS line still says where it ran
        }
        return null;
    }

    private static Long totalMemoryMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return null;
    }
}
