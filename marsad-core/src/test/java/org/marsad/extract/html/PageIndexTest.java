package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * The page index tries each whole-page query only on the elements it listed for it; every query must still find
 * exactly the elements a search of the whole page finds, in the same order: on the test pages and on seeded random
 * pages that put each query's tags and attributes (in odd cases, in odd places) among elements that must not match.
 */
class PageIndexTest {
    private static final List<Evaluator> QUERIES = List.of(Queries.META, Queries.JSON_LD, Queries.CANONICAL,
            Queries.WINDOW_TITLE, Queries.H1, Queries.TIME_ANY, Queries.HTML, Queries.HEADLINE, Queries.TIME_PUBLISHED,
            Queries.DECLARED_ARTICLE, Queries.AUTHOR_MARKUP, Queries.TAG_LINK);

    private static final String[] FIXTURES = {"arabic-article.html", "arabic-date-in-meta.html", "home-page.html",
        "plain-ministry-page.html", "printed-arabic-date.html", "time-only.html"};

    /** Elements and attributes the queries look for, and near misses. */
    private static final String[] OPEN = {"<div>", "<article>", "<main>", "<section>", "<h1>", "<h2>", "<span>",
        "<time>", "<time datetime=\"2024-05-01\">", "<time pubdate>", "<a href=/x>", "<a rel=tag href=/t>",
        "<a REL=\"nofollow Tag\" href=/t>", "<a rel=tagged href=/t>", "<span rel=author>", "<a rel=author href=/a>",
        "<div itemprop=author>", "<span itemprop=name>", "<div ITEMPROP=Author>", "<h2 itemprop=headline>",
        "<span itemprop=datePublished datetime=\"2024-05-02\">", "<div itemprop=articleBody>", "<p class=byline>",
        "<p class=\"BYLINE x\">", "<p class=author-name>", "<p class=xauthor>", "<p class=\"Author\">",
        "<p class=authors>", "<svg><title>", "<meta name=x content=y>", "<link rel=canonical href=/c>",
        "<script type=\"application/ld+json\">", "<script>", "<p>"};

    @Test
    void everyQueryFindsWhatTheWholePageSearchFinds() {
        Random r = new Random(2026_1216);
        for (int page = 0; page < 3_000; page++) {
            StringBuilder html = new StringBuilder("<html lang=ar><head>");
            int head = r.nextInt(5);
            for (int i = 0; i < head; i++) {
                html.append(OPEN[r.nextInt(OPEN.length)]).append("x");
            }
            html.append(r.nextInt(3) == 0 ? "" : "</head><body>");
            int body = 1 + r.nextInt(25);
            for (int i = 0; i < body; i++) {
                html.append(OPEN[r.nextInt(OPEN.length)]).append("نص ").append(i);
                if (r.nextInt(3) == 0) {
                    html.append("</").append(r.nextBoolean() ? "div" : "p").append('>');
                }
            }
            if (r.nextInt(4) == 0) {
                html.append("</body></html><a rel=tag href=/after>بعد</a>");
            }
            sameAsWholePageSearch(Jsoup.parse(html.toString(), "https://example.com/n/1"));
        }
    }

    @Test
    void theTestPagesGiveTheSameElements() throws IOException {
        for (String name : FIXTURES) {
            try (InputStream in = PageIndexTest.class.getResourceAsStream(name)) {
                Document doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.com/");
                sameAsWholePageSearch(doc);
            }
        }
    }

    private static void sameAsWholePageSearch(Document doc) {
        PageIndex index = PageIndex.of(doc);
        for (Evaluator q : QUERIES) {
            assertThat(index.select(q)).as("%s on %s", q, doc.html()).containsExactlyElementsOf(doc.select(q));
            assertThat(index.selectFirst(q)).as("first %s", q).isSameAs(doc.selectFirst(q));
        }
        List<Element> expected = doc.body() == null ? doc.getAllElements() : doc.body().getAllElements();
        assertThat(index.bodyElements()).containsExactlyElementsOf(expected);
    }
}
