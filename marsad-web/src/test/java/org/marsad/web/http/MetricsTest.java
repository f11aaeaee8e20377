package org.marsad.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void countsAndCumulativeHistogramInExpositionFormat() {
        Metrics m = new Metrics();
        m.record("/search", "GET", 200, 3_000_000);
        m.record("/search", "GET", 200, 30_000_000);
        m.record("/search", "GET", 400, 1_000_000);
        String text = m.scrape(List.of(new Metrics.Sample("marsad_articles", "Articles.", "gauge", 42)));
        assertThat(text).contains("marsad_http_requests_total{route=\"/search\",method=\"GET\",status=\"200\"} 2\n");
        assertThat(text).contains("marsad_http_requests_total{route=\"/search\",method=\"GET\",status=\"400\"} 1\n");
        assertThat(text).contains("marsad_http_request_duration_seconds_bucket{route=\"/search\",le=\"0.005\"} 2\n");
        assertThat(text).contains("marsad_http_request_duration_seconds_bucket{route=\"/search\",le=\"0.05\"} 3\n");
        assertThat(text).contains("marsad_http_request_duration_seconds_bucket{route=\"/search\",le=\"+Inf\"} 3\n");
        assertThat(text).contains("marsad_http_request_duration_seconds_count{route=\"/search\"} 3\n");
        assertThat(text).contains("# TYPE marsad_articles gauge\nmarsad_articles 42\n");
        // every sample line is "name{labels} value" or "name value"
        text.lines().filter(l -> !l.startsWith("#"))
                .forEach(l -> assertThat(l).matches("[a-z_]+(\\{.*\\})? [0-9.+eE-]+"));
    }

    @Test
    void labelledSamplesOfOneNameShareOneHeader() {
        String text = new Metrics().scrape(List.of(
                new Metrics.Sample("marsad_poll_failures_total", "Failures.", "counter", Map.of("kind", "network"), 3),
                new Metrics.Sample("marsad_poll_failures_total", "Failures.", "counter", Map.of("kind", "robots"), 0),
                new Metrics.Sample("marsad_index_lag", "Lag.", "gauge", 7)));
        assertThat(text).contains("# TYPE marsad_poll_failures_total counter\n"
                + "marsad_poll_failures_total{kind=\"network\"} 3\n"
                + "marsad_poll_failures_total{kind=\"robots\"} 0\n"
                + "# HELP marsad_index_lag Lag.\n# TYPE marsad_index_lag gauge\nmarsad_index_lag 7\n");
        assertThat(text.split("# TYPE marsad_poll_failures_total", -1)).hasSize(2);
    }

    @Test
    void labelValuesAreEscaped() {
        assertThat(Metrics.label("route", "a\"b\\c\nd")).isEqualTo("route=\"a\\\"b\\\\c\\nd\"");
    }
}
