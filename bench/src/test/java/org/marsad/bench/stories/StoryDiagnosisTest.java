package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which labelled pairs {@code StoriesBench --diagnose-splits} lists: every scored sample by its split name (the fourth
 * sample printed nothing before it was known here), and a name it does not know is refused, not diagnosed as nothing.
 */
class StoryDiagnosisTest {
    /** Each held-out sample, once scored by the lead and in-sample since, is diagnosed pair by pair. */
    @ParameterizedTest
    @ValueSource(strings = {"heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
        "heldout11", "heldout12", "heldout13", "heldout14"})
    void aScoredSampleIsDiagnosedPairByPair(String split) {
        StoryPairs sample = HeldOutSample.ALL.stream().filter(s -> s.design().split().equals(split)).findFirst()
                .orElseThrow().load();
        List<StoryPairs.Pair> pairs = StoryDiagnosis.pairsOf(StoryDiagnosis.splits(split));
        assertThat(pairs).hasSize(sample.pairs().size()).isNotEmpty();
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly(split);
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

    @Test
    void anUnknownOrUnscoredSplitIsRefusedByName() {
        // Every sample drawn so far has been scored once and may be diagnosed; no twenty-second exists.
        assertThatThrownBy(() -> StoryDiagnosis.splits("dev,heldout22")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout22'").hasMessageContaining("heldout21");
        assertThatThrownBy(() -> StoryDiagnosis.splits("heldout-4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout-4'");
        assertThatThrownBy(() -> StoryDiagnosis.splits(",")).isInstanceOf(IllegalArgumentException.class);
    }
}
