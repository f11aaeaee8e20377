package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/** Issue 17: an index of stories ({@code /stories}) with paging, linked from the front page and every footer. */
class StoriesIndexTest {
    static Document page(TestSite site, String path) throws Exception {
        return WebServerTest.html(WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    static int status(TestSite site, String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theStoriesIndexGoesBackThirtyStoriesAPage(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.start(dir, new String[0])) {
            // 35 reports two months apart, each its own story, the newest last.
            for (int i = 0; i < 35; i++) {
                site.archive.save(Article.builder().url("https://example.org/s/" + i).title("القصة رقم " + i)
                        .body(List.of("نص القصة رقم " + i + " عن موضوع لا يتكرر " + "ك".repeat(i + 3)))
                        .source("مصدر").published(LocalDate.of(2020, 1, 1).plusDays(60L * i).toString())
                        .language("ar").build(), null);
            }
            site.archive.commit();
            Document first = page(site, "/stories");
            assertThat(first.select("h1").text()).isEqualTo("كل القصص");
            assertThat(first.select(".lead").text()).startsWith("في الأرشيف 35 قصة");
            List<String> titles = first.select("ol.storylist h3 a").eachText();
            assertThat(titles).hasSize(30).startsWith("القصة رقم 34", "القصة رقم 33");
            assertThat(first.select("ol.storylist h3 a").first().attr("href")).startsWith("/story/");
            assertThat(first.select(".pager span").text()).isEqualTo("الصفحة 1 من 2");
            String older = first.select(".pager a[rel=next]").attr("href");
            assertThat(older).isEqualTo("/stories?page=2");
            Document second = page(site, older);
            assertThat(second.select("ol.storylist h3 a").eachText()).containsExactly("القصة رقم 4",
                    "القصة رقم 3", "القصة رقم 2", "القصة رقم 1", "القصة رقم 0");
            assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/stories");
            assertThat(second.select(".pager a[rel=next]")).isEmpty();
            assertThat(status(site, "/stories?page=3")).isEqualTo(404);
            assertThat(status(site, "/stories?page=x")).isEqualTo(400);
            assertThat(page(site, "/").select("footer a[href=/stories]")).hasSize(1);
        }
    }

    @Test
    void anUndatedStorysTimeSaysItIsWhenMarsadCollectedIt(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.start(dir, new String[0])) {
            // No published date: the story's time is when the article was collected, not when it was published.
            site.archive.save(Article.builder().url("https://example.org/u").title("خبر بلا تاريخ نشر")
                    .body(List.of("نص خبر لم يذكر مصدره تاريخ نشره أبداً")).source("مصدر")
                    .language("ar").build(), null);
            site.archive.save(Article.builder().url("https://example.org/d").title("خبر له تاريخ")
                    .body(List.of("نص خبر آخر عن موضوع مختلف تماماً له يوم")).source("مصدر")
                    .published(LocalDate.of(2020, 1, 1).toString()).language("ar").build(), null);
            site.archive.commit();
            Document d = page(site, "/stories");
            org.jsoup.nodes.Element undated = d.select("ol.storylist li").stream()
                    .filter(li -> li.text().contains("خبر بلا تاريخ نشر")).findFirst().orElseThrow();
            assertThat(undated.select(".meta").text()).contains("رُصدت", "بلا تاريخ نشر");
            org.jsoup.nodes.Element dated = d.select("ol.storylist li").stream()
                    .filter(li -> li.text().contains("خبر له تاريخ")).findFirst().orElseThrow();
            assertThat(dated.select(".meta").text()).doesNotContain("رُصدت", "بلا تاريخ نشر");
        }
    }

    @Test
    void anEmptyArchiveSaysHowStoriesForm(@TempDir Path dir) throws Exception {
        try (TestSite site = TestSite.start(dir, new String[0])) {
            Document d = page(site, "/stories");
            assertThat(d.select(".lead").text()).startsWith("في الأرشيف لا قصص");
            assertThat(d.select(".empty").text()).contains("تتكوّن القصص من المقالات");
            assertThat(d.select(".pager")).isEmpty();
        }
    }
}
