package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/** Entities end to end, as a user meets them: ingest, search by any spelling, export, enrich. */
class EntitiesCommandTest extends ArchiveFixture {
    /** The entity tests' articles and a milk-price story (اللبن is a word, not لبنان). */
    private Path articles() throws IOException {
        List<String> lines = new ArrayList<>(TestArticles.PRESIDENT_AND_LEBANON);
        lines.add(ArticleJson.toLine(Article.builder().url("https://d.example/4").title("أسعار الألبان")
                .source("العربية").published("2024-01-04").language("ar")
                .body(List.of("ارتفعت أسعار اللبن والحليب في الأسواق هذا الشهر.")).build()));
        return articles(lines);
    }

    @Test
    void theDemoSampleIsFoundByTheOtherSpellingOfItsMinister() throws IOException {
        // The bundled demo page (what `marsad demo` stores) writes غالانت; a user who writes جالانت must find it.
        Path page = tmp.resolve("sample-page.txt");
        try (var in = DemoCommand.class.getResourceAsStream("sample/sample-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        CliRun ingest = CliRun.of("ingest", "--data", data(), page.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        List<String> titles = new ArrayList<>();
        CliRun r = CliRun.of("search", "--data", data(), "--json", "جالانت");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (JsonNode hit : ArticleJson.mapper().readTree(r.out()).get("results")) {
            titles.add(hit.get("title").asText());
        }
        assertThat(titles).containsExactly("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
        CliRun person = CliRun.of("search", "--data", data(), "--json", "person:جالانت");
        assertThat(ArticleJson.mapper().readTree(person.out()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aNameFindsEveryOutletsSpellingButACommonWordOnlyItself() throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), articles().toString()).out()).contains("new 4");

        assertThat(urls("ترمب")).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(urls("ترامب")).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(urls("person:ترامب")).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(urls("جوتيريش")).containsExactly("https://c.example/3");
        assertThat(urls("لبنان")).containsExactly("https://c.example/3");
        assertThat(urls("place:لبنان")).containsExactly("https://c.example/3");
        assertThat(urls("اللبن")).containsExactly("https://d.example/4");

        CliRun bad = CliRun.of("search", "--data", data(), "people:ترامب");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("person:").doesNotContain("\tat ");

        CliRun export = CliRun.of("export", "--data", data(), "--format", "jsonl", "person:ترمب");
        List<Article> exported = export.out().lines().map(ArticleJson::parse).toList();
        assertThat(exported).hasSize(2);
        assertThat(exported).allSatisfy(a -> assertThat(a.entities()).extracting(e -> e.name())
                .contains("دونالد ترامب"));
        assertThat(exported).extracting(a -> a.entities().stream().filter(e -> e.type().equals("PER")).findFirst()
                .orElseThrow().id()).containsOnly(exported.get(0).entities().stream()
                .filter(e -> e.name().equals("دونالد ترامب")).findFirst().orElseThrow().id());
    }

    @Test
    void enrichTagsWhatHasNoEntitiesAndSaysHowMany() throws IOException {
        CliRun.of("ingest", "--data", data(), articles().toString());
        CliRun nothing = CliRun.of("enrich", "--data", data());
        assertThat(nothing.exitCode()).as(nothing.err()).isZero();
        assertThat(nothing.out()).startsWith("found the entities of 0 articles");
        CliRun all = CliRun.of("enrich", "--data", data(), "--all");
        assertThat(all.out()).startsWith("found the entities of 4 articles");
        assertThat(urls("ترمب")).containsExactly("https://a.example/1", "https://b.example/2");

        CliRun missing = CliRun.of("enrich", "--data", tmp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1);
    }
}
