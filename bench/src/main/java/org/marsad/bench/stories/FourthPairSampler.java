package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Draws the fourth held-out sample of story pairs by the procedure of LABELLING.md's "Fourth held-out sample": fresh
 * cross-outlet pairs of the whole month, none of them in an earlier sample, stratified by the current rules'
 * decision crossed with the reference similarity. It runs {@link ThirdPairSampler}'s draw with this sample's
 * settings. It was run once; it is kept so that the draw can be checked and repeated on the commit it was made from.
 *
 * <p>Usage: {@code FourthPairSampler EVAL_DIR OUT_DIR [READING.txt]}. OUT_DIR receives the strata file, the list of
 * joined pairs below the similarity floor, and the labels file with empty labels in the shuffled reading order.
 * READING.txt, when given, shows the pairs in that order with their headlines and the start of their bodies and
 * nothing else; it holds corpus text, so it belongs outside the project.
 */
public final class FourthPairSampler {
    static final String FILE = "story-pairs-heldout4.tsv";
    static final String STRATA_FILE = "story-pairs-heldout4-strata.tsv";
    static final String LOW_FILE = "story-pairs-heldout4-low.tsv";
    static final String SPLIT = "heldout4";
    /** The fourth sample's settings, fixed in LABELLING.md before the draw. */
    static final ThirdPairSampler.Design FOURTH = new ThirdPairSampler.Design(FILE, STRATA_FILE, LOW_FILE, SPLIT,
            2029, 9, new int[] {8, 10, 18, 24, 36, 32, 28, 16}, new int[] {30, 26, 26, 22, 16, 8},
            LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC),
            LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC), 600,
            List.of("first", "second", "third"));

    /** The blind second labelling of part of the sample (LABELLING.md "Label consistency check"). */
    static final String RECHECK_FILE = "story-pairs-heldout4-recheck.tsv";
    static final int RECHECK_PAIRS = 60;
    static final long RECHECK_SEED = 2030;
    static final long RECHECK_ORDER_SEED = 10;

    private FourthPairSampler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("--recheck")) {
            recheck(args[1], Path.of(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: FourthPairSampler EVAL_DIR OUT_DIR [READING.txt]"
                    + " | FourthPairSampler --recheck EVAL_DIR OUT_DIR READING.txt");
            System.exit(2);
        }
        ThirdPairSampler.draw(FOURTH, args[0], Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
    }

    /**
     * The pairs of the consistency check: {@value #RECHECK_PAIRS} of the sample's pairs drawn uniformly (seeded
     * {@value #RECHECK_SEED}, from the pairs in the fixed order of their two numbers) and put in a fresh reading order
     * (seeded {@value #RECHECK_ORDER_SEED}), as {sampled, "", docno_a, docno_b} rows. Only the two numbers of the
     * labels file are read: never its labels or notes.
     */
    static List<String[]> recheckPairs(String labelsTsv) {
        List<String[]> pairs = new java.util.ArrayList<>();
        String[] lines = labelsTsv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            String first = f[0].compareTo(f[1]) < 0 ? f[0] : f[1];
            String second = first.equals(f[0]) ? f[1] : f[0];
            pairs.add(new String[] {"", "", first, second});
        }
        List<String[]> drawn = ThirdPairSampler.draw(pairs, RECHECK_PAIRS, new java.util.Random(RECHECK_SEED));
        return ThirdPairSampler.readingOrder(drawn, RECHECK_ORDER_SEED);
    }

    /**
     * Writes the consistency check's empty labels file (docno_a, docno_b, label, note in the fresh order) to
     * {@code outDir} and its reading file (corpus text: outside the project) to {@code reading}.
     */
    static void recheck(String evalDir, Path outDir, Path reading) throws IOException {
        String labels;
        try (java.io.InputStream in = FourthPairSampler.class.getResourceAsStream(FILE)) {
            labels = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String[]> order = recheckPairs(labels);
        StringBuilder out = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (String[] p : order) {
            out.append(p[2]).append('\t').append(p[3]).append("\t\t\n");
        }
        java.nio.file.Files.writeString(outDir.resolve(RECHECK_FILE), out);
        List<org.marsad.model.Article> articles = AntCorpus.read(Path.of(evalDir, "ant-2018-04",
                "ant_v2.1_2018-04.jsonl.gz"));
        java.nio.file.Files.writeString(reading, ThirdPairSampler.reading(order, articles, FOURTH.shown(),
                RECHECK_ORDER_SEED + 1));
    }
}
