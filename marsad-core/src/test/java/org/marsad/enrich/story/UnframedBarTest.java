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
 * The unknown-frame bar under the gate ({@link JoinGate.Switch#UNFRAMED_BAR}, issue 20, branch stories30): two
 * headlines that name no listed act, on one player's season, are two pieces of one topic (a nomination, then a
 * piece asking whether he will be the best), the largest kind of the shipped gate's wrong joins on 23 folds. Made-up
 * reports of a made-up player; the place is given as the entities stage would give it.
 */
class UnframedBarTest {
    private static final Instant START = Instant.parse("2024-03-02T00:00:00Z");
    private static final String PLACE = "LOC|7";

    private static final ArticleFeatures NOMINATION = report("a", "وكالة أ",
            "كريم ناصر في قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري",
            "أعلنت رابطة الأندية قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري هذا الموسم وضمت القائمة كريم ناصر"
                    + " لاعب الأهلي بعد موسم سجل فيه خمسة عشر هدفا وصنع عشرة أهداف لزملائه في الفريق", 8);
    private static final ArticleFeatures QUESTION = report("b", "صحيفة ب",
            "هل يكون كريم ناصر نجم القارة السمراء؟",
            "يتساءل محللون عن فرص كريم ناصر في منافسة نجوم القارة السمراء على لقب الاتحاد الأفريقي بعد تألقه مع"
                    + " منتخب بلاده في التصفيات ويرون أن المهمة صعبة أمام محترفي أوروبا", 14);
    /** The same nomination written again by another outlet: close in wording, one happening. */
    private static final ArticleFeatures REWRITE = report("c", "قناة ج",
            "كريم ناصر ضمن قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري",
            "ضمت قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري هذا الموسم التي أعلنتها رابطة الأندية كريم ناصر"
                    + " لاعب الأهلي بعد أن سجل خمسة عشر هدفا وصنع عشرة أهداف لزملائه في الفريق", 10);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        return EagerGate.report(START, PLACE, id, outlet, title, body, hours);
    }

    @Test
    void twoActlessPiecesBelowTheBarStayApartUnderTheSwitch() {
        for (ArticleFeatures f : List.of(NOMINATION, QUESTION, REWRITE)) {
            assertThat(EventFrame.of(f.title()).known()).as(f.title()).isFalse();
        }
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, gate(Set.of()));
        String story = probe.assign(NOMINATION, null);
        double[] x = probe.features(QUESTION, story).orElseThrow();
        assertThat(x[0]).as("above the gate's floor, below the unknown-frame bar").isGreaterThanOrEqualTo(0.2)
                .isLessThan(StoryRules.DEFAULT.unknownThreshold());
        assertThat(x[1]).isGreaterThanOrEqualTo(0.15);
        assertThat(probe.features(REWRITE, story).orElseThrow()[0]).as("the rewrite is close")
                .isGreaterThanOrEqualTo(StoryRules.DEFAULT.unknownThreshold());

        // Without the switch the gate weighs the question against the nomination's story and joins it.
        List<String> without = stories(gate(Set.of()), NOMINATION, QUESTION);
        assertThat(without.get(1)).isEqualTo(without.get(0));
        // Under it the question is not weighed there: a story of its own. The close rewrite still joins.
        List<String> with = stories(gate(Set.of(JoinGate.Switch.UNFRAMED_BAR)), NOMINATION, QUESTION,
                REWRITE);
        assertThat(with.get(1)).isNotEqualTo(with.get(0));
        assertThat(with.get(2)).isEqualTo(with.get(0));
    }

    @Test
    void theShippedGateDoesNotCarryTheBar() {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(shipped.switches()).containsExactly(JoinGate.Switch.TOLL_UPDATES);
        assertThat(shipped.fingerprint()).isEqualTo("4b93faee72548173");
    }
}
