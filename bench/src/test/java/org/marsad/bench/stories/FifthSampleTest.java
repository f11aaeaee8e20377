package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fifth held-out sample: its design (four decision classes: both rule sets, the current rules only, the old
 * rules only, neither), its blind labels joined to its strata and scored for the current and the old rules on a
 * hand-written fixture (see src/test/resources/org/marsad/bench/stories/README.md), and the shipped draw checked
 * for freshness and blindness. No test here computes a figure from the shipped labels: the sample is kept for the
 * next final look at issue 20, scored by the lead only.
 */
class FifthSampleTest {
    private static final ThirdPairSampler.Design FIFTH = FifthPairSampler.FIFTH;
    private static final String FIXTURE_STRATA = text("fifth-fixture-strata.tsv");
    private static final String FIXTURE_LABELS = text("fifth-fixture-labels.tsv");

    @Test
    void theDesignFixesThreeHundredPairsOverTheFourDecisionClassesOfTheWholeMonth() {
        assertThat(FIFTH.withOld()).isTrue();
        assertThat(FIFTH.split()).isEqualTo("heldout5");
        assertThat(FIFTH.seed()).isEqualTo(2031);
        assertThat(FIFTH.orderSeed()).isEqualTo(12);
        assertThat(FIFTH.total()).isEqualTo(300);
        assertThat(FIFTH.earlier()).containsExactly("first", "second", "third", "fourth");
        assertThat(FIFTH.from()).isEqualTo(LocalDate.of(2018, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        assertThat(FIFTH.until()).isEqualTo(LocalDate.of(2018, 5, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        // The cell names of the two-rule draw, hyphenated class names included (LABELLING.md's counts).
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, true, 0.02))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, true, 0.07))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, false, 0.25))).isEqualTo(14);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(true, false, 0.95))).isEqualTo(6);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, false, 0.12))).isEqualTo(22);
        assertThat(FIFTH.perCell(FreshPairSampler.cell(false, false, 0.65))).isEqualTo(6);
        // Kept apart by both below the floor is outside the universe: no cell.
        assertThat(FreshPairSampler.cell(false, false, 0.09)).isNull();
        assertThatThrownBy(() -> FIFTH.perCell("joined:0.20-0.30")).isInstanceOf(IllegalArgumentException.class);
        // The single-rule designs keep their cells and counts.
        assertThat(FourthPairSampler.FOURTH.withOld()).isFalse();
        assertThat(FourthPairSampler.FOURTH.perCell("joined:0.20-0.30")).isEqualTo(36);
        assertThat(FourthPairSampler.FOURTH.perCell("apart:0.60-1.00")).isEqualTo(8);
        assertThat(FourthPairSampler.FOURTH.total()).isEqualTo(300);
    }

    @Test
    void labelsWrittenInAnotherOrderJoinTheirStratumAcrossTheFourClasses() {
        Map<String, StoryPairs.Pair> byKey = new HashMap<>();
        StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FIFTH).forEach(p -> byKey.put(StoryPairs.key(p.a(),
                p.b()), p));
        assertThat(byKey).hasSize(9);
        StoryPairs.Pair three = byKey.get(StoryPairs.key("BB-c-3-20180411", "CC-c-3-20180411"));
        assertThat(three.cell()).isEqualTo("current-only:0.05-0.10");
        assertThat(three.weight()).isCloseTo(3.0, offset(1e-9));
        assertThat(three.label()).isEqualTo(StoryPairs.Label.EVENT);
        StoryPairs.Pair seven = byKey.get(StoryPairs.key("AA-o-7-20180428", "CC-o-7-20180429"));
        assertThat(seven.cell()).isEqualTo("old-only:0.30-0.40");
        assertThat(seven.weight()).isCloseTo(50.0, offset(1e-9));
        StoryPairs.Pair nine = byKey.get(StoryPairs.key("BB-n-9-20180422", "CC-n-9-20180427"));
        assertThat(nine.split()).isEqualTo("heldout5");
        assertThat(nine.weight()).isCloseTo(500.0, offset(1e-9));
        assertThat(nine.label()).isEqualTo(StoryPairs.Label.TOPIC);
    }

    @Test
    void theCurrentAndTheOldRulesAreScoredOnTheSamePairsSoThatLostRecallShows() {
        StoryPairs sample = new StoryPairs(StoryPairs.joinBlind(FIXTURE_STRATA, FIXTURE_LABELS, FIFTH), Set.of());
        Map<String, String[]> decisions = new HashMap<>();
        for (String[] r : rows(FIXTURE_STRATA).subList(1, 10)) {
            decisions.put(StoryPairs.key(r[7], r[8]), new String[] {r[5], r[6]});
        }
        StoryPairs.Score current = sample.score(FIFTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[1]), 0);
        StoryPairs.Score old = sample.score(FIFTH.split(),
                (a, b) -> Boolean.parseBoolean(decisions.get(StoryPairs.key(a, b))[0]), 10);
        // Same-event weight: pairs 1 (20), 3 (3), 5 and 7 (50 each), 8 (500).
        assertThat(current.joinedLabelled()).isEqualTo(4);
        assertThat(current.precision()).isCloseTo(23.0 / 46, offset(1e-9));
        assertThat(current.recall()).isCloseTo(23.0 / 623, offset(1e-9));
        assertThat(current.topicShare()).isCloseTo(20.0 / 46, offset(1e-9));
        // The old rules join both and old-only; ten joined pairs outside the universe count as not same event.
        assertThat(old.joinedLabelled()).isEqualTo(5);
        assertThat(old.precision()).isCloseTo(120.0 / 200, offset(1e-9));
        assertThat(old.recall()).isCloseTo(120.0 / 623, offset(1e-9));
        assertThat(old.outside()).isEqualTo(10);
        // Another sample's split scores nothing of this one.
        assertThat(sample.score(FourthPairSampler.SPLIT, (a, b) -> true, 0).labelled()).isZero();
    }

    @Test
    void joinErrorsNameTheFifthSamplesFiles() {
        String unlabelled = FIXTURE_LABELS.replace("\tevent\tthe same earthquake", "\t\tthe same earthquake");
        assertThatThrownBy(() -> StoryPairs.joinBlind(FIXTURE_STRATA, unlabelled, FIFTH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("story-pairs-heldout5.tsv: pair AA-o-7-20180428 CC-o-7-20180429 is not labelled");
        String fourthSplit = FIXTURE_STRATA.replace("heldout5\tneither:0.10-0.15\t1000\t2\t0.1200",
                "heldout4\tneither:0.10-0.15\t1000\t2\t0.1200");
        assertThatThrownBy(() -> StoryPairs.joinBlind(fourthSplit, FIXTURE_LABELS, FIFTH))
                .hasMessage("story-pairs-heldout5-strata.tsv: pair AA-n-8-20180403 CC-n-8-20180404 is in split"
                        + " heldout4, not heldout5");
    }

    @Test
    void theConsistencyCheckDrawsSixtyPairsByItsOwnSeedsFromTheNumbersOnly() {
        StringBuilder labels = new StringBuilder("docno_a\tdocno_b\tlabel\tnote\n");
        for (int i = 0; i < 200; i++) {
            labels.append(String.format("AA-x-%d-20180401\tBB-x-%d-20180402\t\t\n", i, i));
        }
        List<String[]> order = FifthPairSampler.recheckPairs(labels.toString());
        assertThat(order).hasSize(60);
        assertThat(order.stream().map(p -> p[2] + " " + p[3]).distinct()).hasSize(60);
        // Labels and notes are not read: filling them changes nothing of the draw.
        List<String[]> again = FifthPairSampler.recheckPairs(labels.toString().replace("\t\t\n", "\tevent\tx\n"));
        for (int i = 0; i < 60; i++) {
            assertThat(again.get(i)[2]).isEqualTo(order.get(i)[2]);
        }
        // Not the fourth sample's check: its own seeds draw other pairs.
        List<String[]> fourth = FourthPairSampler.recheckPairs(labels.toString());
        assertThat(fourth.stream().map(p -> p[2]).toList()).isNotEqualTo(order.stream().map(p -> p[2]).toList());
    }

    @Test
    void theShippedFifthSampleIsLabelledFreshCrossOutletAndFromTheWholeMonth() {
        StoryPairs fifth = StoryPairs.loadFifth();
        List<String[]> strata = rows(text(FIFTH.strataFile()));
        List<String[]> labels = rows(text(FIFTH.file()));
        // loadFifth fails on any unlabelled or unmatched pair; here both files hold the same 257 pairs.
        assertThat(fifth.pairs()).hasSize(257).hasSize(strata.size() - 1).hasSize(labels.size() - 1);
        Set<String> earlier = new HashSet<>();
        for (StoryPairs sample : List.of(StoryPairs.load(), StoryPairs.loadSecond(), StoryPairs.loadThird(),
                StoryPairs.loadFourth())) {
            sample.pairs().forEach(p -> earlier.add(StoryPairs.key(p.a(), p.b())));
        }
        assertThat(earlier).hasSizeGreaterThan(800);
        Set<String> days = new HashSet<>();
        for (StoryPairs.Pair p : fifth.pairs()) {
            String k = StoryPairs.key(p.a(), p.b());
            assertThat(earlier).as("not in samples 1 to 4: %s", k).doesNotContain(k);
            assertThat(p.split()).isEqualTo(FIFTH.split());
            assertThat(p.weight()).isGreaterThanOrEqualTo(1.0);
            // Cross-outlet (the ANT docno starts with the outlet) and from April (it ends with the day).
            assertThat(p.a().substring(0, 2)).isNotEqualTo(p.b().substring(0, 2));
            String dayA = p.a().substring(p.a().length() - 8);
            String dayB = p.b().substring(p.b().length() - 8);
            assertThat(dayA).isBetween("20180401", "20180430");
            assertThat(dayB).isBetween("20180401", "20180430");
            days.add(dayA.compareTo(dayB) < 0 ? dayA : dayB);
        }
        assertThat(days).anyMatch(d -> d.compareTo("20180416") < 0).anyMatch(d -> d.compareTo("20180416") >= 0);
    }

    @Test
    void theShippedStrataCrossBothRuleSetsWithTheSimilarityBands() {
        List<String[]> strata = rows(text(FIFTH.strataFile()));
        assertThat(strata.get(0)).containsExactly("split", "cell", "cell_pairs", "cell_sampled", "similarity",
                "old_joined", "current_joined", "docno_a", "docno_b");
        StoryPairs fifth = StoryPairs.loadFifth();
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        Set<String> classes = new HashSet<>();
        for (String[] r : strata.subList(1, strata.size())) {
            assertThat(r[0]).isEqualTo("heldout5");
            drawn.merge(r[1], 1, Integer::sum);
            assertThat(sizes.putIfAbsent(r[1], r[2] + "/" + r[3])).as("one size per cell").isIn(null, r[2] + "/" + r[3]);
            double sim = Double.parseDouble(r[4]);
            boolean old = Boolean.parseBoolean(r[5]);
            boolean current = Boolean.parseBoolean(r[6]);
            // The cell is both decisions crossed with the similarity band.
            assertThat(FreshPairSampler.cell(old, current, sim)).isEqualTo(r[1]);
            classes.add(r[1].substring(0, r[1].indexOf(':')));
            assertThat(Integer.parseInt(r[2])).isGreaterThanOrEqualTo(Integer.parseInt(r[3]));
            assertThat(r[7]).isLessThan(r[8]);
            // A pair either rule set joined below the floor is in the universe only through the low list.
            if ((old || current) && sim < PairSampler.UNIVERSE_FLOOR) {
                assertThat(fifth.baselineJoinedLow(r[8], r[7])).as("low list holds %s %s", r[7], r[8]).isTrue();
            }
        }
        drawn.forEach((cell, n) -> {
            assertThat(sizes.get(cell)).endsWith("/" + n);
            assertThat(n).isLessThanOrEqualTo(FIFTH.perCell(cell));
        });
        // The lost-recall class is sampled on purpose, beside the three others.
        assertThat(classes).containsExactlyInAnyOrder("both", "current-only", "old-only", "neither");
    }

    @Test
    void theShippedLabelsFileIsBlindInTheDrawsReadingOrderAndHoldsNoCorpusText() {
        List<String[]> labels = rows(text(FIFTH.file()));
        assertThat(labels.get(0)).containsExactly("docno_a", "docno_b", "label", "note");
        for (String[] r : labels.subList(1, labels.size())) {
            assertThat(r).as("row %s", String.join(" ", r)).hasSize(4);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of %s %s", r[0], r[1]).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
        List<String[]> strataPairs = new ArrayList<>();
        for (String[] r : rows(text(FIFTH.strataFile())).subList(1, labels.size())) {
            strataPairs.add(new String[] {r[4], r[5] + "\t" + r[6], r[7], r[8]});
        }
        List<String[]> order = ThirdPairSampler.readingOrder(strataPairs, FIFTH.orderSeed());
        for (int i = 0; i < order.size(); i++) {
            String[] r = labels.get(i + 1);
            assertThat(r[0] + " " + r[1]).as("row %d", i + 1).isEqualTo(order.get(i)[2] + " " + order.get(i)[3]);
        }
    }

    static List<String[]> rows(String tsv) {
        List<String[]> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    static String text(String name) {
        try (InputStream in = FifthSampleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
