package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks in a statement headline (issue 20). Headlines made up for the test. */
class SpeakersTest {
    @Test
    void theSpeakerIsTheSubjectWrittenBeforeTheVerbOfSaying() {
        assertThat(Speakers.of("ترامب يهدد إيران بعقوبات جديدة")).containsExactly("ترامب");
        // the two words nearest the verb, without the article
        assertThat(Speakers.of("الرئيس الفرنسي ماكرون يحذر من التصعيد")).containsExactly("فرنسي", "ماكرون");
        assertThat(Speakers.of("وزير الخارجية يدين الهجوم على السفارة")).containsExactly("وزير", "خارجيه");
    }

    @Test
    void aVerbFirstHeadlineHasItsSpeakerAfterTheVerbAndAQuoteBeforeItsColon() {
        assertThat(Speakers.of("يحذر وزير الدفاع من هجوم وشيك")).containsExactly("وزير", "دفاع");
        assertThat(Speakers.of("لافروف: الضربة لن تمر دون رد")).containsExactly("لافروف");
    }

    @Test
    void aHeadlineThatIsNoStatementHasNoSpeaker() {
        assertThat(Speakers.of("البرلمان يقر الموازنة الجديدة")).isEmpty();
        assertThat(Speakers.of("مقتل خمسة في تفجير في المدينة")).isEmpty();
        assertThat(Speakers.of(null)).isEmpty();
        assertThat(Speakers.of(" ")).isEmpty();
    }

    @Test
    void twoSpeakersAreOneWhenTheyShareMoreThanATitle() {
        assertThat(Speakers.same(List.of("ترامب"), List.of("رييس", "ترامب"))).isTrue();
        assertThat(Speakers.same(List.of("وزير", "دفاع"), List.of("وزير", "خارجيه"))).isFalse();
        assertThat(Speakers.same(Speakers.of("روحاني يهدد بالرد"), Speakers.of("ترامب يهدد إيران"))).isFalse();
        // a bare title against a bare title: nothing else to tell them apart by
        assertThat(Speakers.same(List.of("رييس"), List.of("رييس"))).isTrue();
        assertThat(Speakers.same(List.of(), List.of("رييس"))).isFalse();
    }
}
