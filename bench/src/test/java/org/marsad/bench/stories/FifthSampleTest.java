package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fifth held-out sample: its design (four decision classes: both rule sets, the current rules only, the old
 * rules only, neither), its blind labels joined to its strata and scored for the current and the old rules on a
 * hand-written fixture (see src/test/resources/org/marsad/bench/stories/README.md); the shipped draw is checked with
 * every other held-out sample's in {@link HeldOutSampleTest}.
 */
class FifthSampleTest {
    private static final ThirdPairSampler.Design FIFTH = HeldOutSample.FIFTH.design();
    private static final String FIXTURE_STRATA = ShippedFiles.text("fifth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = ShippedFiles.text("fifth-fixture-labels.tsv");

    @Test
    void theDesignFixesThreeHundredPairsOverTheFourDecisionClassesOfTheWholeMonth() {
        assertThat(FIFTH.withOld()).isTrue();
        assertThat(FIFTH.split()).isEqualTo("heldout5");
        assertThat(FIFTH.seed()).isEqualTo(2031);
        assertThat(FIFTH.orderSeed()).isEqualTo(12);
        assertThat(FIFTH.total()).isEqualTo(300);
        assertThat(FIFTH.earlier()).containsExactly("first", "second", "third", "fourth");
        assertThat(FIFTH.from()).isEqualTo(LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        assertThat(FIFTH.until()).isEqualTo(LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        // The cell names of the two-rule draw, hyphenated class names included (LABELLING.md's counts).
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, true, 0.02))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, true, 0.07))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, false, 0.25))).isEqualTo(14);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, false, 0.95))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, false, 0.12))).isEqualTo(22);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, false, 0.65))).isEqualTo(6);
        // Kept apart by both below the floor is outside the universe: no cell.
        assertThat(FreshPairSampler.cell(false, false, 0.09)).isNull();
        assertThatThrownBy(() -> FIFTH.perCell("joined:0.20-0.30")).isInstanceOf(IllegalArgumentException.class);
        // The single-rule designs keep their cells and counts.
        assertThat(HeldOutSample.FOURTH.design().withOld()).isFalse();
        assertThat(HeldOutSample.FOURTH.design().perCell("joined:0.20-0.30")).isEqualTo(36);
        assertThat(HeldOutSample.FOURTH.design().perCell("apart:0.60-1.00")).isEqualTo(8);
        assertThat(HeldOutSample.FOURTH.design().total()).isEqualTo(300);
    }

    @Test
    void labelsWrittenInAnotherOrderJoinTheirStratumAcrossTheFourClasses() {
        Map<String, StoryPairs.Pair> byKey = new HashMap<>();
        StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FIFTH).forEach(p -> byKey.put(StoryPairs.key(p.a(),
                p.b()), p));
        assertThat(byKey).hasSize(9);
        StoryPairs.Pair three = byKey.get(StoryPairs.key("BB-c-3-20180411", "CC-c-3-20180411"));
        assertThat(three.cell()).isEqualTo("current-only:0.05-0.10");
        assertThat(three.weight()).isCloseTo(3.0, offset(1e-9));
        assertThat(three.label()).isEqualTo(StoryPairs.Label.EVENT);
        StoryPairs.Pair seven = byKey.get(StoryPairs.key("AA-o-7-20180428", "CC-o-7-20180429"));
        assertThat(seven.cell()).isEqualTo("old-only:0.30-0.40");
        assertThat(seven.weight()).isCloseTo(50.0, offset(1e-9));
        StoryPairs.Pair nine = byKey.get(StoryPairs.key("BB-n-9-20180422", "CC-n-9-20180427"));
        assertThat(nine.split()).isEqualTo("heldout5");
        assertThat(nine.weight()).isCloseTo(500.0, offset(1e-9));
        assertThat(nine.label()).isEqualTo(StoryPairs.Label.TOPIC);
    }

    @Test
    void theCurrentAndTheOldRulesAreScoredOnTheSamePairsSoThatLostRecallShows() {
        StoryPairs sample = new StoryPairs(StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FIFTH), Set.of());
        Map<String, String[]> decisions = new HashMap<>();
        for (String[] r : ShippedFiles.parse(FIXTURE_STRATA).subList(1, 10)) {
            decisions.put(StoryPairs.key(r[7], r[8]), new String[] {r[5], r[6]});
        }
        StoryPairs.Score current = sample.score(FIFTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[1]), 0);
        StoryPairs.Score old = sample.score(FIFTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[0]), 10);
        // Same-event weight: pairs 1 (20), 3 (3), 5 and 7 (50 each), 8 (500).
        assertThat(current.joinedLabelled()).isEqualTo(4);
        assertThat(current.precision()).isCloseTo(23.0 / 46, offset(1e-9));
        assertThat(current.recall()).isCloseTo(23.0 / 623, offset(1e-9));
        assertThat(current.topicShare()).isCloseTo(20.0 / 46, offset(1e-9));
        // The old rules join both and old-only; ten joined pairs outside the universe count as not same event.
        assertThat(old.joinedLabelled()).isEqualTo(5);
        assertThat(old.precision()).isCloseTo(120.0 / 200, offset(1e-9));
        assertThat(old.recall()).isCloseTo(120.0 / 623, offset(1e-9));
        assertThat(old.outside()).isEqualTo(10);
        // Another sample's split scores nothing of this one.
        assertThat(sample.score(HeldOutSample.FOURTH.design().split(), (a, b) -> true, 0).labelled()).isZero();
    }

    @Test
    void joinErrorsNameTheFifthSamplesFiles() {
        String unlabelled = FIXTURE_LABELS.replace("\tevent\tthe same earthquake", "\t\tthe same earthquake");
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA, unlabelled, FIFTH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("story-pairs-heldout5.tsv: pair AA-o-7-20180428 CC-o-7-20180429 is not labelled");
        String fourthSplit = FIXTURE_STRATA.replace("heldout5\tneither:0.10-0.15\t1000\t2\t0.1200",
                "heldout4\tneither:0.10-0.15\t1000\t2\t0.1200");
        assertThatThrownBy(() -> StoryPairs.joinBlind(fourthSplit, FIXTURE_LABELS, FIFTH))
                .hasMessage("story-pairs-heldout5-strata.tsv: pair AA-n-8-20180403 CC-n-8-20180404 is in split"
                        + " heldout4, not heldout5");
    }
}
