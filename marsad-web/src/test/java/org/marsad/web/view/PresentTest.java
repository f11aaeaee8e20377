package org.marsad.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.search.SearchHit.Span;

class PresentTest {
    @Test
    void snippetSplitsAtHighlights() {
        assertThat(Present.snippet("مجلس الأمن يعقد جلسة", List.of(new Span(0, 4), new Span(5, 10))))
                .containsExactly(new Part("مجلس", true), new Part(" ", false), new Part("الأمن", true),
                        new Part(" يعقد جلسة", false));
    }

    @Test
    void badSpansNeverLoseOrRepeatText() {
        Random random = new Random(7);
        String text = "واعتمد مجلس الأمن القرار الذي حمل رقم 2722";
        for (int i = 0; i < 500; i++) {
            List<Span> spans = random.ints(random.nextInt(4), -5, text.length() + 5)
                    .mapToObj(s -> new Span(s, s + random.nextInt(12) - 2)).toList();
            List<Part> parts = Present.snippet(text, spans);
            assertThat(String.join("", parts.stream().map(Part::text).toList())).isEqualTo(text);
        }
    }

    @Test
    void articleCounts() {
        assertThat(Present.articles(1)).isEqualTo("مقال واحد");
        assertThat(Present.articles(2)).isEqualTo("مقالان");
        assertThat(Present.articles(7)).isEqualTo("7 مقالات");
        assertThat(Present.articles(12)).isEqualTo("12 مقالاً");
        assertThat(Present.articles(200)).isEqualTo("200 مقال");
        assertThat(Present.articles(0)).isEqualTo("لا مقالات");
    }

    @Test
    void outletCounts() {
        assertThat(Present.outlets(1)).isEqualTo("وسيلة واحدة");
        assertThat(Present.outlets(2)).isEqualTo("وسيلتان");
        assertThat(Present.outlets(3)).isEqualTo("3 وسائل");
        assertThat(Present.outlets(10)).isEqualTo("10 وسائل");
        assertThat(Present.outlets(11)).isEqualTo("11 وسيلة");
        assertThat(Present.outlets(12)).isEqualTo("12 وسيلة");
        assertThat(Present.outlets(100)).isEqualTo("100 وسيلة");
    }

    @Test
    void aStoryWhoseArticlesNameNoOutletSaysSoInsteadOfZeroOutlets() {
        assertThat(Present.publishedBy(0)).isEqualTo("لم تُعرف وسيلة النشر");
        assertThat(Present.publishedBy(1)).isEqualTo("نشرتها وسيلة واحدة");
        assertThat(Present.publishedBy(3)).isEqualTo("نشرتها 3 وسائل");
    }

    @Test
    void aHitSaysWhichStoryItBelongsToOnlyWhenThatStoryHoldsMore() {
        java.time.Instant t = java.time.Instant.parse("2025-04-11T09:30:00Z");
        Present present = new Present(java.time.Clock.fixed(t, java.time.ZoneOffset.UTC));
        var wide = new org.marsad.enrich.story.Story("s1", "قصة", "a", 4, List.of("وكالة", "صحيفة", "موقع"), t, t);
        var oneOutlet = new org.marsad.enrich.story.Story("s2", "قصة", "a", 2, List.of("وكالة"), t, t);
        var lone = new org.marsad.enrich.story.Story("s3", "قصة", "a", 1, List.of("وكالة"), t, t);
        java.util.Map<String, org.marsad.enrich.story.Story> stories = java.util.Map.of("s1", wide, "s2", oneOutlet,
                "s3", lone);
        List<HitView> views = present.hits(List.of(hit("a1", "s1", null), hit("a2", "s2", null),
                hit("a3", "s3", null), hit("a4", "unknown", null), hit("a5", null, null)), stories);
        assertThat(views.get(0).story()).isEqualTo(new Link("ضمن قصة نشرتها 3 وسائل", "/story/s1", 4, false));
        // one outlet's follow-ups: the outlets say nothing, the articles do
        assertThat(views.get(1).story().label()).isEqualTo("ضمن قصة فيها مقالان");
        assertThat(views.subList(2, 5)).extracting(HitView::story).containsOnlyNulls();
    }

    @Test
    void copiesOfOneReportTakeOnePlaceTheOriginalsWhenListedElseTheBestRankedCopys() {
        Present present = new Present(java.time.Clock.fixed(java.time.Instant.parse("2025-04-11T09:30:00Z"),
                java.time.ZoneOffset.UTC));
        // ranked: a copy of x, a lone article, x itself, another copy of x, two copies of y (y not on this page)
        List<HitView> views = present.hits(List.of(hit("x2", "s", "x"), hit("lone", "t", null), hit("x", "s", null),
                hit("x3", "s", "x"), hit("y1", "u", "y"), hit("y2", "u", "y")), java.util.Map.of());
        assertThat(views).extracting(HitView::href).containsExactly("/article/lone", "/article/x", "/article/y1");
        assertThat(views.get(0).copies()).isEmpty();
        assertThat(views.get(1).copies()).extracting(HitView::href).containsExactly("/article/x2", "/article/x3");
        assertThat(views.get(2).copies()).extracting(HitView::href).containsExactly("/article/y2");
    }

    @Test
    void otherCopiesAreCountedAsArabicCountsThem() {
        assertThat(Present.otherCopies(1)).isEqualTo("ونسخة أخرى");
        assertThat(Present.otherCopies(2)).isEqualTo("ونسختان أخريان");
        assertThat(Present.otherCopies(3)).isEqualTo("و3 نسخ أخرى");
        assertThat(Present.otherCopies(11)).isEqualTo("و11 نسخة أخرى");
    }

    private static org.marsad.search.SearchHit hit(String id, String story, String duplicateOf) {
        return new org.marsad.search.SearchHit(id, "عنوان " + id, "وكالة", null, null, "", List.of(), 1f)
                .withEnrichment(story, duplicateOf);
    }

    @Test
    void onlyHttpLinksLeaveTheSite() {
        assertThat(Urls.external("https://example.com/a?b=c")).isEqualTo("https://example.com/a?b=c");
        assertThat(Urls.external("javascript:alert(1)")).isNull();
        assertThat(Urls.external(" JaVaScRiPt:alert(1)")).isNull();
        assertThat(Urls.external("data:text/html,<script>")).isNull();
        assertThat(Urls.external("/relative")).isNull();
        assertThat(Urls.segment("حرب غزة/1")).isEqualTo("%D8%AD%D8%B1%D8%A8%20%D8%BA%D8%B2%D8%A9%2F1");
    }

    @Test
    void listsGiveTheHourOnlyForTodayAndYesterdayWherePublished() {
        Present p = new Present(java.time.Clock.fixed(java.time.Instant.parse("2025-04-12T12:00:00Z"),
                java.time.ZoneOffset.UTC));
        assertThat(p.recentHour("2025-04-12T09:30:00+01:00")).isEqualTo("09:30 UTC+01:00");
        // 23:30 on the 11th in Riyadh is yesterday there (it is already the 12th there)
        assertThat(p.recentHour("2025-04-11T23:30:00+03:00")).isEqualTo("23:30 UTC+03:00");
        assertThat(p.recentHour("2025-04-10T23:30:00+03:00")).as("two days ago: the day is enough").isNull();
        assertThat(p.recentHour("2025-04-12")).as("a day alone has no hour").isNull();
        assertThat(p.recentHour(null)).isNull();
    }

    @Test
    void aStoryOfBareDaysGivesItsDaysWithoutAnHourNobodyGave() {
        // a server west of Greenwich: a bare day kept at midnight UTC must not become the evening before
        Present p = new Present(java.time.Clock.fixed(java.time.Instant.parse("2025-02-05T12:00:00Z"),
                java.time.ZoneId.of("America/New_York")));
        org.marsad.model.Article dayOnly = org.marsad.model.Article.builder().id("a1").url("https://a.example/1").source("أ")
                .title("دخول 120 شاحنة مساعدات").published("2025-02-03").body(List.of("نص")).build();
        org.marsad.model.Article timed = org.marsad.model.Article.builder().id("b2").url("https://b.example/2").source("ب")
                .title("120 شاحنة تدخل").published("2025-02-04T09:30:00+02:00").body(List.of("نص")).build();
        java.time.Instant day = java.time.Instant.parse("2025-02-03T00:00:00Z");
        java.time.Instant time = java.time.Instant.parse("2025-02-04T07:30:00Z");
        StoryView v = p.story(new org.marsad.enrich.story.Story("s", "t", "s", 2, List.of("أ", "ب"), day, time),
                List.of(dayOnly, timed));
        assertThat(v.firstSeen().full()).isEqualTo("الاثنين 3 فبراير 2025");
        assertThat(v.firstSeen().hour()).isNull();
        assertThat(v.firstSeen().iso()).isEqualTo("2025-02-03");
        assertThat(v.lastSeen().hour()).isEqualTo("02:30 America/New_York");
        // an article timed at midnight UTC keeps its hour
        org.marsad.model.Article midnight = org.marsad.model.Article.builder().id("c3").url("https://c.example/3")
                .source("ج").title("خبر").published("2025-02-03T02:00:00+02:00").body(List.of("نص")).build();
        StoryView m = p.story(new org.marsad.enrich.story.Story("m", "t", "m", 1, List.of("ج"), day, day),
                List.of(midnight));
        assertThat(m.firstSeen().hour()).isNotNull();
        // a story card, without its articles at hand, gives a bare day's day alone
        assertThat(p.storyCard(new org.marsad.enrich.story.Story("s", "t", "s", 2, List.of("أ"), day, day), false)
                .lastSeenFull()).isEqualTo("الاثنين 3 فبراير 2025");
    }

    @Test
    void aStoryCardShowsHowLongAgoThisWeekAndItsLastDayWhenOlder() {
        Present p = new Present(java.time.Clock.fixed(java.time.Instant.parse("2025-02-20T12:00:00Z"),
                java.time.ZoneOffset.UTC));
        java.time.Instant recent = java.time.Instant.parse("2025-02-20T09:00:00Z");
        java.time.Instant old = java.time.Instant.parse("2025-02-03T09:00:00Z");
        assertThat(p.storyCard(new org.marsad.enrich.story.Story("r", "t", "r", 2, List.of("أ"), recent, recent),
                false).when()).startsWith("منذ");
        // the front page's top stories said "منذ أسبوعين" beside an article list that gives the day (lead's walk)
        assertThat(p.storyCard(new org.marsad.enrich.story.Story("o", "t", "o", 2, List.of("أ"), old, old), false)
                .when()).isEqualTo("3 فبراير 2025");
    }
}
