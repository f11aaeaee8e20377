package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The part-of-toll continuation ({@link JoinGate.Switch#TOLL_PARTS}, issue 20, a candidate): a report the next day
 * whose headline tells that the dead of one group rose, and whose body repeats the deed's whole toll, joins the deed's
 * story; the shipped switch ({@link JoinGate.Switch#TOLL_UPDATES}) weighs only a whole toll that passes the story's.
 * Made-up reports shaped like the labelled month's air-base strike: 14 killed, then «among them 7 of one nationality»
 * the next morning. Tolls and the place are given as the figures and entities stages would give them.
 */
class TollPartContinuationTest {
    private static final Instant START = Instant.parse("2024-09-10T00:00:00Z");
    private static final String PLACE = "LOC|77";

    private static final ArticleFeatures STRIKE = report("a", "وكالة أ",
            "مقتل 14 شخصا في غارة جوية على قاعدة الشعيرات الجوية قرب حمص",
            "قتل أربعة عشر شخصا في غارة جوية استهدفت فجر اليوم قاعدة الشعيرات الجوية قرب مدينة حمص بحسب مصادر"
                    + " عسكرية قالت إن بين القتلى مستشارين أجانب", 4, "KILLED|14");
    private static final ArticleFeatures PART = report("b", "صحيفة ب",
            "ارتفاع عدد القتلى الأجانب في الغارة الجوية على قاعدة الشعيرات",
            "ارتفع عدد القتلى الأجانب في الغارة الجوية على قاعدة الشعيرات قرب حمص إلى سبعة بحسب وكالة رسمية فيما"
                    + " كانت الغارة قد أسفرت عن مقتل أربعة عشر شخصا فجر أمس", 30, "KILLED|14", "KILLED|7");

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours,
                                          String... tolls) {
        return MadeUpReports.report(id, outlet, title, body, START, hours, PLACE, tolls);
    }

    private static JoinGate shippedWith(JoinGate.Switch... switches) {
        return JoinGate.shipped().orElseThrow().withSwitches(Set.of(switches));
    }

    @Test
    void aRiseInAPartOfTheTollTheNextDayJoinsTheDeedsStoryUnderTheSwitch() {
        StoryClusterer on = new StoryClusterer(StoryRules.DEFAULT,
                shippedWith(JoinGate.Switch.TOLL_UPDATES, JoinGate.Switch.TOLL_PARTS));
        String strike = on.assign(STRIKE, null);
        assertThat(on.assign(PART, null)).as("14 killed, then «the foreign dead rose to 7» the next day")
                .isEqualTo(strike);
        // The shipped gate (a whole toll must pass the story's) keeps the part's update apart.
        StoryClusterer shipped = new StoryClusterer(StoryRules.DEFAULT, JoinGate.shipped().orElseThrow());
        String alone = shipped.assign(STRIKE, null);
        assertThat(shipped.assign(PART, null)).isNotEqualTo(alone);
    }

    @Test
    void onlyARisingHeadlineThatRepeatsTheStorysTollIsReadAsAPart() {
        JoinGate parts = shippedWith(JoinGate.Switch.TOLL_PARTS);
        StoryClusterer on = new StoryClusterer(StoryRules.DEFAULT, parts);
        StoryClusterer off = new StoryClusterer(StoryRules.DEFAULT, shippedWith());
        String s = on.assign(STRIKE, null);
        String t = off.assign(STRIKE, null);
        int first = JoinGate.FEATURES.indexOf("days_from_first");
        // The part alone, without the whole repeated, is no continuation: the same features as without the switch.
        ArticleFeatures partAlone = report("c", "صحيفة ب", PART.title(), "", 30, "KILLED|7");
        assertThat(on.features(partAlone, s).orElseThrow()).containsExactly(off.features(partAlone, t).orElseThrow());
        // The whole repeated under a headline that tells of no rise: as before.
        ArticleFeatures noRise = report("d", "صحيفة ب", "إيران تشيع القتلى الأجانب في الغارة على قاعدة الشعيرات",
                "", 30, "KILLED|14", "KILLED|7");
        assertThat(on.features(noRise, s).orElseThrow()).containsExactly(off.features(noRise, t).orElseThrow());
        // A toll passing the story's is TOLL_UPDATES' reading, not this switch's.
        ArticleFeatures whole = report("e", "صحيفة ب", PART.title(), "", 30, "KILLED|20");
        assertThat(on.features(whole, s).orElseThrow()).containsExactly(off.features(whole, t).orElseThrow());
        // The part's update within 48 h reads as the same day's, its toll as shared.
        double[] x = on.features(PART, s).orElseThrow();
        assertThat(x[first]).isZero();
        assertThat(x[JoinGate.FEATURES.indexOf("days_from_last")]).isZero();
        assertThat(x[JoinGate.FEATURES.indexOf("shared_toll")]).isEqualTo(1);
        assertThat(off.features(PART, t).orElseThrow()[first]).isGreaterThan(1);
    }
}
