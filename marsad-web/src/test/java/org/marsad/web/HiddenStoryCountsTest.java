package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/**
 * A story's counts are what readers can see: with one outlet's report hidden by an editor, the earthquake story of
 * src/test/resources/stories.jsonl (an agency's report and a newspaper's copy) is one outlet's single article on
 * every page and in the API; with both hidden it is no story at all; shown again, it is whole again.
 */
class HiddenStoryCountsTest {
    TestSite site;

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "stories.jsonl");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(String path) throws Exception {
        return ArticleJson.mapper().readTree(get(path).body());
    }

    @Test
    void aHiddenReportLeavesEveryCountOfItsStory() throws Exception {
        assertThat(site.archive.hide(List.of("quake-b"), "editor")).containsExactly("quake-b");
        site.archive.commit();

        Document story = WebServerTest.html(get("/story/quake-a"));
        assertThat(story.select(".storypage .outlets").text()).isEqualTo("نشرتها وسيلة واحدة");
        assertThat(story.select("aside a").eachText()).doesNotContain("صحيفة الساحل");

        // newest news first: the earthquake's shown report (07:00Z) is now older than the chess story (09:00Z)
        JsonNode listed = json("/api/stories").get("stories").get(1);
        assertThat(listed.get("id").asText()).isEqualTo("quake-a");
        assertThat(listed.get("articles").asInt()).isEqualTo(1);
        assertThat(listed.get("outlet_count").asInt()).isEqualTo(1);
        assertThat(json("/api/stories/quake-a").get("articles").asInt()).isEqualTo(1);

        // ranked by what readers see: below the festival's two outlets (the two ranked alike before)
        assertThat(site.archive.stories().top(10, null)).extracting(s -> s.id()).first().isEqualTo("fest-a");
        // a story of one shown article is no longer among the top stories, nor named under its search hit
        Document front = WebServerTest.html(get("/"));
        assertThat(front.select("li.story h3 a").eachAttr("href")).doesNotContain("/story/quake-a");
        Document search = WebServerTest.html(get("/search?q=" + java.net.URLEncoder.encode("الحسيمة",
                StandardCharsets.UTF_8)));
        Element hit = search.selectFirst("ol.hits > li.hit");
        assertThat(hit.select("> h3 a").attr("href")).isEqualTo("/article/quake-a");
        assertThat(hit.select(".hit-story")).isEmpty();
        Document stories = WebServerTest.html(get("/stories"));
        Element card = stories.select("li.story").stream()
                .filter(li -> li.select("h3 a").attr("href").equals("/story/quake-a")).findFirst().orElseThrow();
        assertThat(card.select(".articles").text()).isEqualTo("مقال واحد");
    }

    @Test
    void aStoryWhoseEveryReportIsHiddenIsNoStoryUntilOneIsShownAgain() throws Exception {
        site.archive.hide(List.of("quake-a", "quake-b"), "editor");
        site.archive.commit();
        assertThat(get("/story/quake-a").statusCode()).isEqualTo(404);
        JsonNode list = json("/api/stories");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("stories").findValuesAsText("id")).containsExactly("chess", "fest-a");
        assertThat(WebServerTest.html(get("/stories")).select(".lead").text()).contains("قصتان");

        site.archive.unhide(List.of("quake-a", "quake-b"));
        site.archive.commit();
        JsonNode whole = json("/api/stories/quake-a");
        assertThat(whole.get("articles").asInt()).isEqualTo(2);
        assertThat(whole.get("outlet_count").asInt()).isEqualTo(2);
        assertThat(json("/api/stories").get("total").asLong()).isEqualTo(3);
    }

    // product27: top stories re-ranked only the rows they read, so with N = 1 the earthquake (read first, two outlets
    // as stored) stayed on top after its second outlet's report was hidden, above the festival's two outlets.
    @Test
    void theStoryJustBelowTheTopComesInWhenAStoryAboveItLosesAnOutlet() {
        assertThat(site.archive.stories().top(1, null)).extracting(s -> s.id()).containsExactly("quake-a");
        site.archive.hide(List.of("quake-b"), "editor");
        site.archive.commit();
        assertThat(site.archive.stories().top(1, null)).extracting(s -> s.id()).containsExactly("fest-a");
        // one outlet and one article like chess now, and its shown news (07:00Z) older than chess's (09:00Z)
        assertThat(site.archive.stories().top(3, null)).extracting(s -> s.id())
                .containsExactly("fest-a", "chess", "quake-a");
        // recent() pages the same way: the earthquake's shown news (08:00 Morocco) is still the newest after chess
        assertThat(site.archive.stories().recent(1, 1)).extracting(s -> s.id()).containsExactly("quake-a");
    }

    // product27: a story's first and last times stayed the stored ones when its last report was hidden.
    @Test
    void aStorySpansOnlyTheTimesOfTheReportsReadersSee() throws Exception {
        JsonNode whole = json("/api/stories/quake-a");
        assertThat(whole.get("first_seen").asText()).isEqualTo("2025-04-11T07:00:00Z");
        assertThat(whole.get("last_seen").asText()).isEqualTo("2025-04-11T09:30:00Z");
        site.archive.hide(List.of("quake-b"), "editor");
        site.archive.commit();
        JsonNode shown = json("/api/stories/quake-a");
        assertThat(shown.get("first_seen").asText()).isEqualTo("2025-04-11T07:00:00Z");
        assertThat(shown.get("last_seen").asText()).isEqualTo("2025-04-11T07:00:00Z");
        JsonNode listed = json("/api/stories").get("stories");
        assertThat(listed.findValues("id").stream().map(JsonNode::asText).toList().indexOf("quake-a")).isEqualTo(1);
        assertThat(listed.get(1).get("last_seen").asText()).isEqualTo("2025-04-11T07:00:00Z");
        // the story page's first and last times are both the shown report's
        List<String> span = WebServerTest.html(get("/story/quake-a")).select(".storypage dl.span time")
                .eachAttr("datetime");
        assertThat(span).hasSize(2);
        assertThat(span.get(1)).isEqualTo(span.get(0));
    }
}
