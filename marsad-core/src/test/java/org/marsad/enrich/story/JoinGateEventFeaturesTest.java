package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The join gate's event features (issue 20): what tells two happenings on one subject apart — the act the headlines
 * report, the places and figures they name, the story's spread, closeness on the story's days — computed by the
 * clusterer against a story; and a gate file of the twenty features of before still reads and weighs only them.
 * Articles are made up (words, entities and headlines written for the test).
 */
class JoinGateEventFeaturesTest {
    private static final long HOUR = 3_600L;
    /** Noon UTC, so that a few hours either side stay on the same day. */
    private static final long NOON = 1_700_049_600L;
    private static final List<String> WORDS = List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "k1", "k2");

    private static int at(String feature) {
        return JoinGate.ALL_FEATURES.indexOf(feature);
    }

    private static ArticleFeatures article(String id, long time, String source, String title, List<String> entities) {
        return StoryEvidenceTest.article(id, time, source, title, WORDS, entities, List.of());
    }

    /** The newcomer's features against the story {@code first} starts. */
    private static double[] against(ArticleFeatures first, ArticleFeatures newcomer) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT);
        String story = c.assign(first, null);
        return c.features(newcomer, story).orElseThrow();
    }

    @Test
    void aGateOfTheTwentyFeaturesReadsAndWeighsOnlyThemAndOneWithTheEventFeaturesReadsBack() {
        assertThat(JoinGate.ALL_FEATURES).startsWith(JoinGate.FEATURES.toArray(String[]::new))
                .containsSubsequence(JoinGate.EVENT_FEATURES.toArray(String[]::new));
        assertThat(JoinGate.ALL_FEATURES.subList(JoinGate.FEATURES.size(), JoinGate.WIDTHS.get(1)))
                .isEqualTo(JoinGate.EVENT_FEATURES);
        double[] twenty = new double[JoinGate.FEATURES.size()];
        twenty[at("cosine")] = 4;
        JoinGate before = new JoinGate(twenty, -2, 0.5);
        assertThat(before.features()).isEqualTo(JoinGate.FEATURES);
        assertThat(before.write("")).doesNotContain("frame_conflict");
        assertThat(JoinGate.read(before.write(""))).isEqualTo(before);

        double[] all = new double[JoinGate.ALL_FEATURES.size()];
        all[at("cosine")] = 4;
        all[at("place_conflict")] = -3;
        JoinGate event = new JoinGate(all, -2, 0.5);
        String text = event.write("with the event features");
        assertThat(text).contains("feature\tplace_conflict\t-3.000000000\n");
        assertThat(JoinGate.read(text)).isEqualTo(event);
        assertThat(JoinGate.read(text).write("with the event features")).isEqualTo(text);

        // One vector of every feature, as the clusterer computes it: the old gate does not see the conflict.
        double[] x = new double[JoinGate.ALL_FEATURES.size()];
        x[at("cosine")] = 0.6;
        x[at("place_conflict")] = 1;
        assertThat(before.admits(x)).isTrue();
        assertThat(event.admits(x)).isFalse();

        // A file with some but not all of the event features is refused.
        String cut = text.replace("feature\tcosine_days_last\t0.000000000\n", "");
        assertThatThrownBy(() -> JoinGate.read(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features");
        assertThatThrownBy(() -> new JoinGate(new double[25], 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoReportsOfOneWordingInTwoTownsConflictInPlaceAndInOneTownDoNot() {
        ArticleFeatures first = article("a", NOON, "x", "first", List.of("LOC|town-a", "PER|p"));
        double[] elsewhere = against(first, article("b", NOON + 2 * HOUR, "y", "second", List.of("LOC|town-b")));
        double[] there = against(first, article("c", NOON + 2 * HOUR, "y", "second", List.of("LOC|town-a")));
        double[] nowhere = against(first, article("d", NOON + 2 * HOUR, "y", "second", List.of("PER|p")));
        assertThat(elsewhere[at("place_conflict")]).isEqualTo(1.0);
        assertThat(there[at("place_conflict")]).isEqualTo(0.0);
        assertThat(nowhere[at("place_conflict")]).isEqualTo(0.0);
        // The story names one place: its spread.
        assertThat(there[at("story_places")]).isEqualTo(1.0);
        ArticleFeatures placeless = article("e", NOON, "x", "first", List.of("PER|p"));
        assertThat(against(placeless, article("b", NOON + HOUR, "y", "second", List.of("LOC|town-b")))
                [at("place_conflict")]).isEqualTo(0.0);
    }

    @Test
    void headlinesOfTwoActsConflictAndTwoReportsOfOneActAgree() {
        ArticleFeatures killed = article("a", NOON, "x", "مقتل 27 مدنيا في غارات جوية على البلدة", List.of());
        double[] evacuation = against(killed,
                article("b", NOON + HOUR, "y", "اتفاق لإجلاء المقاتلين من البلدة", List.of()));
        double[] alsoKilled = against(killed,
                article("c", NOON + HOUR, "y", "مقتل 27 مدنيا بغارات على البلدة", List.of()));
        double[] noAct = against(killed, article("d", NOON + HOUR, "y", "أسعار النفط ترتفع لأعلى مستوى", List.of()));
        assertThat(evacuation[at("frame_conflict")]).isEqualTo(1.0);
        assertThat(evacuation[at("frame_agree")]).isEqualTo(0.0);
        assertThat(alsoKilled[at("frame_conflict")]).isEqualTo(0.0);
        assertThat(alsoKilled[at("frame_agree")]).isEqualTo(1.0);
        assertThat(noAct[at("frame_conflict")]).isEqualTo(0.0);
        assertThat(noAct[at("frame_agree")]).isEqualTo(0.0);
    }

    @Test
    void closenessIsCrossedWithTheStorysDaysAndTheTimeSinceItsLatestArticle() {
        ArticleFeatures first = article("a", NOON, "x", "first", List.of());
        double[] sameDay = against(first, article("b", NOON + 2 * HOUR, "y", "second", List.of()));
        double[] nextDay = against(first, article("c", NOON + 30 * HOUR, "y", "second", List.of()));
        assertThat(sameDay[at("cosine")]).isGreaterThan(0.5);
        assertThat(sameDay[at("cosine_same_day")]).isEqualTo(sameDay[at("cosine")]);
        assertThat(sameDay[at("link_same_day")]).isEqualTo(sameDay[at("average_link")]);
        assertThat(sameDay[at("cosine_days_last")]).isCloseTo(sameDay[at("cosine")] / 12, within(1e-9));
        assertThat(nextDay[at("cosine_same_day")]).isEqualTo(0.0);
        assertThat(nextDay[at("link_same_day")]).isEqualTo(0.0);
        assertThat(nextDay[at("cosine_days_last")]).isCloseTo(nextDay[at("cosine")] * 1.25, within(1e-9));
        // A statement offered to a story of statements is marked; a deed's report offered to it is not.
        ArticleFeatures said = article("s", NOON, "x", "الوزير يحذر من التصعيد في المنطقة", List.of());
        double[] saidAgain = against(said, article("t", NOON + HOUR, "y", "الرئيس يندد بالتصعيد في المنطقة",
                List.of()));
        double[] deed = against(said, article("u", NOON + HOUR, "y", "انفجار في المنطقة", List.of()));
        assertThat(saidAgain[at("both_statements")]).isEqualTo(1.0);
        assertThat(deed[at("both_statements")]).isEqualTo(0.0);
    }

    @Test
    void aStorysSpreadCountsTheDaysFromItsStartToItsLatestArticle() {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT);
        String story = c.assign(article("a", NOON, "x", "first", List.of()), null);
        assertThat(c.features(article("n", NOON + HOUR, "z", "third", List.of()), story).orElseThrow()
                [at("story_days")]).isEqualTo(0.0);
        assertThat(c.assign(article("b", NOON + 12 * HOUR, "y", "second", List.of()), null)).isEqualTo(story);
        assertThat(c.features(article("n", NOON + 13 * HOUR, "z", "third", List.of()), story).orElseThrow()
                [at("story_days")]).isEqualTo(0.5);
    }

    @Test
    void aGateThatWeighsAPlaceConflictKeepsTwoTownsApartWhereTheGateOfTwentyJoinsThem() {
        double[] twenty = new double[JoinGate.FEATURES.size()];
        twenty[at("cosine")] = 20;
        double[] all = java.util.Arrays.copyOf(twenty, JoinGate.ALL_FEATURES.size());
        all[at("place_conflict")] = -30;
        for (boolean events : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(events ? all : twenty, -2, 0.5));
            String story = c.assign(article("a", NOON, "x", "first", List.of("LOC|town-a")), null);
            String there = c.assign(article("b", NOON + HOUR, "y", "second", List.of("LOC|town-a")), null);
            String elsewhere = c.assign(article("c", NOON + 2 * HOUR, "z", "third", List.of("LOC|town-b")), null);
            assertThat(there).isEqualTo(story);
            assertThat(elsewhere.equals(story)).as("joined with event features " + events).isEqualTo(!events);
        }
    }
}
