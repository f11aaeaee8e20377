package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.enrich.story.EagerGate.gate;
import static org.marsad.enrich.story.EagerGate.stories;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Two headlines' frame conflict as a refusal under the gate ({@link JoinGate.Switch#FRAME_REFUSAL}, issue 20, branch
 * stories34, a candidate): a report of a strike on a town and a report of arrests there are two happenings of one
 * affair, however alike their bodies; under the switch the second is not weighed against the first's story, unless it
 * is a copy of one of its members. The headlines write their act words in forms the frozen lexicon does not hold
 * («غاراته», «اعتقالات»), so the conflict is seen only when they are read inflected. Made-up reports of a made-up town;
 * the place is given as the entities stage would give it; the eager gate would join any story above its floor.
 */
class FrameRefusalTest {
    private static final Instant START = Instant.parse("2024-06-10T00:00:00Z");
    private static final String PLACE = "LOC|3";
    private static final String BODY = "شهدت بلدة الوادي الشمالية يوما عصيبا إذ أفاد سكان ومسؤولون محليون بأن الأحياء"
            + " الشرقية من البلدة عاشت ساعات من التوتر وأن المدارس والأسواق أغلقت أبوابها وسط انتشار أمني كثيف";
    private static final String STRIKES_BODY = BODY + " بعد غارات جوية متتالية";

    private static final ArticleFeatures STRIKES = report("a", "وكالة أ", "الجيش يكثف غاراته على بلدة الوادي",
            STRIKES_BODY, 8);
    private static final ArticleFeatures ARRESTS = report("b", "صحيفة ب", "اعتقالات واسعة في بلدة الوادي",
            BODY + " وحملة اعتقالات واسعة", 12);
    /** Another outlet's strike report: the same happening, never refused. */
    private static final ArticleFeatures STRIKES_AGAIN = report("c", "قناة ج", "غارات جوية متتالية على بلدة الوادي",
            BODY + " بعد غارات جوية متتالية على البلدة", 13);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        return EagerGate.report(START, PLACE, id, outlet, title, body, hours);
    }

    @Test
    void theTwoHeadlinesConflictOnlyWhenTheirActWordsAreReadInflected() {
        assertThat(EventFrame.of(STRIKES.title()).known()).isFalse();
        assertThat(EventFrame.of(ARRESTS.title()).known()).isFalse();
        EventFrame strikes = EventFrame.of(STRIKES.title(), false, true);
        EventFrame arrests = EventFrame.of(ARRESTS.title(), false, true);
        assertThat(StoryRules.DEFAULT.framesConflict(arrests, strikes)).isTrue();
        assertThat(StoryRules.DEFAULT.framesConflict(EventFrame.of(STRIKES_AGAIN.title(), false, true), strikes))
                .isFalse();
    }

    @Test
    void aReportOfAnotherActIsRefusedTheStoryUnderTheSwitch() {
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of()));
        String story = probe.assign(STRIKES, null);
        double[] x = probe.features(ARRESTS, story).orElseThrow();
        assertThat(x[0]).as("above the gate's floor").isGreaterThanOrEqualTo(0.2);
        assertThat(x[1]).isGreaterThanOrEqualTo(0.15);

        List<String> without = stories(gate(Set.of()), STRIKES, ARRESTS, STRIKES_AGAIN);
        assertThat(without).as("without the switch the gate joins all three").containsOnly(without.get(0));
        List<String> with = stories(gate(Set.of(JoinGate.Switch.FRAME_REFUSAL)), STRIKES, ARRESTS, STRIKES_AGAIN);
        assertThat(with.get(1)).as("the arrests: a story of their own").isNotEqualTo(with.get(0));
        assertThat(with.get(2)).as("the second strike report still joins").isEqualTo(with.get(0));
    }

    @Test
    void aCopyOfAMemberIsNotRefusedItsOriginalsStory() {
        // The arrests' outlet runs the strike report's body again the next day (UTC) under its own headline: a copy
        // off its story's days goes through the gate (copies on story days), where the conflict would refuse it.
        ArticleFeatures copy = report("d", "صحيفة ب", ARRESTS.title(), STRIKES_BODY, 26);
        ArticleFeatures twin = report("e", "صحيفة ب", ARRESTS.title(), STRIKES_BODY, 26);

        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of(JoinGate.Switch.FRAME_REFUSAL)));
        String story = c.assign(STRIKES, null);
        assertThat(c.assign(copy, story)).as("a copy of a member").isEqualTo(story);

        StoryClusterer d = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of(JoinGate.Switch.FRAME_REFUSAL)));
        String again = d.assign(STRIKES, null);
        assertThat(d.assign(twin, null)).as("the same text, not known as a copy").isNotEqualTo(again);
    }
}
