package org.marsad.enrich;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * CPU time this process has spent in each stage of saving articles, on whichever thread ran it (the saving thread or
 * an enrichment worker), counted since the process started. Always on: a stage reads its thread's CPU clock when it
 * starts and adds the difference when it ends, into one counter per stage — no allocation per article — so that an
 * ingest can say where its CPU per article goes without a profiler (whose samples, taken while the JIT still
 * compiles, mislead). The stages do not overlap; what none of them covers (the glue between them, the garbage
 * collector, the JIT) is the rest of the process's CPU.
 *
 * <p>Read it as a difference: {@link #nanosByStage} before and after a run.
 */
public final class IngestCpu {
    /** The stages of a save, each timed apart; none contains another. */
    public enum Stage {
        /** The entity tagger over an article's title and paragraphs. */
        TAGGING,
        /** Every other occurrence of the names the tagger found, and the dateline filter. */
        CONSISTENCY,
        /** Cleaning the untrusted text and finding the article's figures. */
        FIGURES,
        /** The story stage's features of an article (folding, stems, MinHash). */
        STORY_FEATURES,
        /** Near-duplicate detection against the articles seen before. */
        DEDUP,
        /** Assigning the article to a story. */
        CLUSTERING,
        /** Resolving the mentions to entities, in memory. */
        RESOLVER,
        /** The store's SQLite reads and writes of a save: articles, entity rows, story decisions and rows. */
        SQLITE,
        /** Adding (or taking out) the documents of the search index: analysis, inversion, flushes on the way. */
        INDEX_ADD,
        /** Committing the index, and writing the story state file when due. */
        COMMIT;

        /** The stage's name in reports: lower case, as {@code story_features}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    private static final Stage[] STAGES = Stage.values();
    private static final AtomicLongArray NANOS = new AtomicLongArray(STAGES.length);

    private IngestCpu() {
    }

    /** This thread's CPU clock, in nanoseconds, to pass to {@link #lap} when the stage ends (0 where unmeasured). */
    public static long start() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : 0L;
    }

    /**
     * Adds this thread's CPU since {@code started} (from {@link #start} or an earlier lap) to {@code stage}; returns
     * the clock now, so that the next stage on this thread can start from it without a second reading.
     */
    public static long lap(Stage stage, long started) {
        if (!MEASURED) {
            return 0L;
        }
        long now = THREADS.getCurrentThreadCpuTime();
        NANOS.addAndGet(stage.ordinal(), now - started);
        return now;
    }

    /** Whether this JVM measures thread CPU (when not, every stage stays at 0). */
    public static boolean measured() {
        return MEASURED;
    }

    /** CPU nanoseconds per stage so far, in the stages' order. */
    public static Map<Stage, Long> nanosByStage() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : STAGES) {
            out.put(s, NANOS.get(s.ordinal()));
        }
        return out;
    }
}
