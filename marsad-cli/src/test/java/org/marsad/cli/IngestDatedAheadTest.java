package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/**
 * Review: a researcher's scraped dump held misread dates years ahead; {@code ingest} stored them without a word, and
 * they headed every newest-first list. Now one line counts them and names the first; they are still stored.
 */
class IngestDatedAheadTest {
    @TempDir
    Path tmp;

    @Test
    void ingestSaysOnceHowManyArticlesAreDatedAfterTomorrowAndStoresThem() throws Exception {
        String ahead = LocalDate.now(ZoneOffset.UTC).plusYears(3).toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Path dump = tmp.resolve("dump.jsonl");
        Files.writeString(dump, String.join("\n",
                "{\"title\":\"خبر اليوم عن افتتاح المعرض\",\"published\":\"" + today + "\",\"body\":[\"افتتح المعرض.\"]}",
                "{\"title\":\"خبر بتاريخ خاطئ عن القصف\",\"published\":\"" + ahead + "\",\"body\":[\"قتل عشرة.\"]}",
                "{\"title\":\"خبر آخر بتاريخ خاطئ\",\"published\":\"" + ahead + "T10:00:00+03:00\",\"body\":[\"نص.\"]}",
                ""));
        String data = tmp.resolve("data").toString();

        CliRun run = CliRun.of("ingest", "--data", data, dump.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 3, stored 3 (new 3, updated 0), duplicates 0, refused 0");
        assertThat(run.err().lines().filter(l -> l.contains("dated after tomorrow"))).singleElement().asString()
                .isEqualTo("marsad: 2 article(s) are dated after tomorrow (first: " + dump.toAbsolutePath()
                        + ":2, dated " + ahead + "): stored as dated; check the dates of the input");
        CliRun search = CliRun.of("search", "--data", data, "--json", "خبر");
        assertThat(ArticleJson.mapper().readTree(search.out()).get("total").asInt()).isEqualTo(3);
    }
}
