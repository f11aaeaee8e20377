package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * A join gate with boosted trees (issue 20): depth-two trees whose leaves add to the logistic model's log-odds, so a
 * gate can say "close AND on the story's day" or "close AND in another town", which a sum of weights cannot; the file
 * names each split's feature and reads back to the same gate; a gate without trees writes what it always wrote.
 * Articles are made up (words, entities and headlines written for the test).
 */
class JoinGateTreesTest {
    private static final long HOUR = 3_600L;
    private static final long NOON = 1_700_049_600L;
    private static final List<String> WORDS = List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "k1", "k2");

    private static int at(String feature) {
        return JoinGate.ALL_FEATURES.indexOf(feature);
    }

    /** A tree that adds {@code add} where cosine is at least 0.5 and same_day is 1, and nothing elsewhere. */
    private static JoinGate.Tree closeAndSameDay(double add) {
        return new JoinGate.Tree(at("cosine"), 0.5, at("cosine"), 0.5, at("same_day"), 0.5,
                new double[] {0, 0, 0, add});
    }

    @Test
    void aTreeAddsToTheLogOddsOnlyWhereBothItsTestsHold() {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[at("cosine")] = 1;
        JoinGate logistic = new JoinGate(w, -1, 0.5);
        JoinGate treed = new JoinGate(w, -1, 0.5, JoinGate.Mode.DECIDE, 0.2, 0.15, List.of(closeAndSameDay(3)));
        double[] closeToday = new double[JoinGate.ALL_FEATURES.size()];
        closeToday[at("cosine")] = 0.8;
        closeToday[at("same_day")] = 1;
        double[] closeLater = closeToday.clone();
        closeLater[at("same_day")] = 0;
        double[] farToday = closeToday.clone();
        farToday[at("cosine")] = 0.3;
        // -1 + 0.8 = -0.2 (below 0.5 for the logistic gate); the tree adds 3 only close and on the day.
        assertThat(logistic.admits(closeToday)).isFalse();
        assertThat(treed.admits(closeToday)).isTrue();
        assertThat(treed.probability(closeToday)).isCloseTo(1 / (1 + Math.exp(-2.8)), within(1e-12));
        assertThat(treed.probability(closeLater)).isEqualTo(logistic.probability(closeLater));
        assertThat(treed.probability(farToday)).isEqualTo(logistic.probability(farToday));
    }

    @Test
    void aGateWithTreesReadsBackToTheSameGateAndOneWithoutWritesAsBefore() {
        double[] all = new double[JoinGate.ALL_FEATURES.size()];
        all[at("cosine")] = 1.5;
        JoinGate.Tree conflict = new JoinGate.Tree(at("cosine"), 0.35, at("frame_conflict"), 0.5,
                at("place_conflict"), 0.5, new double[] {-0.25, -1.125, 0.5, -2});
        JoinGate treed = new JoinGate(all, -1, 0.54, JoinGate.Mode.DECIDE, 0.2, 0.15,
                List.of(closeAndSameDay(0.75), conflict));
        String text = treed.write("trees");
        assertThat(text).endsWith("tree\tcosine\t0.350000000\tframe_conflict\t0.500000000\tplace_conflict\t0.500000000"
                + "\t-0.250000000\t-1.125000000\t0.500000000\t-2.000000000\n");
        JoinGate back = JoinGate.read(text);
        assertThat(back).isEqualTo(treed);
        assertThat(back.write("trees")).isEqualTo(text);
        assertThat(back.fingerprint()).isEqualTo(treed.fingerprint())
                .isNotEqualTo(new JoinGate(all, -1, 0.54).fingerprint());
        assertThat(back.withThreshold(0.6).trees()).hasSize(2);

        JoinGate plain = new JoinGate(all, -1, 0.54);
        assertThat(plain.write("x")).doesNotContain("tree");
        assertThat(JoinGate.read(plain.write("x"))).isEqualTo(plain).isNotEqualTo(treed);
        assertThat(JoinGate.written(0.1 + 0.2)).isEqualTo(0.3);
    }

    @Test
    void aTreeOnAFeatureTheGateDoesNotWeighIsRefusedWithOneLine() {
        double[] twenty = new double[JoinGate.FEATURES.size()];
        JoinGate.Tree onEvent = new JoinGate.Tree(at("cosine"), 0.5, at("frame_conflict"), 0.5, at("cosine"), 0.5,
                new double[] {0, 0, 0, 1});
        assertThatThrownBy(() -> new JoinGate(twenty, 0, 0.5, JoinGate.Mode.DECIDE, 0.2, 0.15, List.of(onEvent)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not weigh");
        String good = new JoinGate(twenty, 0, 0.5, JoinGate.Mode.DECIDE, 0.2, 0.15, List.of(closeAndSameDay(1)))
                .write("");
        String[] bad = {
            good.replace("tree\tcosine\t0.500000000\tcosine", "tree\tcosine\t0.500000000\tframe_conflict"),
            good.replace("\t1.000000000\n", "\tone\n"),
            good.replace("\t1.000000000\n", "\n")
        };
        for (String text : bad) {
            assertThatThrownBy(() -> JoinGate.read(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("join gate").hasMessageNotContaining("\n");
        }
    }

    @Test
    void aClustererThroughATreedGateJoinsACloseReportOnTheStorysDayAndNotTheDayAfter() {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[at("cosine")] = 1;
        for (boolean trees : new boolean[] {false, true}) {
            JoinGate gate = new JoinGate(w, -1.2, 0.5, JoinGate.Mode.DECIDE, 0.2, 0.15,
                    trees ? List.of(closeAndSameDay(3)) : List.of());
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, gate);
            String story = c.assign(article("a", NOON, "x"), null);
            String sameDay = c.assign(article("b", NOON + 2 * HOUR, "y"), null);
            String dayAfter = c.assign(article("c", NOON + 30 * HOUR, "z"), null);
            assertThat(sameDay.equals(story)).as("same day joined, trees " + trees).isEqualTo(trees);
            assertThat(dayAfter).isNotEqualTo(story);
        }
    }

    private static ArticleFeatures article(String id, long time, String source) {
        return StoryEvidenceTest.article(id, time, source, "headline " + id, WORDS, List.of(), List.of());
    }
}
