package org.marsad.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.dedup.StemBloom;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;
import org.marsad.enrich.story.StoryRules;

/**
 * Opens a story state file of many articles without an archive (issue 16): {@code build FILE N} restores N synthetic
 * articles into an {@link Enricher} (no text analysis: the features are drawn from a seeded Random, shaped like the
 * real ones — 60-int signatures, stem filters, ~30 weighted terms from a Zipf-like vocabulary, headline stems,
 * entities; a third of the articles start a story, the rest join a recent one, one in seven copies a recent article)
 * and writes the state through {@link Enricher#writeTo}, the writer the archive uses; {@code open FILE} reads it
 * back as the archive's open does and prints the opening thread's CPU, the wall time and the heap the state holds
 * after a full GC, per article. Run each open in a fresh JVM, alternating the builds to compare.
 */
public final class StateFileProbe {
    private static final int VOCABULARY = 300_000;
    private static final int ENTITIES = 120_000;
    private static final String[] OUTLETS = new String[200];

    static {
        for (int i = 0; i < OUTLETS.length; i++) {
            OUTLETS[i] = "outlet-" + i + ".example";
        }
    }

    private StateFileProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("build")) {
            build(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("open")) {
            open(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("migrate")) {
            migrate(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: StateFileProbe build FILE N | open FILE | migrate OLD NEW");
            System.exit(2);
        }
    }

    private static void build(Path file, int n) throws IOException {
        Random rnd = new Random(20261205L);
        Enricher e = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT);
        List<String> recentStories = new ArrayList<>();
        List<ArticleFeatures> recent = new ArrayList<>();
        List<String> recentStoryOf = new ArrayList<>();
        long time = 1_700_000_000L;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            time += rnd.nextInt(60);
            String id = String.format(Locale.ROOT, "%016x", rnd.nextLong());
            if (!recent.isEmpty() && rnd.nextInt(7) == 0) {
                int r = rnd.nextInt(recent.size());
                ArticleFeatures of = recent.get(r);
                ArticleFeatures copy = new ArticleFeatures(id, time, OUTLETS[rnd.nextInt(OUTLETS.length)],
                        of.title(), of.signature(), of.shingleCount(), of.numbers(), of.anchors(), of.stems(),
                        of.stemBloom(), of.terms(), of.headline(), of.entities(), of.tolls(), of.names());
                e.restore(copy, of.id(), 0.9, recentStoryOf.get(r));
                continue;
            }
            ArticleFeatures f = features(rnd, id, time);
            String story;
            if (recentStories.isEmpty() || rnd.nextInt(3) == 0) {
                story = id;
                recentStories.add(id);
                if (recentStories.size() > 2_000) {
                    recentStories.remove(0);
                }
            } else {
                story = recentStories.get(rnd.nextInt(recentStories.size()));
            }
            e.restore(f, null, null, story);
            recent.add(f);
            recentStoryOf.add(story);
            if (recent.size() > 500) {
                recent.remove(0);
                recentStoryOf.remove(0);
            }
            if ((i + 1) % 100_000 == 0) {
                System.err.printf(Locale.ROOT, "%,d articles, %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StateOutput out = new StateOutput(ch);
            e.writeTo(out);
            out.finish();
        }
        System.out.printf(Locale.ROOT, "built %,d articles, %,d stories, %,d bytes (%d B per article)%n",
                e.duplicates().size(), e.clusterer().size(), Files.size(file), Files.size(file) / n);
    }

    private static ArticleFeatures features(Random rnd, String id, long time) {
        int[] signature = new int[60];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = rnd.nextInt();
        }
        int[] stems = sortedDistinct(rnd, 60, Integer.MAX_VALUE);
        int[] numbers = sortedDistinct(rnd, rnd.nextInt(6), Integer.MAX_VALUE);
        int[] anchors = sortedDistinct(rnd, 1 + rnd.nextInt(5), Integer.MAX_VALUE);
        Map<String, Float> terms = new TreeMap<>();
        while (terms.size() < 30) {
            terms.put(word(rnd), 1f + rnd.nextInt(4));
        }
        List<String> headline = new ArrayList<>();
        for (String t : terms.keySet()) {
            if (headline.size() < 6) {
                headline.add(t);
            }
        }
        List<String> entities = new ArrayList<>();
        for (int i = rnd.nextInt(5); i > 0; i--) {
            String en = (rnd.nextBoolean() ? "PER|" : "LOC|") + zipf(rnd, ENTITIES);
            if (!entities.contains(en)) {
                entities.add(en);
            }
        }
        entities.sort(null);
        List<String> tolls = rnd.nextInt(20) == 0 ? List.of("KILLED|" + (2 + rnd.nextInt(50))) : List.of();
        String title = String.join(" ", headline);
        return new ArticleFeatures(id, time, OUTLETS[rnd.nextInt(OUTLETS.length)], title, signature, 150, numbers,
                anchors, stems, StemBloom.of(stems), terms, headline, entities, tolls, Map.of());
    }

    // A word of a Zipf-like vocabulary: a few thousand common ones, a long tail of rare ones.
    private static String word(Random rnd) {
        return "w" + zipf(rnd, VOCABULARY);
    }

    private static int zipf(Random rnd, int size) {
        return (int) Math.min(size - 1, Math.floor(Math.exp(rnd.nextDouble() * Math.log(size))));
    }

    private static int[] sortedDistinct(Random rnd, int n, int bound) {
        int[] a = rnd.ints(n, 0, bound).sorted().distinct().toArray();
        return Arrays.copyOf(a, a.length);
    }

    private static void open(Path file) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long heapBefore = usedAfterGc();
        long process = os.getProcessCpuTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Enricher e;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            StateInput in = new StateInput(ch, ch.size());
            e = Enricher.readFrom(in, DedupRules.DEFAULT, StoryRules.DEFAULT);
            in.finish();
        }
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallS = (System.nanoTime() - wall) / 1e9;
        double processS = (os.getProcessCpuTime() - process) / 1e9;
        long heap = usedAfterGc() - heapBefore;
        int n = e.duplicates().size();
        System.out.printf(Locale.ROOT, "open %,d articles %,d stories: cpu %.2f s (process %.2f s) wall %.2f s"
                        + " heap %d B/article (estimate %d B, mapped %d B)%n", n, e.clusterer().size(), cpuS, processS,
                wallS, heap / n,
                e.memoryBytes() / n, e.mappedBytes() / n);
        // keep it reachable until measured
        if (e.storyOf("none") != null) {
            System.out.println();
        }
    }

    // A state of the previous layout read as the archive reads it on migration, and written again in today's: the
    // same articles and stories in both files, so that the two opens compare like for like.
    private static void migrate(Path old, Path next) throws IOException {
        Enricher e;
        try (FileChannel ch = FileChannel.open(old, StandardOpenOption.READ)) {
            StateInput in = new StateInput(ch, ch.size());
            e = Enricher.readFrom(in, DedupRules.DEFAULT, StoryRules.DEFAULT,
                    org.marsad.enrich.story.StoryClusterer.LAYOUT_STRINGS);
            in.finish();
        }
        try (FileChannel ch = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StateOutput out = new StateOutput(ch);
            e.writeTo(out);
            out.finish();
        }
        System.out.printf(Locale.ROOT, "migrated %,d articles: %,d bytes -> %,d bytes%n", e.duplicates().size(),
                Files.size(old), Files.size(next));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
