package org.marsad.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.CountedGroup;
import org.marsad.model.Article;

class StoryFiguresTest {
    private static Article article(String id, String outlet, String day, String title, String... body) {
        return ArticleFigures.enrich(Article.builder().id(id).source(outlet).published(day).title(title)
                .language("ar").body(List.of(body)).build());
    }

    private static final List<Article> STORY = List.of(
            article("a1", "الجزيرة", "2023-12-23", "غزة: قصف متواصل",
                    "وقالت وزارة الصحة في غزة إن حصيلة الشهداء ارتفعت إلى 20 ألفاً و57 شهيداً."),
            article("a2", "العربية", "2023-12-24", "ارتفاع حصيلة الشهداء في غزة إلى 20 ألفا و258 شهيدا",
                    "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 20 ألفا و258 شهيدا.",
                    "وقالت وزارة الصحة إن عدد الجرحى بلغ 53 ألفا و688 جريحا."),
            article("a3", "الشرق الأوسط", "2023-12-24", "حصيلة جديدة",
                    "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 20 ألفا و258 شهيدا."),
            article("a4", "وفا", "2023-12-24", "المكتب الإعلامي",
                    "وقال المكتب الإعلامي الحكومي إن عدد الشهداء بلغ 21 ألفا و300 شهيد.",
                    "وأفادت مصادر طبية باستشهاد 12 فلسطينيا في غارة على رفح.",
                    "وقالت وكالة الأنباء الفلسطينية إن أكثر من 20 ألف شهيد سقطوا منذ بدء الحرب."));

    @Test
    void timelineHasEveryValueOnItsDayWithTheOutletsThatCarryIt() {
        StoryFigures.Timeline killed = StoryFigures.of(STORY).category(Category.KILLED);
        assertThat(killed.points()).extracting(p -> p.date() + " " + p.value().toPlainString() + " " + p.attribution())
                .containsExactly(
                        "2023-12-23 20057 وزارة الصحة في غزة",
                        "2023-12-24 21300 المكتب الإعلامي الحكومي",
                        "2023-12-24 20258 وزارة الصحة في غزة",
                        "2023-12-24 20000 وكالة الأنباء الفلسطينية",
                        "2023-12-24 12 مصادر طبية");
        StoryFigures.Point shared = killed.points().get(2);
        assertThat(shared.outlets()).containsExactly("العربية", "الشرق الأوسط");
        // the headline of a2 repeats its body's figure: one report per article, not an unattributed second point
        assertThat(shared.reports()).extracting(FigureReport::articleId).containsExactly("a2", "a3");
    }

    @Test
    void aHeadlineThatNamesItsSourceIsNoSecondReportOfTheFigureItsBodyCredits() {
        // made-up report: the headline's "SOURCE:" and the body's sentence name one office in two ways
        Article a = article("h1", "وفا", "2023-12-24", "المكتب الإعلامي في غزة: ارتفاع حصيلة الشهداء إلى 300 شهيد",
                "وقال المكتب الإعلامي الحكومي في غزة إن حصيلة الشهداء ارتفعت إلى 300 شهيد.");
        assertThat(a.figures()).extracting(f -> f.attribution())
                .containsExactly("المكتب الإعلامي في غزة", "المكتب الإعلامي الحكومي في غزة");
        assertThat(StoryFigures.of(List.of(a)).category(Category.KILLED).points())
                .extracting(p -> p.value().toPlainString() + " " + p.attribution())
                .containsExactly("300 المكتب الإعلامي الحكومي في غزة");
    }

    @Test
    void headlineIsTheLatestValueOfEachAttribution() {
        StoryFigures.Timeline killed = StoryFigures.of(STORY).category(Category.KILLED);
        assertThat(killed.headlines()).extracting(p -> p.attribution() + ": " + p.value().toPlainString())
                .containsExactlyInAnyOrder("وزارة الصحة في غزة: 20258", "المكتب الإعلامي الحكومي: 21300",
                        "مصادر طبية: 12", "وكالة الأنباء الفلسطينية: 20000");
        StoryFigures.Point ministry = killed.headlines().stream()
                .filter(p -> p.attribution().equals("وزارة الصحة في غزة")).findFirst().orElseThrow();
        assertThat(ministry.date()).isEqualTo(LocalDate.of(2023, 12, 24));
    }

    @Test
    void aConflictIsTwoAttributionsWhoseValuesCannotBothBeTrueOnOneDay() {
        StoryFigures.Timeline killed = StoryFigures.of(STORY).category(Category.KILLED);
        assertThat(killed.conflicts()).hasSize(1);
        StoryFigures.Conflict c = killed.conflicts().get(0);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 12, 24));
        // "أكثر من 20 ألف" agrees with both and a strike's 12 dead count something else: neither is in the conflict
        assertThat(c.values()).extracting(p -> p.value().toPlainString()).containsExactly("21300", "20258");
        assertThat(StoryFigures.disagree(List.of(point("20000", Comparison.MORE_THAN), point("20258", null))))
                .isFalse();
        assertThat(StoryFigures.disagree(List.of(point("12", null), point("20258", null)))).isFalse();
        assertThat(StoryFigures.disagree(List.of(point("21300", null), point("20258", null)))).isTrue();
        assertThat(StoryFigures.disagree(List.of(point("100", Comparison.ABOUT), point("105", null)))).isFalse();
        assertThat(StoryFigures.disagree(List.of(point("100", Comparison.LESS_THAN), point("105", null)))).isTrue();
    }

    // made-up reports of one strike on a TV office: the ministry counts the dead, the channel its own journalists
    // among them (issue 20's walk: the story page showed «تضارب … 4 مقابل 2»)
    private static final List<Article> OFFICE_STRIKE = List.of(
            article("s1", "الجزيرة", "2024-05-02", "غارة على مكتب قناة",
                    "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة على مكتب القناة."),
            article("s2", "العربي", "2024-05-02", "القناة تنعى صحفييها",
                    "وقالت إدارة القناة إن صحفيين اثنين قتلا في الغارة."),
            article("s3", "وفا", "2024-05-02", "حصيلة الغارة",
                    "وقالت مصادر طبية إن 3 أشخاص قتلوا في الغارة على مكتب القناة."),
            article("s4", "الشرق", "2024-05-02", "نقابة الصحفيين",
                    "وقالت نقابة الصحفيين إن 3 صحفيين قتلوا في الغارة."));

    @Test
    void aCountOfAGroupAmongTheDeadIsNoRivalOfTheDeathToll() {
        StoryFigures.Timeline killed = StoryFigures.of(OFFICE_STRIKE).category(Category.KILLED);
        assertThat(killed.points()).extracting(p -> p.value().toPlainString() + " " + p.attribution())
                .contains("2 إدارة القناة", "4 وزارة الصحة");
        // the dead: 4 against 3; the journalists: 3 against 2 — never the ministry's 4 against the channel's 2
        assertThat(killed.conflicts()).extracting(c -> c.values().stream()
                .map(p -> p.value().toPlainString() + " " + p.attribution()).toList().toString())
                .containsExactly("[4 وزارة الصحة, 3 مصادر طبية]", "[3 نقابة الصحفيين, 2 إدارة القناة]");
        assertThat(killed.conflicts()).extracting(c -> c.group().key()).containsExactly("all", "journalists");
    }

    @Test
    void aSourcesTollAndItsCountOfAGroupAmongTheDeadAreTwoHeadlinesThatSayWhoTheyCount() {
        // made-up: the channel gives the day's dead and, in the next sentence, its own journalists among them
        List<Article> story = List.of(OFFICE_STRIKE.get(0), article("c1", "العربي", "2024-05-02", "القناة تنعى صحفييها",
                "وقالت إدارة القناة إن 5 أشخاص قتلوا في الغارة.",
                "وقالت إدارة القناة إن صحفيين اثنين قتلا في الغارة."));
        StoryFigures.Timeline killed = StoryFigures.of(story).category(Category.KILLED);
        assertThat(killed.headlines()).extracting(p -> p.value().toPlainString() + " " + p.attribution() + " "
                        + p.group().key() + " " + p.counted())
                .containsExactlyInAnyOrder("4 وزارة الصحة all أشخاص", "5 إدارة القناة all أشخاص",
                        "2 إدارة القناة journalists صحفيين");
        // the API's points say it too (additive keys beside attribution)
        com.fasterxml.jackson.databind.JsonNode json = FiguresJson.story(StoryFigures.of(story));
        List<String> groups = new java.util.ArrayList<>();
        json.get("categories").get(0).get("headlines").forEach(h -> groups.add(h.get("value").asText() + " "
                + h.get("group").asText() + " " + h.get("counted").asText()));
        assertThat(groups).contains("2 journalists صحفيين", "5 all أشخاص");
    }

    @Test
    void aPartOfTheDeadIsNoRivalOfTheToll() {
        // made-up reports: the channel counts three of its staff among the dead without a noun («بينهم ثلاثة»), a
        // reader's walk saw such a part as a second death toll; an agency names its part by a nationality («بينهم 3
        // إيرانيين»), which read as everyone stood beside the toll as a second one (arabic28)
        List<Article> story = List.of(
                article("p1", "الجزيرة", "2024-05-02", "غارة على مكتب قناة",
                        "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة على مكتب القناة."),
                article("p2", "العربي", "2024-05-02", "القناة تنعى موظفيها",
                        "وقالت إدارة القناة إن الغارة أدت إلى مقتل عدد من موظفيها بينهم ثلاثة."),
                article("p3", "وفا", "2024-05-02", "نقابة الصحفيين",
                        "وقالت نقابة الصحفيين إن الغارة أدت إلى مقتل عدد من العاملين في القناة بينهم اثنان."),
                article("p4", "تسنيم", "2024-05-02", "قتلى في غارة على مكتب قناة",
                        "وقالت وكالة تسنيم إن الغارة أسفرت عن مقتل 4 أشخاص بينهم 3 إيرانيين."));
        assertThat(CountedGroup.of(story.get(1).figures().get(0))).isEqualTo(CountedGroup.PART);
        assertThat(story.get(3).figures()).extracting(f -> f.value().toPlainString() + " "
                + CountedGroup.of(f).key()).containsExactly("4 all", "3 part");
        StoryFigures.Timeline killed = StoryFigures.of(story).category(Category.KILLED);
        // neither a rival of the whole count nor of each other: two parts may be different people
        assertThat(killed.points()).extracting(p -> p.value().toPlainString() + " " + p.attribution())
                .contains("4 وزارة الصحة", "3 إدارة القناة", "2 نقابة الصحفيين", "4 وكالة تسنيم", "3 وكالة تسنيم");
        assertThat(killed.conflicts()).isEmpty();
    }

    @Test
    void noConflictWhenEveryoneAgrees() {
        StoryFigures.Timeline killed = StoryFigures.of(STORY.subList(0, 3)).category(Category.KILLED);
        assertThat(killed.conflicts()).isEmpty();
    }

    @Test
    void anAttributionThatStartsOneLongerOneIsTakenToBeIt() {
        StoryFigures f = StoryFigures.of(STORY);
        StoryFigures.Timeline injured = f.category(Category.INJURED);
        // "وزارة الصحة" in a story where "وزارة الصحة في غزة" speaks
        assertThat(injured.headlines()).extracting(StoryFigures.Point::attribution)
                .containsExactly("وزارة الصحة في غزة");
        assertThat(f.categories()).extracting(StoryFigures.Timeline::category)
                .containsExactly(Category.KILLED, Category.INJURED);
    }

    @Test
    void aBareMinistryAfterItsFullNameIsOneSourceNotTwo() {
        // made-up reports: one outlet names the ministry in full, the other names it once and then «الوزارة»
        List<Article> story = List.of(
                article("m1", "الجزيرة", "2023-12-24", "غارة على خان يونس",
                        "قالت وزارة الصحة إن 24 شخصا قتلوا في الغارة."),
                article("m2", "العربية", "2023-12-24", "حصيلة الغارة",
                        "أعلنت وزارة الصحة حصيلة جديدة للغارة على خان يونس. وقالت الوزارة إن 24 شخصا قتلوا."));
        StoryFigures.Timeline killed = StoryFigures.of(story).category(Category.KILLED);
        assertThat(killed.headlines()).extracting(p -> p.attribution() + ": " + p.value().toPlainString())
                .containsExactly("وزارة الصحة: 24");
        assertThat(killed.points()).singleElement().satisfies(p -> assertThat(p.outlets())
                .containsExactly("الجزيرة", "العربية"));
    }

    @Test
    void vagueAndOtherFiguresAreLeftOut() {
        Article a = article("v", "س", "2023-12-24", "عنوان", "قالت الأمم المتحدة إن عشرات الآلاف نزحوا.",
                "وتضم المدينة 300 مدرسة.");
        assertThat(a.figures()).isNotEmpty();
        assertThat(StoryFigures.of(List.of(a)).categories()).isEmpty();
    }

    private static StoryFigures.Point point(String value, Comparison c) {
        return new StoryFigures.Point(LocalDate.of(2023, 12, 24), new BigDecimal(value), null, c, null, "x",
                List.of());
    }
}
