package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * Draws a held-out sample of story pairs by the procedure LABELLING.md fixed from its "Third held-out sample" on: fresh
 * cross-outlet pairs stratified by the rules' decisions crossed with the reference similarity, drawn per cell with the
 * sample's seeds, written blind (strata apart from the shuffled labels file), and the pairs of a label consistency
 * check. Each sample's settings are a {@link Design} listed in {@link HeldOutSample}; {@link HeldOutSampler} runs the
 * draw. The third sample's own settings stay here, where it was first drawn.
 */
public final class ThirdPairSampler {
    static final String FILE = "story-pairs-heldout3.tsv";
    static final String STRATA_FILE = "story-pairs-heldout3-strata.tsv";
    static final String LOW_FILE = "story-pairs-heldout3-low.tsv";
    static final String SPLIT = "heldout3";
    static final long SEED = 2028;
    static final long ORDER_SEED = 8;
    /** Pairs drawn per joined band ({@link PairSampler#JOINED_BANDS}), fixed before the draw. */
    static final int[] PER_JOINED_BAND = {6, 8, 12, 16, 26, 24, 20, 12};
    /** Pairs drawn per kept-apart band ({@link PairSampler#APART_BANDS}), fixed before the draw. */
    static final int[] PER_APART_BAND = {30, 26, 26, 20, 14, 6};
    /** Characters of each body shown for reading; the reader goes back to the corpus when they do not tell. */
    private static final int SHOWN = 700;
    /** The third sample's settings: the held-out half, pairs of the first and second samples left out. */
    static final Design THIRD = new Design(FILE, STRATA_FILE, LOW_FILE, SPLIT, SEED, ORDER_SEED, PER_JOINED_BAND,
            PER_APART_BAND, PairSampler.HELD_OUT_FROM, Long.MAX_VALUE, SHOWN, List.of("first", "second"));
    /** The name of a cell: its decision class and the span of similarity bands it covers. */
    private static final String CELL_NAME = "%s:%.2f-%.2f";

    /**
     * The settings of one fresh-pair draw (LABELLING.md): the files it writes, its split, the seeds of the draw and
     * of the reading order, the pairs fixed per band of each decision class, the days whose pairs it draws (the
     * earlier article's time in [from, until), epoch seconds), the body characters shown for reading, the earlier
     * samples whose pairs are left out ("first" … "sixth") and whether the old rules' decision is a stratum too.
     *
     * @param perClass pairs fixed per band, by decision class: "joined" and "apart" when only the current rules
     *                 stratify; "both", "current-only", "old-only" and "neither" when the old rules
     *                 ({@link StoryRules#TOPICAL}) do too. Apart and neither classes use
     *                 {@link PairSampler#APART_BANDS}, the others {@link PairSampler#JOINED_BANDS}.
     * @param withOld  whether the old rules' decision is crossed with the current rules' (cells named by
     *                 {@link FreshPairSampler#cell}) rather than the current rules' alone ({@link PairSampler#cell})
     * @param mergeUsedUp whether a cell with no fresh pair is merged into its nearest band of the same class that has
     *                    one ({@link UsedUpCells}, from the tenth sample on) rather than left out
     * @param floor    0 for the samples up to the tenth; from the eleventh on, the fresh pairs a band needs to stand as
     *                 a cell of its own (a thinner band joins its nearest band that has them) and the fewest pairs a
     *                 cell draws ({@link #drawCount})
     * @param currentGate the join gate the "current" decision joins through, as the archive's story stage does
     *                    ({@code StoryIndexer}: {@link StoryRules#DEFAULT} through {@link JoinGate#forArchive()});
     *                    null for the samples up to the sixteenth, stratified by the rules alone
     */
    record Design(String file, String strataFile, String lowFile, String split, long seed, long orderSeed,
                  Map<String, int[]> perClass, long from, long until, int shown, List<String> earlier,
                  boolean withOld, boolean mergeUsedUp, int floor, JoinGate currentGate) {

        /** A design stratified by the current rules' decision alone (the third and fourth samples). */
        Design(String file, String strataFile, String lowFile, String split, long seed, long orderSeed,
               int[] perJoined, int[] perApart, long from, long until, int shown, List<String> earlier) {
            this(file, strataFile, lowFile, split, seed, orderSeed, Map.of("joined", perJoined, "apart", perApart),
                    from, until, shown, earlier, false, false, 0, null);
        }

        /** Pairs fixed per joined band of a current-rules-only design, null for a design with the old rules. */
        int[] perJoined() {
            return perClass.get("joined");
        }

        /** Pairs fixed per kept-apart band of a current-rules-only design, null for a design with the old rules. */
        int[] perApart() {
            return perClass.get("apart");
        }

        /**
         * The number of pairs fixed for a cell named by {@link PairSampler#cell} or {@link FreshPairSampler#cell}, or
         * for a merged cell spanning several bands of one class: the sum of the counts of the bands it spans.
         */
        int perCell(String cell) {
            return overSpan(cell, Integer::sum);
        }

        /**
         * The pairs a cell of the draw takes (all its fresh pairs when it has fewer): up to the tenth sample the sum of
         * the counts of the bands it spans ({@link #perCell}); with a floor, the largest count of a band it spans,
         * raised to the floor, so that merging thin bands does not swell the sample and no cell draws fewer than the
         * floor.
         */
        int drawCount(String cell) {
            return floor == 0 ? perCell(cell) : Math.max(floor, overSpan(cell, Math::max));
        }

        /** The fixed counts of the bands a cell spans, folded with {@code fold}. */
        private int overSpan(String cell, java.util.function.IntBinaryOperator fold) {
            int colon = cell.indexOf(':');
            int[] per = colon < 0 ? null : perClass.get(cell.substring(0, colon));
            if (per == null) {
                throw new IllegalArgumentException("no such cell: " + cell);
            }
            double[] bands = bands(cell.substring(0, colon));
            // The span after the class name, whose own hyphen ("old-only") is not the span's.
            int dash = cell.indexOf('-', colon);
            double start = Double.parseDouble(cell.substring(colon + 1, dash));
            double end = Double.parseDouble(cell.substring(dash + 1));
            int sum = 0;
            boolean startsOnBand = false;
            for (int k = 0; k < per.length; k++) {
                startsOnBand |= Math.abs(bands[k] - start) < 1e-9;
                if (bands[k] > start - 1e-9 && bands[k] < end - 1e-9) {
                    sum = fold.applyAsInt(sum, per[k]);
                }
            }
            if (!startsOnBand || sum == 0) {
                throw new IllegalArgumentException("no such cell: " + cell);
            }
            return sum;
        }

        /** The similarity bands of a decision class: kept-apart classes start at the universe's floor. */
        static double[] bands(String cls) {
            return cls.equals("apart") || cls.equals("neither") ? PairSampler.APART_BANDS : PairSampler.JOINED_BANDS;
        }

        /** The pairs fixed for the whole sample. */
        int total() {
            return perClass.values().stream().mapToInt(a -> java.util.Arrays.stream(a).sum()).sum();
        }
    }

    private ThirdPairSampler() {
    }

    /**
     * Draws a fresh sample by the design: stratifies the cross-outlet pairs of its days by the current rules'
     * decision and the reference similarity, draws each cell's fixed count from the pairs no earlier sample holds,
     * and writes the strata file, the joined pairs below the floor and the labels file (labels empty, shuffled) to
     * {@code outDir}, and the reading file when {@code reading} is not null.
     */
    static void draw(Design design, String evalDir, Path outDir, Path reading) throws IOException {
        List<Article> articles = FreshPairSampler.corpusInTimeOrder(evalDir);
        List<ArticleFeatures> fs = articles.stream().map(a -> ArticleFeatures.of(a, Instant.EPOCH)).toList();
        Map<String, String> current = currentStories(design, fs);
        System.err.println("current decision: StoryRules.DEFAULT"
                + (design.currentGate() == null ? ", the rules alone"
                        : " joined through the join gate " + design.currentGate().fingerprint()));
        Map<String, String> old = design.withOld() ? FreshPairSampler.stories(fs, StoryRules.TOPICAL) : null;
        ReferenceSimilarity ref = new ReferenceSimilarity(fs);
        Set<String> labelled = new HashSet<>();
        for (String sample : design.earlier()) {
            for (StoryPairs.Pair p : labelledSample(sample).pairs()) {
                labelled.add(StoryPairs.key(p.a(), p.b()));
            }
        }
        StringBuilder low = new StringBuilder("docno_a\tdocno_b\n");
        Map<String, List<String[]>> cells = new TreeMap<>();
        for (int i = 0; i < fs.size(); i++) {
            ArticleFeatures a = fs.get(i);
            if (a.time() < design.from() || a.time() >= design.until()) {
                continue;
            }
            for (int j = i + 1; j < fs.size() && fs.get(j).time() - a.time() <= PairSampler.MAX_GAP; j++) {
                ArticleFeatures b = fs.get(j);
                if (a.source() == null || a.source().equals(b.source())) {
                    continue;
                }
                double sim = ref.at(i, j);
                boolean joined = current.get(a.id()).equals(current.get(b.id()));
                boolean oldJoined = old != null && old.get(a.id()).equals(old.get(b.id()));
                String cell = design.withOld() ? FreshPairSampler.cell(oldJoined, joined, sim)
                        : PairSampler.cell(joined, sim);
                if (cell == null) {
                    continue;
                }
                String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
                String second = first.equals(a.id()) ? b.id() : a.id();
                if ((joined || oldJoined) && sim < PairSampler.UNIVERSE_FLOOR) {
                    low.append(first).append('\t').append(second).append('\n');
                }
                // The decision columns of the strata file, already tab-joined, so that the docnos stay at 2 and 3.
                String decisions = design.withOld() ? oldJoined + "\t" + joined : Boolean.toString(joined);
                cells.computeIfAbsent(cell, k -> new ArrayList<>()).add(new String[] {
                        String.format(Locale.ROOT, "%.4f", sim), decisions, first, second});
            }
        }
        Random rnd = new Random(design.seed());
        StringBuilder strata = new StringBuilder("split\tcell\tcell_pairs\tcell_sampled\tsimilarity"
                + (design.withOld() ? "\told_joined" : "") + "\tcurrent_joined\tdocno_a\tdocno_b\n");
        List<String[]> all = new ArrayList<>();
        Map<String, List<String>> drawCells = design.mergeUsedUp() ? merged(design, cells, labelled)
                : singleCells(cells);
        for (Map.Entry<String, List<String>> e : drawCells.entrySet()) {
            int size = 0;
            int per = 0;
            List<String[]> fresh = new ArrayList<>();
            for (String member : e.getValue()) {
                size += cells.get(member).size();
                per += design.perCell(member);
                cells.get(member).stream().filter(p -> !labelled.contains(StoryPairs.key(p[2], p[3])))
                        .forEach(fresh::add);
            }
            if (design.floor() > 0) {
                per = design.drawCount(e.getKey());
            }
            List<String[]> drawn = draw(fresh, per, rnd);
            for (String[] p : drawn) {
                strata.append(design.split()).append('\t').append(e.getKey()).append('\t')
                        .append(size).append('\t').append(drawn.size()).append('\t')
                        .append(String.join("\t", p)).append('\n');
                all.add(p);
            }
            System.err.printf(Locale.ROOT, "%s: %d pairs, %d fresh, %d drawn%s%n", e.getKey(), size,
                    fresh.size(), drawn.size(), e.getValue().size() > 1 ? " (merged: " + members(e.getValue(), cells,
                            labelled) + ")" : "");
        }
        cells.keySet().stream().filter(c -> drawCells.values().stream().noneMatch(m -> m.contains(c)))
                .forEach(c -> System.err.printf(Locale.ROOT, "%s: %d pairs, none fresh in its class, not represented%n",
                        c, cells.get(c).size()));
        List<String[]> order = readingOrder(all, design.orderSeed());
        StringBuilder labels = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (String[] p : order) {
            labels.append(p[2]).append('\t').append(p[3]).append("\t\t\n");
        }
        Files.writeString(outDir.resolve(design.strataFile()), strata, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(design.lowFile()), low, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(design.file()), labels, StandardCharsets.UTF_8);
        if (reading != null) {
            Files.writeString(reading, reading(order, articles, design.shown(), design.orderSeed() + 1),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * Each article's story under the design's "current" decision: {@link StoryRules#DEFAULT}, joined through the
     * design's gate when it has one (the archive's decision, from the seventeenth sample on), run as the bench runs it.
     */
    static Map<String, String> currentStories(Design design, List<ArticleFeatures> fs) {
        return FreshPairSampler.stories(fs, StoryRules.DEFAULT, design.currentGate());
    }

    /** A merged cell's members for the printout, each with its universe pairs and fresh pairs. */
    private static String members(List<String> members, Map<String, List<String[]>> cells, Set<String> labelled) {
        return String.join(", ", members.stream().map(m -> String.format(Locale.ROOT, "%s %d pairs %d fresh", m,
                cells.get(m).size(), cells.get(m).stream()
                        .filter(p -> !labelled.contains(StoryPairs.key(p[2], p[3]))).count())).toList());
    }

    /** Every cell of the universe drawn on its own, in name order (the samples up to the ninth). */
    private static Map<String, List<String>> singleCells(Map<String, List<String[]>> cells) {
        Map<String, List<String>> out = new TreeMap<>();
        cells.keySet().forEach(c -> out.put(c, List.of(c)));
        return out;
    }

    /**
     * The cells of a draw that merges used-up cells, in name order: per decision class, the bands grouped by
     * {@link UsedUpCells#groups}, each group named by the span of its bands and listing its member cells.
     */
    static Map<String, List<String>> merged(Design design, Map<String, List<String[]>> cells, Set<String> labelled) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String cls : design.perClass().keySet()) {
            double[] bands = Design.bands(cls);
            int n = bands.length - 1;
            String[] names = new String[n];
            int[] sizes = new int[n];
            int[] fresh = new int[n];
            for (int k = 0; k < n; k++) {
                names[k] = String.format(Locale.ROOT, CELL_NAME, cls, bands[k], Math.min(1, bands[k + 1]));
                List<String[]> pairs = cells.getOrDefault(names[k], List.of());
                sizes[k] = pairs.size();
                fresh[k] = (int) pairs.stream().filter(p -> !labelled.contains(StoryPairs.key(p[2], p[3]))).count();
            }
            for (List<Integer> group : UsedUpCells.groups(sizes, fresh, Math.max(1, design.floor()))) {
                int lo = group.get(0);
                int hi = group.get(group.size() - 1);
                out.put(String.format(Locale.ROOT, CELL_NAME, cls, bands[lo], Math.min(1, bands[hi + 1])),
                        group.stream().map(k -> names[k]).toList());
            }
        }
        return out;
    }

    /**
     * A shipped labelled sample by the name the designs list it under: "first" and "second" for the first two samples,
     * drawn otherwise ({@link PairSampler}, {@link FreshPairSampler}), then the {@link HeldOutSample}s.
     *
     * @throws IllegalArgumentException when no sample has that name
     */
    static StoryPairs labelledSample(String name) {
        return switch (name) {
            case "first" -> StoryPairs.load();
            case "second" -> StoryPairs.loadSecond();
            default -> HeldOutSample.named(name).load();
        };
    }

    /** The number of pairs fixed for a cell of the third sample named by {@link PairSampler#cell}. */
    static int perCell(String cell) {
        return THIRD.perCell(cell);
    }

    /**
     * A uniform sample of {@code per} pairs without replacement (all when fewer), from the pairs put in the fixed
     * order of their two document numbers.
     */
    static List<String[]> draw(List<String[]> pairs, int per, Random rnd) {
        List<String[]> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparing((String[] p) -> p[2]).thenComparing(p -> p[3]));
        if (sorted.size() <= per) {
            return sorted;
        }
        List<String[]> drawn = new ArrayList<>();
        // Partial Fisher-Yates: the first `per` positions become a uniform sample without replacement.
        for (int k = 0; k < per; k++) {
            Collections.swap(sorted, k, k + rnd.nextInt(sorted.size() - k));
            drawn.add(sorted.get(k));
        }
        return drawn;
    }

    /** The drawn pairs shuffled, so that neither the cell nor the decision can be read from a pair's position. */
    static List<String[]> readingOrder(List<String[]> pairs, long seed) {
        List<String[]> order = new ArrayList<>(pairs);
        order.sort(Comparator.comparing((String[] p) -> p[2]).thenComparing(p -> p[3]));
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /**
     * The pairs for reading: each with its two headlines, publication times and the first {@code shown} characters of
     * each body, the two sides in a random order seeded by {@code sideSeed}; nothing else about the pair.
     */
    static String reading(List<String[]> order, List<Article> articles, int shown, long sideSeed) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        Random side = new Random(sideSeed);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String[] p : order) {
            boolean swap = side.nextBoolean();
            sb.append("=== ").append(++n).append(' ').append(p[2]).append(' ').append(p[3]).append('\n');
            for (String id : swap ? List.of(p[3], p[2]) : List.of(p[2], p[3])) {
                Article a = byId.get(id);
                String body = String.join(" ", a.body());
                sb.append("  # ").append(id).append(' ').append(a.published()).append(" | ").append(a.title())
                        .append('\n').append("    ").append(body, 0, Math.min(shown, body.length())).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The pairs of a label consistency check (LABELLING.md): {@code n} of a labels file's pairs drawn uniformly
     * without replacement (seeded {@code seed}, from the pairs in the fixed order of their two numbers, partial
     * Fisher-Yates) and put in a fresh reading order (seeded {@code orderSeed}), as {"", "", docno_a, docno_b} rows.
     * Only the two numbers of the labels file are read: never its labels or notes.
     */
    static List<String[]> recheckPairs(String labelsTsv, int n, long seed, long orderSeed) {
        List<String[]> pairs = new ArrayList<>();
        for (String[] p : filePairs(labelsTsv)) {
            String first = p[2].compareTo(p[3]) < 0 ? p[2] : p[3];
            String second = first.equals(p[2]) ? p[3] : p[2];
            pairs.add(new String[] {"", "", first, second});
        }
        return readingOrder(draw(pairs, n, new Random(seed)), orderSeed);
    }

    /**
     * The pairs of a labels file in the file's order and with its two id columns as written, as {"", "", docno_a,
     * docno_b} rows. Only the two numbers of each row are read: never its label or note.
     */
    static List<String[]> filePairs(String labelsTsv) {
        List<String[]> pairs = new ArrayList<>();
        String[] lines = StoryPairs.lines(labelsTsv);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            pairs.add(new String[] {"", "", f[0], f[1]});
        }
        return pairs;
    }

    /**
     * Writes a consistency check's empty labels file (docno_a, docno_b, label, note in the check's order) as
     * {@code recheckFile} in {@code outDir}, and its reading file (corpus text: outside the project) to
     * {@code reading}, showing what the design's first reading showed, the sides in an order seeded by the check's
     * order seed + 1.
     */
    static void recheck(Design design, String recheckFile, List<String[]> order, String evalDir, Path outDir,
                        Path reading, long orderSeed) throws IOException {
        StringBuilder out = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (String[] p : order) {
            out.append(p[2]).append('\t').append(p[3]).append("\t\t\n");
        }
        Files.writeString(outDir.resolve(recheckFile), out, StandardCharsets.UTF_8);
        List<Article> articles = AntCorpus.read(Path.of(evalDir, "ant-2018-04", "ant_v2.1_2018-04.jsonl.gz"));
        Files.writeString(reading, reading(order, articles, design.shown(), orderSeed + 1), StandardCharsets.UTF_8);
    }

    /** A bench resource of this package as text (a shipped labels file). */
    static String resource(String name) throws IOException {
        try (java.io.InputStream in = ThirdPairSampler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing bench resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
