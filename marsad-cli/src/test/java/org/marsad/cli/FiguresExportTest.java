package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.figures.FigureTable;
import org.marsad.model.ArticleJson;
import org.marsad.store.CsvRecords;

/**
 * {@code marsad export --format figures|figures-jsonl}: one row per reported figure, for a researcher's spreadsheet
 * or script. The archive is the made-up fixture {@code figures/articles.jsonl} (see the resources' README): three
 * reports of one strike, one of them quoting two sources that disagree, and an article with no figure.
 */
class FiguresExportTest extends ArchiveFixture {

    @BeforeEach
    void fill() throws IOException {
        Path f = tmp.resolve("strike.jsonl");
        try (InputStream in = getClass().getResourceAsStream("figures/articles.jsonl")) {
            Files.write(f, in.readAllBytes());
        }
        CliRun r = CliRun.of("ingest", "--data", data(), f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void csvHasOneRowPerFigureWithWhoItCountsAndWhoReportsIt() {
        CliRun csv = CliRun.of("export", "--data", data(), "--format", "figures");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        // Excel reads the Arabic only after a byte-order mark, as in every other export
        assertThat(csv.out()).startsWith("\uFEFF" + String.join(",", FigureTable.COLUMNS) + "\r\n");
        List<Map<String, String>> rows = rows(csv.out().substring(1));

        // the weather report reports no figure: no row of it, and no empty row for it
        assertThat(rows).noneMatch(r -> r.get("url").contains("weather"));
        assertThat(rows).allMatch(r -> !r.get("category").isEmpty() && !r.get("article_id").isEmpty());

        Map<String, String> journalists = only(rows, "https://example.org/strike/2", "2");
        assertThat(List.of("group", "counted", "attribution", "category", "source", "published_utc", "date"))
                .extracting(journalists::get).containsExactly("journalists", "صحفيين", "إدارة القناة", "killed",
                        "العربي", "2024-05-02T09:00:00Z", "2024-05-02");

        // the article that quotes two sources who disagree gives both, each with its own source
        List<Map<String, String>> rival = rows.stream()
                .filter(r -> r.get("url").equals("https://example.org/strike/3")).toList();
        assertThat(rival).extracting(r -> r.get("value") + " " + r.get("attribution") + " " + r.get("group"))
                .containsExactly("4 وزارة الصحة all", "3 مصادر طبية all");
        // a day alone stays a day: its time is not made up
        assertThat(rival).allMatch(r -> r.get("published_utc").equals("2024-05-02"));
        // the offsets point at the figure in the headline + blank line + paragraphs
        Map<String, String> first = rival.get(0);
        String figureText = "حصيلة متضاربة للغارة\n\n" + "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة.";
        assertThat(figureText.substring(Integer.parseInt(first.get("start")), Integer.parseInt(first.get("end"))))
                .isEqualTo(first.get("text"));

        // +03:00 moved to UTC; the headline's place of the happening
        Map<String, String> ministry = only(rows, "https://example.org/strike/1", "4");
        assertThat(ministry.get("published_utc")).isEqualTo("2024-05-02T07:30:00Z");
        assertThat(ministry.get("place")).isEqualTo("غزة");
        assertThat(journalists.get("place")).isEmpty();
    }

    @Test
    void jsonLinesCarryTheSameRowsWithNumbersAsNumbers() throws IOException {
        List<Map<String, String>> csv = rows(CliRun.of("export", "--data", data(), "--format", "figures").out()
                .substring(1));
        CliRun jsonl = CliRun.of("export", "--data", data(), "--format", "figures-jsonl");
        assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSameSizeAs(csv);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = ArticleJson.mapper().readTree(lines.get(i));
            assertThat(n.fieldNames()).toIterable().containsExactlyElementsOf(FigureTable.COLUMNS);
            assertThat(n.get("value").isNumber() || n.get("value").isNull()).isTrue();
            assertThat(n.get("start").isInt()).isTrue();
            for (String column : FigureTable.COLUMNS) {
                assertThat(n.get(column).isNull() ? "" : n.get(column).asText()).as(column)
                        .isEqualTo(csv.get(i).get(column));
            }
        }
    }

    @Test
    void aQueryKeepsTheFiguresOfItsMatchesAndABadFormatIsAUsageError() {
        List<Map<String, String>> rows = rows(CliRun.of("export", "--data", data(), "--format", "figures",
                "source:العربي").out().substring(1));
        assertThat(rows).isNotEmpty().allMatch(r -> r.get("source").equals("العربي"));

        CliRun none = CliRun.of("export", "--data", data(), "--format", "figures", "طقس");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEqualTo("\uFEFF" + String.join(",", FigureTable.COLUMNS) + "\r\n");

        CliRun bad = CliRun.of("export", "--data", data(), "--format", "figure");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("figures-jsonl").doesNotContain("Exception");
        assertThat(CliRun.of("export", "--help").out()).contains("published_utc").contains("journalists");
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String url, String value) {
        List<Map<String, String>> found = rows.stream()
                .filter(r -> r.get("url").equals(url) && r.get("value").equals(value)
                        && !r.get("attribution").isEmpty()).toList();
        assertThat(found).as(url + " " + value).hasSize(1);
        return found.get(0);
    }

    /** The records of an RFC 4180 text keyed by the header's names. */
    static List<Map<String, String>> rows(String csv) {
        List<List<String>> records = CsvRecords.parse(csv);
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).hasSameSizeAs(header);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
