package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleJson;

/**
 * Entities on the pages and in the API, over HTTP, on src/test/resources/entities.jsonl (one prime minister spelt
 * نتنياهو by two outlets and نتانياهو by a third, the UN secretary-general, an article without names).
 */
class EntityPagesTest {
    static TestSite site;
    static String pm;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "entities.jsonl");
        pm = person("pm-1").id();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static ArticleEntity person(String article) {
        return site.archive.store().get(article).orElseThrow().entities().stream()
                .filter(e -> e.type().equals("PER")).findFirst()
                .orElseThrow(() -> new AssertionError("no person in " + article + ": "
                        + site.archive.store().get(article).orElseThrow().entities()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return WebServerTest.html(r);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return ArticleJson.mapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void theArticlePageLinksItsNamesToTheirEntityPages() throws Exception {
        Document d = page("/article/pm-2");
        Element link = d.select("aside section.entities a").stream()
                .filter(a -> a.attr("href").equals("/entity/" + pm)).findFirst().orElseThrow();
        // the outlet wrote نتانياهو; the link carries the entity's name, its most frequent spelling
        assertThat(link.text()).isEqualTo("بنيامين نتنياهو");
        assertThat(d.select("aside section.entities h3").eachText()).contains("أشخاص");
        assertThat(page("/article/milk-1").select("aside section.entities")).isEmpty();
    }

    @Test
    void tagsMarsadMadeAreShownApartFromThePagesOwnAndLinkToTheirEntities() throws Exception {
        // pm-1's page lists no tags; its headline names the prime minister, so Marsad tags it with his name
        JsonNode stored = json("/api/articles/pm-1");
        assertThat(stored.path("tags").isEmpty()).isTrue();
        List<String> auto = new ArrayList<>();
        stored.path("auto_tags").forEach(t -> auto.add(t.asText()));
        assertThat(auto).contains("بنيامين نتنياهو");

        Document d = page("/article/pm-1");
        assertThat(d.select("section.page-tags")).isEmpty();
        Element block = d.selectFirst("article section.auto-tags");
        assertThat(block.selectFirst("h2").text()).startsWith("وسوم آلية").contains("لا تذكر وسوماً");
        Element tag = block.select("ul.tags.auto a").stream()
                .filter(a -> a.selectFirst("bdi").text().equals("بنيامين نتنياهو")).findFirst().orElseThrow();
        assertThat(tag.attr("href")).isEqualTo("/entity/" + pm);
        assertThat(tag.selectFirst(".type").text()).isEqualTo("شخص");
        assertThat(d.select("article section.auto-tags a").size()).isEqualTo(auto.size());
        // an article without names gets neither block
        assertThat(page("/article/milk-1").select("section.auto-tags, section.page-tags")).isEmpty();
    }

    @Test
    void theEntityPageShowsSpellingsOutletsChartCompanyAndArticles() throws Exception {
        Document d = page("/entity/" + pm);
        assertThat(d.selectFirst("h1").text()).isEqualTo("بنيامين نتنياهو");
        assertThat(d.selectFirst(".entitypage .kicker").text()).isEqualTo("شخص");
        assertThat(d.select(".spellings li bdi").eachText()).contains("بنيامين نتنياهو", "بنيامين نتانياهو");
        // three outlets, one article each
        List<String> outlets = d.select("aside .facet").first().select("li bdi").eachText();
        assertThat(outlets).containsExactlyInAnyOrder("الجزيرة", "اليوم السابع", "العربية");
        // mentions per day: 2 January and 3 January (two articles), right to left
        List<Element> bars = d.select("figure.chart rect.barrect");
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).selectFirst("title").text()).startsWith("3 يناير 2024");
        assertThat(bars.get(1).selectFirst("title").text()).startsWith("2 يناير 2024");
        // the chart has its heading, and its caption names the unit it is drawn by
        assertThat(d.select("section.mentions-chart h2").text()).isEqualTo("الذكر بمرور الوقت");
        assertThat(d.select("section.mentions-chart figcaption").text()).startsWith("مرات الذكر في كل يوم");
        // the latest articles, newest first, every spelling's
        List<String> latest = d.select(".latest a[href^=/article/]").eachAttr("href");
        assertThat(latest).contains("/article/pm-1", "/article/pm-2", "/article/pm-3");
        assertThat(latest.indexOf("/article/pm-1")).isGreaterThan(latest.indexOf("/article/pm-3"));
        assertThat(d.select(".together a").eachText()).isNotEmpty().doesNotContain("بنيامين نتنياهو");
        // the search for every spelling finds all three
        String search = d.selectFirst(".latest .more a").attr("href");
        Document found = page(search);
        assertThat(found.select(".hits a[href^=/article/], .hit a[href^=/article/]").eachAttr("href"))
                .contains("/article/pm-1", "/article/pm-2", "/article/pm-3");
    }

    @Test
    void aHiddenArticleLeavesTheEntityPagesCountsChartOutletsAndApiUntilShownAgain() throws Exception {
        String before = page("/entity/" + pm).selectFirst(".entitypage .lead").text();
        assertThat(before).startsWith("ذُكر في 3 مقالات");
        assertThat(site.archive.hide(List.of("pm-1"), "editor")).containsExactly("pm-1");
        try {
            Document d = page("/entity/" + pm);
            assertThat(d.selectFirst(".entitypage .lead").text()).startsWith("ذُكر في مقالين");
            // pm-1 (2 January, الجزيرة) is hidden: its day and its outlet are gone
            List<Element> bars = d.select("figure.chart rect.barrect");
            assertThat(bars).hasSize(1);
            assertThat(bars.get(0).selectFirst("title").text()).startsWith("3 يناير 2024");
            assertThat(d.select("aside .facet").first().select("li bdi").eachText())
                    .containsExactlyInAnyOrder("اليوم السابع", "العربية");
            assertThat(d.select(".latest a[href^=/article/]").eachAttr("href")).doesNotContain("/article/pm-1");
            JsonNode one = json("/api/entities/" + pm);
            assertThat(texts(one.get("days"), "day")).containsExactly("2024-01-03");
            assertThat(texts(one.get("outlets"), "name")).doesNotContain("الجزيرة");
            JsonNode list = json("/api/entities?type=person");
            assertThat(list.get("entities").get(0).get("articles").asLong()).isEqualTo(2);
            assertThat(page("/entities?type=person&from=2024-01-02&to=2024-01-02").select(".entitylist a")
                    .eachText()).noneMatch(n -> n.contains("نتنياهو"));
        } finally {
            site.archive.unhide(List.of("pm-1"));
        }
        assertThat(page("/entity/" + pm).selectFirst(".entitypage .lead").text()).isEqualTo(before);
        assertThat(page("/entity/" + pm).select("figure.chart rect.barrect")).hasSize(2);
    }

    @Test
    void anUnknownEntityIsAnArabic404() throws Exception {
        for (String path : List.of("/entity/999999", "/entity/nope")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).contains("لا يوجد كيان بهذا المعرّف");
        }
        assertThat(get("/api/entities/999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/nope/articles").statusCode()).isEqualTo(404);
    }

    @Test
    void theMostMentionedPageListsByTypeAndPeriod() throws Exception {
        Document all = page("/entities?type=person");
        List<String> names = all.select(".entitylist a").eachText();
        assertThat(names.get(0)).isEqualTo("بنيامين نتنياهو");
        assertThat(all.select(".entitylist .type").eachText()).containsOnly("شخص");
        assertThat(all.select(".categories .active").text()).isEqualTo("أشخاص");
        // on 4 January only the UN secretary-general is mentioned among persons
        Document day = page("/entities?type=person&from=2024-01-04&to=2024-01-04");
        assertThat(day.select(".entitylist a").eachText()).noneMatch(n -> n.contains("نتنياهو"))
                .anyMatch(n -> n.contains("غوتيريش"));
        assertThat(get("/entities?type=animal").statusCode()).isEqualTo(400);
        assertThat(get("/entities?from=2024-01-05&to=2024-01-04").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiListsFindsByAnySpellingAndServesOneEntityAndItsArticles() throws Exception {
        JsonNode list = json("/api/entities?type=person");
        assertThat(texts(list.get("entities"), "name").get(0)).isEqualTo("بنيامين نتنياهو");
        assertThat(list.get("entities").get(0).get("articles").asLong()).isEqualTo(3);
        assertThat(texts(list.get("entities"), "type")).containsOnly("PER");

        // a spelling no outlet used as written (ج for غ) names the entity too
        for (String q : List.of("نتنياهو", "نتانياهو", "بنيامين نتانياهو")) {
            JsonNode byName = json("/api/entities?q=" + enc(q));
            assertThat(texts(byName.get("entities"), "id")).as(q).containsExactly(pm);
        }
        assertThat(json("/api/entities?q=" + enc("لبن") + "&type=person").get("entities")).isEmpty();
        JsonNode period = json("/api/entities?type=person&from=2024-01-03&to=2024-01-03");
        JsonNode first = period.get("entities").get(0);
        assertThat(first.get("id").asText()).isEqualTo(pm);
        assertThat(first.get("articles").asLong()).isEqualTo(2);

        JsonNode one = json("/api/entities/" + pm);
        assertThat(one.get("name").asText()).isEqualTo("بنيامين نتنياهو");
        assertThat(texts(one.get("spellings"), "text")).contains("بنيامين نتنياهو", "بنيامين نتانياهو");
        assertThat(texts(one.get("days"), "day")).containsExactly("2024-01-02", "2024-01-03");
        assertThat(texts(one.get("outlets"), "name")).containsExactlyInAnyOrder("الجزيرة", "اليوم السابع",
                "العربية");

        JsonNode articles = json("/api/entities/" + pm + "/articles?limit=2");
        assertThat(texts(articles.get("articles"), "id")).hasSize(2).doesNotContain("pm-1");
        JsonNode rest = json("/api/entities/" + pm + "/articles?limit=2&offset=2");
        assertThat(texts(rest.get("articles"), "id")).containsExactly("pm-1");
        assertThat(get("/api/entities?type=animal").statusCode()).isEqualTo(400);
        assertThat(get("/api/entities?limit=101").statusCode()).isEqualTo(400);
    }

    @Test
    void searchOffersEntityFacetsThatMatchEverySpelling() throws Exception {
        Document d = page("/search?q=" + enc("الإسرائيلي"));
        Element facet = d.select("aside .facet").stream()
                .filter(f -> f.selectFirst("h2").text().equals("الأشخاص")).findFirst().orElseThrow();
        Element gallantLink = facet.select("a").stream().filter(a -> a.text().equals("بنيامين نتنياهو")).findFirst()
                .orElseThrow();
        assertThat(gallantLink.parent().selectFirst(".count").text()).isEqualTo("3");
        Document narrowed = page(gallantLink.attr("href"));
        assertThat(narrowed.selectFirst("input[name=q]").attr("value")).contains("person:\"بنيامين نتنياهو\"");
        assertThat(narrowed.select("a[href^=/article/]").eachAttr("href"))
                .contains("/article/pm-1", "/article/pm-2", "/article/pm-3");
    }
}
