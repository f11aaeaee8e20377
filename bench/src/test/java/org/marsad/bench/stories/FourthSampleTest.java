package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * The fourth held-out sample: its blind labels joined to its strata and scored, on a hand-written fixture (see
 * src/test/resources/org/marsad/bench/stories/README.md), and the whole-month range of its outside count; the shipped
 * files are checked with every other held-out sample's in {@link HeldOutSampleTest}.
 */
class FourthSampleTest {
    private static final ThirdPairSampler.Design FOURTH = HeldOutSample.FOURTH.design();
    private static final String FIXTURE_STRATA = ShippedFiles.text("fourth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = ShippedFiles.text("fourth-fixture-labels.tsv");

    @Test
    void labelsWrittenInAnotherOrderJoinTheirStratumPairForPair() {
        List<StoryPairs.Pair> pairs = StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FOURTH);
        assertThat(pairs).hasSize(6);
        assertThat(pairs).extracting(StoryPairs.Pair::split).containsOnly("heldout4");
        Map<String, StoryPairs.Pair> byKey = byKey(pairs);
        // Written the other way round in the labels file, found all the same, with its stratum's cell and weight.
        StoryPairs.Pair one = byKey.get(StoryPairs.key("AA-x-1-20180402", "BB-x-1-20180403"));
        assertThat(one.label()).isEqualTo(StoryPairs.Label.EVENT);
        assertThat(one.cell()).isEqualTo("joined:0.20-0.30");
        assertThat(one.weight()).isCloseTo(30.0, offset(1e-9));
        StoryPairs.Pair three = byKey.get(StoryPairs.key("BB-x-3-20180428", "CC-x-3-20180430"));
        assertThat(three.label()).isEqualTo(StoryPairs.Label.UNRELATED);
        StoryPairs.Pair five = byKey.get(StoryPairs.key("BB-y-5-20180414", "CC-y-5-20180414"));
        assertThat(five.label()).isEqualTo(StoryPairs.Label.TOPIC);
        assertThat(five.cell()).isEqualTo("apart:0.15-0.20");
        assertThat(five.weight()).isCloseTo(300.0, offset(1e-9));
    }

    @Test
    void theJoinedSampleIsScoredUnderItsOwnSplitWithEachPairWeighedByItsStratum() {
        StoryPairs sample = new StoryPairs(StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FOURTH), Set.of());
        // Joined: pair 1 (event, weight 30), pair 2 (topic, 30), pair 4 (event, 300); 20 joined pairs outside.
        Set<String> joined = Set.of(StoryPairs.key("AA-x-1-20180402", "BB-x-1-20180403"),
                StoryPairs.key("AA-x-2-20180409", "CC-x-2-20180409"),
                StoryPairs.key("AA-y-4-20180405", "CC-y-4-20180406"));
        StoryPairs.Score s = sample.score(FOURTH.split(), (a, b) -> joined.contains(StoryPairs.key(a, b)), 20);
        assertThat(s.labelled()).isEqualTo(6);
        assertThat(s.joinedLabelled()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(330.0 / 380, offset(1e-9));
        // Same-event pairs: 1 (30), 4 and 6 (300 each); pair 6 is kept apart.
        assertThat(s.recall()).isCloseTo(330.0 / 630, offset(1e-9));
        assertThat(s.topicShare()).isCloseTo(30.0 / 380, offset(1e-9));
        assertThat(s.outside()).isEqualTo(20);
        assertThat(s.precisionLow()).isLessThanOrEqualTo(s.precision());
        assertThat(s.precisionHigh()).isGreaterThanOrEqualTo(s.precision());
        // The third sample's split name scores nothing from this sample.
        assertThat(sample.score(ThirdPairSampler.SPLIT, (a, b) -> true, 0).labelled()).isZero();
    }

    @Test
    void joinErrorsNameTheFourthSamplesFiles() {
        String unlabelled = FIXTURE_LABELS.replace("\tevent\tthe same earthquake", "\t\tthe same earthquake");
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA, unlabelled, FOURTH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("story-pairs-heldout4.tsv: pair AA-y-4-20180405 CC-y-4-20180406 is not labelled");
        String lastLabel = "AA-y-4-20180405\tCC-y-4-20180406\tevent\tthe same earthquake\n";
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS.replace(lastLabel, ""), FOURTH))
                .hasMessage("story-pairs-heldout4-strata.tsv: pair AA-y-4-20180405 CC-y-4-20180406 has no row in"
                        + " story-pairs-heldout4.tsv");
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA,
                FIXTURE_LABELS + "AA-z-9-20180401\tBB-z-9-20180401\ttopic\textra\n", FOURTH))
                .hasMessage("story-pairs-heldout4.tsv: pair AA-z-9-20180401 BB-z-9-20180401 is not in"
                        + " story-pairs-heldout4-strata.tsv");
        // A strata row of another sample's split would be scored under no name: the join refuses it.
        String otherSplit = FIXTURE_STRATA.replace("heldout4\tapart:0.15-0.20\t900\t3\t0.1500",
                "heldout3\tapart:0.15-0.20\t900\t3\t0.1500");
        assertThatThrownBy(() -> StoryPairs.joinBlind(otherSplit, FIXTURE_LABELS, FOURTH))
                .hasMessage("story-pairs-heldout4-strata.tsv: pair AA-y-6-20180421 BB-y-6-20180424 is in split"
                        + " heldout3, not heldout4");
    }

    @Test
    void theOutsideCountCoversTheWholeMonthTheSampleWasDrawnFrom() {
        String same = "انهار سد على نهر بعد فيضان غمر القرى";
        Article a = article("a", "S1", "2018-04-02T10:00:00Z", "فاز الفريق بالكأس في ملعب المدينة");
        Article b = article("b", "S2", "2018-04-03T10:00:00Z", "ارتفعت أسعار النفط في الأسواق العالمية");
        Article c = article("c", "S1", "2018-04-04T10:00:00Z", same);
        Article d = article("d", "S2", "2018-04-05T10:00:00Z", same);
        Article e = article("e", "S3", "2018-04-20T10:00:00Z", same);
        Article g = article("g", "S1", "2018-05-01T01:00:00Z", "افتتح الوزير معرض الكتاب الدولي");
        Article h = article("h", "S2", "2018-05-01T02:00:00Z", "هطلت أمطار غزيرة على الساحل الشمالي");
        List<Article> all = List.of(a, b, c, d, e, g, h);
        Map<String, ArticleFeatures> fs = new HashMap<>();
        for (Article x : all) {
            fs.put(x.id(), ArticleFeatures.of(x, Instant.EPOCH));
        }
        ReferenceSimilarity ref = new ReferenceSimilarity(all.stream().map(x -> fs.get(x.id())).toList());
        assertThat(ref.of("c", "d")).isGreaterThanOrEqualTo(PairSampler.UNIVERSE_FLOOR);
        assertThat(ref.of("a", "b")).isLessThan(PairSampler.UNIVERSE_FLOOR);
        List<List<ArticleFeatures>> stories = List.of(
                // Below the floor on 2-3 April: outside unless on the sample's low list.
                List.of(fs.get("a"), fs.get("b")),
                // c-d inside; c-e and d-e more than 7 days apart (earlier article 4 and 5 April): outside.
                List.of(fs.get("c"), fs.get("d"), fs.get("e")),
                // Earlier article on 1 May: after the sample's days, not counted.
                List.of(fs.get("g"), fs.get("h")));
        StoryPairs withoutLow = new StoryPairs(List.of(), Set.of());
        StoryPairs withLow = new StoryPairs(List.of(), Set.of(StoryPairs.key("b", "a")));
        long from = LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long until = LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        assertThat(FOURTH.from()).isEqualTo(from);
        assertThat(FOURTH.until()).isEqualTo(until);
        assertThat(StoriesBench.outsideOfSample(stories, ref, withoutLow, from, until)).isEqualTo(3);
        assertThat(StoriesBench.outsideOfSample(stories, ref, withLow, from, until)).isEqualTo(2);
        // The held-out range of the second and third samples (from 16 April) would have missed the early pairs.
        assertThat(StoriesBench.outsideOfSample(stories, ref, withoutLow)).isEqualTo(1);
    }

    private static Map<String, StoryPairs.Pair> byKey(List<StoryPairs.Pair> pairs) {
        Map<String, StoryPairs.Pair> out = new HashMap<>();
        pairs.forEach(p -> out.put(StoryPairs.key(p.a(), p.b()), p));
        return out;
    }

    private static Article article(String id, String source, String published, String text) {
        return Article.builder().id(id).source(source).published(published).title(text).body(List.of(text)).build();
    }
}
