package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.ActSetting.Setting;

/** Constructed headlines in the style of the ANT April 2018 slice; the places are the entity lexicon's. */
class ActSettingTest {
    /**
     * The place after «في» or an attached «ب» when the lexicon lists it as a place, and the noun the act governs
     * through its own preposition; "-" where the headline states none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الإمارات ترفع شكوى لمجلس الأمن ضد قطر | مجلس | -",
        "الإمارات ترفع شكوى رسمية ضد قطر لدى المنظمة الدولية للطيران | منظمه | -",
        "مقتل خمسة في تفجير انتحاري في كابول | - | كابول",
        "مقتل 4 في تحطم مروحية عسكرية بكاليفورنيا | - | كاليفورنيا",
        "غارة على دمشق تقتل عشرة | - | دمشق",
        "غارة على المطار العسكري قرب المدينة | مطار | -",
        "البرلمان يصوت على القانون الجديد | قانون | -",
        "الرئيس يلتقي وفدا من المعارضة | - | -",
        "لقاء مع زعيم المعارضة في القاهرة | زعيم | قاهره",
        "الفريق يتغلب على منافسه في الدوري | منافسه | -",
        "اعتقال ناشط في حملة أمنية | - | -",
        "الإمارات ترفع شكوى ضد جارتها | - | -"})
    void theActsPlaceAndObjectAreReadWhenTheHeadlineStatesThem(String headline, String object, String place) {
        Setting s = setting(headline);
        assertThat(s.object()).as("object").isEqualTo(object.equals("-") ? null : object);
        assertThat(s.place()).as("place").isEqualTo(place.equals("-") ? null : place);
    }

    @Test
    void everyPlaceTheHeadlineNamesIsKeptSoThatACityWrittenWithItsCountryCountsForBoth() {
        Setting s = setting("هجوم في كابول بأفغانستان");
        assertThat(s.place()).isEqualTo("كابول");
        assertThat(s.places()).containsExactlyInAnyOrder("كابول", "افغانستان");
    }

    /**
     * A place whose own name starts with «ب», written bare after the act, is the act's object or partner (ANT April
     * 2018 headlines: "روسيا تتهم بريطانيا ...", "... ملكة بريطانيا", "... مشواره مع برشلونة"), not where it happened;
     * the same name with «ب» attached is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "روسيا تتهم بريطانيا بفبركة الهجوم | -",
        "دمشق تتهم باريس بالتبعية لواشنطن | -",
        "أفغانستان تتهم باكستان بتنفيذ ضربات جوية | -",
        "لقاء مع وزير خارجية بريطانيا في القاهرة | قاهره",
        "واشنطن تتهم بكين بسرقة أسرار تجارية | -",
        "مقتل 3 في هجوم ببغداد | بغداد",
        "مقتل 3 في هجوم بباريس | باريس",
        "مقتل عائلة في هجوم ببريطانيا | بريطانيا",
        "أومتيتي يهدد برشلونة بورقة ريال مدريد | -"})
    void aPlaceWhoseNameStartsWithBaIsTheActsPlaceOnlyWithBaAttached(String headline, String place) {
        assertThat(setting(headline).place()).isEqualTo(place.equals("-") ? null : place);
    }

    @Test
    void anOrganisationIsNoPlace() {
        // the lexicon lists مجلس الأمن as an organisation: the complaint's addressee, not where it happened
        assertThat(setting("شكوى في مجلس الأمن").place()).isNull();
    }

    @Test
    void theBareFormDropsAnAttachedPrepositionAndTheArticle() {
        assertThat(ActSetting.bare("لمجلس")).isEqualTo("مجلس");
        assertThat(ActSetting.bare("للمنظمه")).isEqualTo("منظمه");
        assertThat(ActSetting.bare("المطار")).isEqualTo("مطار");
        assertThat(ActSetting.bare("بالمطار")).isEqualTo("مطار");
        assertThat(ActSetting.bareWords(new String[] {"", "المطار", "مطار"})).containsExactly("مطار");
    }

    @Test
    void inItsPlaceSenseALookalikeIsAPlaceOnlyWhereTheHeadlineSaysSo() {
        // سيول: Seoul, and "torrents". The story stage's reading is unchanged; the place sense reads the torrents.
        assertThat(setting("مقتل 20 في سيول درنة").place()).isEqualTo("سيول");
        assertThat(sensed("مقتل 20 في سيول درنة").place()).isEqualTo("درنه");
        assertThat(sensed("مصرع 25 بسيول درنة").place()).isEqualTo("درنه");
        assertThat(sensed("مقتل 25 في سيول جارفة").place()).isNull();
        assertThat(sensed("مقتل شخصين في هجوم في سيول العاصمة الكورية").place()).isEqualTo("سيول");
        assertThat(sensed("مقتل خمسة في تفجير انتحاري في كابول").place()).isEqualTo("كابول");
    }

    @Test
    void thePlaceADeedOrADisasterStrikesIsWhereItHappened() {
        // the verb's object: a kind of place and a part of it are passed on the way to the name
        assertThat(sensed("مقتل سبعة في غارات تستهدف مخيم جباليا").place()).isEqualTo("جباليا");
        assertThat(sensed("انفجار يهز وسط كابول").place()).isEqualTo("كابول");
        assertThat(sensed("الاحتلال يقصف شمال غزة").place()).isEqualTo("غزه");
        // an object that is no place gives none; the story stage's reading is unchanged
        assertThat(sensed("مقتل أربعة في هجوم يستهدف دورية للشرطة").place()).isNull();
        assertThat(setting("مقتل سبعة في غارات تستهدف مخيم جباليا").place()).isNull();
        // a verb opening the headline has its subject after it: the striker, not the place
        assertThat(sensed("تستهدف إسرائيل مواقع للمقاومة").place()).isNull();
        // a disaster names no listed act: the verb it strikes with is found, and what it strikes read the same way
        String[] words = EventActs.words("فيضانات تجتاح مدينة درنة الليبية");
        int verb = EventActs.disasterStrikes(words);
        assertThat(verb).isEqualTo(1);
        assertThat(ActSetting.struck(words, verb)).isEqualTo("درنه");
        assertThat(EventActs.disasterStrikes(EventActs.words("زلزال بقوة 6 درجات يضرب اليابان"))).isEqualTo(4);
        // a protest's genitive is where it was, as a deed's is
        assertThat(sensed("مقتل ثلاثة في مظاهرات طهران").place()).isEqualTo("طهران");
        assertThat(sensed("مقتل ثلاثة في مظاهرات المعلمين").place()).isNull();
        // an evacuation or a withdrawal names the place it leaves after «من»
        assertThat(sensed("اتفاق لإجلاء الجرحى من مدينة حلب").place()).isEqualTo("حلب");
        assertThat(sensed("انسحاب المسلحين من الرقة إلى إدلب").place()).isEqualTo("رقه");
        assertThat(sensed("إجلاء عشرات العائلات من منازلها").place()).isNull();
        // something else that strikes is no disaster
        assertThat(EventActs.disasterStrikes(EventActs.words("الإصابات تضرب صفوف الفريق"))).isEqualTo(-1);
    }

    @Test
    void aPartOfAPlaceAfterInOrBaIsPassedOnTheWayToItsName() {
        // «في شمال غزة», «بوسط سيناء», «في شمال غرب تركيا»: where it happened is the place the part belongs to
        assertThat(sensed("مقتل خمسة في غارة إسرائيلية في شمال غزة").place()).isEqualTo("غزه");
        assertThat(sensed("مقتل جنديين في هجوم بوسط سيناء").place()).isEqualTo("سيناء");
        assertThat(sensed("مقتل أربعة في إطلاق نار بمدرسة في شمال غرب تركيا").place()).isEqualTo("تركيا");
        // the story stage reads as before: no place after a part word
        assertThat(setting("مقتل خمسة في غارة إسرائيلية في شمال غزة").place()).isNull();
        // a part word with no listed place after it gives none
        assertThat(sensed("مقتل خمسة في غارة في شمال البلاد").place()).isNull();
    }

    @Test
    void aWeaponStrikingIsFoundWithoutTheActListKnowingIt() {
        // missiles name no listed act: the story stage reads nothing, the page finds the verb they strike with
        assertThat(EventActs.read("صواريخ مجهولة تضرب مطار دمشق")).isEmpty();
        String[] words = EventActs.words("صواريخ مجهولة تضرب مطار دمشق");
        assertThat(EventActs.weaponStrikes(words)).isEqualTo(2);
        assertThat(ActSetting.struck(words, 2)).isEqualTo("دمشق");
        assertThat(EventActs.disasterStrikes(words)).isEqualTo(-1);
        // what strikes a team is no weapon
        assertThat(EventActs.weaponStrikes(EventActs.words("الإصابات تضرب صفوف الفريق"))).isEqualTo(-1);
    }

    private static Setting sensed(String headline) {
        EventActs.Reading r = EventActs.read(headline).orElseThrow();
        return ActSetting.read(EventActs.words(headline), r.at(), r.act(), true);
    }

    private static Setting setting(String headline) {
        EventActs.Reading r = EventActs.read(headline).orElseThrow();
        return ActSetting.read(EventActs.words(headline), r.at(), r.act());
    }
}
