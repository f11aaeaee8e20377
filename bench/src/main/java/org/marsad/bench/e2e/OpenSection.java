package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Section;
import org.marsad.enrich.story.StoryRules;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.stories.StoryIndexer;

/**
 * Open time: opening an archive's store and story state as {@link Archive#open} does, with the story state
 * replayed from every stored article (no state file: the baseline) and loaded from the state file, alternately, in
 * one process. Wall and process CPU seconds per open, and the heap the story state holds (used heap after a full GC
 * with it open, minus before) per article. The search index is left out (one of another analysis version would be
 * rebuilt inside the first figure); {@code MARSAD_BENCH_OPEN_FULL=1} adds a whole {@code Archive.open} first,
 * reported on its own.
 *
 * <p>The archive is a data directory named by {@code $MARSAD_BENCH_OPEN_DATA}; the run changes it (migrations, index,
 * state file), so it must be a copy (for example of the load part's cached archive); {@code $MARSAD_BENCH_OPEN_ROUNDS}
 * (default 2) sets the number of replay/state-file pairs. Only with {@code --only open}.
 */
public final class OpenSection {
    private OpenSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("open", "Open time: story state replayed vs loaded from its file");
        String dir = System.getenv("MARSAD_BENCH_OPEN_DATA");
        if (dir == null || dir.isBlank()) {
            s.skip("set MARSAD_BENCH_OPEN_DATA to a copy of an archive's data directory (the run changes it)");
            return;
        }
        Path data = Path.of(dir);
        Path state = data.resolve(Archive.STORY_STATE_FILE);
        LoadAverage machine = LoadAverage.start();
        try {
            if ("1".equals(System.getenv("MARSAD_BENCH_OPEN_FULL"))) {
                open(data, s.figures().group("first_open"), heapAfterGc());
            }
            int rounds = Integer.parseInt(System.getenv().getOrDefault("MARSAD_BENCH_OPEN_ROUNDS", "2"));
            s.figures().put("rounds", rounds);
            for (int round = 1; round <= rounds; round++) {
                Files.deleteIfExists(state);
                openStories(data, s.figures().group("replay_" + round), heapAfterGc());
                openStories(data, s.figures().group("state_file_" + round), heapAfterGc());
            }
            s.figures().put("state_file_bytes", Files.size(state));
        } finally {
            machine.stop();
            machine.put(s.figures().group("machine"));
        }
        s.note("Each measured open is the store plus StoryIndexer.open (what Archive.open adds to opening the store and "
                + "a current search index) on " + data + " in this one JVM; cpu_s is the process's CPU time "
                + "(all threads, GC and JIT included) during the open; heap_mb = used heap after a full GC with the "
                + "archive open minus before it opened. Replay opens run first in each round, so JIT warm-up favours "
                + "the state-file opens of round 1 slightly; round 2 compares warm with warm.");
    }

    // The store and its story state only (StoryIndexer.open as Archive.open calls it): no search index, so that
    // an index of another analysis version is not rebuilt inside the figure.
    private static void openStories(Path data, Figures f, long heapBefore) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        try (ArticleStore store = ArticleStore.openSqlite(data.resolve("marsad.db"))) {
            double storeS = (System.nanoTime() - t0) / 1e9;
            StoryIndexer st = StoryIndexer.open(store, StoryRules.DEFAULT, data.resolve(Archive.STORY_STATE_FILE));
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - cpu0) / 1e9;
            long articles = st.restored();
            long heap = heapAfterGc() - heapBefore;
            f.put("open_s", wall).put("store_open_s", storeS).put("cpu_s", cpu).put("loaded_from", st.loadedFrom())
                    .put("articles", articles).put("heap_mb", heap / 1e6)
                    .put("heap_bytes_per_article", articles == 0 ? 0 : heap / articles)
                    .put("story_state_estimate_bytes_per_article",
                            articles == 0 ? 0 : st.enricher().memoryBytes() / articles);
            System.err.printf("bench: stories open %s: %.1f s wall, %.1f s CPU, %s%n", data, wall, cpu,
                    st.loadedFrom());
            st.saveState();
        }
    }

    private static void open(Path data, Figures f, long heapBefore) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        try (Archive a = Archive.open(data, null)) {
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - cpu0) / 1e9;
            long articles = a.storyIndexer().restored();
            long heap = heapAfterGc() - heapBefore;
            f.put("open_s", wall).put("cpu_s", cpu).put("loaded_from", a.storyIndexer().loadedFrom())
                    .put("articles", articles).put("rebuilt_index", a.repair().rebuilt())
                    .put("heap_mb", heap / 1e6)
                    .put("heap_bytes_per_article", articles == 0 ? 0 : heap / articles)
                    .put("story_state_estimate_bytes_per_article",
                            articles == 0 ? 0 : a.storyIndexer().enricher().memoryBytes() / articles);
            System.err.printf("bench: open %s: %.1f s wall, %.1f s CPU, %s%n", data, wall, cpu,
                    a.storyIndexer().loadedFrom());
        }
        f.put("close_s_total", (System.nanoTime() - t0) / 1e9);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
