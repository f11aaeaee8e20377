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
     * {@value #RECHECK_SEED}) and put in a fresh reading order (seeded {@value #RECHECK_ORDER_SEED}), by
     * {@link ThirdPairSampler#recheckPairs}.
     */
    static List<String[]> recheckPairs(String labelsTsv) {
        return ThirdPairSampler.recheckPairs(labelsTsv, RECHECK_PAIRS, RECHECK_SEED, RECHECK_ORDER_SEED);
    }

    /** Writes the consistency check's empty labels file and its reading file ({@link ThirdPairSampler#recheck}). */
    static void recheck(String evalDir, Path outDir, Path reading) throws IOException {
        ThirdPairSampler.recheck(FOURTH, RECHECK_FILE, recheckPairs(ThirdPairSampler.resource(FILE)), evalDir, outDir,
                reading, RECHECK_ORDER_SEED);
    }
}
