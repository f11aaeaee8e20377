package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The join gate's memory features (issue 20): what a story remembers of its members — the speakers of its statement
 * headlines, its acts on their objects, its latest members' vectors — and what they tell of a newcomer: another
 * speaker on the story's subject, another step of its process, an article close to one member only. Articles and
 * headlines are made up for the test.
 */
class JoinGateMemoryFeaturesTest {
    private static final long HOUR = 3_600L;
    /** Noon UTC, so that a few hours either side stay on the same day. */
    private static final long NOON = 1_700_049_600L;
    private static final List<String> WORDS = List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "k1", "k2");

    private static int at(String feature) {
        return JoinGate.ALL_FEATURES.indexOf(feature);
    }

    private static ArticleFeatures article(String id, long time, String title, List<String> words) {
        return StoryEvidenceTest.article(id, time, "o-" + id, title, words, List.of(), List.of());
    }

    /** An article of the test's common words (the kind features' test shares it). */
    static ArticleFeatures article(String id, long time, String title) {
        return article(id, time, title, WORDS);
    }

    /** The newcomer's features against the story the given members make, in order. */
    static double[] against(ArticleFeatures newcomer, ArticleFeatures... members) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT);
        String story = null;
        for (ArticleFeatures m : members) {
            String s = story == null ? c.assign(m, null) : c.assign(m, story);
            story = story == null ? s : story;
        }
        return c.features(newcomer, story).orElseThrow();
    }

    @Test
    void aStatementByASpeakerTheStoryHasNotHeardDiffersAndARewriteOfItsOwnSpeakerShares() {
        ArticleFeatures trump = article("a", NOON, "ترامب يهدد إيران بعقوبات جديدة");
        double[] rouhani = against(article("n", NOON + HOUR, "روحاني يهدد بالرد على العقوبات"), trump);
        assertThat(rouhani[at("speaker_differs")]).isEqualTo(1.0);
        assertThat(rouhani[at("speaker_shared")]).isEqualTo(0.0);
        double[] again = against(article("n", NOON + HOUR, "الرئيس ترامب يؤكد العقوبات على إيران"), trump);
        assertThat(again[at("speaker_differs")]).isEqualTo(0.0);
        assertThat(again[at("speaker_shared")]).isEqualTo(1.0);
        // a story of no statement has no speaker to differ from
        double[] none = against(article("n", NOON + HOUR, "روحاني يهدد بالرد على العقوبات"),
                article("a", NOON, "البرلمان يقر العقوبات الجديدة"));
        assertThat(none[at("speaker_differs")]).isEqualTo(0.0);
    }

    @Test
    void anotherActOrTenseOnTheStorysObjectIsAStepAndTheDaysFromTheStartCountForIt() {
        ArticleFeatures voted = article("a", NOON, "البرلمان يصوت على القانون الجديد");
        double[] ahead = against(article("n", NOON + 30 * HOUR, "البرلمان سيصوت على القانون الجديد"), voted);
        assertThat(ahead[at("stage_step")]).isEqualTo(1.0);
        assertThat(ahead[at("act_new")]).isEqualTo(1.0);
        assertThat(ahead[at("days_first_new_act")]).isCloseTo(1.25, within(1e-9));
        double[] same = against(article("n", NOON + 30 * HOUR, "النواب يصوتون على القانون الجديد"), voted);
        assertThat(same[at("stage_step")]).isEqualTo(0.0);
        assertThat(same[at("act_new")]).isEqualTo(0.0);
        assertThat(same[at("days_first_new_act")]).isEqualTo(0.0);
    }

    @Test
    void theCohesionShareCountsTheLatestMembersTheArticleIsCloseToNotJustTheBest() {
        List<String> left = List.of("l1", "l2", "l3", "l4", "l5", "l6");
        List<String> right = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        ArticleFeatures a = article("a", NOON, "x", left);
        ArticleFeatures b = article("b", NOON + HOUR, "y", right);
        double[] edge = against(article("n", NOON + 2 * HOUR, "z", left), a, b);
        assertThat(edge[at("cohesion_share")]).isCloseTo(0.5, within(1e-9));
        assertThat(edge[at("cohesion_best")]).isCloseTo(1.0, within(1e-6));
        List<String> both = new java.util.ArrayList<>(left);
        both.addAll(right);
        double[] body = against(article("n", NOON + 2 * HOUR, "z", both), a, b);
        assertThat(body[at("cohesion_share")]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aGateThatWeighsTheSpeakerKeepsAnotherSpeakersStatementApartWhereTheGateOfThirtyJoinsIt() {
        double[] thirty = new double[JoinGate.WIDTHS.get(1)];
        thirty[at("cosine")] = 20;
        double[] all = java.util.Arrays.copyOf(thirty, JoinGate.ALL_FEATURES.size());
        all[at("speaker_differs")] = -30;
        for (boolean memory : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(memory ? all : thirty, -2, 0.5));
            String story = c.assign(article("a", NOON, "ترامب يهدد إيران بعقوبات جديدة"), null);
            String same = c.assign(article("b", NOON + HOUR, "ترامب يؤكد العقوبات على إيران"), null);
            String other = c.assign(article("c", NOON + 2 * HOUR, "روحاني يهدد بالرد على العقوبات"), null);
            assertThat(same).isEqualTo(story);
            assertThat(other.equals(story)).as("joined with memory features " + memory).isEqualTo(!memory);
        }
    }
}
