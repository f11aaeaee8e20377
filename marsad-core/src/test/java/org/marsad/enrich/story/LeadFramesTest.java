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
 * First-sentence frames under the gate ({@link JoinGate.Switch#LEAD_FRAMES}, issue 20, branch stories32): a headline
 * that names no listed act is framed by its first sentence, for the article and for the story. Made-up reports of a
 * made-up border town and a made-up club; the place is given as the entities stage would give it.
 */
class LeadFramesTest {
    private static final Instant START = Instant.parse("2024-06-03T00:00:00Z");
    private static final String PLACE = "LOC|9";

    /** A meeting, told by its headline. */
    private static final ArticleFeatures MEETING = report("m", "وكالة أ",
            "وزير الداخلية يلتقي محافظ بلدة السنديان الحدودية",
            "التقى وزير الداخلية صباح اليوم محافظ بلدة السنديان الحدودية وبحث معه أوضاع المعبر الحدودي وحركة"
                    + " الشاحنات والمسافرين في البلدة وخطط تطوير الطريق الدولي المؤدي إلى المعبر", 2);
    /** A killing in the same town, its headline naming no act: the first sentence says what happened. */
    private static final ArticleFeatures KILLING = report("k", "صحيفة ب",
            "يوم حزين في بلدة السنديان الحدودية",
            "قتل ثلاثة من سكان بلدة السنديان الحدودية مساء اليوم قرب المعبر الحدودي على الطريق الدولي حيث تتوقف"
                    + " الشاحنات والمسافرون قبل دخول البلدة", 6);
    /** The meeting again, its headline naming no act, its first sentence the meeting. */
    private static final ArticleFeatures MEETING_AGAIN = report("n", "قناة ج",
            "وزير الداخلية في بلدة السنديان الحدودية",
            "التقى وزير الداخلية اليوم محافظ بلدة السنديان الحدودية في زيارة تناولت أوضاع المعبر الحدودي وحركة"
                    + " الشاحنات على الطريق الدولي", 7);

    /** A match won, its headline naming no act. */
    private static final ArticleFeatures WIN = report("w", "وكالة أ",
            "ليلة كبيرة لجماهير نادي النجمة في مدينة الساحل",
            "فاز نادي النجمة مساء أمس على ضيفه نادي الوادي بثلاثة أهداف مقابل هدف في ملعب مدينة الساحل أمام"
                    + " عشرين ألف متفرج احتفلوا حتى ساعة متأخرة في شوارع المدينة وساحاتها", 30);
    /** The same win told by another outlet in other words, its headline naming no act either. */
    private static final ArticleFeatures WIN_AGAIN = report("x", "صحيفة ب",
            "النجمة تواصل مشوارها نحو اللقب",
            "فاز فريق النجمة على الوادي في ملعب مدينة الساحل في مباراة مثيرة سجل فيها المهاجم سامي عادل هدفين ليقترب"
                    + " الفريق من صدارة الترتيب قبل خمس جولات على نهاية الموسم", 33);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        return EagerGate.report(START, PLACE, id, outlet, title, body, hours);
    }

    @Test
    void aFirstSentenceThatNamesAnotherActKeepsTheArticleOutOfTheStory() {
        assertThat(EventFrame.of(MEETING.title()).act()).isEqualTo(org.marsad.arabic.EventActs.Act.MEETING);
        assertThat(EventFrame.of(KILLING.title()).known()).isFalse();
        assertThat(EventFrame.of(MEETING_AGAIN.title()).known()).isFalse();
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of()));
        String story = probe.assign(MEETING, null);
        assertThat(probe.features(KILLING, story).orElseThrow()[0]).as("well above the gate's floor")
                .isGreaterThan(0.4);

        // Without the switch the gate weighs the killing against the meeting's story and joins it.
        List<String> without = stories(gate(Set.of()), MEETING, KILLING, MEETING_AGAIN);
        assertThat(without).containsOnly(without.get(0));
        // Under it the killing's first sentence names violence, which is not one happening with a meeting: a story
        // of its own. The meeting told again, its first sentence naming the meeting, still joins.
        List<String> with = stories(gate(Set.of(JoinGate.Switch.LEAD_FRAMES)), MEETING, KILLING,
                MEETING_AGAIN);
        assertThat(with.get(1)).isNotEqualTo(with.get(0));
        assertThat(with.get(2)).isEqualTo(with.get(0));
    }

    @Test
    void underTheBarTwoHeadlinesWhoseFirstSentencesNameOneActAreWeighed() {
        assertThat(EventFrame.of(WIN.title()).known()).isFalse();
        assertThat(EventFrame.of(WIN_AGAIN.title()).known()).isFalse();
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of()));
        double[] x = probe.features(WIN_AGAIN, probe.assign(WIN, null)).orElseThrow();
        assertThat(x[0]).as("above the gate's floor, below the unknown-frame bar").isGreaterThanOrEqualTo(0.2)
                .isLessThan(StoryRules.DEFAULT.unknownThreshold());
        assertThat(x[1]).isGreaterThanOrEqualTo(0.15);

        // The bar alone reads the headlines: neither names an act, so the second report is not weighed.
        List<String> bar = stories(gate(Set.of(JoinGate.Switch.UNFRAMED_BAR)), WIN, WIN_AGAIN);
        assertThat(bar.get(1)).isNotEqualTo(bar.get(0));
        // Read to the first sentence both report a win: the bar does not ask them, the gate weighs and joins.
        List<String> lead = stories(gate(Set.of(JoinGate.Switch.UNFRAMED_BAR, JoinGate.Switch.LEAD_FRAMES)),
                WIN, WIN_AGAIN);
        assertThat(lead.get(1)).isEqualTo(lead.get(0));
    }
}
