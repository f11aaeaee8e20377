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

    private FourthPairSampler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FourthPairSampler EVAL_DIR OUT_DIR [READING.txt]");
            System.exit(2);
        }
        ThirdPairSampler.draw(FOURTH, args[0], Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
    }
}
