package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * The fourth held-out sample: its blind labels joined to its strata and scored, on a hand-written fixture (see
 * src/test/resources/org/marsad/bench/stories/README.md), the whole-month range of its outside count, and the shipped
 * files checked for completeness, freshness and blindness. No test here computes a figure from the shipped labels:
 * the sample is kept for the final look at issue 20, scored by the lead only.
 */
class FourthSampleTest {
    private static final ThirdPairSampler.Design FOURTH = FourthPairSampler.FOURTH;
    private static final String FIXTURE_STRATA = text("fourth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = text("fourth-fixture-labels.tsv");

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

    @Test
    void theShippedFourthSampleIsLabelledEveryPairJoinsItsStratumAndNoneIsFromAnEarlierSample() {
        StoryPairs fourth = StoryPairs.loadFourth();
        List<String[]> strata = rows(text(FOURTH.strataFile()));
        List<String[]> labels = rows(text(FOURTH.file()));
        // loadFourth fails on any unlabelled or unmatched pair; here both files hold the same 287 pairs.
        assertThat(fourth.pairs()).hasSize(287).hasSize(strata.size() - 1).hasSize(labels.size() - 1);
        Set<String> earlier = new HashSet<>();
        StoryPairs.load().pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        StoryPairs.loadSecond().pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        StoryPairs.loadThird().pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        assertThat(earlier).hasSizeGreaterThan(600);
        Set<String> days = new HashSet<>();
        for (StoryPairs.Pair p : fourth.pairs()) {
            String k = StoryPairs.key(p.a(), p.b());
            assertThat(earlier).as("not in samples 1, 2 or 3: %s", k).doesNotContain(k);
            assertThat(p.split()).isEqualTo(FOURTH.split());
            assertThat(p.weight()).isGreaterThanOrEqualTo(1.0);
            // Cross-outlet (the ANT docno starts with the outlet) and from April (it ends with the day).
            assertThat(p.a().substring(0, 2)).isNotEqualTo(p.b().substring(0, 2));
            for (String docno : List.of(p.a(), p.b())) {
                assertThat(docno.substring(docno.length() - 8)).isBetween("20180401", "20180430");
            }
            String dayA = p.a().substring(p.a().length() - 8);
            String dayB = p.b().substring(p.b().length() - 8);
            days.add(dayA.compareTo(dayB) < 0 ? dayA : dayB);
        }
        // The whole month, not only the held-out half: pairs from both halves.
        assertThat(days).anyMatch(dd -> dd.compareTo("20180416") < 0).anyMatch(dd -> dd.compareTo("20180416") >= 0);
    }

    @Test
    void theShippedLabelsFileIsBlindAndHoldsNoCorpusText() {
        List<String[]> labels = rows(text(FOURTH.file()));
        // No cell, similarity or decision beside the labels: the labeller could not see them.
        assertThat(labels.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        for (String[] r : labels.subList(1, labels.size())) {
            assertThat(r).as("row %s", String.join(" ", r)).hasSize(4);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of %s %s", r[0], r[1]).isNotBlank();
            // Notes are short English summaries: no Arabic text copied from the corpus.
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
        // The labels are in the draw's shuffled reading order (seeded), not the cells' order.
        Map<String, String> cellOf = new HashMap<>();
        List<String[]> strataPairs = new ArrayList<>();
        for (String[] r : rows(text(FOURTH.strataFile())).subList(1, 287 + 1)) {
            cellOf.put(StoryPairs.key(r[6], r[7]), r[1]);
            strataPairs.add(new String[] {r[4], r[5], r[6], r[7]});
        }
        Set<String> firstCells = new HashSet<>();
        for (String[] r : labels.subList(1, 21)) {
            firstCells.add(cellOf.get(StoryPairs.key(r[0], r[1])));
        }
        assertThat(firstCells).hasSizeGreaterThan(3);
        List<String[]> order = ThirdPairSampler.readingOrder(strataPairs, FOURTH.orderSeed());
        for (int i = 0; i < order.size(); i++) {
            String[] r = labels.get(i + 1);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
        }
    }

    @Test
    void theShippedStrataAgreeWithTheProcedure() {
        List<String[]> strata = rows(text(FOURTH.strataFile()));
        assertThat(strata.get(0)).containsExactly("split", "cell", "cell_pairs", "cell_sampled", "similarity",
                "current_joined", "docno_a", "docno_b");
        StoryPairs fourth = StoryPairs.loadFourth();
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        for (String[] r : strata.subList(1, strata.size())) {
            assertThat(r[0]).isEqualTo("heldout4");
            drawn.merge(r[1], 1, Integer::sum);
            assertThat(sizes.putIfAbsent(r[1], r[2] + "/" + r[3])).as("one size per cell").isIn(null, r[2] + "/" + r[3]);
            double sim = Double.parseDouble(r[4]);
            boolean joined = Boolean.parseBoolean(r[5]);
            // The cell is the rules' decision crossed with the similarity band.
            assertThat(PairSampler.cell(joined, sim)).isEqualTo(r[1]);
            assertThat(Integer.parseInt(r[2])).isGreaterThanOrEqualTo(Integer.parseInt(r[3]));
            // The pair's numbers in their fixed order, as the draw writes them.
            assertThat(r[6]).isLessThan(r[7]);
            // A pair joined below the floor is in the universe only through the low list.
            if (joined && sim < PairSampler.UNIVERSE_FLOOR) {
                assertThat(fourth.baselineJoinedLow(r[7], r[6])).as("low list holds %s %s", r[6], r[7]).isTrue();
            }
        }
        drawn.forEach((cell, n) -> {
            assertThat(sizes.get(cell)).endsWith("/" + n);
            // Never more than fixed for the cell before the draw (LABELLING.md: 172 joined, 128 kept apart).
            assertThat(n).isLessThanOrEqualTo(FOURTH.perCell(cell));
        });
        assertThat(drawn).hasSize(14);
        assertThat(java.util.Arrays.stream(FOURTH.perJoined()).sum()).isEqualTo(172);
        assertThat(java.util.Arrays.stream(FOURTH.perApart()).sum()).isEqualTo(128);
    }

    @Test
    void theShippedConsistencyCheckRelabelsTheSixtyPairsItsSeedDrawsInItsOwnOrder() {
        List<String[]> recheck = rows(text(FourthPairSampler.RECHECK_FILE));
        assertThat(recheck.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        List<String[]> order = FourthPairSampler.recheckPairs(text(FOURTH.file()));
        assertThat(order).hasSize(FourthPairSampler.RECHECK_PAIRS);
        assertThat(recheck).hasSize(order.size() + 1);
        Set<String> inSample = new HashSet<>();
        StoryPairs.loadFourth().pairs().forEach(p -> inSample.add(StoryPairs.key(p.a(), p.b())));
        for (int i = 0; i < order.size(); i++) {
            String[] r = recheck.get(i + 1);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
            assertThat(inSample).contains(StoryPairs.key(r[0], r[1]));
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
        // A fresh order: not the order the pairs have in the first labels file.
        List<String> firstOrder = new ArrayList<>();
        for (String[] r : rows(text(FOURTH.file())).subList(1, 288)) {
            firstOrder.add(StoryPairs.key(r[0], r[1]));
        }
        List<Integer> positions = new ArrayList<>();
        for (String[] r : recheck.subList(1, recheck.size())) {
            positions.add(firstOrder.indexOf(StoryPairs.key(r[0], r[1])));
        }
        assertThat(positions).doesNotContain(-1).isNotEqualTo(positions.stream().sorted().toList());
    }

    private static Map<String, StoryPairs.Pair> byKey(List<StoryPairs.Pair> pairs) {
        Map<String, StoryPairs.Pair> out = new HashMap<>();
        pairs.forEach(p -> out.put(StoryPairs.key(p.a(), p.b()), p));
        return out;
    }

    private static Article article(String id, String source, String published, String text) {
        return Article.builder().id(id).source(source).published(published).title(text).body(List.of(text)).build();
    }

    private static List<String[]> rows(String tsv) {
        List<String[]> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static String text(String name) {
        try (InputStream in = FourthSampleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
