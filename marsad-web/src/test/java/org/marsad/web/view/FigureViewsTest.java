package org.marsad.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.model.Article;

class FigureViewsTest {
    private static Article article(String title, List<String> body, List<Figure> figures) {
        return Article.builder().id("a").title(title).body(body).build().withFigures(figures);
    }

    private static Figure figure(String text, int start, Category c, String attribution) {
        return new Figure(text, start, start + text.length(), BigDecimal.TEN, null, false, null, null, c, null,
                attribution, null, null);
    }

    private static Figure vague(String text, int start, String attribution) {
        return new Figure(text, start, start + text.length(), null, null, true, null, "الأسر", Category.DISPLACED,
                null, attribution, null, null);
    }

    private static Article report(String id, String outlet, String sentence) {
        return ArticleFigures.enrich(Article.builder().id(id).source(outlet).published("2024-05-02").title("الغارة")
                .language("ar").body(List.of(sentence)).build());
    }

    // Made-up reports of one strike: the dead, and the journalists among them, disagree apart; the journalists'
    // conflict says whose count it is.
    @Test
    void aConflictOfAGroupAmongTheDeadNamesTheGroup() {
        List<Article> story = List.of(
                report("s1", "الجزيرة", "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة."),
                report("s2", "العربي", "وقالت إدارة القناة إن صحفيين اثنين قتلا في الغارة."),
                report("s3", "وفا", "وقالت نقابة الصحفيين إن 3 صحفيين قتلوا في الغارة."));
        FigurePanel killed = FigureViews.panels(StoryFigures.of(story)).get(0);
        assertThat(killed.conflicts()).extracting(FigurePanel.Conflict::group).containsExactly("الصحفيين");
        assertThat(killed.conflicts().get(0).values()).extracting(FigurePanel.Point::valueText)
                .containsExactly("3", "2");
    }

    // The headlines list a value per source: the channel's 2 are its journalists, not a rival of the ministry's 4.
    @Test
    void aHeadlineOfAGroupAmongTheWholeNamesTheGroupInItsReportsWords() {
        List<Article> story = List.of(
                report("s1", "الجزيرة", "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة."),
                report("s2", "العربي", "وقالت إدارة القناة إن صحفيين اثنين قتلا في الغارة."));
        FigurePanel killed = FigureViews.panels(StoryFigures.of(story)).get(0);
        assertThat(killed.headlines()).extracting(p -> p.valueText() + " " + p.group() + " (" + p.attribution() + ")")
                .containsExactlyInAnyOrder("4 null (وزارة الصحة)", "2 صحفيين (إدارة القناة)");
        assertThat(killed.timeline()).extracting(FigurePanel.Point::group).containsExactlyInAnyOrder(null, "صحفيين");
    }

    @Test
    void figuresAreMarkedInTheirParagraphAfterTheHeadline() {
        String title = "حصيلة جديدة";
        String p1 = "قالت الوزارة إن 10 شهداء سقطوا.";
        String p2 = "وأصيب 10 آخرون.";
        int p1At = title.length() + 2;
        int p2At = p1At + p1.length() + 2;
        Article a = article(title, List.of(p1, p2), List.of(
                figure("10 شهداء", p1At + p1.indexOf("10"), Category.KILLED, "الوزارة"),
                figure("10", p2At + p2.indexOf("10"), Category.INJURED, null)));
        List<List<TextRun>> ps = FigureViews.paragraphs(a);
        assertThat(ps.get(0)).extracting(TextRun::text).containsExactly("قالت الوزارة إن ", "10 شهداء", " سقطوا.");
        assertThat(ps.get(0).get(1).category()).isEqualTo("killed");
        assertThat(ps.get(0).get(1).title()).isEqualTo("القتلى: 10 — المصدر: الوزارة");
        assertThat(ps.get(1)).extracting(TextRun::category).containsExactly(null, "injured", null);
        assertThat(ps.get(1).get(1).title()).isEqualTo("الجرحى: 10");
    }

    @Test
    void aHeadlineFigureIsNotMarkedAndARepeatOfAnAttributedOneIsListedOnce() {
        String title = "10 شهداء";
        String p = "قالت الوزارة إن 10 شهداء سقطوا.";
        Article a = article(title, List.of(p), List.of(figure("10 شهداء", 0, Category.KILLED, null),
                figure("10 شهداء", title.length() + 2 + p.indexOf("10"), Category.KILLED, "الوزارة")));
        assertThat(FigureViews.paragraphs(a).get(0)).filteredOn(TextRun::figure).hasSize(1);
        assertThat(FigureViews.lines(a)).extracting(FigureLine::attribution).containsExactly("الوزارة");
    }

    // Made-up report: the headline credits the ministry as headlines do ("X: ..."), the body's sentence does not; the
    // extractor credits the headline's source, which joins the body's line.
    @Test
    void aHeadlineFigureTheBodyRepeatsIsListedOnceAsTheBodyGivesIt() {
        Article a = org.marsad.enrich.figures.ArticleFigures.enrich(Article.builder().id("a")
                .title("وزارة الصحة: مقتل 45 شخصا في فيضانات جنوب البلاد")
                .body(List.of("قتل 45 شخصا في الفيضانات التي ضربت جنوب البلاد.")).published("2024-04-02").build());
        assertThat(a.figures()).as("the headline's and the body's").hasSize(2);
        List<FigureLine> lines = FigureViews.lines(a);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).text()).isEqualTo("45 شخصا");
        assertThat(lines.get(0).attribution()).isEqualTo("وزارة الصحة");
    }

    // Made-up report (review17's walk): the same vague quantity twice, once credited; the page lists it once.
    @Test
    void aVagueQuantityTheArticleCreditsElsewhereInTheSameWordsIsListedOnceWithItsSource() {
        String title = "نزوح من أحياء الفاشر";
        String first = "نزحت مئات الأسر من أحياء المدينة الشرقية.";
        String second = "وقال شهود إن مئات الأسر نزحت نحو الغرب.";
        int at = title.length() + 2;
        int second0 = at + first.length() + 2;
        Article a = article(title, List.of(first, second), List.of(
                vague("مئات الأسر", at + first.indexOf("مئات"), null),
                vague("مئات الأسر", second0 + second.indexOf("مئات"), "شهود")));
        assertThat(FigureViews.lines(a)).extracting(FigureLine::attribution).containsExactly("شهود");
        // Another vague quantity with no source stays listed.
        Article other = article(title, List.of(first, second), List.of(
                vague("عشرات الأسر", at + first.indexOf("مئات"), null),
                vague("مئات الأسر", second0 + second.indexOf("مئات"), "شهود")));
        assertThat(FigureViews.lines(other)).extracting(FigureLine::attribution).containsExactly(null, "شهود");
        // product20: shown in its own words, not «عدد غير محدد الأسر»
        assertThat(FigureViews.lines(other)).extracting(FigureLine::valueText, FigureLine::counted)
                .containsExactly(tuple("عشرات الأسر", null), tuple("مئات الأسر", null));
        assertThat(FigureViews.paragraphs(other).get(1)).filteredOn(TextRun::figure).extracting(TextRun::title)
                .containsExactly("النازحون: مئات الأسر — المصدر: شهود");
    }

    @Test
    void theSourceAHeadlineCreditsJoinsTheBodysLineOfTheSameFigure() {
        String title = "الوزارة: 10 شهداء";
        String p = "أعلن الدفاع المدني سقوط 10 شهداء، ثم قالت المصادر إن 10 شهداء سقطوا.";
        int at = title.length() + 2;
        Article differing = article(title, List.of(p), List.of(figure("10 شهداء", title.indexOf("10"), Category.KILLED,
                "الوزارة"), figure("10 شهداء", at + p.indexOf("10"), Category.KILLED, "الدفاع المدني"),
                figure("10 شهداء", at + p.lastIndexOf("10"), Category.KILLED, null)));
        assertThat(FigureViews.lines(differing)).extracting(FigureLine::attribution)
                .containsExactly("الدفاع المدني، الوزارة");
        Article silentBody = article(title, List.of(p), List.of(figure("10 شهداء", title.indexOf("10"),
                Category.KILLED, "الوزارة"), figure("10 شهداء", at + p.lastIndexOf("10"), Category.KILLED, null)));
        assertThat(FigureViews.lines(silentBody)).extracting(FigureLine::attribution).containsExactly("الوزارة");
    }

    /** Whatever the spans (overlapping, out of range, across paragraphs), the runs spell each paragraph exactly. */
    @Test
    void runsAlwaysSpellTheParagraph() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            List<String> body = new ArrayList<>();
            int paragraphs = 1 + random.nextInt(4);
            for (int i = 0; i < paragraphs; i++) {
                body.add("ن".repeat(random.nextInt(30)) + "ص");
            }
            String title = random.nextBoolean() ? null : "عنوان";
            int length = (title == null ? 0 : title.length() + 2) + String.join("\n\n", body).length();
            List<Figure> figures = new ArrayList<>();
            int at = 0;
            for (int i = random.nextInt(6); i > 0; i--) {
                // mostly in text order, sometimes overlapping the previous one or past the end
                int start = Math.max(0, at - random.nextInt(5) + random.nextInt(20));
                int end = start + 1 + random.nextInt(15);
                figures.add(new Figure("x", start, Math.min(end, length + 5), BigDecimal.ONE, null, false, null,
                        null, Category.OTHER, null, null, null, null));
                at = end;
            }
            Article a = article(title, body, figures);
            List<List<TextRun>> ps = FigureViews.paragraphs(a);
            assertThat(ps).hasSize(body.size());
            for (int i = 0; i < body.size(); i++) {
                StringBuilder sb = new StringBuilder();
                ps.get(i).forEach(r -> sb.append(r.text()));
                assertThat(sb.toString()).as("round %d paragraph %d", round, i).isEqualTo(body.get(i));
                assertThat(ps.get(i)).allSatisfy(r -> assertThat(r.text()).isNotEmpty());
            }
        }
    }
}
