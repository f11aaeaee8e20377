package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/** {@code extract --time-zone} and {@code sources add --time-zone}: where a page's times without offset are. */
class TimeZoneOptionsTest {
    private static final String PAGE = String.join("\n",
            "افتتاح خط جديد للقطار السريع بين المدينتين",
            "الأحد 14 يناير 2024 - 10:30 ص",
            "افتتحت وزارة النقل اليوم خطا جديدا للقطار السريع يربط بين المدينتين في أقل من ساعة.",
            "وقال مدير الشركة إن القطار سينقل أكثر من عشرة آلاف مسافر يوميا خلال السنة الأولى.");

    @TempDir
    Path tmp;

    private JsonNode extracted(String... options) throws Exception {
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, PAGE);
        String[] args = new String[options.length + 2];
        args[0] = "extract";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = page.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return ArticleJson.mapper().readTree(run.out()).get("articles").get(0);
    }

    @Test
    void aPageTimeWithoutOffsetKeepsItsDayUnlessTheZoneIsGiven() throws Exception {
        JsonNode plain = extracted();
        assertThat(plain.get("published").asText()).isEqualTo("2024-01-14");
        assertThat(plain.get("published_text").asText()).isEqualTo("الأحد 14 يناير 2024 - 10:30 ص");

        assertThat(extracted("--time-zone", "Africa/Cairo").get("published").asText())
                .isEqualTo("2024-01-14T10:30:00+02:00");
        assertThat(extracted("--time-zone", "+03:00").get("published").asText())
                .isEqualTo("2024-01-14T10:30:00+03:00");
    }

    // A monitor ingesting dumps learns once that their times were kept as days, and how to keep them.
    @Test
    void ingestSaysOnceWhenPrintedTimesHadNoZoneAndTakesTheZoneAsExtractDoes() throws Exception {
        Path dumps = Files.createDirectories(tmp.resolve("dumps"));
        Files.writeString(dumps.resolve("1.txt"), PAGE);
        Files.writeString(dumps.resolve("2.txt"), String.join("\n",
                "مهرجان الكتاب يفتح أبوابه للزوار في دورته العاشرة",
                "الأحد 14 يناير 2024 - 11:45 ص",
                "فتح مهرجان الكتاب أبوابه صباح اليوم بمشاركة مئتي دار نشر من عشرين بلدا عربيا وأجنبيا.",
                "وتتضمن الدورة ندوات يومية وأمسيات شعرية وورشا للأطفال طوال أيام المهرجان العشرة."));
        String data = tmp.resolve("data").toString();

        CliRun plain = CliRun.of("ingest", "--data", data, dumps.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.err().lines().filter(l -> l.contains("no time zone"))).singleElement().asString()
                .isEqualTo("marsad: 2 article(s) print a time but no time zone (first: " + dumps.resolve("1.txt")
                        + "): stored with their day, the time as written in published_text; ingest them again with "
                        + "--time-zone ZONE (e.g. Asia/Riyadh, +03:00) to keep the time");
        assertThat(published(data)).containsExactlyInAnyOrder("2024-01-14", "2024-01-14");

        CliRun zoned = CliRun.of("ingest", "--data", data, "--time-zone", "Africa/Cairo", dumps.toString());
        assertThat(zoned.exitCode()).as(zoned.err()).isZero();
        assertThat(zoned.err()).doesNotContain("no time zone");
        assertThat(published(data))
                .containsExactlyInAnyOrder("2024-01-14T10:30:00+02:00", "2024-01-14T11:45:00+02:00");
        assertThat(CliRun.of("ingest", "--data", data, "--time-zone", "Cairo", dumps.toString()).exitCode())
                .isEqualTo(2);
    }

    private static java.util.List<String> published(String data) throws Exception {
        CliRun export = CliRun.of("export", "--data", data, "--format", "jsonl");
        assertThat(export.exitCode()).as(export.err()).isZero();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : export.out().lines().toList()) {
            out.add(ArticleJson.mapper().readTree(line).get("published").asText());
        }
        return out;
    }

    @Test
    void anUnknownZoneIsAOneLineUsageError() throws Exception {
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, PAGE);
        CliRun run = CliRun.of("extract", "--time-zone", "Mars/Olympus", page.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString()
                .contains("unknown time zone 'Mars/Olympus'").doesNotContain("Exception");

        String data = tmp.resolve("data").toString();
        CliRun add = CliRun.of("sources", "add", "--data", data, "--name", "X", "--feed", "https://x.example/f",
                "--time-zone", "Cairo");
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err().strip().lines()).singleElement().asString().contains("unknown time zone 'Cairo'");
    }

    @Test
    void aSourceKeepsItsTimeZone() throws Exception {
        String data = tmp.resolve("data").toString();
        CliRun add = CliRun.of("sources", "add", "--data", data, "--name", "الأهرام", "--feed",
                "https://ahram.example/rss", "--time-zone", "Africa/Cairo");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("time zone Africa/Cairo");
        CliRun list = CliRun.of("sources", "list", "--data", data, "--json");
        assertThat(ArticleJson.mapper().readTree(list.out()).get(0).get("time_zone").asText())
                .isEqualTo("Africa/Cairo");
        assertThat(CliRun.of("sources", "list", "--data", data).out()).contains("time zone: Africa/Cairo");
    }
}
