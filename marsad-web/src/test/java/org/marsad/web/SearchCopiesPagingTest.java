package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * product27: the search page folded copies per page, so an agency report's copy ranked on page 1 stood alone there
 * while its original, on page 2, matched the same words. Made here: an original (the oldest), its copy by another
 * outlet (the newest) and twenty other reports between them, all naming the festival; newest first, the copy ranks
 * first and the original twenty-second.
 */
class SearchCopiesPagingTest {
    static final String BODY = "افتتحت مساء الخميس في مدينة جرش الدورة الجديدة لمهرجان الفنون الشعبية بمشاركة فرق"
            + " من عشرين دولة عربية وأجنبية، وقالت إدارة المهرجان إن العروض ستستمر عشرة أيام في المسرح الجنوبي.";

    @Test
    void aCopyIsListedUnderItsOriginalOnTheOriginalsPageAndNowhereElse(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.start(dir, new String[0])) {
            String original = site.archive.save(article("https://agency.example/jerash", "وكالة الأنباء",
                    "افتتاح مهرجان جرش للفنون", List.of(BODY), LocalDate.of(2025, 1, 1)), null).id();
            for (int i = 0; i < 20; i++) {
                site.archive.save(article("https://news.example/" + i, "صحيفة " + i, "مهرجان: خبر رقم " + i,
                        List.of("خبر عن المهرجان رقم " + i + " " + "ك".repeat(i + 3) + " في موضوع لا يتكرر "
                                + "ب".repeat(i + 5)), LocalDate.of(2025, 2, 1).plusDays(i)), null);
            }
            String copy = site.archive.save(article("https://paper.example/jerash", "صحيفة الساحل",
                    "افتتاح مهرجان جرش للفنون", List.of(BODY), LocalDate.of(2025, 3, 1)), null).id();
            site.archive.commit();
            assertThat(site.archive.store().get(copy).orElseThrow().duplicateOf()).isEqualTo(original);

            String q = "/search?sort=date&q=" + URLEncoder.encode("المهرجان", StandardCharsets.UTF_8);
            Document first = page(site, q);
            Document second = page(site, q + "&page=2");
            List<String> listed = new ArrayList<>();
            for (Document d : List.of(first, second)) {
                listed.addAll(d.select("ol.hits > li.hit > h3 a").eachAttr("href"));
                listed.addAll(d.select("ol.hits details.folded-copies li a[href^=/article/]").eachAttr("href"));
            }
            assertThat(listed).as("every matching article once across the two pages").hasSize(22)
                    .doesNotHaveDuplicates();
            assertThat(first.select("ol.hits > li.hit > h3 a").eachAttr("href"))
                    .as("the copy does not stand alone on page 1").doesNotContain("/article/" + copy).hasSize(19);
            Element item = second.select("ol.hits > li.hit").stream()
                    .filter(li -> li.select("> h3 a").attr("href").equals("/article/" + original))
                    .findFirst().orElseThrow();
            assertThat(item.select("details.folded-copies summary").text()).isEqualTo("ونسخة أخرى");
            assertThat(item.select("details.folded-copies li a[href^=/article/]").eachAttr("href"))
                    .containsExactly("/article/" + copy);
            // the total counts articles, as the API's does
            assertThat(first.select(".lead").text()).contains("22");
        }
    }

    private static Article article(String url, String source, String title, List<String> body, LocalDate day) {
        return Article.builder().url(url).title(title).body(body).source(source).published(day.toString())
                .language("ar").build();
    }

    private static Document page(TestSite site, String path) throws Exception {
        HttpResponse<String> r = WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return WebServerTest.html(r);
    }
}
