package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped held-out sample drawn by {@link ThirdPairSampler}'s procedure, checked the same way: its settings as
 * LABELLING.md fixed them, its pairs labelled, fresh (in no earlier sample), cross-outlet and from its days, its strata
 * consistent with its design, its labels file blind (the draw's shuffled order, no cell or decision, no corpus text),
 * and its consistency check drawn by its own seeds with the agreement LABELLING.md reports. No test here computes a
 * figure from the shipped labels.
 */
class HeldOutSampleTest {

    /**
     * What LABELLING.md records for a sample: its seeds, the pairs it holds, the cells they were drawn from (counted in
     * the shipped strata: for the fifth, 23, where LABELLING.md says 25), the first day its earlier article may fall on,
     * its consistency check's agreement (pairs with the same label of 60, and Cohen's kappa to two decimals; -1 without
     * a check) and whether it is kept for a single scoring (never diagnosed).
     */
    record Recorded(HeldOutSample sample, long seed, long orderSeed, long recheckSeed, long recheckOrderSeed,
                    int pairs, int cells, String firstDay, int agreed, double kappa, boolean scoredOnce) {
        @Override
        public String toString() {
            return sample.name();
        }
    }

    /** Half a unit of the fourth decimal, the precision of the similarity in the strata files. */
    private static final double ROUNDING = 0.00005;

    static Stream<Recorded> samples() {
        return Stream.of(
                new Recorded(HeldOutSample.THIRD, 2028, 8, -1, -1, 229, 13, "20180416", -1, -1, false),
                new Recorded(HeldOutSample.FOURTH, 2029, 9, 2030, 10, 287, 14, "20180401", 57, 0.90, false),
                new Recorded(HeldOutSample.FIFTH, 2031, 12, 2032, 14, 257, 23, "20180401", 58, 0.93, false),
                new Recorded(HeldOutSample.SIXTH, 2033, 16, 2034, 18, 252, 23, "20180401", 59, 0.97, false),
                new Recorded(HeldOutSample.SEVENTH, 2035, 20, 2036, 22, 258, 25, "20180401", 59, 0.97, false),
                new Recorded(HeldOutSample.EIGHTH, 2037, 24, -1, -1, 246, 21, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.NINTH, 2039, 26, -1, -1, 235, 20, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TENTH, 2041, 28, -1, -1, 249, 22, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.ELEVENTH, 2043, 30, -1, -1, 224, 18, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWELFTH, 2045, 32, -1, -1, 224, 18, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.THIRTEENTH, 2047, 34, -1, -1, 208, 16, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.FOURTEENTH, 2053, 41, -1, -1, 216, 17, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.FIFTEENTH, 2059, 43, -1, -1, 205, 16, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.SIXTEENTH, 2061, 45, -1, -1, 196, 15, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.SEVENTEENTH, 2063, 47, -1, -1, 234, 19, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.EIGHTEENTH, 2065, 49, -1, -1, 218, 17, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.NINETEENTH, 2067, 51, -1, -1, 196, 15, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWENTIETH, 2069, 53, -1, -1, 196, 15, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWENTY_FIRST, 2071, 55, -1, -1, 196, 15, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWENTY_SECOND, 2073, 57, -1, -1, 180, 13, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWENTY_THIRD, 2074, 59, -1, -1, 180, 13, "20180401", -1, -1, false),
                new Recorded(HeldOutSample.TWENTY_FOURTH, 2075, 61, -1, -1, 180, 13, "20180401", -1, -1, false));
    }

    static Stream<Recorded> checked() {
        return samples().filter(r -> r.sample().recheck() != null);
    }

    @Test
    void everySampleIsListedOnceInDrawOrderWithSeedsOfItsOwn() {
        assertThat(HeldOutSample.ALL).containsExactlyElementsOf(samples().map(Recorded::sample).toList());
        Set<Long> seeds = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (HeldOutSample s : HeldOutSample.ALL) {
            assertThat(seeds.add(s.design().seed())).as("draw seed of %s", s).isTrue();
            assertThat(seeds.add(s.design().orderSeed())).as("order seed of %s", s).isTrue();
            assertThat(files.add(s.design().file())).isTrue();
            assertThat(files.add(s.design().strataFile())).isTrue();
            assertThat(files.add(s.design().lowFile())).isTrue();
            assertThat(s.design().split()).isEqualTo("heldout" + s.number());
            assertThat(s.flag()).isEqualTo("--held-out-" + s.number());
            assertThat(HeldOutSample.named(s.name())).isSameAs(s);
            if (s.secondReader() != null) {
                assertThat(files.add(s.secondReader())).isTrue();
            }
            if (s.relabelled() != null) {
                assertThat(files.add(s.relabelled())).isTrue();
            }
            if (s.recheck() != null) {
                assertThat(seeds.add(s.recheck().seed())).as("check seed of %s", s).isTrue();
                assertThat(seeds.add(s.recheck().orderSeed())).as("check order seed of %s", s).isTrue();
                assertThat(files.add(s.recheck().file())).isTrue();
            }
        }
        assertThatThrownBy(() -> HeldOutSample.named("twenty-fifth")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no held-out sample 'twenty-fifth'");
    }

    @Test
    void onlyTheTenthMergesUsedUpCellsAndAMergedCellDrawsTheCountsOfTheBandsItSpans() {
        assertThat(HeldOutSample.ALL.stream().filter(s -> s.design().mergeUsedUp()).toList())
                .containsExactly(HeldOutSample.TENTH, HeldOutSample.ELEVENTH, HeldOutSample.TWELFTH,
                        HeldOutSample.THIRTEENTH, HeldOutSample.FOURTEENTH, HeldOutSample.FIFTEENTH,
                        HeldOutSample.SIXTEENTH, HeldOutSample.SEVENTEENTH, HeldOutSample.EIGHTEENTH,
                        HeldOutSample.NINETEENTH, HeldOutSample.TWENTIETH, HeldOutSample.TWENTY_FIRST,
                        HeldOutSample.TWENTY_SECOND, HeldOutSample.TWENTY_THIRD, HeldOutSample.TWENTY_FOURTH);
        assertThat(HeldOutSample.ALL.stream().filter(s -> s.design().floor() > 0).toList())
                .containsExactly(HeldOutSample.ELEVENTH, HeldOutSample.TWELFTH, HeldOutSample.THIRTEENTH,
                        HeldOutSample.FOURTEENTH, HeldOutSample.FIFTEENTH, HeldOutSample.SIXTEENTH,
                        HeldOutSample.SEVENTEENTH, HeldOutSample.EIGHTEENTH, HeldOutSample.NINETEENTH,
                        HeldOutSample.TWENTIETH, HeldOutSample.TWENTY_FIRST, HeldOutSample.TWENTY_SECOND,
                        HeldOutSample.TWENTY_THIRD, HeldOutSample.TWENTY_FOURTH);
        ThirdPairSampler.Design d = HeldOutSample.TENTH.design();
        assertThat(d.seed()).isEqualTo(2041);
        assertThat(d.orderSeed()).isEqualTo(28);
        assertThat(d.earlier()).hasSize(9).endsWith("ninth");
        assertThat(d.perCell("both:0.15-0.20")).isEqualTo(12);
        assertThat(d.perCell("both:0.05-0.20")).isEqualTo(8 + 10 + 12);
        assertThat(d.perCell("current-only:0.30-0.60")).isEqualTo(8 + 6);
        assertThat(d.perCell("neither:0.40-1.00")).isEqualTo(10 + 6);
        assertThatThrownBy(() -> d.perCell("both:0.07-0.20")).isInstanceOf(IllegalArgumentException.class);
        // Without a floor, a cell draws what perCell fixes for it.
        assertThat(d.drawCount("both:0.05-0.20")).isEqualTo(d.perCell("both:0.05-0.20"));
        assertThat(d.drawCount("current-only:0.10-0.15")).isEqualTo(6);
    }

    @Test
    void theEleventhMergesThinBandsAndDrawsItsLargestBandsCountButNeverFewerThanTheFloor() {
        ThirdPairSampler.Design d = HeldOutSample.ELEVENTH.design();
        assertThat(d.seed()).isEqualTo(2043);
        assertThat(d.orderSeed()).isEqualTo(30);
        assertThat(d.floor()).isEqualTo(8);
        assertThat(d.earlier()).hasSize(10).endsWith("ninth", "tenth");
        // A merged cell draws its largest band's count, not the sum: 12 for both [0.05, 0.20), not 8 + 10 + 12.
        assertThat(d.drawCount("both:0.05-0.20")).isEqualTo(12);
        assertThat(d.drawCount("old-only:0.30-1.00")).isEqualTo(14);
        // A band fixed below the floor draws the floor.
        assertThat(d.drawCount("current-only:0.10-0.15")).isEqualTo(8);
        assertThat(d.drawCount("current-only:0.00-0.15")).isEqualTo(8);
        assertThat(d.drawCount("neither:0.10-0.15")).isEqualTo(22);
        assertThatThrownBy(() -> d.drawCount("both:0.07-0.20")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A sample drawn with its predecessor's design unchanged but for the seeds and the samples left out. */
    record SameDesign(HeldOutSample later, HeldOutSample earlier) {
        @Override
        public String toString() {
            return later.name() + " as " + earlier.name();
        }
    }

    static Stream<SameDesign> sameDesigns() {
        return Stream.of(new SameDesign(HeldOutSample.TWELFTH, HeldOutSample.ELEVENTH),
                new SameDesign(HeldOutSample.THIRTEENTH, HeldOutSample.TWELFTH),
                new SameDesign(HeldOutSample.FOURTEENTH, HeldOutSample.THIRTEENTH),
                new SameDesign(HeldOutSample.FIFTEENTH, HeldOutSample.FOURTEENTH),
                new SameDesign(HeldOutSample.SIXTEENTH, HeldOutSample.FIFTEENTH),
                // The seventeenth's one change, its "current" decision joined through the shipped gate, is checked by
                // HeldOutSamplerGateTest; its strata, counts and floor are the sixteenth's.
                new SameDesign(HeldOutSample.SEVENTEENTH, HeldOutSample.SIXTEENTH),
                // The eighteenth keeps the seventeenth's design whole, its gated "current" decision included
                // (HeldOutSamplerGateTest).
                new SameDesign(HeldOutSample.EIGHTEENTH, HeldOutSample.SEVENTEENTH),
                // The nineteenth keeps the eighteenth's design whole (HeldOutSamplerGateTest checks its gate).
                new SameDesign(HeldOutSample.NINETEENTH, HeldOutSample.EIGHTEENTH),
                // The twentieth keeps the nineteenth's design whole (HeldOutSamplerGateTest checks its gate).
                new SameDesign(HeldOutSample.TWENTIETH, HeldOutSample.NINETEENTH),
                // The twenty-first keeps the twentieth's design whole (HeldOutSamplerGateTest checks its gate).
                new SameDesign(HeldOutSample.TWENTY_FIRST, HeldOutSample.TWENTIETH),
                // The twenty-second keeps the twenty-first's design whole (HeldOutSamplerGateTest checks its gate).
                new SameDesign(HeldOutSample.TWENTY_SECOND, HeldOutSample.TWENTY_FIRST),
                // The twenty-third keeps the twenty-second's design whole (HeldOutSamplerGateTest checks its gate, the
                // shipped one, whose toll-update switch came with held-out 22's scoring).
                new SameDesign(HeldOutSample.TWENTY_THIRD, HeldOutSample.TWENTY_SECOND),
                // The twenty-fourth keeps the twenty-third's design whole, the same shipped gate included.
                new SameDesign(HeldOutSample.TWENTY_FOURTH, HeldOutSample.TWENTY_THIRD));
    }

    /**
     * LABELLING.md "Twelfth held-out sample" keeps the eleventh's design unchanged but for the seeds and the samples
     * left out, "Thirteenth held-out sample" the twelfth's, "Fourteenth held-out sample" the thirteenth's, "Fifteenth
     * held-out sample" the fourteenth's, "Sixteenth held-out sample" the fifteenth's, "Seventeenth held-out sample" the
     * sixteenth's (but for the gate its "current" decision joins through), "Eighteenth held-out sample" the
     * seventeenth's, "Nineteenth held-out sample" the eighteenth's, "Twentieth held-out sample" the nineteenth's,
     * "Twenty-first held-out sample" the twentieth's, "Twenty-second held-out sample" the twenty-first's,
     * "Twenty-third held-out sample" the twenty-second's and "Twenty-fourth held-out sample" the twenty-third's, so
     * every cell the later sample drew from would have drawn as many pairs under its predecessor's design (or all its
     * fresh pairs, when it had fewer).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sameDesigns")
    void aLaterSampleKeepsItsPredecessorsDesignWithNewSeedsAndThePredecessorLeftOut(SameDesign pair) {
        ThirdPairSampler.Design later = pair.later().design();
        ThirdPairSampler.Design earlier = pair.earlier().design();
        assertThat(later.seed()).isNotEqualTo(earlier.seed());
        assertThat(later.orderSeed()).isNotEqualTo(earlier.orderSeed());
        assertThat(later.earlier()).hasSize(pair.later().number() - 1).endsWith(pair.earlier().name());
        assertThat(later.floor()).isEqualTo(earlier.floor()).isEqualTo(HeldOutSample.THIN);
        assertThat(later.mergeUsedUp()).isEqualTo(earlier.mergeUsedUp()).isTrue();
        assertThat(later.perClass()).isSameAs(earlier.perClass());
        assertThat(List.of(later.from(), later.until(), later.shown(), later.withOld()))
                .isEqualTo(List.of(earlier.from(), earlier.until(), earlier.shown(), earlier.withOld()));
        List<String[]> strata = ShippedFiles.rows(later.strataFile());
        Set<String> cells = new HashSet<>();
        strata.subList(1, strata.size()).forEach(row -> cells.add(row[1]));
        assertThat(cells).isNotEmpty().allSatisfy(cell ->
                assertThat(later.drawCount(cell)).as(cell).isEqualTo(earlier.drawCount(cell)));
    }

    @Test
    void theNineteenthKeepsTheEighteenthsDesignWithSeedsNeverUsedAndAllEighteenLeftOut() {
        ThirdPairSampler.Design later = assertKeepsDesignWithNewSeeds(HeldOutSample.NINETEENTH,
                HeldOutSample.EIGHTEENTH, 2067, 51);
        // The forecast's merged cells draw the largest count they span, not the sum (LABELLING.md "Expected size").
        assertThat(later.drawCount("both:0.05-0.30")).isEqualTo(16);
        assertThat(later.drawCount("old-only:0.30-1.00")).isEqualTo(14);
    }

    @Test
    void theTwentiethKeepsTheNineteenthsDesignWithSeedsNeverUsedAndAllNineteenLeftOut() {
        ThirdPairSampler.Design later = assertKeepsDesignWithNewSeeds(HeldOutSample.TWENTIETH,
                HeldOutSample.NINETEENTH, 2069, 53);
        // The forecast's cells (the nineteenth's) draw what they drew then (LABELLING.md "Expected size").
        assertDrawsThePreviousCellsCounts(later, HeldOutSample.NINETEENTH, 15, 196);
    }

    @Test
    void theTwentyFirstKeepsTheTwentiethsDesignWithSeedsNeverUsedAndAllTwentyLeftOut() {
        ThirdPairSampler.Design later = assertKeepsDesignWithNewSeeds(HeldOutSample.TWENTY_FIRST,
                HeldOutSample.TWENTIETH, 2071, 55);
        assertThat(later.earlier()).hasSize(20).endsWith("nineteenth", "twentieth");
        // The forecast's cells (the twentieth's) draw what they drew then (LABELLING.md "Expected size").
        assertDrawsThePreviousCellsCounts(later, HeldOutSample.TWENTIETH, 15, 196);
        // Should current-only below 0.15 fall under the floor, it joins [0.15, 0.20) and draws that band's 8 once.
        assertThat(later.drawCount("current-only:0.00-0.20")).isEqualTo(8);
    }

    @Test
    void theTwentySecondKeepsTheTwentyFirstsDesignWithSeedsNeverUsedAndAllTwentyOneLeftOut() {
        ThirdPairSampler.Design later = assertKeepsDesignWithNewSeeds(HeldOutSample.TWENTY_SECOND,
                HeldOutSample.TWENTY_FIRST, 2073, 57);
        assertThat(later.earlier()).hasSize(21).endsWith("twentieth", "twenty-first");
        // LABELLING.md "Expected size": the twenty-first's cells but two merges, 180 pairs in 13 cells. current-only
        // below 0.15 (one fresh pair) joins [0.15, 0.20) and draws that band's 8 once; both [0.60, 1] (7 fresh) joins
        // [0.40, 0.60) and draws that band's 14, not 14 + 8.
        Map<String, Integer> forecast = Map.ofEntries(Map.entry("both:0.05-0.30", 16),
                Map.entry("both:0.30-0.40", 16), Map.entry("both:0.40-1.00", 14),
                Map.entry("current-only:0.00-0.20", 8), Map.entry("current-only:0.20-0.60", 10),
                Map.entry("old-only:0.00-0.15", 8), Map.entry("old-only:0.15-0.20", 10),
                Map.entry("old-only:0.20-0.30", 14), Map.entry("old-only:0.30-1.00", 14),
                Map.entry("neither:0.10-0.15", 22), Map.entry("neither:0.15-0.20", 18),
                Map.entry("neither:0.20-0.30", 16), Map.entry("neither:0.30-1.00", 14));
        forecast.forEach((cell, count) -> assertThat(later.drawCount(cell)).as(cell).isEqualTo(count));
        assertThat(forecast.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(180);
        // Should both [0.60, 1] stand alone after all (a changed decision refilling it to 8), it draws its own 8.
        assertThat(later.drawCount("both:0.60-1.00")).isEqualTo(8);
        // As drawn ("as drawn and labelled"): exactly the forecast's cells and counts.
        assertThat(drawnPerCell(HeldOutSample.TWENTY_SECOND)).isEqualTo(forecast);
    }

    /** A sample drawn with its predecessor's 13 cells forecast again, with the seeds LABELLING.md fixed for it. */
    record ThirteenCells(HeldOutSample later, HeldOutSample previous, long seed, long orderSeed) {
        @Override
        public String toString() {
            return later.name();
        }
    }

    /**
     * LABELLING.md "Twenty-third held-out sample" and "Twenty-fourth held-out sample", "Expected size": the previous
     * sample's 13 cells again, each drawing what it drew then (180 pairs; for the twenty-third current-only:0.00-0.20
     * kept 19 fresh pairs, for the twenty-fourth 11, current-only [0.15, 0.20) 10 of them, so no new merge). Should
     * current-only [0.15, 0.20) fall under the floor, the class below 0.60 is one cell drawing the largest count it
     * spans (10, not 8 + 10: 172 pairs in 12 cells); should a changed decision refill both [0.60, 1] (7, then 5 fresh)
     * to 8, it draws its own 8.
     */
    static Stream<ThirteenCells> thirteenCells() {
        return Stream.of(new ThirteenCells(HeldOutSample.TWENTY_THIRD, HeldOutSample.TWENTY_SECOND, 2074, 59),
                new ThirteenCells(HeldOutSample.TWENTY_FOURTH, HeldOutSample.TWENTY_THIRD, 2075, 61));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thirteenCells")
    void aSampleForecastToKeepItsPredecessorsThirteenCellsHasItsSeedsAndDrewThem(ThirteenCells c) {
        ThirdPairSampler.Design later = assertKeepsDesignWithNewSeeds(c.later(), c.previous(), c.seed(),
                c.orderSeed());
        assertDrawsThePreviousCellsCounts(later, c.previous(), 13, 180);
        assertThat(Map.of("current-only:0.00-0.60", later.drawCount("current-only:0.00-0.60"),
                "both:0.60-1.00", later.drawCount("both:0.60-1.00")))
                .isEqualTo(Map.of("current-only:0.00-0.60", 10, "both:0.60-1.00", 8));
        // As drawn ("as drawn and labelled"): exactly the previous sample's cells and counts, as forecast.
        assertThat(drawnPerCell(c.later())).isEqualTo(drawnPerCell(c.previous()));
    }

    /** The pairs a shipped sample drew per cell, read from its strata file. */
    private static Map<String, Integer> drawnPerCell(HeldOutSample sample) {
        List<String[]> strata = ShippedFiles.rows(sample.design().strataFile());
        Map<String, Integer> drawn = new HashMap<>();
        strata.subList(1, strata.size()).forEach(row -> drawn.merge(row[1], 1, Integer::sum));
        return drawn;
    }

    /**
     * The forecast of a sample fixed as "the previous one's design unchanged": every cell the previous sample drew from
     * (its shipped strata file) draws what it drew then, so the later sample keeps its cells and size if its fresh pairs
     * allow.
     */
    private static void assertDrawsThePreviousCellsCounts(ThirdPairSampler.Design later, HeldOutSample previous,
                                                          int cellCount, int pairs) {
        ThirdPairSampler.Design earlier = previous.design();
        List<String[]> strata = ShippedFiles.rows(earlier.strataFile());
        Set<String> cells = new HashSet<>();
        strata.subList(1, strata.size()).forEach(row -> cells.add(row[1]));
        assertThat(cells).hasSize(cellCount).allSatisfy(cell ->
                assertThat(later.drawCount(cell)).as(cell).isEqualTo(earlier.drawCount(cell)));
        assertThat(cells.stream().mapToInt(later::drawCount).sum()).isEqualTo(pairs);
    }

    /**
     * A sample fixed as "the previous one's design unchanged": its own draw and order seeds, every earlier sample left
     * out, and the floor, merging, counts, gate, days, reading and nominal total of the previous one; no earlier
     * sample's draw, order or side seed (order + 1) reused.
     *
     * @return the later sample's design, for the checks of its own forecast
     */
    private static ThirdPairSampler.Design assertKeepsDesignWithNewSeeds(HeldOutSample sample, HeldOutSample previous,
                                                                        long seed, long orderSeed) {
        ThirdPairSampler.Design later = sample.design();
        ThirdPairSampler.Design earlier = previous.design();
        assertThat(List.of(later.seed(), later.orderSeed())).containsExactly(seed, orderSeed);
        assertThat(later.earlier()).hasSize(sample.number() - 1).endsWith(previous.name());
        assertThat(later.floor()).isEqualTo(earlier.floor()).isEqualTo(HeldOutSample.THIN);
        assertThat(later.mergeUsedUp()).isEqualTo(earlier.mergeUsedUp()).isTrue();
        assertThat(later.perClass()).isSameAs(earlier.perClass());
        assertThat(later.currentGate()).isEqualTo(earlier.currentGate());
        assertThat(List.of(later.from(), later.until(), later.shown(), later.withOld(), later.total()))
                .isEqualTo(List.of(earlier.from(), earlier.until(), earlier.shown(), earlier.withOld(), 300));
        for (HeldOutSample s : HeldOutSample.ALL.subList(0, HeldOutSample.ALL.indexOf(sample))) {
            assertThat(List.of(s.design().seed(), s.design().orderSeed(), s.design().orderSeed() + 1)).as(s.name())
                    .doesNotContain(later.seed(), later.orderSeed(), later.orderSeed() + 1);
        }
        return later;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSettingsAreTheOnesLabellingFixedBeforeTheDraw(Recorded r) {
        ThirdPairSampler.Design d = r.sample().design();
        assertThat(d.seed()).isEqualTo(r.seed());
        assertThat(d.orderSeed()).isEqualTo(r.orderSeed());
        // Every earlier sample is left out, in draw order.
        List<String> names = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
                "twenty-second", "twenty-third");
        assertThat(d.earlier()).containsExactlyElementsOf(names.subList(0, r.sample().number() - 1));
        assertThat(d.total()).isEqualTo(r.sample().number() == 3 ? 246 : 300);
        if (r.recheckSeed() >= 0) {
            assertThat(r.sample().recheck().seed()).isEqualTo(r.recheckSeed());
            assertThat(r.sample().recheck().orderSeed()).isEqualTo(r.recheckOrderSeed());
            assertThat(r.sample().recheck().pairs()).isEqualTo(60);
        } else {
            assertThat(r.sample().recheck()).isNull();
        }
        // From the fifth on, the same cells and counts: only the seeds are new.
        if (r.sample().number() > 5) {
            for (String cls : List.of("both", "current-only", "old-only", "neither")) {
                assertThat(d.perClass().get(cls)).as(cls)
                        .containsExactly(HeldOutSample.FIFTH.design().perClass().get(cls));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theShippedSampleIsLabelledFreshCrossOutletAndFromItsDays(Recorded r) {
        ThirdPairSampler.Design d = r.sample().design();
        StoryPairs sample = r.sample().load();
        // load fails on any unlabelled or unmatched pair; here both files hold the same pairs.
        assertThat(sample.pairs()).hasSize(r.pairs()).hasSize(ShippedFiles.rows(d.strataFile()).size() - 1)
                .hasSize(ShippedFiles.rows(d.file()).size() - 1);
        Set<String> earlier = new HashSet<>();
        for (String name : d.earlier()) {
            ThirdPairSampler.labelledSample(name).pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        }
        assertThat(earlier).hasSizeGreaterThan(200 * (r.sample().number() - 1));
        Set<String> days = new HashSet<>();
        for (StoryPairs.Pair p : sample.pairs()) {
            String k = StoryPairs.key(p.a(), p.b());
            assertThat(earlier).as("not in an earlier sample: %s", k).doesNotContain(k);
            assertThat(p.split()).isEqualTo(d.split());
            assertThat(p.weight()).isGreaterThanOrEqualTo(1.0);
            // Cross-outlet (the ANT docno starts with the outlet) and from April (it ends with the day).
            assertThat(p.a().substring(0, 2)).isNotEqualTo(p.b().substring(0, 2));
            String dayA = p.a().substring(p.a().length() - 8);
            String dayB = p.b().substring(p.b().length() - 8);
            assertThat(dayA).isBetween(r.firstDay(), "20180430");
            assertThat(dayB).isBetween(r.firstDay(), "20180430");
            days.add(dayA.compareTo(dayB) < 0 ? dayA : dayB);
        }
        if (r.firstDay().equals("20180401")) {
            // The whole month, not only the held-out half: pairs from both halves.
            assertThat(days).anyMatch(x -> x.compareTo("20180416") < 0).anyMatch(x -> x.compareTo("20180416") >= 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theShippedStrataAgreeWithTheDesign(Recorded r) {
        ThirdPairSampler.Design d = r.sample().design();
        List<String[]> strata = ShippedFiles.rows(d.strataFile());
        int a = d.withOld() ? 7 : 6;
        assertThat(strata.get(0)).containsExactlyElementsOf(d.withOld()
                ? List.of("split", "cell", "cell_pairs", "cell_sampled", "similarity", "old_joined", "current_joined",
                        "docno_a", "docno_b")
                : List.of("split", "cell", "cell_pairs", "cell_sampled", "similarity", "current_joined", "docno_a",
                        "docno_b"));
        StoryPairs sample = r.sample().load();
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        for (String[] row : strata.subList(1, strata.size())) {
            assertThat(row[0]).isEqualTo(d.split());
            drawn.merge(row[1], 1, Integer::sum);
            assertThat(sizes.putIfAbsent(row[1], row[2] + "/" + row[3])).as("one size per cell")
                    .isIn(null, row[2] + "/" + row[3]);
            double sim = Double.parseDouble(row[4]);
            boolean current = Boolean.parseBoolean(row[a - 1]);
            boolean old = d.withOld() && Boolean.parseBoolean(row[5]);
            // The cell is the decisions crossed with the similarity band. The file rounds the similarity to four
            // decimals, so a pair just below a band's edge (0.14996 shipped as 0.1500) may read as the band above.
            List<String> cells = new ArrayList<>();
            for (double x : new double[] {sim - ROUNDING, sim, sim + ROUNDING}) {
                cells.add(d.withOld() ? FreshPairSampler.cell(old, current, x) : PairSampler.cell(current, x));
            }
            if (d.mergeUsedUp()) {
                // A merged cell spans its members' bands: the pair's own band lies in the span of its class.
                assertThat(cells).as("cell of %s %s at %s", row[a], row[a + 1], row[4])
                        .anyMatch(own -> own != null && withinSpan(own, row[1]));
            } else {
                assertThat(cells).as("cell of %s %s at %s", row[a], row[a + 1], row[4]).contains(row[1]);
            }
            assertThat(Integer.parseInt(row[2])).isGreaterThanOrEqualTo(Integer.parseInt(row[3]));
            // The pair's numbers in their fixed order, as the draw writes them.
            assertThat(row[a]).isLessThan(row[a + 1]);
            // A pair joined below the floor is in the universe only through the low list.
            if ((old || current) && sim < PairSampler.UNIVERSE_FLOOR) {
                assertThat(sample.baselineJoinedLow(row[a + 1], row[a])).as("low list holds %s", row[a]).isTrue();
            }
        }
        drawn.forEach((cell, n) -> {
            assertThat(sizes.get(cell)).endsWith("/" + n);
            // Never more than fixed for the cell before the draw.
            assertThat(n).isLessThanOrEqualTo(d.drawCount(cell));
        });
        assertThat(drawn).hasSize(r.cells());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theShippedLabelsAreBlindInTheDrawsReadingOrderAndHoldNoCorpusText(Recorded r) {
        ThirdPairSampler.Design d = r.sample().design();
        List<String[]> labels = ShippedFiles.rows(d.file());
        // No cell, similarity or decision beside the labels: the labeller could not see them.
        assertThat(labels.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        ShippedFiles.assertLabelledInEnglish(labels);
        int a = d.withOld() ? 7 : 6;
        List<String[]> strataPairs = new ArrayList<>();
        for (String[] row : ShippedFiles.rows(d.strataFile()).subList(1, labels.size())) {
            strataPairs.add(new String[] {"", "", row[a], row[a + 1]});
        }
        List<String[]> order = ThirdPairSampler.readingOrder(strataPairs, d.orderSeed());
        for (int i = 0; i < order.size(); i++) {
            String[] row = labels.get(i + 1);
            assertThat(row[0] + " " + row[1]).as("row %d", i + 1)
                    .isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checked")
    void theShippedSecondReadingRelabelsThePairsItsSeedsDrawInTheirOrder(Recorded r) {
        HeldOutSample s = r.sample();
        List<String[]> recheck = ShippedFiles.rows(s.recheck().file());
        assertThat(recheck.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        List<String[]> draw = s.recheckPairs(ShippedFiles.text(s.design().file()));
        assertThat(draw).hasSize(s.recheck().pairs());
        assertThat(recheck).hasSize(draw.size() + 1);
        ShippedFiles.assertLabelledInEnglish(recheck);
        List<String> firstOrder = new ArrayList<>();
        for (String[] row : ShippedFiles.rows(s.design().file()).subList(1, r.pairs() + 1)) {
            firstOrder.add(StoryPairs.key(row[0], row[1]));
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < draw.size(); i++) {
            String[] row = recheck.get(i + 1);
            assertThat(row[0] + " " + row[1]).as("row %d", i + 1).isEqualTo(draw.get(i)[2] + " " + draw.get(i)[3]);
            positions.add(firstOrder.indexOf(StoryPairs.key(row[0], row[1])));
        }
        // Pairs of the sample, in a fresh order: not the order they have in the first labels file.
        assertThat(positions).doesNotContain(-1).isNotEqualTo(positions.stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checked")
    void theAgreementLabellingReportsIsWhatTheShippedFilesGive(Recorded r) {
        HeldOutSample s = r.sample();
        LabelAgreement check = LabelAgreement.of(ShippedFiles.text(s.design().file()),
                ShippedFiles.text(s.recheck().file()));
        assertThat(check.pairs()).isEqualTo(60);
        assertThat(check.agreed()).isEqualTo(r.agreed());
        assertThat(check.kappa()).isCloseTo(r.kappa(), offset(0.005));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checked")
    void theConsistencyCheckDrawsItsPairsByItsOwnSeedsFromTheNumbersOnly(Recorded r) {
        StringBuilder labels = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (int i = 0; i < 200; i++) {
            labels.append(String.format("AA-x-%d-20180401\tBB-x-%d-20180402\t\t\n", i, i));
        }
        List<String> order = keys(r.sample().recheckPairs(labels.toString()));
        assertThat(order).hasSize(60).doesNotHaveDuplicates();
        // Labels and notes are not read: filling them changes nothing of the draw.
        assertThat(keys(r.sample().recheckPairs(labels.toString().replace("\t\t\n", "\tevent\tx\n"))))
                .isEqualTo(order);
        // Not another sample's check: its own seeds draw other pairs.
        checked().filter(o -> o.sample() != r.sample()).forEach(o ->
                assertThat(keys(o.sample().recheckPairs(labels.toString()))).as(o.toString()).isNotEqualTo(order));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleKeptForItsOneScoringIsNeverDiagnosed(Recorded r) {
        String split = r.sample().design().split();
        if (r.scoredOnce()) {
            assertThatThrownBy(() -> StoryDiagnosis.splits("dev," + split))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown split '" + split + "'");
        } else {
            assertThat(StoryDiagnosis.splits("dev," + split)).containsExactly("dev", split);
        }
    }

    static Stream<Recorded> twoReaders() {
        return samples().filter(r -> r.sample().secondReader() != null);
    }

    /**
     * Another reading of every pair of a sample — a second, independent reader's, or a later relabelling under the
     * rulings that stood then — with what LABELLING.md reports for it against the sample's own labels: pairs read,
     * pairs labelled alike, Cohen's kappa to two decimals and the confusion table (rows the sample's labels, columns
     * the other reading's, each in the order event, topic, unrelated).
     */
    record OtherReading(HeldOutSample sample, String file, int pairs, int agreed, double kappa, int[][] table) {
        @Override
        public String toString() {
            return sample.name() + " " + file;
        }

        private boolean secondReader() {
            return file.equals(sample.secondReader());
        }

        /** The sample loaded with this reading's labels. */
        StoryPairs load() {
            return secondReader() ? sample.loadSecondReader() : sample.loadRelabelled();
        }

        /** The pairs this reading and the sample's own labels label alike. */
        StoryPairs agreedPairs() {
            return secondReader() ? sample.loadAgreed() : sample.loadStableUnderRelabelling();
        }

        /** The agreement the bench prints for this reading. */
        LabelAgreement agreement() {
            return secondReader() ? sample.readerAgreement() : sample.relabelAgreement();
        }
    }

    static Stream<OtherReading> otherReadings() {
        return Stream.of(
                new OtherReading(HeldOutSample.FIFTH, "story-pairs-heldout5-today.tsv", 257, 247, 0.93,
                        new int[][] {{106, 7, 0}, {1, 135, 1}, {0, 1, 6}}),
                new OtherReading(HeldOutSample.EIGHTH, "story-pairs-heldout8-readerB.tsv", 246, 240, 0.95,
                        new int[][] {{101, 3, 0}, {0, 131, 0}, {0, 3, 8}}),
                new OtherReading(HeldOutSample.NINTH, "story-pairs-heldout9-readerB.tsv", 235, 232, 0.97,
                        new int[][] {{86, 2, 0}, {0, 139, 1}, {0, 0, 7}}),
                new OtherReading(HeldOutSample.TENTH, "story-pairs-heldout10-readerB.tsv", 249, 237, 0.90,
                        new int[][] {{90, 7, 0}, {4, 145, 0}, {0, 1, 2}}),
                new OtherReading(HeldOutSample.ELEVENTH, "story-pairs-heldout11-readerB.tsv", 224, 221, 0.97,
                        new int[][] {{85, 1, 0}, {0, 134, 1}, {0, 1, 2}}),
                new OtherReading(HeldOutSample.TWELFTH, "story-pairs-heldout12-readerB.tsv", 224, 218, 0.95,
                        new int[][] {{89, 2, 0}, {4, 128, 0}, {0, 0, 1}}),
                new OtherReading(HeldOutSample.THIRTEENTH, "story-pairs-heldout13-readerB.tsv", 208, 206, 0.98,
                        new int[][] {{68, 1, 0}, {0, 135, 1}, {0, 0, 3}}),
                new OtherReading(HeldOutSample.FOURTEENTH, "story-pairs-heldout14-readerB.tsv", 216, 212, 0.96,
                        new int[][] {{78, 1, 0}, {1, 130, 2}, {0, 0, 4}}),
                new OtherReading(HeldOutSample.FIFTEENTH, "story-pairs-heldout15-readerB.tsv", 205, 203, 0.98,
                        new int[][] {{63, 1, 0}, {1, 134, 0}, {0, 0, 6}}),
                new OtherReading(HeldOutSample.SIXTEENTH, "story-pairs-heldout16-readerB.tsv", 196, 193, 0.97,
                        new int[][] {{62, 1, 0}, {2, 127, 0}, {0, 0, 4}}),
                new OtherReading(HeldOutSample.SEVENTEENTH, "story-pairs-heldout17-readerB.tsv", 234, 228, 0.95,
                        new int[][] {{100, 3, 0}, {0, 124, 0}, {0, 3, 4}}),
                new OtherReading(HeldOutSample.EIGHTEENTH, "story-pairs-heldout18-readerB.tsv", 218, 213, 0.95,
                        new int[][] {{85, 3, 0}, {2, 124, 0}, {0, 0, 4}}),
                new OtherReading(HeldOutSample.NINETEENTH, "story-pairs-heldout19-readerB.tsv", 196, 193, 0.97,
                        new int[][] {{74, 1, 0}, {2, 114, 0}, {0, 0, 5}}),
                new OtherReading(HeldOutSample.TWENTIETH, "story-pairs-heldout20-readerB.tsv", 196, 192, 0.96,
                        new int[][] {{75, 2, 0}, {1, 113, 1}, {0, 0, 4}}),
                new OtherReading(HeldOutSample.TWENTY_FIRST, "story-pairs-heldout21-readerB.tsv", 196, 192, 0.96,
                        new int[][] {{68, 0, 0}, {3, 118, 0}, {0, 1, 6}}),
                new OtherReading(HeldOutSample.TWENTY_SECOND, "story-pairs-heldout22-readerB.tsv", 180, 175, 0.94,
                        new int[][] {{58, 3, 0}, {2, 110, 0}, {0, 0, 7}}),
                new OtherReading(HeldOutSample.TWENTY_THIRD, "story-pairs-heldout23-readerB.tsv", 180, 179, 0.99,
                        new int[][] {{64, 0, 0}, {1, 108, 0}, {0, 0, 7}}),
                new OtherReading(HeldOutSample.TWENTY_FOURTH, "story-pairs-heldout24-readerB.tsv", 180, 177, 0.97,
                        new int[][] {{57, 1, 0}, {0, 113, 1}, {0, 1, 7}}));
    }

    @Test
    void everyOtherReadingOfASampleHasItsAgreementReported() {
        assertThat(otherReadings().filter(o -> o.secondReader()).map(OtherReading::sample).toList())
                .containsExactlyElementsOf(twoReaders().map(Recorded::sample).toList());
        assertThat(otherReadings().filter(o -> !o.secondReader()).map(o -> o.sample().relabelled()).toList())
                .containsExactlyElementsOf(HeldOutSample.ALL.stream().map(HeldOutSample::relabelled)
                        .filter(f -> f != null).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherReadings")
    void theOtherReadingLabelledEveryPairOfTheSampleInItsReadingOrder(OtherReading r) {
        HeldOutSample s = r.sample();
        List<String[]> first = ShippedFiles.rows(s.design().file());
        List<String[]> other = ShippedFiles.rows(r.file());
        assertThat(other.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        ShippedFiles.assertLabelledInEnglish(other);
        // The same pairs in the same order: every reading read the pairs in the order the draw wrote them.
        assertThat(other).hasSize(r.pairs() + 1).hasSameSizeAs(first);
        for (int i = 1; i < first.size(); i++) {
            assertThat(other.get(i)[0] + " " + other.get(i)[1]).as("row %d", i)
                    .isEqualTo(first.get(i)[0] + " " + first.get(i)[1]);
        }
        // Loaded with the other reading's labels, the sample keeps its pairs, cells and weights.
        List<StoryPairs.Pair> a = s.load().pairs();
        List<StoryPairs.Pair> b = r.load().pairs();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(List.of(b.get(i).a(), b.get(i).b(), b.get(i).cell(), b.get(i).weight()))
                    .isEqualTo(List.of(a.get(i).a(), a.get(i).b(), a.get(i).cell(), a.get(i).weight()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherReadings")
    void theAgreementLabellingReportsIsWhatTheTwoFilesGive(OtherReading r) {
        HeldOutSample s = r.sample();
        LabelAgreement fromFiles = LabelAgreement.of(ShippedFiles.text(s.design().file()), ShippedFiles.text(r.file()));
        for (LabelAgreement agreement : List.of(fromFiles, r.agreement())) {
            assertThat(agreement.pairs()).isEqualTo(r.pairs());
            assertThat(agreement.agreed()).isEqualTo(r.agreed());
            assertThat(agreement.kappa()).isCloseTo(r.kappa(), offset(0.005));
        }
        int[][] table = LabelAgreement.table(ShippedFiles.text(s.design().file()), ShippedFiles.text(r.file()));
        assertThat(table).isDeepEqualTo(r.table());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherReadings")
    void thePairsBothReadingsAgreeOnStillStandForEveryCellTheyAreLeftIn(OtherReading r) {
        HeldOutSample s = r.sample();
        Map<String, StoryPairs.Label> byOther = new HashMap<>();
        r.load().pairs().forEach(p -> byOther.put(StoryPairs.key(p.a(), p.b()), p.label()));
        Map<String, Double> drawnWeight = new HashMap<>();
        s.load().pairs().forEach(p -> drawnWeight.merge(p.cell(), p.weight(), Double::sum));
        Map<String, Double> agreedWeight = new HashMap<>();
        List<StoryPairs.Pair> agreed = r.agreedPairs().pairs();
        assertThat(agreed).hasSize(r.agreed());
        for (StoryPairs.Pair p : agreed) {
            assertThat(byOther.get(StoryPairs.key(p.a(), p.b()))).as("other label of %s", p.a()).isEqualTo(p.label());
            agreedWeight.merge(p.cell(), p.weight(), Double::sum);
        }
        // A cell's agreed pairs carry the universe pairs all its drawn pairs stood for.
        agreedWeight.forEach((cell, w) -> assertThat(w).as(cell).isCloseTo(drawnWeight.get(cell), offset(1e-9)));
        assertThat(agreedWeight).hasSize(drawnWeight.size());
    }

    @Test
    void theRelabellingSaysWhoReadItWhenUnderWhichRulingsAndBlindToWhatBeforeItsHeader() {
        String text = ShippedFiles.text(HeldOutSample.FIFTH.relabelled());
        List<String> lines = List.of(text.split("\n"));
        int header = lines.indexOf("docno_a\tdocno_b\tlabel\tnote");
        assertThat(header).isPositive();
        String provenance = String.join(" ", lines.subList(0, header));
        assertThat(lines.subList(0, header)).allMatch(l -> l.startsWith("#"));
        assertThat(provenance).contains("relabel11", "2026-12-06", "Rulings applied", "Blind to the old labels");
        assertThat(lines.subList(header, lines.size())).noneMatch(l -> l.startsWith("#"));
        // The bench's flag for it, beside the sample's own.
        assertThat(HeldOutSample.FIFTH.relabelledFlag()).isEqualTo("--held-out-5-today");
        assertThat(HeldOutSample.SIXTH.relabelledFlag()).isNull();
    }

    @Test
    void theRereadPairsAreTheLabelsFilesNumbersInItsOrderWithoutItsLabelsOrProvenance() {
        String tsv = "# read by X\ndocno_a\tdocno_b\tlabel\tnote\nB-2\tA-1\tevent\tsecret note\n\nC-3\tD-4\ttopic\tx\n";
        List<String[]> pairs = ThirdPairSampler.filePairs(tsv);
        assertThat(pairs).extracting(p -> String.join("|", p)).containsExactly("||B-2|A-1", "||C-3|D-4");
    }

    @Test
    void aSampleReadByOneReaderHasNoSecondReadingAndAnUnrelabelledOneNoRelabelling() {
        assertThatThrownBy(HeldOutSample.SEVENTH::loadSecondReader).isInstanceOf(IllegalStateException.class)
                .hasMessage("the seventh sample had one reader");
        assertThatThrownBy(HeldOutSample.SEVENTH::loadRelabelled).isInstanceOf(IllegalStateException.class)
                .hasMessage("the seventh sample was not relabelled");
    }

    @Test
    void aSampleWithoutACheckHasNoCheckToDraw() {
        assertThatThrownBy(() -> HeldOutSample.THIRD.recheckPairs("docno_a\tdocno_b\tlabel\tnote\n"))
                .isInstanceOf(IllegalStateException.class).hasMessage("the third sample had no consistency check");
    }

    /** Whether a one-band cell ("both:0.15-0.20") is of the class of a cell and within its band span. */
    private static boolean withinSpan(String band, String cell) {
        String cls = cell.substring(0, cell.indexOf(':'));
        if (!band.substring(0, band.indexOf(':')).equals(cls)) {
            return false;
        }
        double[] own = span(band);
        double[] of = span(cell);
        return own[0] >= of[0] - 1e-9 && own[1] <= of[1] + 1e-9;
    }

    private static double[] span(String cell) {
        int colon = cell.indexOf(':');
        int dash = cell.indexOf('-', colon);
        return new double[] {Double.parseDouble(cell.substring(colon + 1, dash)),
                Double.parseDouble(cell.substring(dash + 1))};
    }

    private static List<String> keys(List<String[]> pairs) {
        return pairs.stream().map(p -> p[2] + " " + p[3]).toList();
    }
}
