package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.story.EventFrame;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;

/**
 * The story page's "why together" section names the event the story's headline reports, as the story stage read it
 * (the act kept its articles apart from the affair's other acts), with the place the headline states, as written.
 */
class StoryEventLineTest {
    private static final Instant T0 = Instant.parse("2018-04-22T08:00:00Z");

    @Test
    void theEventAndItsPlaceAreShownForAStoryOfTwoArticles() {
        Document d = page("مقتل خمسة في تفجير انتحاري بكابول", "تفجير في كابول يوقع خمسة قتلى");
        assertThat(d.select(".ties .ties-event .act").text()).isEqualTo("هجوم أو قتل");
        // بكابول: the place without the attached preposition
        assertThat(d.select(".ties .ties-event .place").text()).isEqualTo("كابول");
        assertThat(d.select(".ties .ties-event").text()).isEqualTo("الحدث: هجوم أو قتل · المكان: كابول");
    }

    @Test
    void thePlaceIsReadAfterItsKindAndAfterTheDeedsNoun() {
        // «بمدينة درنة الليبية»: ب + مدينة + the name + the country's adjective; the place is Derna
        assertThat(page("مقتل خمسة في انفجار بمدينة درنة الليبية", "انفجار يهز درنة")
                .select(".ties-event .place").text()).isEqualTo("درنة");
        assertThat(page("مقتل ثلاثة في غارة على مخيم جباليا", "غارة تقتل ثلاثة")
                .select(".ties-event .place").text()).isEqualTo("جباليا");
        // «غارة خان يونس»: the raid of Khan Younis happened there
        assertThat(page("استشهاد أربعة بعد غارة خان يونس", "أربعة شهداء في القطاع")
                .select(".ties-event .place").text()).isEqualTo("خان يونس");
        // «بالولايات المتحدة»: the place as written keeps its article («لايات المتحدة» before)
        assertThat(page("مقتل ثلاثة في هجوم بالولايات المتحدة", "هجوم يقتل ثلاثة")
                .select(".ties-event .place").text()).isEqualTo("الولايات المتحدة");
        // «غارة سعودية»: whose raid, not where
        assertThat(page("مقتل قيادي حوثي في غارة سعودية", "غارة تقتل قياديا حوثيا").select(".ties-event .place"))
                .isEmpty();
    }

    @Test
    void anActAnnouncedAheadIsSaidToBeAheadAndAnUnstatedPlaceIsLeftOut() {
        Document d = page("الرئيس سيلتقي نظيره الفرنسي الأسبوع المقبل", "لقاء مرتقب بين الرئيسين");
        assertThat(d.select(".ties-event").text()).isEqualTo("الحدث: لقاء (مرتقب)");
        assertThat(d.select(".ties-event .place")).isEmpty();
    }

    @Test
    void aHeadlineWithNoListedActOrALoneArticleHasNoEventLine() {
        assertThat(page("أسعار النفط ترتفع لأعلى مستوى", "النفط عند أعلى مستوى").select(".ties-event")).isEmpty();
        assertThat(page("مقتل خمسة في تفجير انتحاري بكابول").select(".ties-event")).isEmpty();
    }

    @Test
    void aWordInAnotherSenseGivesNoLineWhereItsActWasMisread() {
        // A penalty kick is no strike; a team that achieves a record opens no inquiry.
        assertThat(page("ضربة جزاء تحسم المباراة للفريق الضيف", "الفريق الضيف يفوز بضربة جزاء").select(".ties-event"))
                .isEmpty();
        assertThat(page("النادي يحقق رقما قياسيا جديدا في الدوري", "رقم قياسي جديد للنادي").select(".ties-event"))
                .isEmpty();
        // The same words in their act's sense keep the line.
        assertThat(page("ضربة جوية على مخزن للسلاح قرب الحدود", "قصف مخزن للسلاح قرب الحدود")
                .select(".ties-event .act").text()).isEqualTo("هجوم أو قتل");
        assertThat(page("النيابة تحقق في حريق المصنع", "تحقيق في حريق المصنع").select(".ties-event .act").text())
                .isEqualTo("تحقيق");
    }

    @Test
    void theDeadOfADisasterAreNoAttack() {
        // قتيلاً reads as a killing to the story stage; in a flood, an earthquake or a fire the page says what happened.
        assertThat(page("25 قتيلاً في سيول جارفة ضربت جنوب البلاد", "السيول تقتل 25 شخصا في الجنوب")
                .select(".ties-event .act").text()).isEqualTo("كارثة أو حادث");
        assertThat(page("مصرع عشرة أشخاص في زلزال بقوة 6 درجات", "زلزال يضرب المنطقة")
                .select(".ties-event .act").text()).isEqualTo("كارثة أو حادث");
        assertThat(page("مقتل ثلاثة في حريق بمصنع للنسيج", "حريق يلتهم مصنعا للنسيج")
                .select(".ties-event .act").text()).isEqualTo("كارثة أو حادث");
        // A strike that starts a fire is still an attack; so is a killing with no disaster named.
        assertThat(page("مقتل ثلاثة في قصف أشعل حريقا في المصنع", "قصف على المصنع")
                .select(".ties-event .act").text()).isEqualTo("هجوم أو قتل");
        assertThat(page("25 قتيلاً في هجوم على سوق شعبي", "هجوم على سوق")
                .select(".ties-event .act").text()).isEqualTo("هجوم أو قتل");
    }

    @Test
    void torrentsAreNoPlaceButTheCityTheyStruckIs() {
        // سيول is Seoul and "torrents": in «سيول درنة» the torrents of Derna, so the place is Derna.
        Document derna = page("مقتل 20 في سيول درنة شرق ليبيا", "السيول تجرف أحياء في درنة");
        assertThat(derna.select(".ties-event").text()).isEqualTo("الحدث: كارثة أو حادث · المكان: درنة");
        assertThat(page("مصرع 25 بسيول درنة", "السيول تجرف أحياء في درنة").select(".ties-event .place").text())
                .isEqualTo("درنة");
        // Torrents with no place named: no place.
        assertThat(page("25 قتيلاً في سيول جارفة ضربت جنوب البلاد", "السيول تقتل 25 شخصا في الجنوب")
                .select(".ties-event .place")).isEmpty();
        // Seoul where the headline says it is the Korean capital.
        assertThat(page("مقتل شخصين في هجوم بسكين في سيول العاصمة الكورية", "هجوم بسكين في سيول")
                .select(".ties-event .place").text()).isEqualTo("سيول");
    }

    @Test
    void thePlaceADeedOrADisasterStrikesIsItsPlace() {
        // the place is the verb's object; a flood names no listed act, and is a disaster where it strikes
        assertThat(page("فيضانات تجتاح مدينة درنة", "السيول تجرف أحياء في درنة").select(".ties-event").text())
                .isEqualTo("الحدث: كارثة أو حادث · المكان: درنة");
        assertThat(page("زلزال قوي يضرب اليابان", "هزة أرضية في اليابان").select(".ties-event").text())
                .isEqualTo("الحدث: كارثة أو حادث · المكان: اليابان");
        assertThat(page("مقتل سبعة في غارات تستهدف مخيم جباليا", "غارات على جباليا")
                .select(".ties-event .place").text()).isEqualTo("جباليا");
        // the striker before the verb is no place («غارة أمريكا» was read so once): the struck one is
        assertThat(page("إسرائيل تقصف مخيم جباليا", "قصف على جباليا").select(".ties-event .place").text())
                .isEqualTo("جباليا");
        // what strikes a team is no disaster
        assertThat(page("الإصابات تضرب صفوف الفريق", "غيابات في الفريق").select(".ties-event")).isEmpty();
    }

    @Test
    void missilesStrikingAPlaceAreAnAttackThereOnThePageOnly() {
        // no listed act names missiles; the page reads the strike as an attack and the struck place as its place
        assertThat(page("صواريخ مجهولة تضرب مطار دمشق", "انفجارات في محيط مطار دمشق").select(".ties-event").text())
                .isEqualTo("الحدث: هجوم أو قتل · المكان: دمشق");
        assertThat(page("صواريخ مجهولة تضرب مطار التيفور بريف حمص", "غارات على مطار عسكري")
                .select(".ties-event .place").text()).isEqualTo("حمص");
        // the story stage's frozen act list is untouched: its frame of the headline stays act-less
        assertThat(EventFrame.of("صواريخ مجهولة تضرب مطار دمشق").known()).isFalse();
    }

    @Test
    void aPartOfAPlaceIsPassedOnTheWayToItsName() {
        assertThat(page("مقتل خمسة في غارة إسرائيلية في شمال غزة", "غارة على غزة").select(".ties-event").text())
                .isEqualTo("الحدث: هجوم أو قتل · المكان: غزة");
    }

    /** The story page of the given headlines, one outlet each, the first the story's headline. */
    private static Document page(String... headlines) {
        List<Article> members = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < headlines.length; i++) {
            outlets.add("وسيلة " + (i + 1));
            members.add(Article.builder().id("a" + i).url("https://example.org/" + i).source(outlets.get(i))
                    .title(headlines[i]).published(T0.plusSeconds(3600L * i).toString()).body(List.of("نص")).build());
        }
        Instant last = T0.plusSeconds(3600L * (headlines.length - 1));
        Story s = new Story("a0", headlines[0], "a0", headlines.length, outlets, T0, last);
        Present p = new Present(Clock.fixed(last.plusSeconds(60), ZoneOffset.UTC));
        String html = new Views().render("story.jte",
                Map.of("page", Page.titled(headlines[0]), "s", p.story(s, members), "figures", List.of()));
        return Jsoup.parse(html);
    }
}
