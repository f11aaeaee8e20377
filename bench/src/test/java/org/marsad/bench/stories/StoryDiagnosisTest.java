package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.enrich.story.JoinGate;

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
        // Every sample drawn so far has been scored once and may be diagnosed; no twenty-fifth exists.
        assertThatThrownBy(() -> StoryDiagnosis.splits("dev,heldout25")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout25'").hasMessageContaining("heldout24");
        assertThatThrownBy(() -> StoryDiagnosis.splits("heldout-4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'heldout-4'");
        assertThatThrownBy(() -> StoryDiagnosis.splits(",")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A wrong join or a miss is read by the gate's probability and what moved it: the features with the largest weight
     * times value first, whatever their sign.
     */
    @Test
    void theGateReadingGivesItsProbabilityAndTheFeaturesThatMovedItMost() {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[JoinGate.ALL_FEATURES.indexOf("cosine")] = 2.0;
        w[JoinGate.ALL_FEATURES.indexOf("days_from_first")] = -0.5;
        w[JoinGate.ALL_FEATURES.indexOf("rules_pass")] = 0.5;
        double[] x = new double[JoinGate.ALL_FEATURES.size()];
        x[JoinGate.ALL_FEATURES.indexOf("cosine")] = 0.4;
        x[JoinGate.ALL_FEATURES.indexOf("days_from_first")] = 2.0;
        x[JoinGate.ALL_FEATURES.indexOf("rules_pass")] = 1.0;
        // log-odds -1 + 0.8 - 1.0 + 0.5 = -0.7
        assertThat(StoryDiagnosis.gateReading(new JoinGate(w, -1.0, 0.54), x, 2))
                .isEqualTo("p=0.332 [days_from_first=2.00 -1.00, cosine=0.40 +0.80]");
    }
}
