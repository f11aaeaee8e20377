package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

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
        Article a = Article.builder().id(id).title(title).source(outlet).body(List.of(body))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        ArticleFeatures f = ArticleFeatures.of(a, START);
        return new ArticleFeatures(f.id(), f.time(), f.source(), f.title(), f.signature(), f.shingleCount(),
                f.numbers(), f.anchors(), f.stems(), f.stemBloom(), f.terms(), f.headline(), List.of(PLACE),
                f.tolls(), f.names(), f.lead());
    }

    /** A gate that would join any story above its floor (p 0.88 whatever the features): the switch is tested. */
    private static JoinGate eager(Set<JoinGate.Switch> on) {
        return new JoinGate(new double[JoinGate.FEATURES.size()], 2.0, 0.54).withSwitches(on);
    }

    private static List<String> stories(JoinGate gate, ArticleFeatures... reports) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, gate);
        return java.util.Arrays.stream(reports).map(r -> c.assign(r, null)).toList();
    }

    @Test
    void aFirstSentenceThatNamesAnotherActKeepsTheArticleOutOfTheStory() {
        assertThat(EventFrame.of(MEETING.title()).act()).isEqualTo(org.marsad.arabic.EventActs.Act.MEETING);
        assertThat(EventFrame.of(KILLING.title()).known()).isFalse();
        assertThat(EventFrame.of(MEETING_AGAIN.title()).known()).isFalse();
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, eager(Set.of()));
        String story = probe.assign(MEETING, null);
        assertThat(probe.features(KILLING, story).orElseThrow()[0]).as("well above the gate's floor")
                .isGreaterThan(0.4);

        // Without the switch the gate weighs the killing against the meeting's story and joins it.
        List<String> without = stories(eager(Set.of()), MEETING, KILLING, MEETING_AGAIN);
        assertThat(without).containsOnly(without.get(0));
        // Under it the killing's first sentence names violence, which is not one happening with a meeting: a story
        // of its own. The meeting told again, its first sentence naming the meeting, still joins.
        List<String> with = stories(eager(Set.of(JoinGate.Switch.LEAD_FRAMES)), MEETING, KILLING, MEETING_AGAIN);
        assertThat(with.get(1)).isNotEqualTo(with.get(0));
        assertThat(with.get(2)).isEqualTo(with.get(0));
    }

    @Test
    void underTheBarTwoHeadlinesWhoseFirstSentencesNameOneActAreWeighed() {
        assertThat(EventFrame.of(WIN.title()).known()).isFalse();
        assertThat(EventFrame.of(WIN_AGAIN.title()).known()).isFalse();
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, eager(Set.of()));
        double[] x = probe.features(WIN_AGAIN, probe.assign(WIN, null)).orElseThrow();
        assertThat(x[0]).as("above the gate's floor, below the unknown-frame bar").isGreaterThanOrEqualTo(0.2)
                .isLessThan(StoryRules.DEFAULT.unknownThreshold());
        assertThat(x[1]).isGreaterThanOrEqualTo(0.15);

        // The bar alone reads the headlines: neither names an act, so the second report is not weighed.
        List<String> bar = stories(eager(Set.of(JoinGate.Switch.UNFRAMED_BAR)), WIN, WIN_AGAIN);
        assertThat(bar.get(1)).isNotEqualTo(bar.get(0));
        // Read to the first sentence both report a win: the bar does not ask them, the gate weighs and joins.
        List<String> lead = stories(eager(Set.of(JoinGate.Switch.UNFRAMED_BAR, JoinGate.Switch.LEAD_FRAMES)), WIN,
                WIN_AGAIN);
        assertThat(lead.get(1)).isEqualTo(lead.get(0));
    }

    @Test
    void theShippedGateDoesNotReadFirstSentences() {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(shipped.switches()).containsExactly(JoinGate.Switch.TOLL_UPDATES);
        assertThat(shipped.fingerprint()).isEqualTo("4b93faee72548173");
    }
}
