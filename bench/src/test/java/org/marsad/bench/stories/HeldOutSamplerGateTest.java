package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;

/**
 * LABELLING.md "Seventeenth held-out sample": from the seventeenth on, the draw's "current" decision is the archive's as
 * shipped — {@link StoryRules#DEFAULT} joined through the shipped join gate, as {@code StoryIndexer} decides — not the
 * rules' alone, so that the pairs the archive joins are the ones the strata sort ("Eighteenth held-out sample" keeps
 * that design, and so do "Nineteenth held-out sample", "Twentieth held-out sample", "Twenty-first held-out sample",
 * "Twenty-second held-out sample", "Twenty-third held-out sample" and "Twenty-fourth held-out sample"). The earlier
 * samples keep the rules' decision they were drawn with.
 */
class HeldOutSamplerGateTest {
    private static final long START = 1_700_000_000L;

    @Test
    void theSeventeenthToTwentyFourthStratifyByTheArchivesGateAndTheEarlierSamplesByTheRulesAlone() {
        JoinGate archive = JoinGate.forArchive().orElseThrow();
        assertThat(HeldOutSample.SEVENTEENTH.design().currentGate()).isEqualTo(archive);
        // "Eighteenth held-out sample": the seventeenth's design unchanged, its "current" decision included.
        assertThat(HeldOutSample.EIGHTEENTH.design().currentGate()).isEqualTo(archive);
        // "Nineteenth held-out sample": the eighteenth's design unchanged.
        assertThat(HeldOutSample.NINETEENTH.design().currentGate()).isEqualTo(archive);
        // "Twentieth held-out sample": the nineteenth's design unchanged.
        assertThat(HeldOutSample.TWENTIETH.design().currentGate()).isEqualTo(archive);
        // "Twenty-first held-out sample": the twentieth's design unchanged.
        assertThat(HeldOutSample.TWENTY_FIRST.design().currentGate()).isEqualTo(archive);
        // "Twenty-second held-out sample": the twenty-first's design unchanged.
        assertThat(HeldOutSample.TWENTY_SECOND.design().currentGate()).isEqualTo(archive);
        // "Twenty-third held-out sample": the twenty-second's design unchanged; the shipped gate it reads is the one
        // shipped with held-out 22's scoring, the toll-update switch on (LABELLING.md names its fingerprint).
        assertThat(HeldOutSample.TWENTY_THIRD.design().currentGate()).isEqualTo(archive);
        assertThat(HeldOutSample.TWENTY_THIRD.design().currentGate().fingerprint()).isEqualTo("4b93faee72548173");
        assertThat(HeldOutSample.TWENTY_THIRD.design().currentGate().has(JoinGate.Switch.TOLL_UPDATES)).isTrue();
        // "Twenty-fourth held-out sample": the twenty-third's design unchanged, the same shipped gate.
        assertThat(HeldOutSample.TWENTY_FOURTH.design().currentGate()).isEqualTo(archive);
        assertThat(HeldOutSample.TWENTY_FOURTH.design().currentGate().fingerprint()).isEqualTo("4b93faee72548173");
        assertThat(HeldOutSample.TWENTY_FOURTH.design().currentGate().has(JoinGate.Switch.TOLL_UPDATES)).isTrue();
        List<HeldOutSample> gated = List.of(HeldOutSample.SEVENTEENTH, HeldOutSample.EIGHTEENTH,
                HeldOutSample.NINETEENTH, HeldOutSample.TWENTIETH, HeldOutSample.TWENTY_FIRST,
                HeldOutSample.TWENTY_SECOND, HeldOutSample.TWENTY_THIRD, HeldOutSample.TWENTY_FOURTH);
        assertThat(HeldOutSample.ALL.stream().filter(s -> !gated.contains(s)))
                .allSatisfy(s -> assertThat(s.design().currentGate()).as(s.name()).isNull());
    }

    /** Two outlets' reports worded alike: the rules join them, a gate that admits nothing keeps them apart. */
    @Test
    void theDrawsCurrentStoriesJoinThroughTheDesignsGate() {
        List<ArticleFeatures> fs = List.of(article("AA-x-1-20180401", START, "AA", 1),
                article("BB-x-2-20180401", START + 3_600L, "BB", 2));
        ThirdPairSampler.Design seventeenth = HeldOutSample.SEVENTEENTH.design();
        assertThat(joined(ThirdPairSampler.currentStories(withGate(seventeenth, null), fs))).as("the rules alone")
                .isTrue();
        assertThat(joined(ThirdPairSampler.currentStories(withGate(seventeenth, admitting(1.01)), fs)))
                .as("a gate that admits nothing").isFalse();
        assertThat(joined(ThirdPairSampler.currentStories(withGate(seventeenth, admitting(0.0)), fs)))
                .as("a gate that admits all").isTrue();
        // With the shipped gate, the draw's stories are the archive's indexer's, article for article.
        Enricher archive = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, JoinGate.forArchive().orElseThrow());
        Map<String, String> expected = new TreeMap<>();
        fs.forEach(f -> expected.put(f.id(), archive.enrich(f).story()));
        assertThat(new TreeMap<>(ThirdPairSampler.currentStories(seventeenth, fs))).isEqualTo(expected);
    }

    private static boolean joined(Map<String, String> stories) {
        return stories.get("AA-x-1-20180401").equals(stories.get("BB-x-2-20180401"));
    }

    private static JoinGate admitting(double threshold) {
        return new JoinGate(new double[JoinGate.FEATURES.size()], 0, threshold);
    }

    private static ThirdPairSampler.Design withGate(ThirdPairSampler.Design d, JoinGate gate) {
        return new ThirdPairSampler.Design(d.file(), d.strataFile(), d.lowFile(), d.split(), d.seed(), d.orderSeed(),
                d.perClass(), d.from(), d.until(), d.shown(), d.earlier(), d.withOld(), d.mergeUsedUp(), d.floor(),
                gate);
    }

    /**
     * A made-up article's features: the same six terms as the other's, and a near-duplicate signature of its own
     * ({@code n} apart), so that the dedup stage sees no copy and only the story stage decides.
     */
    private static ArticleFeatures article(String id, long time, String source, int n) {
        Map<String, Float> terms = new TreeMap<>();
        List.of("w1", "w2", "w3", "w4", "w5", "w6").forEach(w -> terms.put(w, 1f));
        int[] signature = new int[60];
        for (int k = 0; k < signature.length; k++) {
            signature[k] = n * 1_000 + k;
        }
        return new ArticleFeatures(id, time, source, "made-up headline " + id, signature, signature.length,
                new int[0], new int[0], new int[0], org.marsad.enrich.dedup.StemBloom.of(new int[0]), terms, List.of(),
                List.of(), List.of(), Map.of());
    }
}
