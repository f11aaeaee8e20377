package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/**
 * What the command-line tests that fill a data directory share: the directory in the test's temporary folder, and
 * ingesting and searching it through the command line as a user would.
 */
abstract class ArchiveFixture {
    @TempDir
    Path tmp;

    /** The {@code --data} argument. */
    String data() {
        return tmp.resolve("data").toString();
    }

    /** Writes the JSON lines to a file beside the data directory and returns it, for {@code marsad ingest}. */
    Path articles(List<String> jsonLines) throws IOException {
        Path f = tmp.resolve("articles.jsonl");
        Files.writeString(f, String.join("\n", jsonLines), StandardCharsets.UTF_8);
        return f;
    }

    /** Ingests the JSON lines; the ingest must succeed. */
    void ingest(List<String> jsonLines) throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), articles(jsonLines).toString()).exitCode()).isZero();
    }

    /** What {@code marsad search} prints for the query. */
    String search(String query) {
        return CliRun.of("search", "--data", data(), query).out();
    }

    /** The id the search prints for the first article the title finds. */
    String idOf(String title) {
        for (String line : search(title).lines().toList()) {
            int at = line.indexOf("id ");
            if (at >= 0) {
                return line.substring(at + 3).strip();
            }
        }
        throw new AssertionError("not found: " + title);
    }

    /** The URLs of up to 20 articles the query finds, sorted. */
    List<String> urls(String query) throws IOException {
        CliRun r = CliRun.of("search", "--data", data(), "--json", "--limit", "20", query);
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode hit : ArticleJson.mapper().readTree(r.out()).get("results")) {
            out.add(hit.get("url").asText());
        }
        return out.stream().sorted().toList();
    }
}
