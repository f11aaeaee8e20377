package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.web.WebServerTest.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/**
 * The search page's coverage chart and the day and hour facets of {@code /api/articles}, over the test site's
 * articles (gaza-2 2023-12-22T18:00+03:00, gaza-1 2023-12-24, hostile 2024-01-05, sahara-1 2025-04-12T09:30+01:00).
 */
class CoveragePageTest {
    static TestSite site;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theApiGivesEveryMatchedDayAndTheHoursOfAShortSpan() throws Exception {
        JsonNode all = ArticleJson.mapper().readTree(get("/api/articles?facets=all").body()).get("facets");
        assertThat(all.get("date").findValuesAsText("value"))
                .containsExactly("2023-12-22", "2023-12-24", "2024-01-05", "2025-04-12");
        assertThat(all.get("hour")).isEmpty();

        JsonNode gaza = ArticleJson.mapper().readTree(get("/api/articles?facets=all&q=" + enc("غزة")
                + "&from=2023-12-20&to=2023-12-31").body()).get("facets");
        assertThat(gaza.get("date").findValuesAsText("value")).containsExactly("2023-12-22", "2023-12-24");
        // 18:00 at +03:00 is 15:00 UTC; gaza-1 has a day only
        assertThat(gaza.get("hour").findValuesAsText("value")).containsExactly("2023-12-22T15");
        assertThat(gaza.get("hour").get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void dateUnitMonthAddsTheDaysUpByMonthAndAnythingElseIsRefused() throws Exception {
        JsonNode all = ArticleJson.mapper().readTree(get("/api/articles?date_unit=month").body()).get("facets");
        assertThat(all.get("date").findValuesAsText("value")).containsExactly("2023-12", "2024-01", "2025-04");
        assertThat(all.get("date").findValuesAsText("count")).containsExactly("2", "1", "1");
        // a short span by month has no hours either
        JsonNode gaza = ArticleJson.mapper().readTree(get("/api/articles?date_unit=month&q=" + enc("غزة")
                + "&from=2023-12-20&to=2023-12-31").body()).get("facets");
        assertThat(gaza.get("date").findValuesAsText("value")).containsExactly("2023-12");
        assertThat(gaza.get("hour")).isEmpty();
        // the other facets stay as they are
        assertThat(all.get("source")).isEqualTo(ArticleJson.mapper().readTree(get("/api/articles?facets=all").body())
                .get("facets").get("source"));

        HttpResponse<String> week = get("/api/articles?date_unit=week");
        assertThat(week.statusCode()).isEqualTo(400);
        assertThat(week.body()).contains("date_unit").contains("'day' or 'month'");
        assertThat(get("/api/articles?since=0&date_unit=month").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles?date_unit=day").body())
                .isEqualTo(get("/api/articles?facets=all").body());
    }

    @Test
    void fourArticlesOverSixteenMonthsAreDrawnByMonthAndEachBarNarrowsTheSearchToItsMonth() throws Exception {
        Document d = WebServerTest.html(get("/search"));
        Element chart = d.selectFirst("figure.chart.coverage");
        assertThat(chart).isNotNull();
        assertThat(chart.select("figcaption").text()).contains("حسب الشهر");
        // one link per month with articles, named for screen readers
        assertThat(chart.select("svg a.bar").eachAttr("aria-label")).containsExactly("أبريل 2025: مقال واحد",
                "يناير 2024: مقال واحد", "ديسمبر 2023: مقالان");
        String href = chart.selectFirst("svg a.bar[aria-label^=ديسمبر]").attr("href");
        assertThat(href).isEqualTo("/search?from=2023-12-01&to=2023-12-31");
        // the numbers are also a table, newest first
        assertThat(chart.select(".chart-numbers tbody tr td:eq(0)").eachText())
                .containsExactly("أبريل 2025", "يناير 2024", "ديسمبر 2023");

        Document narrowed = WebServerTest.html(get(href));
        assertThat(narrowed.select("ol.hits h3")).hasSize(2);
        assertThat(narrowed.select("ul.filters a").text()).contains("التاريخ: من 1 ديسمبر 2023 إلى 31 ديسمبر 2023");
    }

    @Test
    void weeksAreDrawnByDayAndEachBarNarrowsTheSearchToItsDay() throws Exception {
        Document d = WebServerTest.html(get("/search?from=2023-12-01&to=2024-01-31"));
        Element chart = d.selectFirst("figure.chart.coverage");
        assertThat(chart.select("figcaption").text()).contains("حسب اليوم");
        List<String> labels = chart.select("svg a.bar").eachAttr("aria-label");
        assertThat(labels).containsExactly("الجمعة 5 يناير 2024: مقال واحد", "الأحد 24 ديسمبر 2023: مقال واحد",
                "الجمعة 22 ديسمبر 2023: مقال واحد");
        String href = chart.selectFirst("svg a.bar[aria-label^=الأحد]").attr("href");
        assertThat(href).isEqualTo("/search?from=2023-12-24&to=2023-12-24");
        assertThat(chart.select(".chart-numbers tbody tr td:eq(0)").eachText()).hasSize(3)
                .first().isEqualTo("الجمعة 5 يناير 2024");

        Document narrowed = WebServerTest.html(get(href));
        assertThat(narrowed.select("ol.hits h3").eachText())
                .containsExactly("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
        assertThat(narrowed.select("ul.filters a").text()).contains("التاريخ: 24 ديسمبر 2023");
    }

    @Test
    void aShortSpanIsDrawnByHourAndSaysWhatHasNoHour() throws Exception {
        Document d = WebServerTest.html(get("/search?q=" + enc("غزة") + "&from=2023-12-20&to=2023-12-31"));
        Element chart = d.selectFirst("figure.chart.coverage");
        assertThat(chart.select("figcaption").text()).contains("حسب الساعة (بتوقيت UTC)")
                .contains("مقال واحد بتاريخ دون ساعة");
        assertThat(chart.select("svg a.bar").eachAttr("aria-label"))
                .containsExactly("الجمعة 22 ديسمبر 2023، 15:00 UTC: مقال واحد");
        // the query and the other filters stay; the range becomes the bar's day
        String href = chart.selectFirst("svg a.bar").attr("href");
        assertThat(href).contains("q=" + enc("غزة")).contains("from=2023-12-22").contains("to=2023-12-22");
    }

    @Test
    void aSearchWithoutDatedMatchesHasNoChart() throws Exception {
        Document d = WebServerTest.html(get("/search?q=" + enc("غزة") + "&from=2030-01-01"));
        assertThat(d.select("figure.chart")).isEmpty();
    }
}
