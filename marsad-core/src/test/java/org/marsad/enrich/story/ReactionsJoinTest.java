package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Reactions join the happening they name ({@link JoinGate.Switch#REACTIONS}, issue 20, a candidate): a condemnation
 * whose headline names the attack (its act and its place) joins the attack's story; one that names another attack,
 * or comes after the rulings' 48 hours, does not; the shipped gate keeps the condemnation apart. Made-up reports
 * shaped like the labelled month's («تركيا تدين الهجوم على دوما» beside the attack's reports); the place entity is
 * given as the entities stage would give it.
 */
class ReactionsJoinTest {
    private static final Instant START = Instant.parse("2024-09-10T00:00:00Z");
    private static final String PLACE = "LOC|77";

    private static final String ATTACK_BODY = "قتل أربعة عشر شخصا وأصيب العشرات في انفجار سيارة مفخخة قرب سوق"
            + " شعبي في حي الزهراء وسط المدينة صباح اليوم بحسب مصادر طبية قالت إن الحصيلة مرشحة للارتفاع";
    private static final ArticleFeatures ATTACK = report("a", "وكالة أ",
            "مقتل 14 شخصا في هجوم بسيارة مفخخة في حمص", ATTACK_BODY, 4);
    /** A ministry's condemnation: words of solidarity, none of the attack's. */
    private static final String CONDEMNING = "أعربت وزارة الخارجية الأردنية في بيان عن تضامن المملكة مع الشعب"
            + " الشقيق ورفضها لكل أشكال العنف والإرهاب وقدمت التعازي لذوي الضحايا";
    private static final ArticleFeatures CONDEMNATION = report("b", "صحيفة ب", "الأردن يدين الهجوم الإرهابي في حمص",
            CONDEMNING, 9);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        return MadeUpReports.report(id, outlet, title, body, START, hours, PLACE);
    }

    /** True when, after the attack's report, the last of these reports joins the attack's story. */
    private static boolean joinsTheAttack(Set<JoinGate.Switch> switches, ArticleFeatures... reports) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT,
                JoinGate.shipped().orElseThrow().withSwitches(switches));
        String attack = c.assign(ATTACK, null);
        String last = null;
        for (ArticleFeatures r : reports) {
            last = c.assign(r, null);
        }
        return attack.equals(last);
    }

    private static final Set<JoinGate.Switch> ON = Set.of(JoinGate.Switch.TOLL_UPDATES, JoinGate.Switch.REACTIONS);

    @Test
    void aCondemnationNamingTheAttackJoinsItsStoryUnderTheSwitch() {
        assertThat(joinsTheAttack(ON, CONDEMNATION)).as("«Jordan condemns the attack in Homs», five hours after it")
                .isTrue();
        assertThat(joinsTheAttack(JoinGate.shipped().orElseThrow().switches(), CONDEMNATION))
                .as("the shipped gate keeps it apart").isFalse();
    }

    @Test
    void aCondemnationOfAnotherAttackOrAfterTwoDaysStaysApart() {
        ArticleFeatures kabul = report("c", "صحيفة ب", "الأردن يدين الهجوم الإرهابي في كابول", CONDEMNING, 9);
        assertThat(joinsTheAttack(ON, kabul)).as("the same words of condemnation, the attack in Kabul").isFalse();
        // The attack's story still grows the next day, so a condemnation 49 hours after its first report is inside
        // its time window.
        ArticleFeatures again = report("e", "وكالة ج", ATTACK.title(), ATTACK_BODY, 30);
        assertThat(joinsTheAttack(ON, again)).isTrue();
        ArticleFeatures late = report("d", "صحيفة ب", CONDEMNATION.title(), CONDEMNING, 4 + 49);
        assertThat(joinsTheAttack(ON, again, late)).as("49 hours after the attack's first report").isFalse();
    }

    @Test
    void theTieIsTheActWithAPlaceOrAnActor() {
        EventFrame attack = EventFrame.of("الجيش يقصف سوقا في حمص ويقتل 14 شخصا");
        assertThat(ReactionLink.tie(EventFrame.of("الأردن يدين القصف على سوق حمص"), attack))
                .isEqualTo(ReactionLink.Tie.PLACE);
        assertThat(ReactionLink.tie(EventFrame.of("إدانة عربية لقصف الجيش سوقا شعبيا"), attack))
                .as("the verbal noun of condemning, the army named").isEqualTo(ReactionLink.Tie.ACTOR);
        assertThat(ReactionLink.tie(EventFrame.of("الأردن يدين الهجمات"), attack)).as("a kind alone").isNull();
        assertThat(ReactionLink.tie(EventFrame.of("الأردن يرحب بالاتفاق في حمص"), attack)).as("another act")
                .isNull();
        assertThat(ReactionLink.tie(EventFrame.of("الأردن يدين الهجوم على سوق حمص"),
                EventFrame.of("تركيا تدين الهجوم على حمص"))).as("a story of reactions is no happening's report")
                .isNull();
        assertThat(ReactionLink.isReaction("تعليقا على مقتل 14 في حمص: الأردن يطالب بالتحقيق",
                EventFrame.of("تعليقا على مقتل 14 في حمص"))).isTrue();
        assertThat(ReactionLink.isReaction("مقتل 14 في هجوم على سوق في حمص",
                EventFrame.of("مقتل 14 في هجوم على سوق في حمص"))).as("the deed's own report").isFalse();
    }
}
