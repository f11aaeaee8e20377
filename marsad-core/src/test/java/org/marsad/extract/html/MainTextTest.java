package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The body step on its own ({@link MainText}): pages written here, each around one article, with the furniture real
 * news pages put around it. The expected paragraphs are the article's, in order — nothing from the furniture.
 */
class MainTextTest {
    private static final String TITLE = "استئناف المفاوضات بشأن الهدنة في غزة";
    private static final List<String> ARTICLE = List.of(
            "أعلنت مصادر دبلوماسية اليوم الأربعاء استئناف المفاوضات غير المباشرة بشأن الهدنة في قطاع غزة، بعد توقف "
                    + "دام أكثر من أسبوعين بسبب الخلاف على مراحل تبادل الأسرى.",
            "وقال مسؤول مطلع على سير المحادثات إن الوفود ستجتمع في القاهرة مساء الخميس، وإن الوسطاء قدموا مقترحا "
                    + "جديدا يتضمن وقفا لإطلاق النار لمدة ستة أسابيع قابلة للتمديد.",
            "وأضاف أن الجانبين أبديا مرونة في ملف إدخال المساعدات الإنسانية، بينما لا تزال نقاط الخلاف قائمة حول "
                    + "انسحاب القوات من المناطق السكنية وعودة النازحين إلى الشمال.");

    private static MainText.Result extract(String html, String articleBody) {
        Element body = Jsoup.parse(html).body();
        return MainText.extract(body, TITLE, articleBody);
    }

    /** Prose is counted in characters other than spaces. */
    private static int visible(List<String> ps) {
        return ps.stream().mapToInt(p -> p.replaceAll("\\s", "").length()).sum();
    }

    private static String paragraphs(List<String> ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        return sb.toString();
    }

    private static final String NAV = "<nav><ul><li><a href=/>الرئيسية</a></li><li><a href=/p>سياسة</a></li>"
            + "<li><a href=/e>اقتصاد</a></li><li><a href=/s>رياضة</a></li></ul></nav>";
    private static final String MOST_READ = "<div class=most-read><h3>الأكثر قراءة</h3><ul>"
            + "<li><a href=/1>ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج مجددا</a></li>"
            + "<li><a href=/2>البنك المركزي يبقي على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي</a></li>"
            + "<li><a href=/3>منتخب المغرب يتأهل إلى نصف النهائي بعد فوز صعب على منافسه بركلات الترجيح</a></li>"
            + "</ul></div>";
    private static final String FOOTER = "<footer><p>جميع الحقوق محفوظة © 2023 لشبكة الأخبار العربية، ولا يجوز "
            + "إعادة النشر دون إذن مكتوب من الإدارة.</p><a href=/privacy>سياسة الخصوصية</a></footer>";

    @Test
    void theArticleIsChosenOverMenusTeaserListsAndTheFooter() {
        String html = "<html><body>" + NAV + "<div class=layout><div class=main><article><h1>" + TITLE + "</h1>"
                + "<div class=byline>غزة - مراسلنا</div><div class=text>" + paragraphs(ARTICLE) + "</div></article></div>"
                + "<aside>" + MOST_READ + "</aside></div>" + FOOTER + "</body></html>";

        MainText.Result r = extract(html, null);

        assertThat(r.paragraphs()).containsExactlyElementsOf(ARTICLE);
        assertThat(r.proseChars()).isEqualTo(visible(ARTICLE));
    }

    @Test
    void shareBarsCommentsAndHiddenBoxesInsideTheArticleAreLeftOut() {
        String html = "<html><body><div id=content>" + paragraphs(ARTICLE.subList(0, 2))
                + "<div class=share-buttons><a href=#>فيسبوك</a> <a href=#>تويتر</a> شارك</div>"
                + "<div style='display: none'><p>نص مخفي طويل بما يكفي ليبدو فقرة حقيقية من المقال، لكنه لا يظهر "
                + "للقارئ أبدا لأن الصفحة تخفيه عن العرض.</p></div>"
                + paragraphs(ARTICLE.subList(2, 3))
                + "<div class=comments><p>تعليق: هذا خبر مهم جدا ونتمنى أن تنجح المفاوضات هذه المرة وأن يعود الهدوء "
                + "إلى المنطقة في أقرب وقت ممكن.</p></div></div></body></html>";

        MainText.Result r = extract(html, null);

        assertThat(r.paragraphs()).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void theHeadlineAndLabelLinesAreNotBodyParagraphs() {
        String html = "<html><body><div class=story><h2>" + TITLE + "</h2><p>" + TITLE + "</p><p>إعلان</p>"
                + paragraphs(ARTICLE) + "<p>طباعة</p></div></body></html>";

        assertThat(extract(html, null).paragraphs()).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void aShortParagraphIsKeptWhenThePagesOwnCopyOfTheTextHasIt() {
        String shortLine = "وتستمر الاتصالات حتى ساعة متأخرة الليلة";
        List<String> withShort = new ArrayList<>(ARTICLE);
        withShort.add(1, shortLine);
        String html = "<html><body><div class=text>" + paragraphs(withShort) + "</div></body></html>";

        // Without the page's own copy a short line without a full stop reads as a label, not as prose ...
        assertThat(extract(html, null).proseChars()).isEqualTo(visible(ARTICLE));
        // ... with it (JSON-LD articleBody), the line is confirmed article text.
        MainText.Result confirmed = extract(html, String.join("\n", withShort));
        assertThat(confirmed.paragraphs()).containsExactlyElementsOf(withShort);
        assertThat(confirmed.proseChars()).isEqualTo(visible(withShort));
    }

    @Test
    void aPageNamedLikeAnAdButHoldingAllTheProseIsStillTheArticle() {
        // Some sites name their whole layout oddly ("ad-wrapper"): the name cannot be trusted when the box holds
        // nearly all of the page's prose.
        String html = "<html><body><div class=ad-wrapper><h1>" + TITLE + "</h1>" + paragraphs(ARTICLE)
                + "</div></body></html>";

        assertThat(extract(html, null).paragraphs()).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void aPageOfLinksAndLabelsHasNoBody() {
        String html = "<html><body>" + NAV + MOST_READ + "<p>تابعونا</p><div class=tags><a href=/t1>غزة</a> "
                + "<a href=/t2>مفاوضات</a></div></body></html>";

        MainText.Result r = extract(html, null);

        assertThat(r.proseChars()).isZero();
        assertThat(String.join(" ", r.paragraphs())).doesNotContain("أوبك").doesNotContain("المغرب");
    }

    @Test
    void generatedPagesGiveBackTheirArticleWhateverFurnitureSurroundsIt() {
        // Seeded: the article's paragraphs at a random depth, with random furniture before and after it.
        Random rnd = new Random(20231220L);
        List<String> furniture = List.of(NAV, MOST_READ, FOOTER,
                "<div class=social-share><a href=#>واتساب</a><a href=#>تلغرام</a></div>",
                "<div class=related-articles><h3>أخبار ذات صلة</h3><a href=/r1>مجلس الأمن يدعو إلى وقف فوري لإطلاق "
                        + "النار في القطاع</a><br><a href=/r2>الأمم المتحدة تحذر من مجاعة وشيكة في شمال غزة</a></div>",
                "<div class=advert>إعلان</div>");
        for (int page = 0; page < 50; page++) {
            StringBuilder html = new StringBuilder("<html><body>");
            int before = rnd.nextInt(4);
            for (int i = 0; i < before; i++) {
                html.append(furniture.get(rnd.nextInt(furniture.size())));
            }
            int depth = 1 + rnd.nextInt(4);
            html.append("<div>".repeat(depth)).append("<h1>").append(TITLE).append("</h1>").append(paragraphs(ARTICLE))
                    .append("</div>".repeat(depth));
            int after = rnd.nextInt(4);
            for (int i = 0; i < after; i++) {
                html.append(furniture.get(rnd.nextInt(furniture.size())));
            }
            html.append("</body></html>");

            assertThat(extract(html.toString(), null).paragraphs()).as("page %d: %s", page, html)
                    .containsExactlyElementsOf(ARTICLE);
        }
    }
}
