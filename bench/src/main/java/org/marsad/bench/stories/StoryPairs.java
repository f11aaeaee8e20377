package org.marsad.bench.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The hand-labelled story pairs of {@code story-pairs.tsv} and the figures computed from them (LABELLING.md): pair
 * precision and same-event recall of a story assignment, each labelled pair weighted by the size of its stratum
 * over the number drawn from it.
 */
public final class StoryPairs {
    /** Label of a pair. */
    public enum Label { EVENT, TOPIC, UNRELATED }

    /** One labelled pair: its split, stratum, weight (pairs of the universe it stands for) and label. */
    public record Pair(String split, String cell, double weight, String a, String b, Label label) {
    }

    /**
     * Figures for one split.
     *
     * @param labelled       labelled pairs in the split
     * @param joinedLabelled labelled pairs the assignment joins
     * @param precision      weighted same-event share of the joined pairs (outside pairs counted as not same event)
     * @param precisionLow   5th percentile of a stratified bootstrap of the precision (1,000 resamples)
     * @param precisionHigh  95th percentile
     * @param recall         weighted share of same-event pairs that are joined
     * @param recallLow      5th percentile of the bootstrap
     * @param recallHigh     95th percentile
     * @param topicShare     weighted same-topic share of the joined pairs
     * @param outside        joined cross-outlet pairs outside the sampled universe (exact count)
     */
    public record Score(int labelled, int joinedLabelled, double precision, double precisionLow, double precisionHigh,
                        double recall, double recallLow, double recallHigh, double topicShare, long outside) {
    }

    private final List<Pair> pairs;
    private final Set<String> baselineLow;

    StoryPairs(List<Pair> pairs, Set<String> baselineLow) {
        this.pairs = List.copyOf(pairs);
        this.baselineLow = Set.copyOf(baselineLow);
    }

    /** The labels shipped with the bench: the dev split and the first held-out split. */
    public static StoryPairs load() {
        return new StoryPairs(parse(resource("story-pairs.tsv")), parseLow(resource(PairSampler.LOW_FILE)));
    }

    /**
     * The second held-out sample (split "heldout2", LABELLING.md): fresh held-out pairs stratified by the old and the
     * current rules' decisions, with its own list of joined pairs below the similarity floor.
     */
    public static StoryPairs loadSecond() {
        return new StoryPairs(parse(resource(FreshPairSampler.FILE)), parseLow(resource(FreshPairSampler.LOW_FILE)));
    }

    /**
     * A held-out sample drawn by {@link ThirdPairSampler}'s procedure ({@link HeldOutSample}: the third sample on):
     * its blind labels joined to the strata file of its draw, with its own list of pairs the rules it was drawn against
     * joined below the similarity floor.
     *
     * @throws IllegalStateException when the two files do not match pair for pair or a pair is unlabelled
     */
    static StoryPairs loadHeldOut(ThirdPairSampler.Design d) {
        return loadHeldOut(d, d.file());
    }

    /**
     * {@link #loadHeldOut(ThirdPairSampler.Design)} with another reader's labels file of the same pairs in place of
     * the design's own.
     */
    static StoryPairs loadHeldOut(ThirdPairSampler.Design d, String labelsFile) {
        return new StoryPairs(joinBlind(resource(d.strataFile()), resource(labelsFile), labelsFile, d),
                parseLow(resource(d.lowFile())));
    }

    /**
     * The pairs this sample and another reading of the same pairs label alike. Each cell still stands for the universe
     * pairs it stood for: its weight is spread over the agreed pairs left in it.
     *
     * @throws IllegalStateException when the other reading does not hold the same pairs
     */
    StoryPairs agreedWith(StoryPairs other) {
        Map<String, Label> theirs = new HashMap<>();
        for (Pair p : other.pairs) {
            theirs.put(p.split() + " " + key(p.a(), p.b()), p.label());
        }
        Map<String, Double> cellWeight = new HashMap<>();
        Map<String, Integer> agreedInCell = new HashMap<>();
        List<Pair> agreed = new ArrayList<>();
        for (Pair p : pairs) {
            Label l = theirs.remove(p.split() + " " + key(p.a(), p.b()));
            if (l == null) {
                throw new IllegalStateException("pair " + key(p.a(), p.b()) + " is not in the other reading");
            }
            String cell = p.split() + " " + p.cell();
            cellWeight.merge(cell, p.weight(), Double::sum);
            if (l == p.label()) {
                agreed.add(p);
                agreedInCell.merge(cell, 1, Integer::sum);
            }
        }
        if (!theirs.isEmpty()) {
            throw new IllegalStateException("the other reading holds " + theirs.size() + " pairs this one does not");
        }
        List<Pair> out = new ArrayList<>();
        for (Pair p : agreed) {
            String cell = p.split() + " " + p.cell();
            out.add(new Pair(p.split(), p.cell(), cellWeight.get(cell) / agreedInCell.get(cell), p.a(), p.b(),
                    p.label()));
        }
        return new StoryPairs(out, baselineLow);
    }

    /** {@link #joinBlind} with the third sample's file names. */
    static List<Pair> joinThird(String strataTsv, String labelsTsv) {
        return joinBlind(strataTsv, labelsTsv, ThirdPairSampler.THIRD);
    }

    /** {@link #joinBlind(String, String, String, ThirdPairSampler.Design)} with the design's own labels file. */
    static List<Pair> joinBlind(String strataTsv, String labelsTsv, ThirdPairSampler.Design design) {
        return joinBlind(strataTsv, labelsTsv, design.file(), design);
    }

    /**
     * Joins a strata file (split, cell, cell_pairs, cell_sampled, docno_a, docno_b, ...) to a labels file (docno_a,
     * docno_b, label, note) pair for pair, in either order of the two numbers. Every pair must be in both files once
     * and carry a label: a pair left out of either side would silently shift the weights. Errors name the labels file
     * and the design's strata file.
     */
    static List<Pair> joinBlind(String strataTsv, String labelsTsv, String labelsFile,
                                ThirdPairSampler.Design design) {
        String strataFile = design.strataFile();
        List<String[]> labelRows = rows(labelsTsv, labelsFile, "docno_a", "docno_b", "label");
        Map<String, Label> labels = new HashMap<>();
        for (String[] r : labelRows) {
            String k = key(r[0], r[1]);
            if (r[2].isBlank()) {
                throw new IllegalStateException(labelsFile + ": pair " + k + " is not labelled");
            }
            Label l;
            try {
                l = Label.valueOf(r[2].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(labelsFile + ": pair " + k + " has an unknown label '"
                        + r[2] + "' (event, topic or unrelated)");
            }
            if (labels.put(k, l) != null) {
                throw new IllegalStateException(labelsFile + ": pair " + k + " is labelled twice");
            }
        }
        List<String[]> strataRows = rows(strataTsv, strataFile, "split", "cell", "cell_pairs",
                "cell_sampled", "docno_a", "docno_b");
        List<Pair> out = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (String[] r : strataRows) {
            String k = key(r[4], r[5]);
            if (!drawn.add(k)) {
                throw new IllegalStateException(strataFile + ": pair " + k + " is drawn twice");
            }
            if (!r[0].equals(design.split())) {
                throw new IllegalStateException(strataFile + ": pair " + k + " is in split " + r[0] + ", not "
                        + design.split());
            }
            Label l = labels.get(k);
            if (l == null) {
                throw new IllegalStateException(strataFile + ": pair " + k + " has no row in " + labelsFile);
            }
            out.add(new Pair(r[0], r[1], Double.parseDouble(r[2]) / Double.parseDouble(r[3]), r[4], r[5], l));
        }
        for (String k : labels.keySet()) {
            if (!drawn.contains(k)) {
                throw new IllegalStateException(labelsFile + ": pair " + k + " is not in " + strataFile);
            }
        }
        return out;
    }

    /** The split name of a pooled set of samples ({@link #pooled}). */
    public static final String POOLED = "pooled";

    /**
     * Several scored samples as one (split {@link #POOLED}): every pair keeps its label and cell (prefixed by its
     * split, so that the bootstrap still resamples within a sample's cells), its weight multiplied by its split's
     * scale. The held-out samples all stand for the pairs of 16-30 April, so each gets scale 1/3 when three are
     * pooled with dev (1-15 April, scale 1): the pooled figures then estimate the whole month's universe once.
     *
     * @param samples the samples with the splits to take from each
     * @param scale   weight multiplier per split
     */
    public static StoryPairs pooled(Map<StoryPairs, List<String>> samples, Map<String, Double> scale) {
        List<Pair> out = new ArrayList<>();
        samples.forEach((sample, splits) -> {
            for (Pair p : sample.pairs) {
                if (splits.contains(p.split())) {
                    out.add(new Pair(POOLED, p.split() + "/" + p.cell(), p.weight() * scale.get(p.split()), p.a(),
                            p.b(), p.label()));
                }
            }
        });
        return new StoryPairs(out, Set.of());
    }

    /**
     * The lines of a shipped TSV, header first, without the '#' lines a relabelling opens with to say who read it,
     * when and under which rulings.
     */
    static String[] lines(String tsv) {
        return Arrays.stream(tsv.split("\r?\n")).filter(l -> !l.startsWith("#")).toArray(String[]::new);
    }

    /** The named columns of every non-blank data row of a TSV with a header line. */
    private static List<String[]> rows(String tsv, String file, String... columns) {
        String[] lines = lines(tsv);
        List<String> head = Arrays.asList(lines[0].split("\t", -1));
        int[] at = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            at[c] = head.indexOf(columns[c]);
            if (at[c] < 0) {
                throw new IllegalStateException(file + ": no column " + columns[c]);
            }
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            String[] row = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                if (at[c] >= f.length) {
                    throw new IllegalStateException(file + ": line " + (i + 1) + " has " + f.length + " fields");
                }
                row[c] = f[at[c]];
            }
            out.add(row);
        }
        return out;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * True when the rules the sample was drawn against (the baseline for the first sample) joined this pair below the
     * similarity floor, so that it belongs to the sample's universe.
     */
    public boolean baselineJoinedLow(String a, String b) {
        return baselineLow.contains(key(a, b));
    }

    static List<Pair> parse(String tsv) {
        List<Pair> out = new ArrayList<>();
        String[] lines = tsv.split("\n");
        List<String> head = Arrays.asList(lines[0].split("\t", -1));
        int split = head.indexOf("split");
        int cell = head.indexOf("cell");
        int cellPairs = head.indexOf("cell_pairs");
        int cellSampled = head.indexOf("cell_sampled");
        int a = head.indexOf("docno_a");
        int b = head.indexOf("docno_b");
        int label = head.indexOf("label");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            out.add(new Pair(f[split], f[cell], Double.parseDouble(f[cellPairs]) / Double.parseDouble(f[cellSampled]),
                    f[a], f[b], Label.valueOf(f[label].toUpperCase(java.util.Locale.ROOT))));
        }
        return out;
    }

    static Set<String> parseLow(String tsv) {
        Set<String> out = new HashSet<>();
        String[] lines = tsv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length == 2) {
                out.add(key(f[0], f[1]));
            }
        }
        return out;
    }

    /**
     * Scores an assignment on one split.
     *
     * @param split   "dev" or "heldout"
     * @param joined  whether the assignment puts two articles (by id) in one story
     * @param outside joined cross-outlet pairs of this split outside the universe, counted by the caller
     */
    public Score score(String split, BiPredicate<String, String> joined, long outside) {
        List<Pair> ps = pairs.stream().filter(p -> p.split().equals(split)).toList();
        boolean[] join = new boolean[ps.size()];
        int joinedLabelled = 0;
        for (int i = 0; i < ps.size(); i++) {
            join[i] = joined.test(ps.get(i).a(), ps.get(i).b());
            joinedLabelled += join[i] ? 1 : 0;
        }
        double[] point = figures(ps, join, outside, null);
        // Stratified bootstrap: resample each cell's labelled pairs with replacement, keeping the cell's weight.
        Map<String, List<Integer>> byCell = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            byCell.computeIfAbsent(ps.get(i).cell(), k -> new ArrayList<>()).add(i);
        }
        Random rnd = new Random(20);
        int reps = 1000;
        double[] ps1 = new double[reps];
        double[] rs1 = new double[reps];
        int[] counts = new int[ps.size()];
        for (int r = 0; r < reps; r++) {
            Arrays.fill(counts, 0);
            for (List<Integer> members : byCell.values()) {
                for (int k = 0; k < members.size(); k++) {
                    counts[members.get(rnd.nextInt(members.size()))]++;
                }
            }
            double[] f = figures(ps, join, outside, counts);
            ps1[r] = f[0];
            rs1[r] = f[1];
        }
        return new Score(ps.size(), joinedLabelled, point[0], quantile(ps1, 0.05), quantile(ps1, 0.95), point[1],
                quantile(rs1, 0.05), quantile(rs1, 0.95), point[2], outside);
    }

    /** Precision, recall, topic share; {@code counts} multiplies each pair (bootstrap), null for once each. */
    private static double[] figures(List<Pair> ps, boolean[] join, long outside, int[] counts) {
        double joinedW = outside;
        double joinedEvent = 0;
        double joinedTopic = 0;
        double event = 0;
        for (int i = 0; i < ps.size(); i++) {
            Pair p = ps.get(i);
            double w = p.weight() * (counts == null ? 1 : counts[i]);
            if (p.label() == Label.EVENT) {
                event += w;
            }
            if (join[i]) {
                joinedW += w;
                joinedEvent += p.label() == Label.EVENT ? w : 0;
                joinedTopic += p.label() == Label.TOPIC ? w : 0;
            }
        }
        return new double[] {joinedW == 0 ? Double.NaN : joinedEvent / joinedW,
                event == 0 ? Double.NaN : joinedEvent / event, joinedW == 0 ? Double.NaN : joinedTopic / joinedW};
    }

    private static double quantile(double[] xs, double q) {
        double[] s = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s[Math.min(s.length - 1, (int) Math.floor(q * s.length))];
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    static String resource(String name) {
        try (InputStream in = StoryPairs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bench resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
