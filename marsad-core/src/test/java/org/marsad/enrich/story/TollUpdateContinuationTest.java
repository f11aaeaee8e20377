package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The toll-update continuation ({@link JoinGate.Switch#TOLL_UPDATES}, issue 20): a rising toll reported the next day
 * joins the story of the deed whose toll it updates, which the shipped gate alone keeps apart (it learned that a
 * report a day after a story's start is less often of its happening). Made-up reports shaped like a user's Derna
 * pair: an attack reported by one outlet with 7 dead, the same day by another with 9, the next day by a third with 12.
 * The tolls and the place are given as the figures and entities stages would give them.
 */
class TollUpdateContinuationTest {
    private static final Instant START = Instant.parse("2024-09-10T00:00:00Z");
    private static final String PLACE = "LOC|41";

    private static final ArticleFeatures FIRST = report("a", "وكالة أ", "مقتل 7 أشخاص في هجوم مسلح على سوق شعبي في درنة",
            "قتل سبعة أشخاص وأصيب آخرون في هجوم مسلح استهدف سوقا شعبيا في مدينة درنة شرق ليبيا صباح اليوم بحسب مصادر"
                    + " طبية في المدينة التي شهدت توترا أمنيا خلال الأسابيع الماضية", 9, "KILLED|7");
    private static final ArticleFeatures SAME_DAY = report("b", "صحيفة ب",
            "ارتفاع حصيلة قتلى الهجوم المسلح على سوق درنة إلى 9",
            "ارتفعت حصيلة قتلى الهجوم المسلح على السوق الشعبي في مدينة درنة الليبية إلى تسعة قتلى بعد وفاة اثنين من"
                    + " المصابين متأثرين بجروحهما بحسب مصادر طبية في مستشفى المدينة", 15, "KILLED|9");
    private static final ArticleFeatures NEXT_DAY = report("c", "قناة ج", "ارتفاع عدد قتلى هجوم سوق درنة إلى 12",
            "أعلنت السلطات الصحية في مدينة درنة ارتفاع عدد قتلى الهجوم على السوق الشعبي إلى اثني عشر قتيلا بعد وفاة"
                    + " ثلاثة من الجرحى خلال الليل فيما تواصل الأجهزة الأمنية البحث عن المهاجمين", 35, "KILLED|12");

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours, String toll) {
        return MadeUpReports.report(id, outlet, title, body, START, hours, PLACE, toll);
    }

    private static List<String> stories(JoinGate gate) {
        StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, gate);
        return List.of(c.assign(FIRST, null), c.assign(SAME_DAY, null), c.assign(NEXT_DAY, null));
    }

    @Test
    void aRisingTollTheNextDayJoinsTheDeedsStoryUnderTheSwitch() {
        // The switch is on in the shipped gate since held-out 22; its weights alone are the gate without it.
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        List<String> switched = stories(shipped);
        assertThat(switched).as("7 dead, then 9 the same day, then 12 the next day: one story").containsOnly(
                switched.get(0));
        // The shipped weights alone leave the next day's update in a story of its own.
        List<String> alone = stories(shipped.withSwitches(Set.of()));
        assertThat(alone.get(2)).isNotEqualTo(alone.get(0));
    }

    @Test
    void aTollThatDoesNotRiseOrComesTooLateIsWeighedAsBefore() {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        JoinGate switched = shipped.withSwitches(Set.of(JoinGate.Switch.TOLL_UPDATES));
        StoryClusterer on = new StoryClusterer(StoryRules.DEFAULT, switched);
        StoryClusterer off = new StoryClusterer(StoryRules.DEFAULT, shipped.withSwitches(Set.of()));
        String s = on.assign(FIRST, null);
        String t = off.assign(FIRST, null);
        // A lower toll than the story's is no update: the same features as without the switch.
        ArticleFeatures lower = report("d", "قناة ج", NEXT_DAY.title(), "", 35, "KILLED|5");
        assertThat(on.features(lower, s).orElseThrow()).containsExactly(off.features(lower, t).orElseThrow());
        // Three days after the story's latest member: no continuation either.
        ArticleFeatures late = report("e", "قناة ج", NEXT_DAY.title(), "", 9 + 73, "KILLED|12");
        assertThat(on.features(late, s).orElseThrow()).containsExactly(off.features(late, t).orElseThrow());
        // The update within 48 h reads as the same day's, its toll as shared.
        double[] x = on.features(NEXT_DAY, s).orElseThrow();
        assertThat(x[JoinGate.FEATURES.indexOf("days_from_first")]).isZero();
        assertThat(x[JoinGate.FEATURES.indexOf("days_from_last")]).isZero();
        assertThat(x[JoinGate.FEATURES.indexOf("shared_toll")]).isEqualTo(1);
        assertThat(off.features(NEXT_DAY, t).orElseThrow()[JoinGate.FEATURES.indexOf("days_from_first")])
                .isGreaterThan(1);
    }
}
