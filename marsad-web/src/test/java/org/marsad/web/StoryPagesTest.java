package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/**
 * The story surfaces over HTTP: a data directory (src/test/resources/stories.jsonl) where two outlets carry one
 * earthquake report (an original and a copy), an unrelated chess report stands alone, and a festival report and its
 * copy carry script in their headlines and outlet name.
 */
class StoryPagesTest {
    static final String QUAKE_A = "زلزال بقوة 5.8 درجات يضرب الحسيمة شمال المغرب";
    static final String QUAKE_B = "الحسيمة: هزة أرضية قوية و47 مصابا";
    static TestSite site;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "stories.jsonl");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(WebServerTest.type(r)).isEqualToIgnoringCase("application/json;charset=utf-8");
        return ArticleJson.mapper().readTree(r.body());
    }

    @Test
    void theStoreDecidedOneStoryWithACopyAndALoneArticle() {
        Article copy = site.archive.store().get("quake-b").orElseThrow();
        assertThat(copy.duplicateOf()).isEqualTo("quake-a");
        assertThat(copy.story()).isEqualTo("quake-a");
        assertThat(site.archive.store().get("chess").orElseThrow().story()).isEqualTo("chess");
    }

    @Test
    void theFrontPageFoldsACopyUnderItsOriginal() throws Exception {
        Document d = WebServerTest.html(get("/"));
        // the copy is not a second item of the latest list: it is listed under the agency's original
        assertThat(d.select("ol.hits > li.hit > h3 a").eachText()).contains(QUAKE_A).doesNotContain(QUAKE_B);
        Element original = d.select("ol.hits > li.hit").stream()
                .filter(li -> li.select("> h3 a").text().equals(QUAKE_A)).findFirst().orElseThrow();
        assertThat(original.select("details.folded-copies summary").text()).isEqualTo("ونسخة أخرى");
        assertThat(original.select("details.folded-copies li a[href^=/article/]").eachAttr("href"))
                .containsExactly("/article/quake-b");
        assertThat(original.select("details.folded-copies .outlet").text()).isEqualTo("صحيفة الساحل");
    }

    @Test
    void theFrontPagesLatestNewsSayWhichStoryEachIsOneReportOf() throws Exception {
        Document d = WebServerTest.html(get("/"));
        Element quake = d.select("ol.hits > li.hit").stream()
                .filter(li -> li.select("> h3 a").text().equals(QUAKE_A)).findFirst().orElseThrow();
        assertThat(quake.select(".hit-story a").text()).isEqualTo("ضمن قصة نشرتها وسيلتان");
        assertThat(quake.select(".hit-story a").attr("href")).isEqualTo("/story/quake-a");
        Element chess = d.select("ol.hits > li.hit").stream()
                .filter(li -> li.select("> h3 a").attr("href").equals("/article/chess")).findFirst().orElseThrow();
        assertThat(chess.select(".hit-story")).isEmpty();
    }

    @Test
    void frontPageShowsTopStoriesAboveTheLatestArticles() throws Exception {
        Document d = WebServerTest.html(get("/"));
        Element block = d.selectFirst("section.stories");
        assertThat(block).isNotNull();
        // the block comes before the latest-articles list
        assertThat(d.select("section.stories, ol.hits").first()).isSameAs(block);
        List<Element> stories = block.select("li.story");
        // only stories that more than one article reported: the lone chess report is in the latest list only
        assertThat(stories).hasSize(2);
        Element top = stories.get(0);
        assertThat(top.select("h3 a").attr("href")).isEqualTo("/story/quake-a");
        assertThat(top.select("h3 a").text()).isIn(QUAKE_A, QUAKE_B);
        assertThat(top.select(".outlets").text()).isEqualTo("نشرتها وسيلتان");
        assertThat(top.select(".articles").text()).isEqualTo("مقالان");
        // last seen 2025-04-11T09:30Z, a day before the test clock
        assertThat(top.select("time").text()).isEqualTo("منذ يوم");
        assertThat(top.select("time").attr("datetime")).isEqualTo("2025-04-11T09:30:00Z");
        assertThat(d.select("ol.hits h3 a").eachText()).contains("تونسي بطلا للعرب في الشطرنج للناشئين");
        // the block leads to every story, where the lone chess report is one too
        assertThat(block.select(".more a").attr("href")).isEqualTo("/stories");
        Document all = WebServerTest.html(get("/stories"));
        assertThat(all.select("ol.storylist li.story")).hasSize(3);
        assertThat(all.select("ol.storylist h3 a").eachText()).contains("تونسي بطلا للعرب في الشطرنج للناشئين");
    }

    @Test
    void storyPageListsItsOutletsAndArticlesMarkedOriginalOrCopy() throws Exception {
        HttpResponse<String> r = get("/story/quake-a");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = WebServerTest.html(r);
        assertThat(d.select("h1").text()).isIn(QUAKE_A, QUAKE_B);
        assertThat(d.select("title").text()).endsWith("— مرصد");
        assertThat(d.select(".storypage .outlets").text()).isEqualTo("نشرتها وسيلتان");
        assertThat(d.select("dl.span time").eachAttr("datetime"))
                .containsExactly("2025-04-11T07:00:00Z", "2025-04-11T09:30:00Z");
        // first and last news with their hour, in the server clock's zone, named
        assertThat(d.select("dl.span time").eachText()).containsExactly("الجمعة 11 أبريل 2025، الساعة 07:00 UTC",
                "الجمعة 11 أبريل 2025، الساعة 09:30 UTC");
        assertThat(d.select(".outlet-group h2").eachText()).containsExactly("وكالة المغرب العربي", "صحيفة الساحل");
        Element original = d.selectFirst(".outlet-group li.hit.orig");
        assertThat(original.select("h3 a").attr("href")).isEqualTo("/article/quake-a");
        assertThat(original.select(".badge").text()).isEqualTo("أصلي");
        // each article's hour as its outlet published it, with the offset
        assertThat(original.select(".hour").text()).isEqualTo("الساعة 08:00 UTC+01:00");
        Element copy = d.selectFirst(".outlet-group li.hit.copy");
        assertThat(copy.select("h3 a").attr("href")).isEqualTo("/article/quake-b");
        assertThat(copy.select(".badge").text()).isEqualTo("نسخة من وكالة المغرب العربي");
        assertThat(copy.select(".badge a").attr("href")).isEqualTo("/article/quake-a");
        assertThat(d.select("aside a").eachText()).contains("وكالة المغرب العربي", "صحيفة الساحل");
        // why the two are together: the place both headlines name (each outlet's headline words differ otherwise)
        assertThat(d.select(".ties .ties-terms .tie bdi").eachText()).containsExactly("الحسيمة");
        assertThat(d.select(".ties .ties-terms .tie .n").text()).isEqualTo("(وسيلتان)");
        // ... and the injured count both outlets report, the strongest sign of one happening
        assertThat(d.select(".ties .ties-tolls .tie bdi").eachText()).containsExactly("جرحى: 47");
        assertThat(d.select(".ties .ties-tolls .tie .n").text()).isEqualTo("(وسيلتان)");
        // the outlets carrying the count, named apart from its date and from each other
        assertThat(d.select(".figure-panel.injured .headlines .reports").eachText())
                .containsExactly("نشرته: وكالة المغرب العربي، صحيفة الساحل");
        assertThat(d.select(".figure-panel.injured .timeline td:last-child").eachText())
                .containsExactly("وكالة المغرب العربي، صحيفة الساحل");
    }

    @Test
    void aLoneArticleHasNoTies() throws Exception {
        Document d = WebServerTest.html(get("/story/chess"));
        assertThat(d.select(".ties")).isEmpty();
    }

    @Test
    void unknownStoryIsAnArabic404() throws Exception {
        HttpResponse<String> r = get("/story/no-such-story");
        assertThat(r.statusCode()).isEqualTo(404);
        Document d = WebServerTest.html(r);
        assertThat(d.select("h1").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(d.text()).contains("لا توجد قصة بهذا المعرّف");
        HttpResponse<String> api = get("/api/stories/no-such-story");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(ArticleJson.mapper().readTree(api.body()).get("error").asText()).contains("no-such-story");
    }

    @Test
    void articlePageListsItsCopiesAndLinksToItsStory() throws Exception {
        Document d = WebServerTest.html(get("/article/quake-a"));
        assertThat(d.select(".copies h2").text()).isEqualTo("نُشر أيضاً في");
        assertThat(d.select(".copies li")).hasSize(1);
        assertThat(d.select(".copies .outlet").text()).isEqualTo("صحيفة الساحل");
        assertThat(d.select(".copies li a[dir=auto]").attr("href")).isEqualTo("/article/quake-b");
        assertThat(d.select(".in-story a").attr("href")).isEqualTo("/story/quake-a");
        assertThat(d.select(".in-story .count").text()).isEqualTo("(مقالان)");
        // a copy is not offered again as a "similar" article
        assertThat(d.select(".similar h3 a").eachAttr("href")).doesNotContain("/article/quake-b");

        Document copy = WebServerTest.html(get("/article/quake-b"));
        assertThat(copy.select(".copies .outlet").text()).isEqualTo("وكالة المغرب العربي");

        Document lone = WebServerTest.html(get("/article/chess"));
        assertThat(lone.select(".copies")).isEmpty();
        assertThat(lone.select(".in-story")).isEmpty();
    }

    @Test
    void searchHitsOfATwoOutletStoryLinkTheStoryAndALoneArticleNone() throws Exception {
        Document d = WebServerTest.html(get("/search?q=" + java.net.URLEncoder.encode("الحسيمة OR الشطرنج",
                StandardCharsets.UTF_8)));
        List<Element> hits = d.select("ol.hits > li.hit");
        // the other outlet's copy is folded under the original (searchFoldsTheCopiesOfOneReport)
        assertThat(hits).extracting(li -> li.select("> h3 a").attr("href"))
                .containsExactlyInAnyOrder("/article/quake-a", "/article/chess");
        for (Element hit : hits) {
            String article = hit.select("> h3 a").attr("href");
            if (article.equals("/article/chess")) {
                // a story of one article is the article itself: nothing to add
                assertThat(hit.select(".hit-story")).as(article).isEmpty();
            } else {
                assertThat(hit.select(".hit-story a").text()).as(article).isEqualTo("ضمن قصة نشرتها وسيلتان");
                assertThat(hit.select(".hit-story a").attr("href")).as(article).isEqualTo("/story/quake-a");
            }
        }
    }

    @Test
    void searchFoldsTheCopiesOfOneReportAsTheApiMarksThem() throws Exception {
        String q = java.net.URLEncoder.encode("الحسيمة", StandardCharsets.UTF_8);
        // the API gives every matching article, the copy saying which one it copies
        JsonNode api = json("/api/articles?q=" + q);
        assertThat(api.get("total").asLong()).isEqualTo(2);
        assertThat(api.get("results").findValuesAsText("id")).containsExactlyInAnyOrder("quake-a", "quake-b");
        for (JsonNode r : api.get("results")) {
            assertThat(r.get("duplicate_of").isNull() ? null : r.get("duplicate_of").asText())
                    .isEqualTo(r.get("id").asText().equals("quake-b") ? "quake-a" : null);
        }
        // the page shows the report once, its copy listed under it, and counts the articles as the API does
        Document d = WebServerTest.html(get("/search?q=" + q));
        List<Element> hits = d.select("ol.hits > li.hit");
        assertThat(hits).extracting(li -> li.select("> h3 a").attr("href")).containsExactly("/article/quake-a");
        Element folded = hits.get(0).selectFirst("details.folded-copies");
        assertThat(folded.select("summary").text()).isEqualTo("ونسخة أخرى");
        assertThat(folded.select("li a[href^=/article/]").eachAttr("href")).containsExactly("/article/quake-b");
        assertThat(folded.select(".outlet").text()).isEqualTo("صحيفة الساحل");
        assertThat(d.text()).contains("عدد النتائج: مقالان");
    }

    @Test
    void apiListsStoriesMostRecentFirstAndOneStoryWithItsMembers() throws Exception {
        JsonNode list = json("/api/stories");
        assertThat(list.get("total").asLong()).isEqualTo(3);
        assertThat(list.get("stories").findValuesAsText("id")).containsExactly("quake-a", "chess", "fest-a");
        JsonNode quake = list.get("stories").get(0);
        List<String> keys = new ArrayList<>();
        quake.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "lead", "articles", "outlet_count", "outlets", "first_seen",
                "last_seen");
        assertThat(quake.get("articles").asInt()).isEqualTo(2);
        assertThat(quake.get("outlet_count").asInt()).isEqualTo(2);
        assertThat(quake.get("outlets").findValuesAsText("outlets")).isEmpty();
        assertThat(quake.get("outlets").get(0).asText()).isEqualTo("وكالة المغرب العربي");
        assertThat(quake.get("last_seen").asText()).isEqualTo("2025-04-11T09:30:00Z");

        JsonNode page = json("/api/stories?limit=1&offset=1");
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("stories").findValuesAsText("id")).containsExactly("chess");

        JsonNode one = json("/api/stories/quake-a");
        assertThat(one.get("title").asText()).isIn(QUAKE_A, QUAKE_B);
        JsonNode members = one.get("members");
        assertThat(members.findValuesAsText("id")).containsExactly("quake-a", "quake-b");
        assertThat(members.get(0).get("duplicate_of").isNull()).isTrue();
        assertThat(members.get(1).get("duplicate_of").asText()).isEqualTo("quake-a");
        assertThat(members.get(1).get("source").asText()).isEqualTo("صحيفة الساحل");

        for (String bad : List.of("/api/stories?limit=0", "/api/stories?limit=101", "/api/stories?offset=-1",
                "/api/stories?limit=x")) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(ArticleJson.mapper().readTree(r.body()).get("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void hostileStoryTitleAndOutletRenderInert() throws Exception {
        String fest = site.archive.store().get("fest-b").orElseThrow().story();
        assertThat(fest).isEqualTo("fest-a");
        for (String path : List.of("/", "/story/fest-a", "/article/fest-a", "/article/fest-b")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Document d = WebServerTest.html(r);
            for (Element e : d.getAllElements()) {
                for (Attribute at : e.attributes()) {
                    assertThat(at.getKey()).as(path + " " + e.tagName()).doesNotStartWith("on");
                }
            }
            assertThat(d.select("img, b, svg")).as(path).isEmpty();
        }
        Document story = WebServerTest.html(get("/story/fest-a"));
        // shown as the text it is
        assertThat(story.select("h1").text()).isIn("<script>alert('story')</script> افتتاح مهرجان جرش",
                "<img src=x onerror=alert('story')> مهرجان جرش ينطلق");
        assertThat(story.select(".outlet-group h2").eachText()).contains("<b onmouseover=alert(1)>صحيفة</b>");
        Document front = WebServerTest.html(get("/"));
        assertThat(front.select("li.story h3 a").eachText()).anySatisfy(t -> assertThat(t).contains("مهرجان جرش"));
    }
}
