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
 * An act-less headline against a deed's story under the gate ({@link JoinGate.Switch#UNFRAMED_TO_DEED}, issue 20,
 * branch stories34, a candidate): a piece on a town's week without power, whose headline names no act, is weighed
 * against the story of the strikes on that town only at the rules' similarity threshold, unless it is a copy of one of
 * its members. The strike headline writes its act word in a form the frozen lexicon does not hold («غاراته»), so the
 * story is seen to report a deed only when act words are read inflected. Made-up reports of a made-up town; the place
 * is given as the entities stage would give it; the eager gate would join any story above its floor.
 */
class UnframedToDeedTest {
    private static final Instant START = Instant.parse("2024-06-10T00:00:00Z");
    private static final String PLACE = "LOC|3";
    private static final String DAY_BODY = "ينتظر السكان عودة الكهرباء والماء إلى منازلهم بعد أسبوع من الانقطاع وارتفاع"
            + " الأسعار وقلة الوقود";
    private static final String STRIKES_BODY = "شنت طائرات الجيش غارات جوية متتالية على الأحياء الشرقية من بلدة"
            + " الوادي الشمالية فجر اليوم وأفاد سكان ومسؤولون محليون بأن المدارس والأسواق أغلقت أبوابها";

    private static final ArticleFeatures STRIKES = report("a", "وكالة أ", "الجيش يكثف غاراته على بلدة الوادي",
            STRIKES_BODY, 8);
    /** A piece on the town's week without power, naming no act: it shares a few of the strike report's words. */
    private static final ArticleFeatures DAY = report("b", "صحيفة ب", "أسبوع بلا كهرباء في بلدة الوادي", DAY_BODY, 12);
    /** Another outlet's piece naming no act, close to the strike report's whole wording. */
    private static final ArticleFeatures CLOSE = report("c", "قناة ج", "ليلة صعبة في بلدة الوادي",
            STRIKES_BODY + " وسط خوف السكان", 13);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        return EagerGate.report(START, PLACE, id, outlet, title, body, hours);
    }

    @Test
    void theStoryReportsADeedOnlyWhenItsActWordIsReadInflected() {
        assertThat(EventFrame.of(STRIKES.title()).known()).isFalse();
        assertThat(EventFrame.of(STRIKES.title(), false, true).known()).isTrue();
        assertThat(EventFrame.of(DAY.title(), false, true).known()).isFalse();
        assertThat(EventFrame.of(CLOSE.title(), false, true).known()).isFalse();
    }

    @Test
    void anActlessPieceBelowTheThresholdIsNotWeighedUnderTheSwitch() {
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of()));
        String story = probe.assign(STRIKES, null);
        double[] day = probe.features(DAY, story).orElseThrow();
        assertThat(day[0]).as("above the gate's floor, below the rules' threshold").isGreaterThanOrEqualTo(0.2)
                .isLessThan(StoryRules.DEFAULT.threshold());
        assertThat(day[1]).isGreaterThanOrEqualTo(0.15);
        assertThat(probe.features(CLOSE, story).orElseThrow()[0]).as("the close piece")
                .isGreaterThanOrEqualTo(StoryRules.DEFAULT.threshold());

        List<String> without = stories(gate(Set.of()), STRIKES, DAY, CLOSE);
        assertThat(without).as("without the switch the gate joins all three").containsOnly(without.get(0));
        List<String> with = stories(gate(Set.of(JoinGate.Switch.UNFRAMED_TO_DEED)), STRIKES, DAY, CLOSE);
        assertThat(with.get(1)).as("the week's piece: a story of its own").isNotEqualTo(with.get(0));
        assertThat(with.get(2)).as("the close piece still joins").isEqualTo(with.get(0));
    }

    @Test
    void aCopyOfAMemberIsNotKeptFromItsOriginalsStory() {
        // A copy of a member of the strike story (as the near-duplicate stage finds one), published the next day
        // (UTC): a copy off its story's days goes through the gate (copies on story days), where the switch would
        // keep it out.
        JoinGate on = gate(Set.of(JoinGate.Switch.UNFRAMED_TO_DEED));
        ArticleFeatures copy = report("d", "صحيفة ب", DAY.title(), "نص " + DAY_BODY, 26);
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, on);
        String story = c.assign(STRIKES, null);
        assertThat(c.assign(copy, story)).as("a copy of a member").isEqualTo(story);
        StoryClusterer d = new StoryClusterer(StoryRules.DEFAULT, on);
        String again = d.assign(STRIKES, null);
        assertThat(d.assign(report("e", "صحيفة ب", DAY.title(), "نص " + DAY_BODY, 26), null))
                .as("the same text, not known as a copy").isNotEqualTo(again);
    }

}
