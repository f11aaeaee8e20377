package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sixth held-out sample: its blind labels joined to its strata and scored for the current and the old rules on a
 * hand-written fixture (see src/test/resources/org/marsad/bench/stories/README.md); its design and the shipped draw
 * are checked with every other held-out sample's in {@link HeldOutSampleTest}.
 */
class SixthSampleTest {
    private static final ThirdPairSampler.Design SIXTH = HeldOutSample.SIXTH.design();
    private static final String FIXTURE_STRATA = ShippedFiles.text("sixth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = ShippedFiles.text("sixth-fixture-labels.tsv");

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
        for (String[] r : ShippedFiles.parse(FIXTURE_STRATA).subList(1, 9)) {
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
        assertThat(sample.score(HeldOutSample.FIFTH.design().split(), (a, b) -> true, 0).labelled()).isZero();
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
}
