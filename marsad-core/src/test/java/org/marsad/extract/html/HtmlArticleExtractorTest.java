package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.extract.PageExtractors;
import org.marsad.extract.PageFormat;
import java.time.ZoneId;
import org.marsad.model.Article;
import org.marsad.model.PageZone;
import org.marsad.model.RelatedLink;

class HtmlArticleExtractorTest {

    private static String fixture(String name) {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article extract(String fixture, String url) {
        Optional<Article> a = HtmlArticleExtractor.extract(fixture(fixture), url);
        assertThat(a).as("article of " + fixture).isPresent();
        return a.get();
    }

    @Test
    void arabicArticleBodyIsTheTextWithoutThePageAroundIt() {
        Article a = extract("arabic-article.html", "https://example.com/news/2020/06/03/farmers-plan?utm=x");
        assertThat(a.body()).hasSize(4);
        assertThat(a.body().get(0)).startsWith("أقرت الحكومة صباح اليوم خطة شاملة");
        assertThat(a.body().get(3)).startsWith("ويأتي القرار بعد شكاوى متكررة");
        String body = a.bodyText();
        assertThat(body).doesNotContain("الرئيسية", "عاجل", "فيسبوك", "شارك", "اقرأ", "التعليقات",
                "الوسطاء", "الأكثر قراءة", "مباراة القمة", "إعلان", "جميع الحقوق", "سارة المنصوري");
    }

    // lead's walk 2026-12-07: a one-sentence flash in an article element was refused ("no article text") and its feed
    // item never stored; a page that declares an article but carries no sentence of prose still has none
    @Test
    void aOneSentenceFlashInADeclaredArticleIsAnArticleAndALabelAloneIsNot() {
        String flash = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>غارة</title>"
                + "</head><body><nav>الرئيسية | أخبار</nav><article><h1>غارة تستهدف مكتب قناة في خان يونس</h1>"
                + "<time datetime=\"2026-12-07T08:05:00+03:00\">الاثنين</time><p>قالت وزارة الصحة إن 4 أشخاص قتلوا "
                + "في غارة استهدفت مكتب قناة تلفزيونية في خان يونس فجر الاثنين.</p></article>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
        Optional<Article> a = HtmlArticleExtractor.extract(flash, "https://example.com/news/1");
        assertThat(a).isPresent();
        assertThat(a.get().body()).containsExactly("قالت وزارة الصحة إن 4 أشخاص قتلوا في غارة استهدفت مكتب قناة "
                + "تلفزيونية في خان يونس فجر الاثنين.");

        String label = flash.replaceFirst("<p>.*</p>", "<p>شاهد الفيديو</p>");
        assertThat(HtmlArticleExtractor.extract(label, "https://example.com/news/2")).isEmpty();
        String undeclared = flash.replace("<article>", "<div>").replace("</article>", "</div>");
        assertThat(HtmlArticleExtractor.extract(undeclared, "https://example.com/news/3"))
                .as("without the page saying it is an article, one sentence is not enough").isEmpty();
    }

    @Test
    void readAlsoBoxAndInlineReadAlsoLineBecomeRelatedLinksWithAbsoluteUrls() {
        Article a = extract("arabic-article.html", "https://example.com/news/2020/06/03/farmers-plan");
        assertThat(a.related()).containsExactlyInAnyOrder(
                new RelatedLink("موسم حصاد القمح يبدأ مبكراً هذا العام في السهول الشرقية",
                        "https://example.com/news/2020/05/28/wheat-harvest"),
                new RelatedLink("نقص الأسمدة يهدد المحاصيل الصيفية في عدة مناطق",
                        "https://example.com/news/2020/05/20/fertilizer"),
                new RelatedLink("ارتفاع أسعار المياه يثقل كاهل المزارعين في الجنوب",
                        "https://example.com/news/2020/06/01/water-prices"));
        assertThat(a.bodyText()).doesNotContain("ارتفاع أسعار المياه", "موسم حصاد القمح");
    }

    @Test
    void arabicArticleMetadata() {
        Article a = extract("arabic-article.html", "https://example.com/news/2020/06/03/farmers-plan?utm=x");
        assertThat(a.title()).isEqualTo("الحكومة تقر خطة لدعم المزارعين في الموسم الجديد");
        // The page's own offset is kept: 03:01 at +04:00 is the 3rd there, the 2nd in UTC.
        assertThat(a.published()).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(a.publishedDay()).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(3));
        assertThat(a.author()).isEqualTo("سارة المنصوري");
        assertThat(a.source()).isEqualTo("موقع المرصد");
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.url()).isEqualTo("https://example.com/news/2020/06/03/farmers-plan");
        assertThat(a.tags()).contains("الزراعة", "الاقتصاد", "المزارعين", "دعم", "القروض")
                .doesNotHaveDuplicates();
    }

    @Test
    void arabicDateStringInsideAMetaTagIsStillTheDate() {
        Article a = extract("arabic-date-in-meta.html", null);
        assertThat(a.published()).isEqualTo("2020-06-03");
        assertThat(a.publishedText()).isEqualTo("الأربعاء 3 يونيو 2020");
    }

    @Test
    void timeElementAloneGivesTheDateWithItsOffset() {
        Article a = extract("time-only.html", "https://coastal.example/harbour");
        assertThat(a.published()).isEqualTo("2019-11-19T23:30:00-05:00");
        assertThat(a.title()).isEqualTo("Harbour reopens after storm repairs");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("Posted"));
    }

    @Test
    void dateWrittenInWordsUnderTheHeadlineAndSiteNamePrefixRemoved() {
        Article a = extract("printed-arabic-date.html", null);
        // The page prints 9:22 مساءً without an offset and nobody said where it is: the day alone, never 21:22Z.
        assertThat(a.published()).isEqualTo("2020-04-24");
        assertThat(a.title()).isEqualTo("ارتفاع الطلب على الكهرباء مع موجة الحر");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void aTimeWithoutOffsetTakesTheOffsetOfTheGivenZoneOnThatDay() {
        // Beirut is at +03:00 in April (summer time), +02:00 in winter: the zone's rules, not a fixed offset.
        Article a = HtmlArticleExtractor.extract(fixture("printed-arabic-date.html"), null,
                PageZone.of(ZoneId.of("Asia/Beirut"))).orElseThrow();
        assertThat(a.published()).isEqualTo("2020-04-24T21:22:00+03:00");
        assertThat(a.publishedText()).contains("09:22 مساءً");
    }

    @Test
    void aPeriodInTheDatelineIsDatedByItsLastDay() {
        String page = "<html><body><h1>حصاد الأسبوع: الأمطار تعود إلى المرتفعات</h1>"
                + "<div class=\"post-date\">3 - 9 مارس 2024</div>"
                + "<p>" + "شهدت المرتفعات الشمالية خلال الأسبوع الماضي أمطاراً غزيرة أعادت الحياة إلى الينابيع. ".repeat(4)
                + "</p></body></html>";
        Article a = HtmlArticleExtractor.extract(page, null).orElseThrow();
        assertThat(a.published()).isEqualTo("2024-03-09");
        assertThat(a.publishedText()).isEqualTo("3 - 9 مارس 2024");
    }

    @Test
    void frontPageHasNoArticle() {
        assertThat(HtmlArticleExtractor.extract(fixture("home-page.html"), "https://example.com/")).isEmpty();
    }

    @Test
    void emptyAndBrokenInputHaveNoArticle() {
        assertThat(HtmlArticleExtractor.extract("", null)).isEmpty();
        assertThat(HtmlArticleExtractor.extract("<html><body><div><p>short</div>", null)).isEmpty();
        assertThat(HtmlArticleExtractor.extract(null, null)).isEmpty();
    }

    @Test
    void htmlPagesGoThroughThePageExtractorSeam() {
        String page = fixture("arabic-article.html");
        assertThat(PageFormat.sniff("page.html", page)).isEqualTo(PageFormat.HTML);
        List<Article> articles = PageExtractors.forFormat(PageFormat.HTML).orElseThrow().extract(page);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("الحكومة تقر خطة لدعم المزارعين في الموسم الجديد");
            // No address given: links resolve against the page's canonical URL... which is itself relative here,
            // so only the already absolute link can be kept.
            assertThat(a.related()).extracting(RelatedLink::url)
                    .contains("https://example.com/news/2020/05/28/wheat-harvest");
        });
    }

    @Test
    void malformedJsonLdIsIgnoredAndMetaTagsStillSpeak() {
        String page = fixture("time-only.html").replace("<head>",
                "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", broken</script>");
        Article a = HtmlArticleExtractor.extract(page, null).orElseThrow();
        assertThat(a.published()).isEqualTo("2019-11-19T23:30:00-05:00");
    }

    /** Issue 17: a site gave its own name as the author; an outlet is not an author. */
    @Test
    void theOutletsOwnNameIsNotTakenAsTheAuthor() {
        String body = "<p>" + "أعلنت البلدية اليوم عن خطة جديدة لتنظيف شواطئ المدينة قبل موسم الصيف المقبل. ".repeat(6)
                + "</p>";
        String outletOnly = "<html lang=ar><head><title>خطة لتنظيف الشواطئ</title>"
                + "<meta property=og:site_name content='صوت الساحل'><meta name=author content='صوت  الساحل'>"
                + "</head><body><article><h1>خطة لتنظيف الشواطئ</h1>" + body + "</article></body></html>";
        Article a = HtmlArticleExtractor.extract(outletOnly, "https://sahel.example/n/1").orElseThrow();
        assertThat(a.source()).isEqualTo("صوت الساحل");
        assertThat(a.author()).isNull();

        String withWriter = outletOnly.replace("<article>", "<article><span class=author>(صوت الساحل)</span>"
                + "<p class=byline>بقلم: ليلى حداد</p>");
        assertThat(HtmlArticleExtractor.extract(withWriter, "https://sahel.example/n/1").orElseThrow().author())
                .isEqualTo("ليلى حداد");
    }

    /** Issue 17: a plain page without JSON-LD, site name or telling class names (fixture written for this test). */
    @Test
    void aPlainPageGivesItsBylineDateTagsReadAlsoAndBareHeadline() {
        Article a = extract("plain-ministry-page.html", "https://moh.example/news/zarqa-hospital");
        assertThat(a.title()).isEqualTo("افتتاح مستشفى جديد للأطفال في مدينة الزرقاء");
        assertThat(a.author()).isEqualTo("أحمد علي, محمد حسن");
        assertThat(a.published()).startsWith("2024-04-03");
        assertThat(a.body().get(0)).startsWith("افتتحت وزارة الصحة").doesNotContain("نشر في").doesNotContain("2024");
        assertThat(a.body()).noneMatch(p -> p.contains("بقلم") || p.contains("الوسوم") || p.contains("اقرأ أيضاً"));
        assertThat(a.tags()).containsExactly("الصحة", "المستشفيات", "الزرقاء");
        assertThat(a.related()).extracting(RelatedLink::url)
                .containsExactly("https://moh.example/news/clinic-hours");
    }
}
