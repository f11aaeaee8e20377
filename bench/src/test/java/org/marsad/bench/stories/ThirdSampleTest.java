package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The third held-out sample: joining its blind labels to its strata and scoring it, on a hand-written fixture (see
 * src/test/resources/org/marsad/bench/stories/README.md); the shipped files are checked with every other held-out
 * sample's in {@link HeldOutSampleTest}.
 */
class ThirdSampleTest {
    private static final String FIXTURE_STRATA = ShippedFiles.text("third-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = ShippedFiles.text("third-fixture-labels.tsv");

    @Test
    void labelsWrittenInAnotherOrderJoinTheirStratumPairForPair() {
        List<StoryPairs.Pair> pairs = StoryPairs.joinThird(FIXTURE_STRATA, FIXTURE_LABELS);
        assertThat(pairs).hasSize(7);
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly(ThirdPairSampler.SPLIT);
        Map<String, StoryPairs.Pair> byKey = new HashMap<>();
        pairs.forEach(p -> byKey.put(StoryPairs.key(p.a(), p.b()), p));
        // Written the other way round in the labels file, found all the same, with the stratum's cell and weight.
        StoryPairs.Pair six = byKey.get(StoryPairs.key("AA-y-6-20180426", "BB-y-6-20180429"));
        assertThat(six.label()).isEqualTo(StoryPairs.Label.TOPIC);
        assertThat(six.cell()).isEqualTo("apart:0.10-0.15");
        assertThat(six.weight()).isCloseTo(200.0, offset(1e-9));
        StoryPairs.Pair one = byKey.get(StoryPairs.key("AA-x-1-20180420", "BB-x-1-20180421"));
        assertThat(one.label()).isEqualTo(StoryPairs.Label.EVENT);
        assertThat(one.weight()).isCloseTo(10.0, offset(1e-9));
        assertThat(byKey.get(StoryPairs.key("BB-y-7-20180419", "CC-y-7-20180419")).label())
                .isEqualTo(StoryPairs.Label.UNRELATED);
    }

    @Test
    void theJoinedSampleIsScoredWithEachPairWeighedByItsStratum() {
        StoryPairs sample = new StoryPairs(StoryPairs.joinThird(FIXTURE_STRATA, FIXTURE_LABELS), Set.of());
        // Joined: pair 1 (event, weight 10), pair 3 (topic, 10), pair 5 (event, 200); 10 joined pairs outside.
        Set<String> joined = Set.of(StoryPairs.key("AA-x-1-20180420", "BB-x-1-20180421"),
                StoryPairs.key("AA-x-3-20180422", "CC-x-3-20180423"),
                StoryPairs.key("AA-y-5-20180417", "CC-y-5-20180418"));
        StoryPairs.Score s = sample.score(ThirdPairSampler.SPLIT, (a, b) -> joined.contains(StoryPairs.key(a, b)), 10);
        assertThat(s.labelled()).isEqualTo(7);
        assertThat(s.joinedLabelled()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(210.0 / 230, offset(1e-9));
        // Same-event pairs: 1 and 2 (10 each) and 5 (200); pair 2 is kept apart.
        assertThat(s.recall()).isCloseTo(210.0 / 220, offset(1e-9));
        assertThat(s.topicShare()).isCloseTo(10.0 / 230, offset(1e-9));
        assertThat(s.outside()).isEqualTo(10);
        assertThat(s.precisionLow()).isLessThanOrEqualTo(s.precision());
        assertThat(s.precisionHigh()).isGreaterThanOrEqualTo(s.precision());
        // Another split name scores nothing from this sample.
        assertThat(sample.score("heldout2", (a, b) -> true, 0).labelled()).isZero();
    }

    @Test
    void anUnlabelledPairStopsTheJoinWithTheFileAndPairNamed() {
        String unlabelled = FIXTURE_LABELS.replace("AA-x-2-20180420\tBB-x-2-20180420\tevent\t",
                "AA-x-2-20180420\tBB-x-2-20180420\t\t");
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA, unlabelled))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("story-pairs-heldout3.tsv: pair AA-x-2-20180420 BB-x-2-20180420 is not labelled");
        String unknown = FIXTURE_LABELS.replace("\tunrelated\tshared", "\tsame\tshared");
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA, unknown))
                .hasMessageContaining("unknown label 'same'");
    }

    @Test
    void aPairOnOneSideOnlyOrTwiceStopsTheJoin() {
        String lastLabel = "AA-x-2-20180420\tBB-x-2-20180420\tevent\tthe same arrest\n";
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA, FIXTURE_LABELS.replace(lastLabel, "")))
                .hasMessage("story-pairs-heldout3-strata.tsv: pair AA-x-2-20180420 BB-x-2-20180420 has no row in"
                        + " story-pairs-heldout3.tsv");
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA,
                FIXTURE_LABELS + "AA-x-9-20180420\tCC-x-9-20180420\ttopic\textra\n"))
                .hasMessage("story-pairs-heldout3.tsv: pair AA-x-9-20180420 CC-x-9-20180420 is not in"
                        + " story-pairs-heldout3-strata.tsv");
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA, FIXTURE_LABELS + lastLabel))
                .hasMessageContaining("is labelled twice");
        String strataRow = "heldout3\tjoined:0.30-0.40\t40\t4\t0.3500\ttrue\tAA-x-2-20180420\tBB-x-2-20180420\n";
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA + strataRow, FIXTURE_LABELS))
                .hasMessageContaining("is drawn twice");
        assertThatThrownBy(() -> StoryPairs.joinThird(FIXTURE_STRATA.replace("cell_sampled", "sampled"),
                FIXTURE_LABELS)).hasMessage("story-pairs-heldout3-strata.tsv: no column cell_sampled");
    }

    @Test
    void joinedPairsOutsideTheSampleUniverseAreCountedFromItsOwnLowList() {
        // Nine articles: three copies of one text, the rest on disjoint words (reference similarity 1 and 0).
        String same = "انهار سد على نهر بعد فيضان غمر القرى";
        Article a1 = article("a1", "S1", "2018-04-20T10:00:00Z", same);
        Article b1 = article("b1", "S2", "2018-04-21T10:00:00Z", same);
        Article c1 = article("c1", "S3", "2018-04-30T10:00:00Z", same);
        Article a2 = article("a2", "S1", "2018-04-22T10:00:00Z", "فاز الفريق بالكأس في ملعب المدينة");
        Article d2 = article("d2", "S2", "2018-04-22T12:00:00Z", "ارتفعت أسعار النفط في الأسواق العالمية");
        Article e3 = article("e3", "S1", "2018-04-23T10:00:00Z", "افتتح الوزير معرض الكتاب الدولي");
        Article f3 = article("f3", "S1", "2018-04-23T11:00:00Z", "هطلت أمطار غزيرة على الساحل الشمالي");
        Article g4 = article("g4", "S2", "2018-04-10T10:00:00Z", "أعلنت الشركة نتائجها المالية السنوية");
        Article h4 = article("h4", "S3", "2018-04-17T09:00:00Z", "وقع البلدان اتفاقية للتعاون التجاري");
        List<Article> all = List.of(a1, b1, c1, a2, d2, e3, f3, g4, h4);
        Map<String, ArticleFeatures> fs = new HashMap<>();
        for (Article a : all) {
            fs.put(a.id(), ArticleFeatures.of(a, Instant.EPOCH));
        }
        ReferenceSimilarity ref = new ReferenceSimilarity(all.stream().map(a -> fs.get(a.id())).toList());
        assertThat(ref.of("a1", "b1")).isGreaterThanOrEqualTo(PairSampler.UNIVERSE_FLOOR);
        assertThat(ref.of("a2", "d2")).isLessThan(PairSampler.UNIVERSE_FLOOR);
        List<List<ArticleFeatures>> stories = new ArrayList<>();
        // a1-b1 inside; a1-c1 and b1-c1 more than 7 days apart: outside.
        stories.add(List.of(fs.get("a1"), fs.get("b1"), fs.get("c1")));
        // Below the floor: outside unless the rules of the draw joined it (the sample's low list).
        stories.add(List.of(fs.get("a2"), fs.get("d2")));
        // One outlet: not a cross-outlet pair.
        stories.add(List.of(fs.get("e3"), fs.get("f3")));
        // Earlier article before 16 April: another split's range, not counted here.
        stories.add(List.of(fs.get("g4"), fs.get("h4")));
        StoryPairs withoutLow = new StoryPairs(List.of(), Set.of());
        StoryPairs withLow = new StoryPairs(List.of(), Set.of(StoryPairs.key("d2", "a2")));
        assertThat(StoriesBench.outsideOfSample(stories, ref, withoutLow)).isEqualTo(3);
        assertThat(StoriesBench.outsideOfSample(stories, ref, withLow)).isEqualTo(2);
    }

    private static Article article(String id, String source, String published, String text) {
        return Article.builder().id(id).source(source).published(published).title(text).body(List.of(text)).build();
    }
}
