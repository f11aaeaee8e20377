package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.Previews;
import org.marsad.enrich.ArticleFeatures;

/**
 * The join gate's preview feature (issue 20, branch stories29): a headline that only the wide reading takes for a
 * preview («اجتماع … لبحث …», «قريبا», doubt over taking part) against a story headed by a report, or the other way
 * round, is told to a gate that weighs it, while the narrow preview rule and a gate of the twenty decide as before.
 * Articles and headlines are made up for the test.
 */
class JoinGatePreviewFeatureTest {
    private static final long HOUR = 3_600L;
    private static final long NOON = 1_700_049_600L;

    private static final String TALKS_HELD = "الوزراء يبحثون أزمة المياه في الإقليم";
    private static final String TALKS_AHEAD = "اجتماع رباعي لبحث أزمة المياه في الإقليم";

    private static int at(String feature) {
        return JoinGate.ALL_FEATURES.indexOf(feature);
    }

    private static ArticleFeatures article(String id, long time, String title) {
        return JoinGateMemoryFeaturesTest.article(id, time, title);
    }

    private static double[] against(ArticleFeatures newcomer, ArticleFeatures member) {
        return JoinGateMemoryFeaturesTest.against(newcomer, member);
    }

    @Test
    void theFeatureComesLastAndMakesTheWidestGate() {
        assertThat(JoinGate.ALL_FEATURES.get(JoinGate.ALL_FEATURES.size() - 1)).isEqualTo("preview_wide_differs");
        assertThat(JoinGate.WIDTHS.get(JoinGate.WIDTHS.size() - 1)).isEqualTo(JoinGate.ALL_FEATURES.size());
    }

    @Test
    void aGatheringAnnouncedWithItsAgendaDiffersFromAStoryOfTheTalksHeld() {
        // The case the feature is for: the narrow reading takes the announcement for a report, the wide one does not.
        assertThat(Previews.announcesAhead(TALKS_AHEAD)).isFalse();
        assertThat(Previews.announcesAheadWidely(TALKS_AHEAD)).isTrue();
        ArticleFeatures held = article("a", NOON, TALKS_HELD);
        assertThat(against(article("n", NOON + HOUR, TALKS_AHEAD), held)[at("preview_wide_differs")]).isEqualTo(1.0);
        // And the other way round: a report meeting a story the announcement heads.
        ArticleFeatures ahead = article("a", NOON, TALKS_AHEAD);
        assertThat(against(article("n", NOON + HOUR, TALKS_HELD), ahead)[at("preview_wide_differs")]).isEqualTo(1.0);
    }

    @Test
    void twoReportsOrTwoWidePreviewsDoNotDiffer() {
        ArticleFeatures held = article("a", NOON, TALKS_HELD);
        assertThat(against(article("n", NOON + HOUR, "وزراء الإقليم يبحثون أزمة المياه في اجتماع رباعي"), held)
                [at("preview_wide_differs")]).isEqualTo(0.0);
        for (String soon : List.of("أزمة المياه في الإقليم: القرار خلال أيام",
                "غموض بشأن مشاركة الوزراء في اجتماع أزمة المياه")) {
            assertThat(against(article("n", NOON + HOUR, soon), article("a", NOON, TALKS_AHEAD))
                    [at("preview_wide_differs")]).as(soon).isEqualTo(0.0);
        }
    }

    @Test
    void aGateThatWeighsTheFeatureKeepsTheAnnouncementApartWhereTheGateOfTwentyJoinsIt() {
        double[] twenty = new double[JoinGate.FEATURES.size()];
        twenty[at("cosine")] = 20;
        double[] all = java.util.Arrays.copyOf(twenty, JoinGate.ALL_FEATURES.size());
        all[at("preview_wide_differs")] = -30;
        for (boolean weighed : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(weighed ? all : twenty, -2, 0.5));
            String story = c.assign(article("a", NOON, TALKS_HELD), null);
            String report = c.assign(article("b", NOON + HOUR, "وزراء الإقليم يبحثون أزمة المياه في اجتماع رباعي"),
                    null);
            String ahead = c.assign(article("c", NOON + 2 * HOUR, TALKS_AHEAD), null);
            assertThat(report).isEqualTo(story);
            assertThat(ahead.equals(story)).as("joined with the preview feature weighed " + weighed)
                    .isEqualTo(!weighed);
        }
    }

    @Test
    void aGateOfFortyFeaturesIsWrittenAndReadBackWithTheFeature() {
        double[] all = new double[JoinGate.ALL_FEATURES.size()];
        all[at("cosine")] = 1.5;
        all[at("preview_wide_differs")] = -0.75;
        JoinGate gate = new JoinGate(all, -0.5, 0.54);
        String file = gate.write("made up for the test");
        assertThat(file).contains("feature\tpreview_wide_differs\t");
        JoinGate back = JoinGate.read(file);
        assertThat(back.features()).isEqualTo(JoinGate.ALL_FEATURES);
        assertThat(back.fingerprint()).isEqualTo(gate.fingerprint());
    }
}
