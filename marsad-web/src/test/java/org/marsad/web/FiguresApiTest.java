package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;
import org.marsad.web.view.Urls;

/** Figures over HTTP, on src/test/resources/figures.jsonl: one casualty story told by three outlets on two days. */
class FiguresApiTest {
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

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return ArticleJson.mapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theThreeReportsAreOneStory() {
        for (String id : List.of("toll-2", "toll-3")) {
            assertThat(site.archive.store().get(id).orElseThrow().story()).as(id).isEqualTo(story);
        }
    }

    @Test
    void anArticleServesItsFigures() throws Exception {
        JsonNode a = json("/api/articles/toll-2");
        JsonNode first = a.get("figures").get(0);
        assertThat(first.get("value").asLong()).isEqualTo(20258);
        assertThat(first.get("category").asText()).isEqualTo("killed");
        assertThat(first.get("date").asText()).isEqualTo("2023-12-24");
        List<String> categories = a.get("figures").findValuesAsText("category");
        assertThat(categories).contains("injured", "missing");
    }

    @Test
    void storyFiguresHaveHeadlinesConflictsAndATimeline() throws Exception {
        JsonNode f = json("/api/stories/" + Urls.segment(story) + "/figures");
        assertThat(f.get("story").asText()).isEqualTo(story);
        JsonNode killed = f.get("categories").get(0);
        assertThat(killed.get("category").asText()).isEqualTo("killed");
        List<String> headlines = new ArrayList<>();
        for (JsonNode h : killed.get("headlines")) {
            headlines.add(h.get("attribution").asText() + ": " + h.get("value").asLong() + " " + h.get("date").asText());
        }
        assertThat(headlines).contains("وزارة الصحة في غزة: 20258 2023-12-24",
                "المكتب الإعلامي الحكومي في غزة: 21300 2023-12-24", "مصادر طبية: 12 2023-12-24");
        JsonNode conflict = killed.get("conflicts").get(0);
        assertThat(conflict.get("date").asText()).isEqualTo("2023-12-24");
        assertThat(conflict.get("values").findValuesAsText("attribution"))
                .contains("وزارة الصحة في غزة", "المكتب الإعلامي الحكومي في غزة");
        List<String> timeline = new ArrayList<>();
        for (JsonNode p : killed.get("timeline")) {
            timeline.add(p.get("date").asText() + " " + p.get("value").asLong());
        }
        assertThat(timeline.get(0)).isEqualTo("2023-12-23 20057");
        JsonNode ministry = killed.get("headlines").get(0).get("reports").get(0);
        assertThat(ministry.get("article_id").asText()).isNotBlank();
        assertThat(get("/api/stories/nope/figures").statusCode()).isEqualTo(404);
    }

    @Test
    void figuresAcrossArticlesFilterBySearchCategoryAndDay() throws Exception {
        JsonNode all = json("/api/figures?category=killed");
        List<String> values = all.get("figures").findValuesAsText("value");
        assertThat(values).contains("20057", "20258", "21300", "12");
        assertThat(all.get("figures").get(0).get("date").asText()).isEqualTo("2023-12-24");
        assertThat(json("/api/figures?category=killed&to=2023-12-23").get("figures").findValuesAsText("value"))
                .containsOnly("20057");
        JsonNode searched = json("/api/figures?q=" + enc("رفح") + "&category=killed");
        assertThat(searched.get("figures").findValuesAsText("article_id")).containsOnly("toll-3");
        assertThat(json("/api/figures?category=displaced").get("figures").get(0).get("value").asLong())
                .isEqualTo(1_900_000);
    }

    @Test
    void figuresAsCsv() throws Exception {
        HttpResponse<String> r = get("/api/figures?format=csv&category=killed&from=2023-12-24");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        // a UTF-8 byte-order mark first, as the article exports have, so that Excel shows the Arabic
        assertThat(r.body()).startsWith("\uFEFFdate,");
        List<String> lines = r.body().substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,category,value,value_max,vague,comparator,counted,unit,attribution,"
                + "since,text,source,published,article_id,title,url");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2023-12-24,killed,21300,,false,,"));
        assertThat(lines).noneMatch(l -> l.contains("20057"));
    }

    @Test
    void badParametersAreA400WithAOneLineError() throws Exception {
        for (String q : List.of("category=dead", "from=yesterday", "format=xml", "limit=0", "limit=100000",
                "from=2023-12-24&to=2023-12-01", "q=" + enc("(غزة"))) {
            HttpResponse<String> r = get("/api/figures?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(ArticleJson.mapper().readTree(r.body()).get("error").asText()).as(q).doesNotContain("\n");
        }
    }
}
