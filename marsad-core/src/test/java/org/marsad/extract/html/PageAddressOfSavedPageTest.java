package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * review23: a saved page (a file, no address of its own) whose site name is nowhere on it gets no outlet, and that
 * stays so (the article contract: unknown is null, never guessed); but the address the page states for its article
 * keeps the host in {@code url}. Canonical links and og:url did; an address stated only in the article's JSON-LD
 * ({@code url}, {@code mainEntityOfPage}) was dropped, the article stored with no address at all.
 */
class PageAddressOfSavedPageTest {
    private static final String PROSE = "<p>افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من العمل "
            + "المتواصل في المشروع الكبير الذي انتظره السكان طويلا.</p><p>وقال رئيس البلدية إن الجسر سيخفف الزحام في "
            + "وسط المدينة ويختصر الطريق على آلاف السكان كل يوم.</p>";

    private static Article saved(String head, String base) {
        return HtmlArticleExtractor.extract("<html lang=\"ar\"><head><meta charset=\"utf-8\">" + head
                + "</head><body><article><h1>افتتاح جسر جديد فوق النهر</h1>" + PROSE + "</article></body></html>", base)
                .orElseThrow();
    }

    @Test
    void theArticlesJsonLdAddressIsTheUrlOfASavedPageAndNoOutletIsMadeOfIt() {
        Article a = saved("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"جسر\","
                + "\"url\":\"https://www.news-example.org/ar/bridge-7\"}</script>", null);
        assertThat(a.url()).isEqualTo("https://www.news-example.org/ar/bridge-7");
        assertThat(a.source()).as("no site name on the page: no outlet").isNull();

        Article b = saved("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":"
                + "{\"@type\":\"WebPage\",\"@id\":\"https://www.news-example.org/ar/bridge-8\"}}</script>", null);
        assertThat(b.url()).isEqualTo("https://www.news-example.org/ar/bridge-8");
    }

    @Test
    void theCanonicalLinkOgUrlAndTheFetchedAddressStillComeFirst() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"https://ld.example/1\"}"
                + "</script>";
        assertThat(saved(ld + "<meta property=\"og:url\" content=\"https://og.example/1\">", null).url())
                .isEqualTo("https://og.example/1");
        assertThat(saved(ld + "<link rel=\"canonical\" href=\"https://canonical.example/1\">", null).url())
                .isEqualTo("https://canonical.example/1");
        assertThat(saved(ld, "https://fetched.example/1").url()).isEqualTo("https://fetched.example/1");
        assertThat(saved("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"/ar/bridge\"}"
                + "</script>", null).url()).as("a relative address names no host").isNull();
    }
}
