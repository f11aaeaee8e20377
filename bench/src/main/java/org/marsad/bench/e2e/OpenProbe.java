package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;

/**
 * A small stand-alone probe of the open's memory, for A/B runs of two builds on copies of one archive without the
 * large part's hour of ingest: {@code build DIR N} saves the first N articles the large part synthesizes (same seed,
 * batches of 500, resumable) into DIR; {@code open DIR [HISTOGRAM]} opens DIR as serve does ({@code Archive.open},
 * {@code storyIndexer()}, {@code entityIndexer()}) and prints the used heap after a full GC per step, per article,
 * the opening thread's CPU per step and the load average, and writes the live heap's class histogram.
 *
 * <p>Run it from the repository root (the ANT corpus is read as the bench reads it: {@code MARSAD_EVAL_DIR}, else
 * {@code ../shared/eval}; else the bundled sample) under {@code nice -n 19} with the bench's classpath, and open a
 * copy: opening may rewrite the state files.
 */
public final class OpenProbe {
    private OpenProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("build")) {
            build(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length >= 2 && args[0].equals("open")) {
            open(Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
        } else {
            System.err.println("usage: OpenProbe build DIR N | open DIR [HISTOGRAM_FILE]");
            System.exit(2);
        }
    }

    private static void build(Path dir, int n) throws Exception {
        EvalData eval = EvalData.locate(Path.of("."), System.getenv("MARSAD_EVAL_DIR")).orElse(null);
        Corpus.Synthesizer synth = new Corpus.Synthesizer(Corpus.load(eval).articles(), 20180401L);
        try (Archive archive = Archive.open(dir, null)) {
            long stored = archive.store().count();
            while (synth.made() < stored) {
                synth.next(); // resume after what an earlier build stored (batches are saved in order)
            }
            while (synth.made() < n) {
                int k = Math.min(500, n - synth.made());
                List<ArticleStore.Incoming> in = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    var a = synth.next();
                    in.add(new ArticleStore.Incoming(a, RawSource.text(RawSource.KIND_JSON, "bench:large",
                            ArticleJson.toLine(a))));
                }
                archive.save(in);
                System.err.printf("probe: %d articles stored, load %.1f%n", synth.made(), load());
            }
            archive.commit();
        }
    }

    private static void open(Path dir, Path histogram) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long h0 = heapAfterGc();
        long c0 = threads.getCurrentThreadCpuTime();
        try (Archive archive = Archive.open(dir, null)) {
            long c1 = threads.getCurrentThreadCpuTime();
            long h1 = heapAfterGc();
            long c1b = threads.getCurrentThreadCpuTime();
            var stories = archive.storyIndexer();
            long c2 = threads.getCurrentThreadCpuTime();
            long h2 = heapAfterGc();
            long c2b = threads.getCurrentThreadCpuTime();
            var entities = archive.entityIndexer();
            long c3 = threads.getCurrentThreadCpuTime();
            long h3 = heapAfterGc();
            long n = Math.max(1, archive.store().count());
            System.out.printf("articles %d (story state from %s, entities from %s), load %.1f%n", n,
                    stories.loadedFrom(), entities.loadedFrom(), load());
            System.out.printf("heap per article: all %d, archive %d, story state %d, entity resolver %d "
                    + "(story state estimate %d, mapped %d)%n", (h3 - h0) / n, (h1 - h0) / n, (h2 - h1) / n,
                    (h3 - h2) / n, stories.enricher().memoryBytes() / n, stories.enricher().mappedBytes() / n);
            System.out.printf("opening thread CPU: archive %.2f s, story state %.2f s, entity resolver %.2f s%n",
                    (c1 - c0) / 1e9, (c2 - c1b) / 1e9, (c3 - c2b) / 1e9);
            if (histogram != null) {
                Files.writeString(histogram, LargeSection.classHistogram());
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
