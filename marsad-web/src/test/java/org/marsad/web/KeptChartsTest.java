package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.RawSource;
import org.marsad.model.Article;
import org.marsad.web.chart.CoverageChart;

/**
 * A search page's coverage chart is drawn once for the facet counts the index keeps for its search (the same map
 * asked again, with the same links around its bars); other counts, another order's links or a commit draw it
 * again, so a page never shows a chart of counts it was not given.
 */
class KeptChartsTest {
    private static final CoverageChart EMPTY = CoverageChart.of(new java.util.TreeMap<>(), Map.of(), 0,
            java.time.ZoneOffset.UTC, (a, b) -> "");

    @Test
    void theSameCountsAndLinksAreDrawnOnceAndAnythingElseAgain() {
        KeptCharts charts = new KeptCharts();
        AtomicInteger drawn = new AtomicInteger();
        Map<String, List<Object>> counts = new HashMap<>(Map.of("date", List.of()));
        charts.chart(counts, 4, "/search?q=a", () -> draw(drawn));
        charts.chart(counts, 4, "/search?q=a", () -> draw(drawn));
        assertThat(drawn).as("the same map, total and links").hasValue(1);
        // equal counts of another search (another reader's map), another total, other links: each drawn
        charts.chart(new HashMap<>(counts), 4, "/search?q=a", () -> draw(drawn));
        charts.chart(counts, 5, "/search?q=a", () -> draw(drawn));
        charts.chart(counts, 4, "/search?sort=date&q=a", () -> draw(drawn));
        assertThat(drawn).hasValue(4);
        for (int i = 0; i < 2 * KeptCharts.MOST; i++) {
            charts.chart(new HashMap<>(), i, "", () -> draw(drawn));
        }
        assertThat(charts.size()).isEqualTo(KeptCharts.MOST);
    }

    private static CoverageChart draw(AtomicInteger drawn) {
        drawn.incrementAndGet();
        return EMPTY;
    }

    @Test
    void aChartFollowsTheOrderInItsLinksAndACommitInItsCounts(@TempDir Path data) throws Exception {
        try (TestSite site = TestSite.start(data)) {
            String december = "svg a.bar[aria-label^=ديسمبر]";
            for (int ask = 0; ask < 2; ask++) {
                Element bar = chart(site, "/search").selectFirst(december);
                assertThat(bar.attr("aria-label")).isEqualTo("ديسمبر 2023: مقالان");
                assertThat(bar.attr("href")).isEqualTo("/search?from=2023-12-01&to=2023-12-31");
            }
            assertThat(chart(site, "/search?sort=date").selectFirst(december).attr("href"))
                    .isEqualTo("/search?from=2023-12-01&to=2023-12-31&sort=date");

            Article later = Article.builder().id("kept-charts-1").url("https://example.org/kept-charts-1")
                    .title("أمطار غزيرة في الشتاء").published("2023-12-28T08:00:00Z").source("مصدر تجريبي")
                    .language("ar").body(List.of("هطلت أمطار غزيرة.")).build();
            site.archive.save(later, RawSource.text(RawSource.KIND_JSON, "test", "{}"));
            site.archive.commit();
            assertThat(chart(site, "/search").selectFirst(december).attr("aria-label"))
                    .isEqualTo("ديسمبر 2023: 3 مقالات");
        }
    }

    private static Element chart(TestSite site, String path) throws Exception {
        return WebServerTest.html(WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(
                site.server.uri().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString(
                java.nio.charset.StandardCharsets.UTF_8))).selectFirst("figure.chart.coverage");
    }
}
