package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the join gate is trained and scored on, leave one sample out: every scored sample (dev and held-out 1 to 18;
 * the bench knew four), never a sealed newer one; and the pooled out-of-sample figure takes each sample's pairs
 * from that sample's own fold, at StoriesBench's pooling weights.
 */
class JoinGateBenchTest {
    @Test
    void switchesAreReadByTheirWrittenNamesAndAPrunedOneIsRefusedByName() {
        assertThat(JoinGateBench.switches(" toll_updates,UNFRAMED_BAR,"))
                .containsExactly(org.marsad.enrich.story.JoinGate.Switch.TOLL_UPDATES,
                        org.marsad.enrich.story.JoinGate.Switch.UNFRAMED_BAR);
        assertThat(JoinGateBench.switches("")).isEmpty();
        assertThatThrownBy(() -> JoinGateBench.switches("toll_updates,lead_frames"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown switch lead_frames").hasMessageContaining("unframed_to_deed");
    }

    @Test
    void everyScoredSampleIsAFoldAndNoSealedOneIs() {
        assertThat(JoinGateBench.SAMPLES).hasSize(25).startsWith("dev", "heldout", "heldout2", "heldout3")
                .contains("heldout4", "heldout9", "heldout18").endsWith("heldout24").doesNotContain("heldout25");
        Map<String, StoryPairs> samples = JoinGateBench.samples();
        assertThat(samples.keySet()).containsExactlyElementsOf(JoinGateBench.SAMPLES);
        for (String split : JoinGateBench.SAMPLES) {
            assertThat(samples.get(split).pairs().stream().filter(p -> p.split().equals(split)).count())
                    .as(split).isGreaterThan(50);
        }
    }

    @Test
    void theTwentyAndThePreviewFeatureWeighNothingBetweenThem() {
        // stories29's candidate: a gate of all the features whose trained weights are the shipped twenty's and
        // preview_wide_differs', every event, memory and kind feature held at 0.
        assertThat(JoinGateBench.width("base+preview")).isEqualTo(org.marsad.enrich.story.JoinGate.ALL_FEATURES.size());
        List<String> dropped = JoinGateBench.dropped("base+preview", "log_members");
        assertThat(dropped).hasSize(20).startsWith("log_members", "frame_conflict").endsWith("kind_speculates")
                .doesNotContain("cosine", "statement_apart", "preview_wide_differs");
        assertThat(JoinGateBench.dropped("base", " log_members ,")).containsExactly("log_members");
    }

    @Test
    void thePoolWeighsTheFirstFourAsOneEstimateAndEachWholeMonthSampleAsAnother() {
        Map<String, Double> scale = JoinGateBench.poolScale();
        assertThat(scale).hasSize(25);
        assertThat(scale.get("dev")).isCloseTo(1 / 22.0, within(1e-12));
        assertThat(scale.get("heldout3")).isCloseTo(1 / 66.0, within(1e-12));
        assertThat(scale.get("heldout24")).isCloseTo(1 / 22.0, within(1e-12));
        assertThat(scale.get("heldout") + scale.get("heldout2") + scale.get("heldout3"))
                .isCloseTo(scale.get("heldout4"), within(1e-12));
    }

    @Test
    void thePooledFigureTakesEachSamplesPairsFromItsOwnFold() {
        Map<String, StoryPairs> samples = JoinGateBench.samples();
        // Only held-out 7's fold joins its sample's pairs (every article of them in one story); every other fold
        // keeps each article apart.
        Map<String, Map<String, String>> storyOf = new HashMap<>();
        Map<String, Long> outside = new HashMap<>();
        for (String split : JoinGateBench.SAMPLES) {
            Map<String, String> stories = new HashMap<>();
            for (StoryPairs.Pair p : samples.get(split).pairs()) {
                for (String id : List.of(p.a(), p.b())) {
                    stories.put(id, split.equals("heldout7") ? "one" : id);
                }
            }
            storyOf.put(split, stories);
            outside.put(split, 0L);
        }
        StoryPairs.Score pooled = JoinGateBench.pooled(samples, storyOf, outside);
        long seventh = samples.get("heldout7").pairs().size();
        assertThat(pooled.joinedLabelled()).isEqualTo((int) seventh);
        assertThat(pooled.labelled()).isEqualTo(samples.entrySet().stream().mapToLong(e -> e.getValue().pairs()
                .stream().filter(p -> p.split().equals(e.getKey())).count()).sum());
        // Its precision is the seventh's own same-event share (one estimate among fourteen, alone joined).
        StoryPairs.Score own = samples.get("heldout7").score("heldout7", (a, b) -> true, 0);
        assertThat(pooled.precision()).isCloseTo(own.precision(), within(1e-9));
    }
}
