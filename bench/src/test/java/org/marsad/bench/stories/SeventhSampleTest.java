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
import org.junit.jupiter.api.Test;

/**
 * The seventh held-out sample, drawn after the sixth was tuned on: its design (the sixth sample's, new seeds, the pairs
 * of all six earlier samples left out), and the shipped draw, labels and second reading checked for freshness,
 * blindness and the agreement LABELLING.md reports. No test here computes a figure from the shipped labels: the lead
 * scores the sample once, with the frozen rules, and {@code --diagnose-splits} refuses it.
 */
class SeventhSampleTest {
    private static final ThirdPairSampler.Design SEVENTH = SeventhPairSampler.SEVENTH;
    /** LABELLING.md "Label consistency check of the seventh sample": pairs with the same label, of 60. */
    private static final int REPORTED_AGREED = 59;
    /** LABELLING.md "Label consistency check of the seventh sample": Cohen's kappa, two decimals. */
    private static final double REPORTED_KAPPA = 0.97;

    @Test
    void theDesignIsTheSixthSamplesWithNewSeedsAndLeavesOutAllSixEarlierSamples() {
        ThirdPairSampler.Design sixth = SixthPairSampler.SIXTH;
        assertThat(SEVENTH.withOld()).isTrue();
        assertThat(SEVENTH.split()).isEqualTo("heldout7");
        assertThat(SEVENTH.seed()).isEqualTo(2035).isNotEqualTo(sixth.seed());
        assertThat(SEVENTH.orderSeed()).isEqualTo(20).isNotEqualTo(sixth.orderSeed());
        assertThat(SEVENTH.earlier()).containsExactly("first", "second", "third", "fourth", "fifth", "sixth");
        assertThat(SEVENTH.total()).isEqualTo(sixth.total()).isEqualTo(300);
        assertThat(SEVENTH.from()).isEqualTo(sixth.from());
        assertThat(SEVENTH.until()).isEqualTo(sixth.until());
        assertThat(SEVENTH.shown()).isEqualTo(sixth.shown());
        for (String cls : List.of("both", "current-only", "old-only", "neither")) {
            assertThat(SEVENTH.perClass().get(cls)).as(cls).containsExactly(sixth.perClass().get(cls));
        }
        assertThat(SeventhPairSampler.RECHECK_SEED).isEqualTo(2036).isNotEqualTo(SixthPairSampler.RECHECK_SEED);
        assertThat(SeventhPairSampler.RECHECK_ORDER_SEED).isEqualTo(22)
                .isNotEqualTo(SixthPairSampler.RECHECK_ORDER_SEED);
        assertThat(List.of(SEVENTH.file(), SEVENTH.strataFile(), SEVENTH.lowFile(), SeventhPairSampler.RECHECK_FILE))
                .doesNotContainAnyElementsOf(List.of(sixth.file(), sixth.strataFile(), sixth.lowFile(),
                        SixthPairSampler.RECHECK_FILE));
    }

    @Test
    void theSampleKeptForTheOneScoringIsNeverDiagnosed() {
        assertThatThrownBy(() -> StoryDiagnosis.splits("dev,heldout7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown split 'heldout7'");
        assertThatThrownBy(() -> StoryDiagnosis.splits("heldout7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedSeventhSampleIsLabelledFreshCrossOutletAndFromTheWholeMonth() {
        StoryPairs seventh = StoryPairs.loadSeventh();
        List<String[]> strata = FifthSampleTest.rows(FifthSampleTest.text(SEVENTH.strataFile()));
        List<String[]> labels = FifthSampleTest.rows(FifthSampleTest.text(SEVENTH.file()));
        // loadSeventh fails on any unlabelled or unmatched pair; here both files hold the same 258 pairs.
        assertThat(seventh.pairs()).hasSize(258).hasSize(strata.size() - 1).hasSize(labels.size() - 1);
        Set<String> earlier = new HashSet<>();
        for (StoryPairs sample : List.of(StoryPairs.load(), StoryPairs.loadSecond(), StoryPairs.loadThird(),
                StoryPairs.loadFourth(), StoryPairs.loadFifth(), StoryPairs.loadSixth())) {
            sample.pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        }
        assertThat(earlier).hasSizeGreaterThan(1200);
        Set<String> days = new HashSet<>();
        for (StoryPairs.Pair p : seventh.pairs()) {
            String k = StoryPairs.key(p.a(), p.b());
            assertThat(earlier).as("not in samples 1 to 6: %s", k).doesNotContain(k);
            assertThat(p.split()).isEqualTo(SEVENTH.split());
            assertThat(p.weight()).isGreaterThanOrEqualTo(1.0);
            assertThat(p.a().substring(0, 2)).isNotEqualTo(p.b().substring(0, 2));
            String dayA = p.a().substring(p.a().length() - 8);
            String dayB = p.b().substring(p.b().length() - 8);
            assertThat(dayA).isBetween("20180401", "20180430");
            assertThat(dayB).isBetween("20180401", "20180430");
            days.add(dayA.compareTo(dayB) < 0 ? dayA : dayB);
        }
        assertThat(days).anyMatch(d -> d.compareTo("20180416") < 0).anyMatch(d -> d.compareTo("20180416") >= 0);
    }

    @Test
    void theShippedStrataCrossBothRuleSetsWithTheSimilarityBands() {
        List<String[]> strata = FifthSampleTest.rows(FifthSampleTest.text(SEVENTH.strataFile()));
        assertThat(strata.get(0)).containsExactly("split", "cell", "cell_pairs", "cell_sampled", "similarity",
                "old_joined", "current_joined", "docno_a", "docno_b");
        StoryPairs seventh = StoryPairs.loadSeventh();
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        for (String[] r : strata.subList(1, strata.size())) {
            assertThat(r[0]).isEqualTo("heldout7");
            drawn.merge(r[1], 1, Integer::sum);
            assertThat(sizes.putIfAbsent(r[1], r[2] + "/" + r[3])).as("one size per cell").isIn(null, r[2] + "/" + r[3]);
            double sim = Double.parseDouble(r[4]);
            boolean old = Boolean.parseBoolean(r[5]);
            boolean current = Boolean.parseBoolean(r[6]);
            assertThat(FreshPairSampler.cell(old, current, sim)).isEqualTo(r[1]);
            assertThat(Integer.parseInt(r[2])).isGreaterThanOrEqualTo(Integer.parseInt(r[3]));
            assertThat(r[7]).isLessThan(r[8]);
            if ((old || current) && sim < PairSampler.UNIVERSE_FLOOR) {
                assertThat(seventh.baselineJoinedLow(r[8], r[7])).as("low list holds %s %s", r[7], r[8]).isTrue();
            }
        }
        drawn.forEach((cell, n) -> {
            assertThat(sizes.get(cell)).endsWith("/" + n);
            assertThat(n).isLessThanOrEqualTo(SEVENTH.perCell(cell));
        });
    }

    @Test
    void theShippedLabelsFileIsBlindInTheDrawsReadingOrderAndHoldsNoCorpusText() {
        List<String[]> labels = FifthSampleTest.rows(FifthSampleTest.text(SEVENTH.file()));
        assertThat(labels.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        for (String[] r : labels.subList(1, labels.size())) {
            assertThat(r).as("row %s", String.join(" ", r)).hasSize(4);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of %s %s", r[0], r[1]).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
        List<String[]> strataPairs = new ArrayList<>();
        for (String[] r : FifthSampleTest.rows(FifthSampleTest.text(SEVENTH.strataFile())).subList(1, labels.size())) {
            strataPairs.add(new String[] {r[4], r[5] + "\t" + r[6], r[7], r[8]});
        }
        List<String[]> order = ThirdPairSampler.readingOrder(strataPairs, SEVENTH.orderSeed());
        for (int i = 0; i < order.size(); i++) {
            String[] r = labels.get(i + 1);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
        }
    }

    @Test
    void theShippedSecondReadingHoldsTheDrawsSixtyPairsInItsOrderLabelledWithoutCorpusText() {
        List<String[]> recheck = FifthSampleTest.rows(FifthSampleTest.text(SeventhPairSampler.RECHECK_FILE));
        assertThat(recheck.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        List<String[]> draw = SeventhPairSampler.recheckPairs(FifthSampleTest.text(SEVENTH.file()));
        assertThat(draw).hasSize(SeventhPairSampler.RECHECK_PAIRS);
        assertThat(recheck).hasSize(draw.size() + 1);
        for (int i = 0; i < draw.size(); i++) {
            String[] r = recheck.get(i + 1);
            assertThat(r).as("row %d", i + 1).hasSize(4);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(draw.get(i)[2] + " " + draw.get(i)[3]);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of row %d", i + 1).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
    }

    @Test
    void theAgreementReportedInLabellingIsWhatTheShippedFilesGive() {
        LabelAgreement check = LabelAgreement.of(FifthSampleTest.text(SEVENTH.file()),
                FifthSampleTest.text(SeventhPairSampler.RECHECK_FILE));
        assertThat(check.pairs()).isEqualTo(60);
        assertThat(check.agreed()).isEqualTo(REPORTED_AGREED);
        assertThat(check.kappa()).isCloseTo(REPORTED_KAPPA, offset(0.005));
    }
}
