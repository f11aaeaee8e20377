package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Draws a held-out sample of story pairs, or the pairs of its consistency check, by the procedure LABELLING.md fixed
 * for it ({@link HeldOutSample}); kept so that any draw can be checked and repeated on the commit it was made from.
 *
 * <p>Usage: {@code HeldOutSampler SAMPLE EVAL_DIR OUT_DIR [READING.txt]} (SAMPLE: third ... twenty-fourth) writes to
 * OUT_DIR the strata file, the list of pairs the rules joined below the similarity floor, and the labels file with
 * empty labels in the shuffled reading order; {@code HeldOutSampler --recheck SAMPLE EVAL_DIR OUT_DIR READING.txt}
 * writes the consistency check's empty labels file, drawn from the sample's shipped labels file;
 * {@code HeldOutSampler --reread SAMPLE EVAL_DIR OUT_DIR READING.txt} writes an empty labels file of every pair of the
 * shipped labels file in its order, and the reading file as the first reading showed it (same sides), for a
 * relabelling that reads only the two numbers of each row. READING.txt shows the pairs in their order with their
 * headlines and the start of their bodies and nothing else; it holds corpus text, so it belongs outside the project.
 */
public final class HeldOutSampler {
    private static final String USAGE = "usage: HeldOutSampler SAMPLE EVAL_DIR OUT_DIR [READING.txt]"
            + " | HeldOutSampler --recheck SAMPLE EVAL_DIR OUT_DIR READING.txt"
            + " | HeldOutSampler --reread SAMPLE EVAL_DIR OUT_DIR READING.txt";

    private HeldOutSampler() {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A wrong sample name or a sample without a check is the caller's mistake: one line, exit 2.
            System.err.println("held-out sampler: " + e.getMessage());
            System.exit(2);
        } catch (NoSuchFileException e) {
            // Most often a wrong evaluation directory: name the file, not the stack.
            System.err.println("held-out sampler: no such file: " + e.getFile());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("--recheck")) {
            HeldOutSample sample = HeldOutSample.named(args[1]);
            HeldOutSample.Recheck check = sample.recheck();
            if (check == null) {
                throw new IllegalArgumentException("the " + sample.name() + " sample had no consistency check");
            }
            ThirdPairSampler.recheck(sample.design(), check.file(),
                    sample.recheckPairs(ThirdPairSampler.resource(sample.design().file())), args[2], Path.of(args[3]),
                    Path.of(args[4]), check.orderSeed());
            return;
        }
        if (args.length == 5 && args[0].equals("--reread")) {
            // Every pair of the shipped labels file, in its order, read again: the first reading's sides and text.
            HeldOutSample sample = HeldOutSample.named(args[1]);
            ThirdPairSampler.recheck(sample.design(), "story-pairs-heldout" + sample.number() + "-reread.tsv",
                    ThirdPairSampler.filePairs(ThirdPairSampler.resource(sample.design().file())), args[2],
                    Path.of(args[3]), Path.of(args[4]), sample.design().orderSeed());
            return;
        }
        if (args.length < 3 || args.length > 4 || args[0].startsWith("--")) {
            throw new IllegalArgumentException(USAGE);
        }
        HeldOutSample sample = HeldOutSample.named(args[0]);
        ThirdPairSampler.draw(sample.design(), args[1], Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
    }
}
