package org.marsad.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the same-run A/B harnesses ({@link StoreAB}, {@link WebAB}) share: their builds' names and their turns. */
final class SideBySide {
    private SideBySide() {
    }

    /**
     * The NAME=WHERE words of a command line, each split in two; a word without '=', fewer than two words or no
     * archive is a one-line error and exit 2.
     */
    static List<String[]> builds(String tool, List<String> words, Path data, String where) {
        List<String[]> builds = new ArrayList<>();
        for (String word : words) {
            String[] nameAndPath = word.split("=", 2);
            if (nameAndPath.length != 2) {
                System.err.println(tool + ": expected NAME=" + where + ", got " + word);
                System.exit(2);
            }
            builds.add(nameAndPath);
        }
        if (data == null || builds.size() < 2) {
            System.err.println(tool + ": needs --data DIR and at least two NAME=" + where);
            System.exit(2);
        }
        return builds;
    }

    /**
     * The order in which the builds answer one query: reversed every other query and round, so that neither is
     * always first after the Lucene baseline (caches warmed, a late compilation) or always last.
     */
    static List<Integer> turn(int builds, int query, int round) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            order.add(i);
        }
        if ((query + round) % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    /** The one-minute load average, or "unknown". */
    static String loadAverage() throws IOException {
        Path f = Path.of("/proc/loadavg");
        return Files.isReadable(f) ? Files.readString(f).split(" ")[0] : "unknown";
    }

    /**
     * Runs {@code work} with {@code loader} as the thread's context class loader: a build's migrations are
     * resources of its own classes, which Flyway finds through that loader.
     */
    static <T> T inLoader(ClassLoader loader, java.util.concurrent.Callable<T> work) throws Exception {
        ClassLoader was = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            Thread.currentThread().setContextClassLoader(was);
        }
    }

    /** A build's {@code Archive.open(data, null)}, opened in its own loader. */
    static Object openArchive(ClassLoader loader, Path data) throws Exception {
        Class<?> archiveClass = loader.loadClass("org.marsad.store.Archive");
        return inLoader(loader, () -> archiveClass.getMethod("open", Path.class, String.class).invoke(null, data, null));
    }

    /** The calling thread's CPU nanoseconds for Lucene alone answering {@code q} (top 10 ids): the baseline. */
    static long luceneCpu(java.lang.management.ThreadMXBean cpu, LuceneBaseline lucene, String q) throws IOException {
        long c0 = cpu.getCurrentThreadCpuTime();
        lucene.search(q, 10);
        return cpu.getCurrentThreadCpuTime() - c0;
    }
}
