package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Draws the seventh held-out sample of story pairs by the procedure of LABELLING.md's "Seventh held-out sample": the
 * sixth sample's design (the current rules' and the old TOPICAL rules' decisions crossed with the reference
 * similarity, the whole month) with new seeds, leaving out every pair of the six earlier samples, so that the rules
 * tuned on those can be scored once on pairs nobody tuned on. It runs {@link ThirdPairSampler}'s draw with this
 * sample's settings; it is kept so that the draw can be checked and repeated on the commit it was made from.
 *
 * <p>Usage: {@code SeventhPairSampler EVAL_DIR OUT_DIR [READING.txt]}, or
 * {@code SeventhPairSampler --recheck EVAL_DIR OUT_DIR READING.txt} for the consistency check. OUT_DIR receives the
 * strata file, the list of pairs either rule set joined below the similarity floor, and the labels file with empty
 * labels in the shuffled reading order. READING.txt shows the pairs in that order with their headlines and the start
 * of their bodies and nothing else; it holds corpus text, so it belongs outside the project.
 */
public final class SeventhPairSampler {
    static final String FILE = "story-pairs-heldout7.tsv";
    static final String STRATA_FILE = "story-pairs-heldout7-strata.tsv";
    static final String LOW_FILE = "story-pairs-heldout7-low.tsv";
    static final String SPLIT = "heldout7";
    /** The seventh sample's settings, fixed in LABELLING.md before the draw. */
    static final ThirdPairSampler.Design SEVENTH = new ThirdPairSampler.Design(FILE, STRATA_FILE, LOW_FILE, SPLIT,
            2035, 20, Map.of(
                    "both", new int[] {6, 8, 10, 12, 16, 16, 14, 8},
                    "current-only", new int[] {4, 6, 6, 8, 10, 8, 6, 4},
                    "old-only", new int[] {4, 6, 8, 10, 14, 14, 10, 6},
                    "neither", new int[] {22, 18, 16, 14, 10, 6}),
            LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC),
            LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC), 600,
            List.of("first", "second", "third", "fourth", "fifth", "sixth"), true);

    /** The blind second labelling of part of the sample (LABELLING.md "Seventh held-out sample"). */
    static final String RECHECK_FILE = "story-pairs-heldout7-recheck.tsv";
    static final int RECHECK_PAIRS = 60;
    static final long RECHECK_SEED = 2036;
    static final long RECHECK_ORDER_SEED = 22;

    private SeventhPairSampler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("--recheck")) {
            ThirdPairSampler.recheck(SEVENTH, RECHECK_FILE, recheckPairs(ThirdPairSampler.resource(FILE)), args[1],
                    Path.of(args[2]), Path.of(args[3]), RECHECK_ORDER_SEED);
            return;
        }
        if (args.length < 2 || args.length > 3 || args[0].startsWith("--")) {
            System.err.println("usage: SeventhPairSampler EVAL_DIR OUT_DIR [READING.txt]"
                    + " | SeventhPairSampler --recheck EVAL_DIR OUT_DIR READING.txt");
            System.exit(2);
        }
        ThirdPairSampler.draw(SEVENTH, args[0], Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
    }

    /**
     * The pairs of the consistency check: {@value #RECHECK_PAIRS} of the sample's pairs drawn uniformly (seeded
     * {@value #RECHECK_SEED}) in a fresh reading order (seeded {@value #RECHECK_ORDER_SEED}); only the two numbers
     * of the labels file are read.
     */
    static List<String[]> recheckPairs(String labelsTsv) {
        return ThirdPairSampler.recheckPairs(labelsTsv, RECHECK_PAIRS, RECHECK_SEED, RECHECK_ORDER_SEED);
    }
}
