package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.web.view.Urls;

/**
 * The figures on the pages, over HTTP, on src/test/resources/figures.jsonl (one casualty story told by three
 * outlets on two days, the ministry and the government media office giving different tolls on the second day).
 */
class FigurePagesTest {
    static TestSite site;
    static String story;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "figures.jsonl");
        story = site.archive.store().get("toll-1").orElseThrow().story();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return WebServerTest.html(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theArticlePageMarksItsFiguresInTheTextAndListsThem() throws Exception {
        Document d = page("/article/toll-2");
        Elements marks = d.select(".article .body mark.figure");
        assertThat(marks.eachText()).contains("20 ألفاً و258 شهيداً", "53 ألفا و688 جريحا");
        Element killed = d.selectFirst(".article .body mark.figure.killed");
        assertThat(killed.text()).isEqualTo("20 ألفاً و258 شهيداً");
        assertThat(killed.attr("title")).isEqualTo("القتلى: 20,258 — المصدر: وزارة الصحة في غزة");
        // the text around the marks is all there, in order
        assertThat(d.select(".article .body p").get(0).text())
                .isEqualTo("أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 20 ألفاً و258 شهيداً منذ 7 أكتوبر الماضي.");

        Elements listed = d.select("aside section.figures li");
        assertThat(listed).isNotEmpty();
        Element first = listed.stream().filter(li -> li.hasClass("killed")
                && li.selectFirst(".value").text().equals("20,258")).findFirst().orElseThrow();
        assertThat(first.selectFirst(".category").text()).isEqualTo("القتلى");
        assertThat(first.selectFirst(".attribution").text()).isEqualTo("المصدر: وزارة الصحة في غزة");
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2023-12-24");
        assertThat(first.selectFirst("time").text()).isEqualTo("24 ديسمبر 2023");
        assertThat(listed.select(".value").eachText()).contains("53,688", "نحو 7,000");
    }

    @Test
    void aFigureWithoutASourceSaysSo() throws Exception {
        Document d = page("/article/toll-3");
        List<String> attributions = d.select("aside section.figures li .attribution").eachText();
        assertThat(attributions).contains("المصدر: مصادر طبية", "المصدر: الأمم المتحدة");
        assertThat(d.select("aside section.figures li.displaced .value").eachText()).contains("1,900,000");
    }

    // A figure whose sentence names no source is still reported by someone: the outlet that published it, said as
    // such (the figure's attribution stays empty; nothing is credited to a source the text does not name).
    @Test
    void aFigureWithoutASourceIsShownAsReportedByTheOutlet(@TempDir Path data) throws Exception {
        try (TestSite own = TestSite.start(data, "unattributed-figure.jsonl")) {
            assertThat(own.archive.store().get("flood-toll").orElseThrow().figures())
                    .anyMatch(f -> f.attribution() == null);
            HttpResponse<String> r = WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    own.server.uri().resolve("/article/flood-toll")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document d = WebServerTest.html(r);
            assertThat(d.select("aside section.figures li .attribution").eachText())
                    .contains("(لم يُذكر مصدر في خبر صحيفة الوادي)").doesNotContain("(لم يُذكر المصدر)");
        }
    }

    @Test
    void theStoryPageHasHeadlinesConflictAChartAndEveryValue() throws Exception {
        Document d = page("/story/" + Urls.segment(story));
        Element killed = d.selectFirst("section.figures .figure-panel.killed");
        assertThat(killed).isNotNull();
        assertThat(killed.selectFirst("h3").text()).isEqualTo("القتلى");
        List<String> headlines = killed.select(".headlines li").stream()
                .map(li -> li.selectFirst(".value").text() + " " + li.selectFirst(".attribution").text()).toList();
        // product20: the source behind a neutral label; «بحسب» needs a plural source's genitive (agreement risk)
        assertThat(headlines).contains("21,300 المصدر: المكتب الإعلامي الحكومي في غزة",
                "20,258 المصدر: وزارة الصحة في غزة", "12 المصدر: مصادر طبية");
        Element ministry = killed.select(".headlines li").stream()
                .filter(li -> li.text().contains("وزارة الصحة")).findFirst().orElseThrow();
        assertThat(ministry.text()).contains("آخر تحديث 24 ديسمبر 2023");
        assertThat(ministry.select(".reports a").eachAttr("href")).containsExactly("/article/toll-2");
        assertThat(ministry.select(".reports a").text()).isEqualTo("الجزيرة");
        // the outlets are named as such, apart from the date (found by the new-user pass: they ran on after it)
        assertThat(ministry.selectFirst(".reports").text()).isEqualTo("نشرته: الجزيرة");

        Element conflict = killed.selectFirst(".conflict");
        assertThat(conflict.text()).startsWith("تضارب في 24 ديسمبر 2023:")
                .endsWith("21,300 (المصدر: المكتب الإعلامي الحكومي في غزة) مقابل 20,258 (المصدر: وزارة الصحة في غزة)");
        assertThat(killed.text()).doesNotContain("بحسب");

        // two days: the 23rd (20,057) on the right, the 24th (largest that day 21,300) on the left
        Elements bars = killed.select(".chart rect.barrect");
        assertThat(bars).hasSize(2);
        assertThat(killed.select(".chart figcaption").text()).startsWith("أكبر رقم معلن لكل يوم");
        assertThat(bars.select("title").eachText())
                .containsExactly("24 ديسمبر 2023: 21,300", "23 ديسمبر 2023: 20,057");
        double left = Double.parseDouble(bars.get(0).attr("x"));
        double right = Double.parseDouble(bars.get(1).attr("x"));
        assertThat(left).isLessThan(right);
        assertThat(Integer.parseInt(bars.get(0).attr("height")))
                .isGreaterThan(Integer.parseInt(bars.get(1).attr("height")));

        List<String> rows = killed.select(".timeline tbody tr").stream()
                .map(tr -> tr.select("td").get(0).text() + " | " + tr.select("td").get(1).text()).toList();
        assertThat(rows.get(0)).isEqualTo("23 ديسمبر 2023 | 20,057");
        assertThat(rows).contains("24 ديسمبر 2023 | 21,300", "24 ديسمبر 2023 | 12");

        assertThat(d.select("section.figures .figure-panel").eachAttr("id"))
                .contains("figures-killed", "figures-injured", "figures-missing", "figures-displaced");
        assertThat(d.select("aside a").eachAttr("href")).contains("/api/stories/" + Urls.segment(story) + "/figures");
    }

    @Test
    void theFiguresPageChartsACategoryForASearch() throws Exception {
        Document all = page("/figures?category=killed");
        assertThat(all.selectFirst("h1").text()).isEqualTo("الأرقام المعلنة: القتلى");
        assertThat(all.select(".figure-panel.killed .chart rect.barrect")).hasSize(2);
        assertThat(all.select(".categories .active").text()).isEqualTo("القتلى");
        assertThat(all.select(".categories a").eachText()).contains("الجرحى", "النازحون");

        Document rafah = page("/figures?q=" + enc("رفح") + "&category=killed");
        assertThat(rafah.selectFirst("h1").text()).isEqualTo("الأرقام المعلنة: القتلى — في نتائج البحث عن: رفح");
        // only toll-3 mentions Rafah: its two killed figures, one day
        assertThat(rafah.select(".timeline tbody td.value").eachText()).containsExactlyInAnyOrder("21,300", "12");
        // one day: no chart (a single bar shows no change over time)
        assertThat(rafah.select(".chart")).isEmpty();
        assertThat(rafah.select(".categories a").eachAttr("href"))
                .contains("/figures?q=" + enc("رفح") + "&category=injured");
        assertThat(rafah.select(".exports a").eachAttr("href")).contains(
                "/api/figures?q=" + enc("رفح") + "&category=killed&limit=5000",
                "/api/figures?q=" + enc("رفح") + "&category=killed&limit=5000&format=csv",
                "/search?q=" + enc("رفح"));

        Document none = page("/figures?q=" + enc("رفح") + "&category=aid");
        assertThat(none.select(".figure-panel")).isEmpty();
        assertThat(none.selectFirst(".empty").text()).isEqualTo("لا أرقام معلنة من هذه الفئة في هذه النتائج.");

        Document later = page("/figures?category=killed&from=2023-12-24");
        assertThat(later.select(".timeline tbody td.value").eachText()).doesNotContain("20,057");
    }

    @Test
    void theSearchPageLinksToItsFigures() throws Exception {
        Document d = page("/search?q=" + enc("غزة"));
        assertThat(d.select(".figures-link a").attr("href")).isEqualTo("/figures?q=" + enc("غزة"));
        Document outlet = page("/source/" + Urls.segment("العربية"));
        assertThat(outlet.select(".figures-link a").attr("href"))
                .isEqualTo("/figures?q=" + enc("source:\"العربية\""));
        Document figures = page(outlet.select(".figures-link a").attr("href"));
        assertThat(figures.select(".figure-panel.killed .timeline tbody td.value").eachText())
                .containsExactlyInAnyOrder("21,300", "12");
    }

    @Test
    void badFigureParametersAreAnArabic400Page() throws Exception {
        for (String q : List.of("category=dead", "from=yesterday", "from=2023-12-24&to=2023-12-01")) {
            HttpResponse<String> r = get("/figures?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            Document d = WebServerTest.html(r);
            assertThat(d.selectFirst(".error")).as(q).isNotNull();
        }
    }
}
