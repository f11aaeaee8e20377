package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.EventActs.Act;
import org.marsad.arabic.EventActs.Tense;

/** Event frames of constructed headlines, and what makes two of them two happenings. */
class EventFrameTest {
    private static final String RESIGNS = "وزيرة الداخلية آمبر رود تستقيل على خلفية فضيحة";
    private static final String APPOINTED = "تعيين ساجد جاويد وزيرا للداخلية خلفا للوزيرة";
    private static final String KILLED = "مقتل 27 مدنيا في غارات جوية على البلدة";
    private static final String CONDEMNS = "باريس تدين الغارات على البلدة";
    private static final String EVACUATION = "اتفاق لإجلاء المقاتلين من البلدة";
    private static final String WILL_MEET = "الرئيس سيلتقي نظيره في العاصمة";
    private static final String MET = "الرئيس يلتقي نظيره في العاصمة";
    private static final String OTHER_MET = "الملك يلتقي نظيره في العاصمة";
    private static final String NO_ACT = "أسعار النفط ترتفع لأعلى مستوى";

    @Test
    void theFrameHoldsTheActItsTenseAndTheSubjectWrittenBeforeIt() {
        EventFrame f = EventFrame.of(RESIGNS);
        assertThat(f.act()).isEqualTo(Act.DEPARTURE);
        assertThat(f.tense()).isEqualTo(Tense.DONE);
        assertThat(f.actor()).containsExactly(ArabicNormalizer.search("آمبر"), ArabicNormalizer.search("رود"));
        // an act word that opens the headline leaves the actor unread, not guessed
        assertThat(EventFrame.of(APPOINTED).actor()).isEmpty();
        assertThat(EventFrame.of(NO_ACT)).isEqualTo(EventFrame.UNKNOWN);
        assertThat(EventFrame.of(NO_ACT).known()).isFalse();
    }

    @Test
    void aResignationAndTheAppointmentAfterItAreTwoHappenings() {
        assertThat(EventFrame.of(RESIGNS).conflicts(EventFrame.of(APPOINTED), false)).isTrue();
        assertThat(EventFrame.of(KILLED).conflicts(EventFrame.of(EVACUATION), false)).isTrue();
    }

    @Test
    void aStatementAboutAHappeningBelongsToIt() {
        assertThat(EventFrame.of(CONDEMNS).conflicts(EventFrame.of(KILLED), false)).isFalse();
        assertThat(EventFrame.of(KILLED).conflicts(EventFrame.of(CONDEMNS), true)).isFalse();
    }

    @Test
    void aPreviewAndTheHappeningAreTwo() {
        assertThat(EventFrame.of(WILL_MEET).conflicts(EventFrame.of(MET), false)).isTrue();
        assertThat(EventFrame.of(MET).conflicts(EventFrame.of("لقاء الرئيس ونظيره في العاصمة"), false)).isFalse();
    }

    @Test
    void theSameActByAnotherSubjectConflictsOnlyWhenActorsAreAsked() {
        assertThat(EventFrame.of(MET).conflicts(EventFrame.of(OTHER_MET), false)).isFalse();
        assertThat(EventFrame.of(MET).conflicts(EventFrame.of(OTHER_MET), true)).isTrue();
        assertThat(EventFrame.of(MET).conflicts(EventFrame.of(MET), true)).isFalse();
    }

    @Test
    void theSameActOnAnotherStatedObjectOrPlaceIsAnotherHappening() {
        EventFrame council = EventFrame.of("الإمارات ترفع شكوى لمجلس الأمن ضد قطر");
        EventFrame aviation = EventFrame.of("الإمارات ترفع شكوى رسمية ضد قطر لدى المنظمة الدولية للطيران");
        assertThat(council.conflictsInSetting(aviation, true, false)).isTrue();
        assertThat(council.conflictsInSetting(aviation, false, true)).as("places only").isFalse();
        // a rewrite that names the council anywhere states the same addressee
        assertThat(council.conflictsInSetting(EventFrame.of("شكوى إماراتية إلى مجلس الأمن"), true, true)).isFalse();
        EventFrame kabul = EventFrame.of("مقتل خمسة في تفجير في كابول");
        EventFrame kandahar = EventFrame.of("مقتل ثلاثة في تفجير في قندهار");
        assertThat(kabul.conflictsInSetting(kandahar, false, true)).isTrue();
        assertThat(kabul.conflictsInSetting(kandahar, true, false)).as("objects only").isFalse();
    }

    @Test
    void aCityWrittenWithItsCountryAnUnstatedPlaceAndAStatementNeverConflictInSetting() {
        EventFrame kabul = EventFrame.of("مقتل خمسة في تفجير في كابول بأفغانستان");
        assertThat(kabul.conflictsInSetting(EventFrame.of("مقتل خمسة في تفجير في أفغانستان"), true, true)).isFalse();
        assertThat(kabul.conflictsInSetting(EventFrame.of("مقتل خمسة في تفجير انتحاري"), true, true)).isFalse();
        assertThat(EventFrame.of("باريس تدين الهجوم في كابول")
                .conflictsInSetting(EventFrame.of("برلين تدين الهجوم في قندهار"), true, true)).isFalse();
    }

    /** A city and its country (the place list's link) are one place; a city and another country are not. */
    @Test
    void aCityAndTheCountryItLiesInDoNotConflictInSetting() {
        EventFrame toronto = EventFrame.of("مقتل عشرة في هجوم دهس في تورونتو");
        assertThat(toronto.conflictsInSetting(EventFrame.of("مقتل عشرة في هجوم دهس في كندا"), false, true)).isFalse();
        assertThat(toronto.conflictsInSetting(EventFrame.of("مقتل عشرة في هجوم دهس في فرنسا"), false, true)).isTrue();
    }

    /** Two sport reports read apart conflict when their sides share no word, and never with sport not read. */
    @Test
    void twoMatchesConflictOnTheirSidesWhenSportIsReadApart() {
        String match = "الأهلي يهزم الزمالك في الدوري";
        String other = "برشلونة يهزم فالنسيا في الدوري";
        assertThat(EventFrame.of(match, true).conflicts(EventFrame.of(other, true), false)).isTrue();
        assertThat(EventFrame.of(match, true).conflicts(EventFrame.of("الزمالك يخسر أمام الأهلي", true), false))
                .isFalse();
        assertThat(EventFrame.of(match).conflicts(EventFrame.of(other), false)).as("frozen").isFalse();
    }

    /** Over random pairs of headlines: conflict is symmetric, and an unknown frame never conflicts. */
    @Test
    void conflictIsSymmetricAndNeverComesFromAnUnknownFrame() {
        List<String> words = List.of("وزيرة", "الداخلية", "تستقيل", "تعيين", "مقتل", "غارات", "باريس", "تدين",
                "إجلاء", "سيلتقي", "يلتقي", "الرئيس", "نظيره", "أسعار", "النفط", "ترتفع", "من", "المقرر", "قمة",
                "اتفاق", "فوز", "انتخابات", "اعتقال", "شكوى", "في", "على", "لدى", "كابول", "قندهار", "بأفغانستان",
                "لمجلس", "المنظمة", "القانون");
        Random rnd = new Random(11);
        int unknownSeen = 0;
        for (int i = 0; i < 2000; i++) {
            EventFrame a = EventFrame.of(headline(words, rnd));
            EventFrame b = EventFrame.of(headline(words, rnd));
            for (boolean actors : new boolean[] {false, true}) {
                assertThat(a.conflicts(b, actors)).as("%s / %s", a, b).isEqualTo(b.conflicts(a, actors));
                assertThat(a.conflictsInSetting(b, actors, true)).as("%s / %s", a, b)
                        .isEqualTo(b.conflictsInSetting(a, actors, true));
                if (!a.known() || !b.known()) {
                    unknownSeen++;
                    assertThat(a.conflicts(b, actors)).isFalse();
                    assertThat(a.conflictsInSetting(b, true, true)).isFalse();
                }
            }
            assertThat(a.conflicts(a, true)).isFalse();
            assertThat(a.conflictsInSetting(a, true, true)).isFalse();
        }
        assertThat(unknownSeen).isPositive();
    }

    private static String headline(List<String> words, Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + rnd.nextInt(6); n > 0; n--) {
            sb.append(words.get(rnd.nextInt(words.size()))).append(' ');
        }
        return sb.toString();
    }

    /**
     * A quote headline is framed by its first sentence only when quotes are read by it; an act-less headline is framed
     * by it either way; a penalty kick names no act when other senses are read, and a strike otherwise.
     */
    @Test
    void quotesAndOtherSensesAreReadAsTheRulesSay() {
        String quote = "جاويد: الاستقالة لن توقف عملنا";
        String lead = "تولى ساجد جاويد وزارة الداخلية البريطانية بعد استقالة الوزيرة";
        assertThat(EventFrame.of(quote, lead, false, true, false).act()).as("quotes read").isEqualTo(Act.APPOINTMENT);
        assertThat(EventFrame.of(quote, lead, false, false, false).act()).as("quotes kept").isEqualTo(Act.DEPARTURE);
        assertThat(EventFrame.of("وزير جديد للداخلية", lead, false, false, false).act()).as("act-less")
                .isEqualTo(Act.APPOINTMENT);
        assertThat(EventFrame.of("وزير جديد للداخلية", null, false, true, false).known()).as("no lead").isFalse();
        String kick = "ضربة جزاء تحسم مباراة الأهلي والزمالك";
        assertThat(EventFrame.of(kick, null, false, true, true).known()).as("other senses").isFalse();
        assertThat(EventFrame.of(kick, null, false, true, false).act()).as("frozen lexicon").isEqualTo(Act.VIOLENCE);
    }
}
