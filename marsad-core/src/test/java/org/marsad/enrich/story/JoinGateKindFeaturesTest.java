package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The join gate's kind features (issue 20): a question about what may come or an analysis beside a story of reports
 * is read as another kind of article, an explainer as another kind that does not speculate. Articles and headlines are
 * made up for the test.
 */
class JoinGateKindFeaturesTest {
    private static final long HOUR = 3_600L;
    private static final long NOON = 1_700_049_600L;

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
    void theFeaturesComeLastAfterTheMemorys() {
        assertThat(JoinGate.ALL_FEATURES.subList(JoinGate.WIDTHS.get(2), JoinGate.WIDTHS.get(3)))
                .containsExactly("kind_differs", "kind_speculates");
        assertThat(JoinGate.WIDTHS).containsExactly(20, 30, 37, 39, 40);
    }

    @Test
    void aQuestionAboutWhatMayComeBesideAReportDiffersAndSpeculates() {
        ArticleFeatures summit = article("a", NOON, "الزعيمان يوقعان إعلان السلام في القمة");
        double[] whether = against(article("n", NOON + HOUR, "قمة الزعيمين: هل تقود إلى سلام دائم؟"), summit);
        assertThat(whether[at("kind_differs")]).isEqualTo(1.0);
        assertThat(whether[at("kind_speculates")]).isEqualTo(1.0);
        double[] who = against(article("n", NOON + HOUR, "من هو الزعيم الذي وقع إعلان السلام؟"), summit);
        assertThat(who[at("kind_differs")]).isEqualTo(1.0);
        assertThat(who[at("kind_speculates")]).isEqualTo(0.0);
        double[] report = against(article("n", NOON + HOUR, "توقيع إعلان السلام بين الزعيمين"), summit);
        assertThat(report[at("kind_differs")]).isEqualTo(0.0);
        assertThat(report[at("kind_speculates")]).isEqualTo(0.0);
    }

    @Test
    void aQuestionBesideAStoryHeadedByAQuestionIsTheSameKind() {
        ArticleFeatures asked = article("a", NOON, "هل تقود القمة إلى سلام دائم؟");
        double[] again = against(article("n", NOON + HOUR, "هل ينجح إعلان السلام؟"), asked);
        assertThat(again[at("kind_differs")]).isEqualTo(0.0);
        assertThat(again[at("kind_speculates")]).isEqualTo(0.0);
    }

    @Test
    void aGateThatWeighsSpeculationKeepsTheQuestionApartWhereTheGateOfTwentyJoinsIt() {
        double[] twenty = new double[JoinGate.FEATURES.size()];
        twenty[at("cosine")] = 20;
        double[] all = java.util.Arrays.copyOf(twenty, JoinGate.ALL_FEATURES.size());
        all[at("kind_speculates")] = -30;
        for (boolean kind : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(kind ? all : twenty, -2, 0.5));
            String story = c.assign(article("a", NOON, "الزعيمان يوقعان إعلان السلام في القمة"), null);
            String report = c.assign(article("b", NOON + HOUR, "توقيع إعلان السلام بين الزعيمين"), null);
            String question = c.assign(article("c", NOON + 2 * HOUR, "قمة الزعيمين: هل تقود إلى سلام دائم؟"), null);
            assertThat(report).isEqualTo(story);
            assertThat(question.equals(story)).as("joined with kind features " + kind).isEqualTo(!kind);
        }
    }

    @Test
    void aGateThatWeighsNoMemoryFeatureKeepsNoMemoryInItsStories() {
        double[] kindOnly = new double[JoinGate.ALL_FEATURES.size()];
        kindOnly[at("cosine")] = 20;
        kindOnly[at("kind_speculates")] = -30;
        double[] withMemory = kindOnly.clone();
        withMemory[at("act_new")] = -1;
        for (boolean memory : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT,
                    new JoinGate(memory ? withMemory : kindOnly, -2, 0.5));
            String story = c.assign(article("a", NOON, "الزعيمان يوقعان إعلان السلام في القمة"), null);
            double[] x = c.features(article("n", NOON + HOUR, "توقيع إعلان السلام بين الزعيمين"), story)
                    .orElseThrow();
            // the members' vectors a story keeps for its cohesion share: none when no memory weight reads them
            assertThat(x[at("cohesion_share")]).as("memory kept " + memory).isEqualTo(memory ? 1.0 : 0.0);
        }
    }
}
