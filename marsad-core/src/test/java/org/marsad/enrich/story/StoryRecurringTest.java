package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Recurring deeds apart: the Houthis fired missiles at Saudi Arabia every few days in April 2018 and each
 * interception is its own event by the labelling rules, though the reports share their words, actors and places;
 * rewrites of one interception within hours stay together. Headlines after the ANT April 2018 slice; the bodies are
 * made-up shared words.
 */
class StoryRecurringTest {
    private static final long HOUR = HeadlineRuleCases.HOUR;
    private static final long START = HeadlineRuleCases.START;
    private static final String JAZAN = "التحالف العربي يعترض صاروخين حوثيين باتجاه جازان";
    private static final String JAZAN_REWRITE = "السعودية تدمر صاروخا باليستيا أطلق نحو جازان";
    private static final String NAJRAN = "السعودية: اعتراض صاروخ باليستي استهدف منطقة \"مدنية\" في نجران";
    private static final String STRIKE = "التحالف يوجه \"ضربة استباقية\" للحوثيين في صنعاء";

    /** Similarity alone decides (no key-term, running-subject or evidence test); a recurring gap or none. */
    private static StoryRules rules(Duration recurringGap) {
        return HeadlineRuleCases.similarityOnly(true, Duration.ZERO, recurringGap);
    }

    private static ArticleFeatures article(String id, long time, String source, String title) {
        return HeadlineRuleCases.article(id, time, source, title,
                List.of("الحوثيين", "صاروخ", "باليستي", "السعودية", "التحالف", "اعتراض"));
    }

    @Test
    void anotherDaysInterceptionStartsAStoryOfItsOwnWhileRewritesJoin() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(12)));
        String jazan = c.assign(article("j1", START, "x", JAZAN), null);
        assertThat(c.assign(article("j2", START + 3 * HOUR, "y", JAZAN_REWRITE), null)).isEqualTo(jazan);
        String najran = c.assign(article("n1", START + 24 * HOUR, "z", NAJRAN), null);
        assertThat(najran).isNotEqualTo(jazan);
        assertThat(c.standing(article("n2", START + 25 * HOUR, "x", NAJRAN), jazan).orElseThrow().refusal())
                .isEqualTo(StoryClusterer.Refusal.RECURRING);
    }

    @Test
    void withoutTheGapTheSameArticlesMakeOneStory() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ZERO));
        String jazan = c.assign(article("j1", START, "x", JAZAN), null);
        assertThat(c.assign(article("n1", START + 24 * HOUR, "z", NAJRAN), null)).isEqualTo(jazan);
    }

    @Test
    void otherNewsOfTheConflictIsNotHeldToTheGap() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(12)));
        String jazan = c.assign(article("j1", START, "x", JAZAN), null);
        assertThat(c.assign(article("s1", START + 24 * HOUR, "y", STRIKE), null)).isEqualTo(jazan);
    }

    @Test
    void aStorysInterceptionsSurviveItsStateFile() throws IOException {
        StoryClusterer live = new StoryClusterer(rules(Duration.ofHours(12)));
        String jazan = live.assign(article("j1", START, "x", JAZAN), null);
        StoryClusterer reopened = HeadlineRuleCases.reopened(live, rules(Duration.ofHours(12)));
        assertThat(reopened.assign(article("n1", START + 24 * HOUR, "z", NAJRAN), null)).isNotEqualTo(jazan);
        assertThat(reopened.assign(article("j2", START + 2 * HOUR, "y", JAZAN_REWRITE), null)).isEqualTo(jazan);
    }
}
