package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which labelled pairs {@code StoriesBench --diagnose-splits} lists: every scored sample by its split name (the fourth
 * sample printed nothing before it was known here), and a name it does not know is refused, not diagnosed as nothing.
 */
class StoryDiagnosisTest {
    @Test
    void theFourthSampleIsDiagnosedPairByPair() {
        List<StoryPairs.Pair> pairs = StoryDiagnosis.pairsOf(StoryDiagnosis.splits("heldout4"));
        assertThat(pairs).hasSize(HeldOutSample.FOURTH.load().pairs().size()).isNotEmpty();
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly("heldout4");
    }

    @Test
    void severalSplitsGiveEachItsOwnPairsOnce() {
        List<StoryPairs.Pair> pairs = StoryDiagnosis.pairsOf(StoryDiagnosis.splits("dev, heldout2,dev"));
        long dev = StoryPairs.load().pairs().stream().filter(p -> p.split().equals("dev")).count();
        assertThat(pairs).hasSize((int) dev + StoryPairs.loadSecond().pairs().size());
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly("dev", "heldout2");
        assertThat(StoryDiagnosis.pairsOf(List.of("heldout"))).extracting(StoryPairs.Pair::split)
                .containsOnly("heldout");
    }

    /** The fifth sample, scored once by the lead and in-sample since, is diagnosed like the others. */
    @Test
    void theFifthSampleIsDiagnosedPairByPair() {
        List<StoryPairs.Pair> pairs = StoryDiagnosis.pairsOf(StoryDiagnosis.splits("heldout5"));
        assertThat(pairs).hasSize(HeldOutSample.FIFTH.load().pairs().size()).isNotEmpty();
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly("heldout5");
    }

    @Test
    void anUnknownOrUnscoredSplitIsRefusedByName() {
        assertThatThrownBy(() -> StoryDiagnosis.splits("dev,heldout9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout9'").hasMessageContaining("heldout5");
        assertThatThrownBy(() -> StoryDiagnosis.splits("heldout-4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout-4'");
        assertThatThrownBy(() -> StoryDiagnosis.splits(",")).isInstanceOf(IllegalArgumentException.class);
    }
}
