package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryPairsTest {
    private static final String HEAD =
            "split\tcell\tcell_pairs\tcell_sampled\tsimilarity\tbaseline_joined\tdocno_a\tdocno_b\tlabel\tnote\n";

    @Test
    void precisionAndRecallWeighEachPairByItsStratum() {
        // Cell j: 100 pairs, 2 drawn (weight 50): one same event, one same topic, both joined.
        // Cell k: 30 pairs, 3 drawn (weight 10): two same event kept apart, one unrelated.
        StoryPairs p = new StoryPairs(StoryPairs.parse(HEAD
                + "dev\tj\t100\t2\t0.5\ttrue\ta\tb\tevent\t\n"
                + "dev\tj\t100\t2\t0.4\ttrue\tc\td\ttopic\t\n"
                + "dev\tk\t30\t3\t0.2\tfalse\te\tf\tevent\t\n"
                + "dev\tk\t30\t3\t0.2\tfalse\tg\th\tevent\t\n"
                + "dev\tk\t30\t3\t0.2\tfalse\ti\tj\tunrelated\t\n"
                + "heldout\tj\t7\t1\t0.5\ttrue\tx\ty\tevent\t\n"), Set.of());
        Set<String> joined = Set.of("a b", "c d");
        StoryPairs.Score s = p.score("dev", (a, b) -> joined.contains(StoryPairs.key(a, b)), 0);
        assertThat(s.labelled()).isEqualTo(5);
        assertThat(s.joinedLabelled()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(0.5, offset(1e-9));
        assertThat(s.topicShare()).isCloseTo(0.5, offset(1e-9));
        assertThat(s.recall()).isCloseTo(50.0 / 70, offset(1e-9));
    }

    @Test
    void joinedPairsOutsideTheUniverseCountAgainstPrecision() {
        StoryPairs p = new StoryPairs(StoryPairs.parse(HEAD + "dev\tj\t4\t2\t0.5\ttrue\ta\tb\tevent\t\n"
                + "dev\tj\t4\t2\t0.5\ttrue\tc\td\tevent\t\n"), Set.of());
        StoryPairs.Score s = p.score("dev", (a, b) -> true, 4);
        // Weight 2 each: 4 weighted same-event pairs joined, 4 joined outside: 4 / 8.
        assertThat(s.precision()).isCloseTo(4.0 / 8, offset(1e-9));
        assertThat(s.recall()).isCloseTo(1.0, offset(1e-9));
        assertThat(s.outside()).isEqualTo(4);
    }

    @Test
    void theBootstrapIntervalHoldsThePointEstimate() {
        StringBuilder tsv = new StringBuilder(HEAD);
        String[] labels = {"event", "topic", "event", "unrelated", "event", "event", "topic", "event"};
        for (int i = 0; i < labels.length; i++) {
            tsv.append("dev\tc").append(i % 2).append("\t40\t4\t0.3\ttrue\ta").append(i).append("\tb").append(i)
                    .append('\t').append(labels[i]).append("\t\n");
        }
        StoryPairs p = new StoryPairs(StoryPairs.parse(tsv.toString()), Set.of());
        StoryPairs.Score s = p.score("dev", (a, b) -> !a.equals("a1"), 0);
        assertThat(s.precisionLow()).isLessThanOrEqualTo(s.precision());
        assertThat(s.precisionHigh()).isGreaterThanOrEqualTo(s.precision());
        assertThat(s.precisionHigh()).isGreaterThan(s.precisionLow());
    }

    @Test
    void theShippedLabelsCoverBothSplitsAndEveryRowIsLabelled() {
        StoryPairs p = StoryPairs.load();
        List<StoryPairs.Pair> pairs = p.pairs();
        assertThat(pairs).hasSizeGreaterThan(200);
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly("dev", "heldout");
        assertThat(pairs).allSatisfy(x -> {
            assertThat(x.weight()).isGreaterThanOrEqualTo(1.0);
            assertThat(x.a()).isNotEqualTo(x.b());
        });
        assertThat(pairs).extracting(StoryPairs.Pair::label).contains(StoryPairs.Label.EVENT, StoryPairs.Label.TOPIC);
    }

    @Test
    void theSecondHeldOutSampleIsFreshLabelledAndHeldOut() {
        StoryPairs first = StoryPairs.load();
        StoryPairs second = StoryPairs.loadSecond();
        Set<String> old = new java.util.HashSet<>();
        first.pairs().forEach(x -> old.add(StoryPairs.key(x.a(), x.b())));
        Set<String> seen = new java.util.HashSet<>();
        assertThat(second.pairs()).hasSizeGreaterThanOrEqualTo(200);
        for (StoryPairs.Pair x : second.pairs()) {
            String k = StoryPairs.key(x.a(), x.b());
            assertThat(seen.add(k)).as("drawn once: %s", k).isTrue();
            assertThat(old).as("not in the first sample: %s", k).doesNotContain(k);
            assertThat(x.split()).isEqualTo(FreshPairSampler.SPLIT);
            assertThat(x.weight()).isGreaterThanOrEqualTo(1.0);
            // Both articles are from 16-30 April (the ANT docno ends with the day).
            assertThat(x.a().substring(x.a().length() - 8)).isGreaterThanOrEqualTo("20180416");
            assertThat(x.b().substring(x.b().length() - 8)).isGreaterThanOrEqualTo("20180416");
        }
    }

    @Test
    void theSecondSampleCrossesBothDecisionsWithTheSimilarityBand() {
        assertThat(FreshPairSampler.cell(true, true, 0.03)).isEqualTo("both:0.00-0.05");
        assertThat(FreshPairSampler.cell(true, false, 0.35)).isEqualTo("old-only:0.30-0.40");
        assertThat(FreshPairSampler.cell(false, true, 0.7)).isEqualTo("current-only:0.60-1.00");
        assertThat(FreshPairSampler.cell(false, false, 0.12)).isEqualTo("neither:0.10-0.15");
        // Kept apart by both below the floor: outside the universe.
        assertThat(FreshPairSampler.cell(false, false, 0.05)).isNull();
    }
}
