package org.marsad.bench.stories;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;

/**
 * One held-out sample of story pairs drawn by {@link ThirdPairSampler}'s procedure (LABELLING.md, from "Third held-out
 * sample" on): the settings fixed before its draw ({@link ThirdPairSampler.Design}: files, split, seeds, cells, days,
 * the earlier samples left out) and, when it had one, its label consistency check. The samples are listed here once,
 * so that the sampler, the loaders, the bench flags and the tests read the same settings.
 *
 * @param name    the sample's name in LABELLING.md and in later samples' lists of earlier samples ("third" ...)
 * @param number  its number, which names its bench flag ({@code --held-out-N})
 * @param design  the settings of its draw
 * @param recheck its label consistency check, null when it had none
 * @param secondReader the labels file of a second, independent reader of every pair (same four columns, same order),
 *                     null when the sample had one reader; the sample's own labels stay the first reader's
 * @param relabelled   the labels file of a later blind reading of every pair under the rulings that stood then
 *                     (same four columns, same order, opened by '#' lines saying who read it, when and under which
 *                     rulings), null when the sample was not relabelled; it never replaces the sample's own labels
 */
record HeldOutSample(String name, int number, ThirdPairSampler.Design design, Recheck recheck, String secondReader,
                     String relabelled) {

    /**
     * A blind second labelling of part of a sample: the pairs drawn (seeded) from the sample's two document numbers,
     * their reading order (seeded; the sides of each pair seeded by the order seed + 1), and the file it was labelled
     * into.
     */
    record Recheck(String file, int pairs, long seed, long orderSeed) {
    }

    /** The sample names in draw order, as the designs list the earlier samples they leave out. */
    private static final List<String> NAMES = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "twenty-second", "twenty-third", "twenty-fourth");
    /** The whole of April 2018 (UTC), the days of every sample from the fourth on. */
    private static final long APRIL = LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long MAY = LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    /**
     * The eleventh sample's floor on thin cells (LABELLING.md "Thin cells"): fresh pairs a band needs to stand alone,
     * and the fewest pairs a cell draws.
     */
    static final int THIN = 8;
    /** Characters of each body shown for reading from the fourth sample on. */
    private static final int SHOWN = 600;
    /** The cells and counts of the samples stratified by both rule sets (fixed for the fifth, kept since). */
    private static final Map<String, int[]> BOTH_RULE_SETS = Map.of(
            "both", new int[] {6, 8, 10, 12, 16, 16, 14, 8},
            "current-only", new int[] {4, 6, 6, 8, 10, 8, 6, 4},
            "old-only", new int[] {4, 6, 8, 10, 14, 14, 10, 6},
            "neither", new int[] {22, 18, 16, 14, 10, 6});

    /** LABELLING.md "Third held-out sample": the current rules' decision, 16-30 April, drawn on main 487f4ba. */
    static final HeldOutSample THIRD = new HeldOutSample("third", 3, ThirdPairSampler.THIRD, null, null, null);
    /** "Fourth held-out sample": the current rules' decision over the whole month, drawn on main dc32b8c. */
    static final HeldOutSample FOURTH = wholeMonth(4, 2029, 9, Map.of(
            "joined", new int[] {8, 10, 18, 24, 36, 32, 28, 16},
            "apart", new int[] {30, 26, 26, 22, 16, 8}), false, 2030, 10);
    /**
     * "Fifth held-out sample": both rule sets' decisions, so that lost recall is sampled; main 0d5c982. Relabelled
     * blind on 2026-12-06 under the rulings of the ninth and tenth samples ("Held-out 5 relabelled under today's
     * rulings"), to tell the stricter rulings from the pair pool's depletion as the cause of the falling precision.
     */
    static final HeldOutSample FIFTH = wholeMonth(5, 2031, 12, BOTH_RULE_SETS, true, 2032, 14)
            .relabelledIn("story-pairs-heldout5-today.tsv");
    /** "Sixth held-out sample": the fifth's design with new seeds, main dab7499; scored once by the lead. */
    static final HeldOutSample SIXTH = wholeMonth(6, 2033, 16, BOTH_RULE_SETS, true, 2034, 18);
    /** "Seventh held-out sample": the sixth's design with new seeds, main aa173ff2; scored once by the lead. */
    static final HeldOutSample SEVENTH = wholeMonth(7, 2035, 20, BOTH_RULE_SETS, true, 2036, 22);
    /**
     * "Eighth held-out sample": the seventh's design with new seeds, main f561eb9f; read in full by two independent
     * readers instead of a one-reader check; scored once by the lead (2026-12-05 16:35) and in-sample since.
     */
    static final HeldOutSample EIGHTH = new HeldOutSample("eighth", 8, monthDesign(8, 2037, 24, BOTH_RULE_SETS, true, -1),
            null, "story-pairs-heldout8-readerB.tsv", null);
    /**
     * "Ninth held-out sample": the eighth's design with new seeds, main 1d325f5a; read in full by two independent
     * readers under the five rulings LABELLING.md settled for it; scored once by the lead.
     */
    static final HeldOutSample NINTH = new HeldOutSample("ninth", 9, monthDesign(9, 2039, 26, BOTH_RULE_SETS, true, -1),
            null, "story-pairs-heldout9-readerB.tsv", null);
    /**
     * "Tenth held-out sample": the ninth's design with new seeds, main e064e761, except that a cell with no fresh pair
     * is merged into its nearest band of the same class instead of left out; read by two independent readers under the
     * ninth's rulings and three more; scored once by the lead.
     */
    static final HeldOutSample TENTH = new HeldOutSample("tenth", 10,
            monthDesign(10, 2041, 28, BOTH_RULE_SETS, true, 0), null, "story-pairs-heldout10-readerB.tsv", null);
    /**
     * "Eleventh held-out sample": the tenth's design with new seeds, main 162cf5fe, except that a band with fewer than
     * {@link #THIN} fresh pairs joins its nearest band that has them and every cell draws at least that many (its
     * largest band's count otherwise); read by two independent readers under the tenth's rulings and five more; scored
     * once by the lead.
     */
    static final HeldOutSample ELEVENTH = new HeldOutSample("eleventh", 11,
            monthDesign(11, 2043, 30, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout11-readerB.tsv", null);
    /**
     * "Twelfth held-out sample": the eleventh's design (floor included) with new seeds, main cb1a0d42; read by two
     * independent readers under rulings 1-13 and six more; scored once by the lead.
     */
    static final HeldOutSample TWELFTH = new HeldOutSample("twelfth", 12,
            monthDesign(12, 2045, 32, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout12-readerB.tsv", null);
    /**
     * "Thirteenth held-out sample": the twelfth's design (floor included) with new seeds, main 377d0625; read by two
     * independent readers under rulings 1-19 and seven more; scored once by the lead.
     */
    static final HeldOutSample THIRTEENTH = new HeldOutSample("thirteenth", 13,
            monthDesign(13, 2047, 34, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout13-readerB.tsv", null);
    /**
     * "Fourteenth held-out sample": the thirteenth's design (floor included) with new seeds, main 559fceae; read by two
     * independent readers under rulings 1-26 and two more; kept for the lead's one scoring.
     */
    static final HeldOutSample FOURTEENTH = new HeldOutSample("fourteenth", 14,
            monthDesign(14, 2053, 41, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout14-readerB.tsv", null);
    /**
     * "Fifteenth held-out sample": the fourteenth's design (floor included) with new seeds, main 4b439450; read by two
     * independent readers under rulings 1-28 and two more; kept for the lead's one scoring.
     */
    static final HeldOutSample FIFTEENTH = new HeldOutSample("fifteenth", 15,
            monthDesign(15, 2059, 43, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout15-readerB.tsv", null);
    /**
     * "Sixteenth held-out sample": the fifteenth's design (floor included) with new seeds, main a32abbc9; read by two
     * independent readers under rulings 1-30 and two more; kept for the lead's one scoring.
     */
    static final HeldOutSample SIXTEENTH = new HeldOutSample("sixteenth", 16,
            monthDesign(16, 2061, 45, BOTH_RULE_SETS, true, THIN), null, "story-pairs-heldout16-readerB.tsv", null);
    /**
     * "Seventeenth held-out sample": the sixteenth's design (floor included) with new seeds, main e15b7f10, except that
     * the "current" decision is the archive's as shipped ({@link StoryRules#DEFAULT} joined through the shipped join
     * gate, as {@code StoryIndexer} decides), not the rules' alone; read by two independent readers under rulings 1-32
     * and three more; kept for the lead's one scoring.
     */
    static final HeldOutSample SEVENTEENTH = new HeldOutSample("seventeenth", 17,
            monthDesign(17, 2063, 47, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout17-readerB.tsv", null);
    /**
     * "Eighteenth held-out sample": the seventeenth's design unchanged ("current" = the rules joined through the
     * shipped join gate, "old" = the topical rules; floor included) with new seeds, drawn on main e278a2da leaving out
     * all seventeen earlier samples; read by two independent readers under rulings 1-35 and two more; kept for the
     * lead's one scoring.
     */
    static final HeldOutSample EIGHTEENTH = new HeldOutSample("eighteenth", 18,
            monthDesign(18, 2065, 49, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout18-readerB.tsv", null);
    /**
     * "Nineteenth held-out sample": the eighteenth's design unchanged ("current" = the rules joined through the
     * shipped join gate, "old" = the topical rules; floor included) with new seeds, drawn on main 8c4bc5e6 leaving out
     * all eighteen earlier samples; read by two independent readers under rulings 1-37 and two more; kept for the
     * lead's one scoring.
     */
    static final HeldOutSample NINETEENTH = new HeldOutSample("nineteenth", 19,
            monthDesign(19, 2067, 51, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout19-readerB.tsv", null);
    /**
     * "Twentieth held-out sample": the nineteenth's design unchanged ("current" = the rules joined through the
     * shipped join gate, "old" = the topical rules; floor included) with new seeds, drawn on main 5c715ef4 leaving out
     * all nineteen earlier samples; read by two independent readers under rulings 1-39 and three more; kept for the
     * lead's one scoring.
     */
    static final HeldOutSample TWENTIETH = new HeldOutSample("twentieth", 20,
            monthDesign(20, 2069, 53, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout20-readerB.tsv", null);
    /**
     * "Twenty-first held-out sample": the twentieth's design unchanged ("current" = the rules joined through the
     * shipped join gate, "old" = the topical rules; floor included) with new seeds, drawn on the lead's 1937e53a
     * (main 5c715ef4's archive decision) leaving out all twenty earlier samples; read by two independent readers under
     * rulings 1-42 and the ones fixed for it; kept for the lead's one scoring.
     */
    static final HeldOutSample TWENTY_FIRST = new HeldOutSample("twenty-first", 21,
            monthDesign(21, 2071, 55, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout21-readerB.tsv", null);
    /**
     * "Twenty-second held-out sample": the twenty-first's design unchanged ("current" = the rules joined through the
     * shipped join gate, "old" = the topical rules; floor included) with new seeds, drawn on main 5e8e56e9 leaving out
     * all twenty-one earlier samples; read by two independent readers under rulings 1-46 and the ones fixed for it;
     * kept for the lead's one scoring.
     */
    static final HeldOutSample TWENTY_SECOND = new HeldOutSample("twenty-second", 22,
            monthDesign(22, 2073, 57, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout22-readerB.tsv", null);
    /**
     * "Twenty-third held-out sample": the twenty-second's design unchanged ("current" = the rules joined through the
     * shipped join gate, since held-out 22 the one with the toll-update switch on; "old" = the topical rules; floor
     * included) with new seeds, drawn on main 3963cd66 leaving out all twenty-two earlier samples; read by two
     * independent readers under rulings 1-50 and the ones fixed for it; kept for the lead's one scoring.
     */
    static final HeldOutSample TWENTY_THIRD = new HeldOutSample("twenty-third", 23,
            monthDesign(23, 2074, 59, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout23-readerB.tsv", null);
    /**
     * "Twenty-fourth held-out sample": the twenty-third's design unchanged ("current" = the rules joined through the
     * shipped join gate 4b93faee72548173, toll-update switch on; "old" = the topical rules; floor included) with new
     * seeds, drawn on main 4bfc907f leaving out all twenty-three earlier samples; read by two independent readers under
     * rulings 1-54 and the ones fixed for it; kept for the lead's one scoring.
     */
    static final HeldOutSample TWENTY_FOURTH = new HeldOutSample("twenty-fourth", 24,
            monthDesign(24, 2075, 61, BOTH_RULE_SETS, true, THIN, shippedGate()), null,
            "story-pairs-heldout24-readerB.tsv", null);
    /** Every sample drawn this way, in draw order. */
    static final List<HeldOutSample> ALL = List.of(THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH,
            ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH,
            EIGHTEENTH, NINETEENTH, TWENTIETH, TWENTY_FIRST, TWENTY_SECOND,
            TWENTY_THIRD, TWENTY_FOURTH);

    /**
     * A sample of the whole month drawn with the fourth sample's files, days and reading, leaving out every earlier
     * sample, with a consistency check of 60 pairs.
     */
    private static HeldOutSample wholeMonth(int number, long seed, long orderSeed, Map<String, int[]> perClass,
                                            boolean withOld, long recheckSeed, long recheckOrderSeed) {
        return new HeldOutSample(NAMES.get(number - 1), number,
                monthDesign(number, seed, orderSeed, perClass, withOld, -1),
                new Recheck("story-pairs-heldout" + number + "-recheck.tsv", 60, recheckSeed, recheckOrderSeed), null,
                null);
    }

    /**
     * The draw of a whole-month sample: the fourth sample's files, days and reading, every earlier sample left out,
     * used-up cells left out ({@code floor} -1, up to the ninth), merged into a neighbour (0, the tenth), or thin
     * cells merged and every cell drawing at least {@code floor} pairs (from the eleventh).
     */
    private static ThirdPairSampler.Design monthDesign(int number, long seed, long orderSeed,
                                                       Map<String, int[]> perClass, boolean withOld, int floor) {
        return monthDesign(number, seed, orderSeed, perClass, withOld, floor, null);
    }

    /** {@link #monthDesign} whose "current" decision joins through {@code currentGate} (null: the rules alone). */
    private static ThirdPairSampler.Design monthDesign(int number, long seed, long orderSeed,
                                                       Map<String, int[]> perClass, boolean withOld, int floor,
                                                       JoinGate currentGate) {
        String base = "story-pairs-heldout" + number;
        return new ThirdPairSampler.Design(base + ".tsv", base + "-strata.tsv", base + "-low.tsv", "heldout" + number,
                seed, orderSeed, perClass, APRIL, MAY, SHOWN, NAMES.subList(0, number - 1), withOld, floor >= 0,
                Math.max(0, floor), currentGate);
    }

    /**
     * The gate the archive joins stories through when nothing switches it off ({@link JoinGate#shipped()}, which
     * {@link JoinGate#forArchive()} returns by default). Read from the shipped file, not from the switch, so that a
     * draw under {@code -Dstory.gate=off} stratifies as the design fixed it.
     *
     * @throws IllegalStateException when no gate is shipped: the design cannot be drawn as fixed
     */
    private static JoinGate shippedGate() {
        return JoinGate.shipped().orElseThrow(() -> new IllegalStateException(
                "no join gate is shipped: the current decision of the seventeenth sample and later is the shipped gate's"));
    }

    /**
     * The sample of that name.
     *
     * @throws IllegalArgumentException naming the known samples when there is none
     */
    static HeldOutSample named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no held-out sample '" + name + "' (known: "
                        + ALL.stream().map(HeldOutSample::name).toList() + ")"));
    }

    /** The bench flag that scores this sample. */
    String flag() {
        return "--held-out-" + number;
    }

    /** This sample with a later relabelling of its pairs, shipped as {@code file}. */
    private HeldOutSample relabelledIn(String file) {
        return new HeldOutSample(name, number, design, recheck, secondReader, file);
    }

    /** The bench flag that scores this sample with its relabelling's labels, null when it was not relabelled. */
    String relabelledFlag() {
        return relabelled == null ? null : flag() + "-today";
    }

    /** The name {@code StoriesBench} asks for the relabelling by, beside the sample's split name. */
    String relabelledSplit() {
        return design.split() + "-today";
    }

    /**
     * The shipped sample with its relabelling's labels in place of its own: the same pairs, cells and weights.
     *
     * @throws IllegalStateException when the sample was not relabelled, or the relabelling does not match the strata
     *                               pair for pair
     */
    StoryPairs loadRelabelled() {
        return StoryPairs.loadHeldOut(design, relabelledFile());
    }

    /**
     * The pairs the sample's own labels and its relabelling label alike, each cell's weight spread over its agreed
     * pairs ({@link StoryPairs#agreedWith}).
     */
    StoryPairs loadStableUnderRelabelling() {
        return load().agreedWith(loadRelabelled());
    }

    /** How far the relabelling agrees with the sample's own labels over every pair. */
    LabelAgreement relabelAgreement() {
        return LabelAgreement.of(StoryPairs.resource(design.file()), StoryPairs.resource(relabelledFile()));
    }

    private String relabelledFile() {
        if (relabelled == null) {
            throw new IllegalStateException("the " + name + " sample was not relabelled");
        }
        return relabelled;
    }

    /**
     * The shipped sample: its blind labels joined to its strata, with its list of pairs joined below the similarity
     * floor.
     *
     * @throws IllegalStateException when the two files do not match pair for pair or a pair is unlabelled
     */
    StoryPairs load() {
        return StoryPairs.loadHeldOut(design);
    }

    /**
     * The shipped sample with the second reader's labels in place of the first's: the same pairs, cells and weights.
     *
     * @throws IllegalStateException when the sample had one reader, or the second reader's file does not match the
     *                               strata pair for pair
     */
    StoryPairs loadSecondReader() {
        return StoryPairs.loadHeldOut(design, secondReaderFile());
    }

    /**
     * The pairs both readers labelled alike, with that label. A cell keeps the universe pairs it stands for: each of
     * its agreed pairs is weighted by the cell's size over the agreed pairs left in it (a cell where the readers
     * agreed on no pair drops out, as a short cell does).
     *
     * @throws IllegalStateException when the sample had one reader
     */
    StoryPairs loadAgreed() {
        return load().agreedWith(loadSecondReader());
    }

    /** How far the two readers agree over every pair: the share labelled alike and Cohen's kappa. */
    LabelAgreement readerAgreement() {
        return LabelAgreement.of(StoryPairs.resource(design.file()),
                StoryPairs.resource(secondReaderFile()));
    }

    private String secondReaderFile() {
        if (secondReader == null) {
            throw new IllegalStateException("the " + name + " sample had one reader");
        }
        return secondReader;
    }

    /**
     * The pairs of this sample's consistency check: {@link Recheck#pairs} of the labels file's pairs drawn uniformly in
     * a fresh reading order, by {@link ThirdPairSampler#recheckPairs}; only the two numbers of the file are read.
     *
     * @throws IllegalStateException when the sample had no consistency check
     */
    List<String[]> recheckPairs(String labelsTsv) {
        if (recheck == null) {
            throw new IllegalStateException("the " + name + " sample had no consistency check");
        }
        return ThirdPairSampler.recheckPairs(labelsTsv, recheck.pairs, recheck.seed, recheck.orderSeed);
    }
}
