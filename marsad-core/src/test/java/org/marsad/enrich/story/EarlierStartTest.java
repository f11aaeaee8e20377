package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * The earlier-start choice ({@link JoinGate.Switch#EARLIER_START}, issue 20, a candidate): two stories of one happening
 * opened within hours of each other, and a third report the gate admits to both, closer to the younger. Under the
 * switch it joins the story that began first; without it, the one it scores highest. A gate that weighs the centroid
 * cosine alone (admitting from 0.3) stands in for the learned one, so the test decides what the gate admits; the
 * headlines are made up: a flood in a town told first by its rain, then by its rescue, then by both.
 */
class EarlierStartTest {
    private static final Instant START = Instant.parse("2024-11-03T00:00:00Z");
    /** The rain's words and the rescue's words share none: the second report cannot join the first's story. */
    private static final String RAIN = "أمطار غزيرة سيول جارفة وادي المدينة منسوب المياه ارتفاع قياسي";
    private static final String RESCUE = "فرق الدفاع المدني تنقذ عائلات محاصرة بالقوارب المطاطية ليلا";

    /** Half the rain's words and all the rescue's: admitted to both, closer to the rescue. */
    private static final String BOTH = "سيول جارفة وادي المدينة " + RESCUE;

    private static JoinGate cosineGate(JoinGate.Switch... switches) {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[JoinGate.FEATURES.indexOf("cosine")] = 10;
        return new JoinGate(w, -3, 0.5).withSwitches(Set.of(switches));
    }

    private static ArticleFeatures report(String id, String words, int hours) {
        Article a = Article.builder().id(id).title(words).source("outlet " + id).body(List.of(words))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        return ArticleFeatures.of(a, START);
    }

    /** Both reports of the flood as the gate sees them, then the third; returns the three stories' ids. */
    private static List<String> told(StoryClusterer c, int rescueHours, int bothHours) {
        String rain = c.assign(report("a", RAIN, 0), null);
        String rescue = c.assign(report("b", RESCUE, rescueHours), null);
        String both = c.assign(report("c", BOTH, bothHours), null);
        return List.of(rain, rescue, both);
    }

    @Test
    void aReportAdmittedToTwoYoungStoriesJoinsTheOneThatBeganFirst() {
        StoryClusterer best = new StoryClusterer(StoryRules.DEFAULT, cosineGate());
        List<String> plain = told(best, 3, 5);
        assertThat(plain.get(1)).as("the rescue opens a story of its own").isNotEqualTo(plain.get(0));
        double[] x = best.features(report("x", BOTH, 5), plain.get(0)).orElseThrow();
        assertThat(cosineGate().probability(x)).as("the gate admits the third report to the rain's story too, cosine "
                + x[0]).isGreaterThanOrEqualTo(0.5);
        assertThat(plain.get(2)).as("without the switch: the closer story, the rescue's").isEqualTo(plain.get(1));

        List<String> on = told(new StoryClusterer(StoryRules.DEFAULT, cosineGate(JoinGate.Switch.EARLIER_START)), 3, 5);
        assertThat(on.get(1)).isNotEqualTo(on.get(0));
        assertThat(on.get(2)).as("under the switch: the story that began first, the rain's").isEqualTo(on.get(0));
    }

    @Test
    void aStoryBegunMoreThanTwelveHoursBeforeIsNotPreferred() {
        // The rain's story began 14 hours before the third report: not young, so the closer story keeps it.
        List<String> on = told(new StoryClusterer(StoryRules.DEFAULT, cosineGate(JoinGate.Switch.EARLIER_START)), 12, 14);
        assertThat(on.get(1)).isNotEqualTo(on.get(0));
        assertThat(on.get(2)).isEqualTo(on.get(1));
    }
}
