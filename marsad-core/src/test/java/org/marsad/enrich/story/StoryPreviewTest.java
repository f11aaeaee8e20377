package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Previews apart: a headline announcing a happening to come ("the awaited summit") and one reporting it are two
 * events by the labelling rules (LABELLING.md: "a preview and the result of a match"), however alike their words.
 * Headlines after the ANT April 2018 slice's Korean summit; the bodies are made-up shared words.
 */
class StoryPreviewTest {
    private static final long HOUR = HeadlineRuleCases.HOUR;
    private static final long START = HeadlineRuleCases.START;
    private static final String PREVIEW = "الشارع الكوري الجنوبي بين متفائل ومشكك في القمة المرتقبة مع بيونغ يانغ";
    private static final String PREVIEW_2 = "قبل القمة.. سيول تكشف توجهات كوريا الشمالية النووية";
    private static final String HAPPENING = "قمة الكوريتين.. الزعيمان يتوجهان إلى الحدود";
    private static final String HAPPENING_2 = "شاهد.. لحظة لقاء كيم جونغ أون برئيس كوريا الجنوبية";

    /** Similarity alone decides (no key-term, running-subject or evidence test); previews apart or not. */
    private static StoryRules rules(boolean previewsApart) {
        return HeadlineRuleCases.similarityOnly(previewsApart, Duration.ZERO, Duration.ZERO);
    }

    private static ArticleFeatures article(String id, long time, String source, String title) {
        return HeadlineRuleCases.article(id, time, source, title,
                List.of("قمة", "كيم", "مون", "الحدود", "بانمونجوم", "نووي"));
    }

    @Test
    void aReportOfTheHappeningDoesNotJoinItsPreviews() {
        StoryClusterer c = new StoryClusterer(rules(true));
        String previews = c.assign(article("p1", START, "x", PREVIEW), null);
        assertThat(c.assign(article("p2", START + 2 * HOUR, "y", PREVIEW_2), null)).isEqualTo(previews);
        String happening = c.assign(article("h1", START + 20 * HOUR, "x", HAPPENING), null);
        assertThat(happening).isNotEqualTo(previews);
        assertThat(c.assign(article("h2", START + 21 * HOUR, "y", HAPPENING_2), null)).isEqualTo(happening);
    }

    @Test
    void withoutTheRuleTheSameArticlesMakeOneStory() {
        StoryClusterer c = new StoryClusterer(rules(false));
        String previews = c.assign(article("p1", START, "x", PREVIEW), null);
        assertThat(c.assign(article("h1", START + 20 * HOUR, "x", HAPPENING), null)).isEqualTo(previews);
    }

    @Test
    void aPreviewDoesNotJoinAStoryOfTheHappeningEither() {
        StoryClusterer c = new StoryClusterer(rules(true));
        String happening = c.assign(article("h1", START, "x", HAPPENING), null);
        assertThat(c.assign(article("p1", START + HOUR, "y", PREVIEW), null)).isNotEqualTo(happening);
        assertThat(c.standing(article("p2", START + 2 * HOUR, "z", PREVIEW_2), happening).orElseThrow().refusal())
                .isEqualTo(StoryClusterer.Refusal.PREVIEW);
    }

    @Test
    void aCopyJoinsItsOriginalsStoryWhateverItsHeadline() {
        StoryClusterer c = new StoryClusterer(rules(true));
        String previews = c.assign(article("p1", START, "x", PREVIEW), null);
        assertThat(c.assign(article("h1", START + HOUR, "y", HAPPENING), previews)).isEqualTo(previews);
    }

    @Test
    void aStorysKindSurvivesItsStateFile() throws IOException {
        StoryClusterer live = new StoryClusterer(rules(true));
        String previews = live.assign(article("p1", START, "x", PREVIEW), null);
        StoryClusterer reopened = HeadlineRuleCases.reopened(live, rules(true));
        assertThat(reopened.assign(article("h1", START + 20 * HOUR, "x", HAPPENING), null)).isNotEqualTo(previews);
        assertThat(reopened.assign(article("p2", START + 21 * HOUR, "y", PREVIEW_2), null)).isEqualTo(previews);
    }
}
