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
 * The sixth held-out sample, scored once by the lead (2026-12-05 11:06) and in-sample since: its design (the fifth sample's, new seeds, every
 * earlier sample's pairs left out), its blind labels joined to its strata and scored for the current and the old rules
 * on a hand-written fixture (see src/test/resources/org/marsad/bench/stories/README.md), and the shipped draw checked
 * for freshness and blindness. No test here computes a figure from the shipped labels; {@code --diagnose-splits}
 * lists the sample since its scoring (StoryDiagnosisTest).
 */
class SixthSampleTest {
    private static final ThirdPairSampler.Design SIXTH = SixthPairSampler.SIXTH;
    private static final String FIXTURE_STRATA = FifthSampleTest.text("sixth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = FifthSampleTest.text("sixth-fixture-labels.tsv");

    @Test
    void theDesignIsTheFifthSamplesWithNewSeedsAndLeavesOutAllFiveEarlierSamples() {
        assertThat(SIXTH.withOld()).isTrue();
        assertThat(SIXTH.split()).isEqualTo("heldout6");
        assertThat(SIXTH.seed()).isEqualTo(2033);
        assertThat(SIXTH.orderSeed()).isEqualTo(16);
        assertThat(SIXTH.earlier()).containsExactly("first", "second", "third", "fourth", "fifth");
        ThirdPairSampler.Design fifth = FifthPairSampler.FIFTH;
        assertThat(SIXTH.total()).isEqualTo(fifth.total()).isEqualTo(300);
        assertThat(SIXTH.from()).isEqualTo(fifth.from());
        assertThat(SIXTH.until()).isEqualTo(fifth.until());
        assertThat(SIXTH.shown()).isEqualTo(fifth.shown());
        for (String cls : List.of("both", "current-only", "old-only", "neither")) {
            assertThat(SIXTH.perClass().get(cls)).as(cls).containsExactly(fifth.perClass().get(cls));
        }
        // New seeds everywhere: the draw, the reading order and the consistency check.
        assertThat(SIXTH.seed()).isNotEqualTo(fifth.seed());
        assertThat(SIXTH.orderSeed()).isNotEqualTo(fifth.orderSeed());
        assertThat(SixthPairSampler.RECHECK_SEED).isEqualTo(2034).isNotEqualTo(FifthPairSampler.RECHECK_SEED);
        assertThat(SixthPairSampler.RECHECK_ORDER_SEED).isEqualTo(18)
                .isNotEqualTo(FifthPairSampler.RECHECK_ORDER_SEED);
        assertThat(SIXTH.file()).isNotEqualTo(fifth.file());
    }

    @Test
    void labelsWrittenInAnotherOrderJoinTheirStratum() {
        Map<String, StoryPairs.Pair> byKey = new HashMap<>();
        StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, SIXTH).forEach(p -> byKey.put(StoryPairs.key(p.a(),
                p.b()), p));
        assertThat(byKey).hasSize(8);
        // Written the other way round in the labels file, still joined to its stratum.
        StoryPairs.Pair three = byKey.get(StoryPairs.key("BB-s-3-20180409", "CC-s-3-20180410"));
        assertThat(three.cell()).isEqualTo("current-only:0.10-0.15");
        assertThat(three.weight()).isCloseTo(4.0, offset(1e-9));
        assertThat(three.label()).isEqualTo(StoryPairs.Label.EVENT);
        StoryPairs.Pair seven = byKey.get(StoryPairs.key("AA-s-7-20180411", "BB-s-7-20180413"));
        assertThat(seven.split()).isEqualTo("heldout6");
        assertThat(seven.weight()).isCloseTo(450.0, offset(1e-9));
        assertThat(byKey.get(StoryPairs.key("AA-s-4-20180422", "BB-s-4-20180422")).label())
                .isEqualTo(StoryPairs.Label.UNRELATED);
    }

    @Test
    void theCurrentAndTheOldRulesAreScoredOnTheSamePairs() {
        StoryPairs sample = new StoryPairs(StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, SIXTH), Set.of());
        Map<String, String[]> decisions = new HashMap<>();
        for (String[] r : FifthSampleTest.rows(FIXTURE_STRATA).subList(1, 9)) {
            decisions.put(StoryPairs.key(r[7], r[8]), new String[] {r[5], r[6]});
        }
        StoryPairs.Score current = sample.score(SIXTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[1]), 0);
        StoryPairs.Score old = sample.score(SIXTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[0]), 5);
        // Same-event weight: pairs 1 (30), 3 (4), 5 (45), 7 (450).
        assertThat(current.joinedLabelled()).isEqualTo(4);
        assertThat(current.precision()).isCloseTo(34.0 / 68, offset(1e-9));
        assertThat(current.recall()).isCloseTo(34.0 / 529, offset(1e-9));
        assertThat(current.topicShare()).isCloseTo(30.0 / 68, offset(1e-9));
        // Five joined pairs outside the universe count as not same event, one each.
        assertThat(old.joinedLabelled()).isEqualTo(4);
        assertThat(old.precision()).isCloseTo(75.0 / 155, offset(1e-9));
        assertThat(old.recall()).isCloseTo(75.0 / 529, offset(1e-9));
        assertThat(old.outside()).isEqualTo(5);
        // The fifth sample's split scores nothing of this one.
        assertThat(sample.score(FifthPairSampler.SPLIT, (a, b) -> true, 0).labelled()).isZero();
    }

    @Test
    void joinErrorsNameTheSixthSamplesFiles() {
        String unlabelled = FIXTURE_LABELS.replace("\tevent\tthe same strike", "\t\tthe same strike");
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA, unlabelled, SIXTH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("story-pairs-heldout6.tsv: pair AA-s-1-20180405 BB-s-1-20180405 is not labelled");
        String fifthSplit = FIXTURE_STRATA.replace("heldout6\tneither:0.15-0.20\t900\t2\t0.1600",
                "heldout5\tneither:0.15-0.20\t900\t2\t0.1600");
        assertThatThrownBy(() -> StoryPairs.joinBlind(fifthSplit, FIXTURE_LABELS, SIXTH))
                .hasMessage("story-pairs-heldout6-strata.tsv: pair AA-s-7-20180411 BB-s-7-20180413 is in split"
                        + " heldout5, not heldout6");
    }

    @Test
    void theConsistencyCheckDrawsSixtyPairsByItsOwnSeedsFromTheNumbersOnly() {
        StringBuilder labels = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (int i = 0; i < 200; i++) {
            labels.append(String.format("AA-x-%d-20180401\tBB-x-%d-20180402\t\t\n", i, i));
        }
        List<String[]> order = SixthPairSampler.recheckPairs(labels.toString());
        assertThat(order).hasSize(60);
        assertThat(order.stream().map(p -> p[2] + " " + p[3]).distinct()).hasSize(60);
        List<String[]> again = SixthPairSampler.recheckPairs(labels.toString().replace("\t\t\n", "\ttopic\tx\n"));
        for (int i = 0; i < 60; i++) {
            assertThat(again.get(i)[2]).isEqualTo(order.get(i)[2]);
        }
        List<String[]> fifth = FifthPairSampler.recheckPairs(labels.toString());
        assertThat(fifth.stream().map(p -> p[2]).toList()).isNotEqualTo(order.stream().map(p -> p[2]).toList());
    }

    @Test
    void theShippedSixthSampleIsLabelledFreshCrossOutletAndFromTheWholeMonth() {
        StoryPairs sixth = StoryPairs.loadSixth();
        List<String[]> strata = FifthSampleTest.rows(FifthSampleTest.text(SIXTH.strataFile()));
        List<String[]> labels = FifthSampleTest.rows(FifthSampleTest.text(SIXTH.file()));
        // loadSixth fails on any unlabelled or unmatched pair; here both files hold the same 252 pairs.
        assertThat(sixth.pairs()).hasSize(252).hasSize(strata.size() - 1).hasSize(labels.size() - 1);
        Set<String> earlier = new HashSet<>();
        for (StoryPairs sample : List.of(StoryPairs.load(), StoryPairs.loadSecond(), StoryPairs.loadThird(),
                StoryPairs.loadFourth(), StoryPairs.loadFifth())) {
            sample.pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        }
        assertThat(earlier).hasSizeGreaterThan(1000);
        Set<String> days = new HashSet<>();
        for (StoryPairs.Pair p : sixth.pairs()) {
            String k = StoryPairs.key(p.a(), p.b());
            assertThat(earlier).as("not in samples 1 to 5: %s", k).doesNotContain(k);
            assertThat(p.split()).isEqualTo(SIXTH.split());
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
        List<String[]> strata = FifthSampleTest.rows(FifthSampleTest.text(SIXTH.strataFile()));
        assertThat(strata.get(0)).containsExactly("split", "cell", "cell_pairs", "cell_sampled", "similarity",
                "old_joined", "current_joined", "docno_a", "docno_b");
        StoryPairs sixth = StoryPairs.loadSixth();
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        Set<String> classes = new HashSet<>();
        for (String[] r : strata.subList(1, strata.size())) {
            assertThat(r[0]).isEqualTo("heldout6");
            drawn.merge(r[1], 1, Integer::sum);
            assertThat(sizes.putIfAbsent(r[1], r[2] + "/" + r[3])).as("one size per cell").isIn(null, r[2] + "/" + r[3]);
            double sim = Double.parseDouble(r[4]);
            boolean old = Boolean.parseBoolean(r[5]);
            boolean current = Boolean.parseBoolean(r[6]);
            assertThat(FreshPairSampler.cell(old, current, sim)).isEqualTo(r[1]);
            classes.add(r[1].substring(0, r[1].indexOf(':')));
            assertThat(Integer.parseInt(r[2])).isGreaterThanOrEqualTo(Integer.parseInt(r[3]));
            assertThat(r[7]).isLessThan(r[8]);
            if ((old || current) && sim < PairSampler.UNIVERSE_FLOOR) {
                assertThat(sixth.baselineJoinedLow(r[8], r[7])).as("low list holds %s %s", r[7], r[8]).isTrue();
            }
        }
        drawn.forEach((cell, n) -> {
            assertThat(sizes.get(cell)).endsWith("/" + n);
            assertThat(n).isLessThanOrEqualTo(SIXTH.perCell(cell));
        });
        assertThat(classes).containsExactlyInAnyOrder("both", "current-only", "old-only", "neither");
    }

    @Test
    void theShippedLabelsFileIsBlindInTheDrawsReadingOrderAndHoldsNoCorpusText() {
        List<String[]> labels = FifthSampleTest.rows(FifthSampleTest.text(SIXTH.file()));
        assertThat(labels.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        for (String[] r : labels.subList(1, labels.size())) {
            assertThat(r).as("row %s", String.join(" ", r)).hasSize(4);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of %s %s", r[0], r[1]).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
        List<String[]> strataPairs = new ArrayList<>();
        for (String[] r : FifthSampleTest.rows(FifthSampleTest.text(SIXTH.strataFile())).subList(1, labels.size())) {
            strataPairs.add(new String[] {r[4], r[5] + "\t" + r[6], r[7], r[8]});
        }
        List<String[]> order = ThirdPairSampler.readingOrder(strataPairs, SIXTH.orderSeed());
        for (int i = 0; i < order.size(); i++) {
            String[] r = labels.get(i + 1);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
        }
    }

    @Test
    void theShippedSecondReadingHoldsTheDrawsSixtyPairsInItsOrderLabelledWithoutCorpusText() {
        List<String[]> recheck = FifthSampleTest.rows(FifthSampleTest.text(SixthPairSampler.RECHECK_FILE));
        assertThat(recheck.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        List<String[]> draw = SixthPairSampler.recheckPairs(FifthSampleTest.text(SIXTH.file()));
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
}
