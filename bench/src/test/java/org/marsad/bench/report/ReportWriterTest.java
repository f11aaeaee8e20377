package org.marsad.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static Report sample() {
        Report r = new Report();
        r.run().put("mode", "quick");
        Section ingest = r.section("ingest_search", "Ingest and search");
        Figures f = ingest.figures();
        f.group("lucene").put("articles_per_s", 2000.0);
        f.group("marsad").put("articles_per_s", 500.0);
        f.ratio("articles_per_s", 500.0, 2000.0);
        ingest.note("measured on loopback");
        r.headline(new Headline("ingest throughput", "articles/s", 500, "Lucene indexing alone", 2000, true));
        r.headline(new Headline("search p99", "ms", 12, "Lucene search alone", 3, false));
        r.section("retrieval", "Retrieval").skip("no evaluation data");
        r.machine(new Figures().put("cores", 2));
        return r;
    }

    @Test
    void jsonHasEveryFigureAndARatioPerComparison(@TempDir Path dir) throws Exception {
        ReportWriter.write(sample(), dir);
        JsonNode root = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
        JsonNode figures = root.path("sections").path("ingest_search").path("figures");
        assertThat(figures.path("marsad").path("articles_per_s").asDouble()).isEqualTo(500.0);
        assertThat(figures.path("articles_per_s_ratio").asDouble()).isEqualTo(0.25);
        assertThat(root.path("headline").get(0).path("value_ratio").asDouble()).isEqualTo(0.25);
        assertThat(root.path("headline").get(1).path("value_ratio").asDouble()).isEqualTo(4.0);
        assertThat(root.path("sections").path("retrieval").path("skipped").asBoolean()).isTrue();
        assertThat(root.path("sections").path("retrieval").path("skip_reason").asText())
                .isEqualTo("no evaluation data");
        assertThat(root.path("machine").path("cores").asInt()).isEqualTo(2);
    }

    @Test
    void markdownPutsTheHeadlineTableFirstAndTheMachineLast(@TempDir Path dir) throws Exception {
        ReportWriter.write(sample(), dir);
        String md = Files.readString(dir.resolve("report.md"));
        int table = md.indexOf("| ingest throughput (articles/s) | 500 | Lucene indexing alone | 2,000 | 0.250× |");
        assertThat(table).isPositive();
        assertThat(md.indexOf("## Ingest and search")).isGreaterThan(table);
        assertThat(md).contains("| search p99 (ms) | 12.0 | Lucene search alone | 3.000 | 4.000× (lower is better) |");
        assertThat(md).contains("Skipped: no evaluation data");
        assertThat(md).contains("| marsad.articles_per_s | 500 |");
        assertThat(md.indexOf("## Machine")).isGreaterThan(md.indexOf("## Retrieval"));
    }

    @Test
    void undefinedRatiosAreNullNotInfinity(@TempDir Path dir) throws Exception {
        Report r = new Report();
        Figures f = r.section("micro", "Micro").figures();
        assertThat(f.ratio("mb_per_s", 5, 0)).isNaN();
        r.headline(new Headline("seed golden", "share", 0.9, null, Double.NaN, true));
        ReportWriter.write(r, dir);
        JsonNode root = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
        assertThat(root.path("sections").path("micro").path("figures").path("mb_per_s_ratio").isNull()).isTrue();
        assertThat(root.path("headline").get(0).path("baseline").isNull()).isTrue();
        assertThat(ReportWriter.headlineTable(r)).contains("| seed golden (share) | 0.900 | — | — | — |");
    }

    @Test
    void keysMustBeSnakeCase() {
        Figures f = new Figures();
        assertThatThrownBy(() -> f.put("articlesPerS", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.put("p50-ms", 1)).isInstanceOf(IllegalArgumentException.class);
        f.put("p50_ms", 1.5);
        assertThat(f.get("p50_ms")).isEqualTo(1.5);
    }

    @Test
    void numbersKeepAboutThreeSignificantDigits() {
        assertThat(ReportWriter.num(123456.7)).isEqualTo("123,457");
        assertThat(ReportWriter.num(12.345)).isEqualTo("12.3");
        assertThat(ReportWriter.num(0.9444)).isEqualTo("0.944");
        assertThat(ReportWriter.num(0.00012)).isEqualTo("1.20e-04");
        assertThat(ReportWriter.num(Double.NaN)).isEqualTo("—");
    }
}
