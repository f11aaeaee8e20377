package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.Previews;

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

    /** The preview feature of an article made up with the test's common words against a story of one member. */
    private static double differs(String newcomer, String member) {
        double[] x = JoinGateMemoryFeaturesTest.against(JoinGateMemoryFeaturesTest.article("n", NOON + HOUR, newcomer),
                JoinGateMemoryFeaturesTest.article("a", NOON, member));
        return x[JoinGate.ALL_FEATURES.indexOf("preview_wide_differs")];
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
        assertThat(differs(TALKS_AHEAD, TALKS_HELD)).isEqualTo(1.0);
        // And the other way round: a report meeting a story the announcement heads.
        assertThat(differs(TALKS_HELD, TALKS_AHEAD)).isEqualTo(1.0);
    }

    @Test
    void twoReportsOrTwoWidePreviewsDoNotDiffer() {
        assertThat(differs("وزراء الإقليم يبحثون أزمة المياه في اجتماع رباعي", TALKS_HELD)).isEqualTo(0.0);
        for (String soon : List.of("أزمة المياه في الإقليم: القرار خلال أيام",
                "غموض بشأن مشاركة الوزراء في اجتماع أزمة المياه")) {
            assertThat(differs(soon, TALKS_AHEAD)).as(soon).isEqualTo(0.0);
        }
    }

    @Test
    void aGateThatWeighsTheFeatureKeepsTheAnnouncementApartWhereTheGateOfTwentyJoinsIt() {
        assertThat(announcementJoinsTheTalks(0)).as("a gate of the twenty").isTrue();
        assertThat(announcementJoinsTheTalks(-30)).as("a gate weighing preview_wide_differs").isFalse();
    }

    /**
     * Whether the announcement joins the story of the talks (two reports) under a gate that leans on cosine alone,
     * of the twenty features when {@code previewWeight} is 0, else of all of them with that weight on the feature.
     */
    private static boolean announcementJoinsTheTalks(double previewWeight) {
        double[] w = new double[previewWeight == 0 ? JoinGate.FEATURES.size() : JoinGate.ALL_FEATURES.size()];
        w[JoinGate.ALL_FEATURES.indexOf("cosine")] = 20;
        if (previewWeight != 0) {
            w[JoinGate.ALL_FEATURES.indexOf("preview_wide_differs")] = previewWeight;
        }
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(w, -2, 0.5));
        String talks = c.assign(JoinGateMemoryFeaturesTest.article("a", NOON, TALKS_HELD), null);
        String again = c.assign(JoinGateMemoryFeaturesTest.article("b", NOON + HOUR,
                "وزراء الإقليم يبحثون أزمة المياه في اجتماع رباعي"), null);
        assertThat(again).as("the second report joins").isEqualTo(talks);
        return c.assign(JoinGateMemoryFeaturesTest.article("c", NOON + 2 * HOUR, TALKS_AHEAD), null).equals(talks);
    }

    @Test
    void aGateOfFortyFeaturesIsWrittenAndReadBackWithTheFeature() {
        double[] all = new double[JoinGate.ALL_FEATURES.size()];
        all[0] = 1.5;
        all[all.length - 1] = -0.75;
        JoinGate gate = new JoinGate(all, -0.5, 0.54);
        String file = gate.write("made up for the test");
        assertThat(file).contains("feature\tpreview_wide_differs\t");
        JoinGate back = JoinGate.read(file);
        assertThat(back.features()).isEqualTo(JoinGate.ALL_FEATURES);
        assertThat(back.fingerprint()).isEqualTo(gate.fingerprint());
    }
}
