package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/**
 * Editors correct entities over HTTP against a real server: the API's write routes (editor role only), the entity
 * page's controls with CSRF and an Arabic confirmation, and that article JSON, pages and search follow at once.
 */
class EntityEditingTest {
    @TempDir
    Path dir;
    private Archive archive;
    private WebServer server;
    private String salma;
    private String amal;
    private String trumpArticle;
    private String egyptArticle;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        // Written for this test.
        trumpArticle = archive.save(Article.builder().url("https://news.example/1").source("الجزيرة")
                .title("عقوبات أمريكية").published("2026-01-08").body(List.of("قال الرئيس الأمريكي دونالد ترامب إن "
                        + "واشنطن ستفرض عقوبات جديدة. وأضاف ترامب أن القرار نهائي.")).build(), null).id();
        egyptArticle = archive.save(Article.builder().url("https://news.example/2").source("اليوم السابع")
                .title("رسوم على الصين").published("2026-01-09").body(List.of("أعلن الرئيس الأمريكي دونالد ترمب "
                        + "فرض رسوم جمركية على الصين.")).build(), null).id();
        archive.commit();
        Accounts accounts = TestTeam.editorAndReader(archive, clock);
        salma = accounts.addToken("salma", null).secret();
        amal = accounts.addToken("amal", null).secret();
        server = TestTeam.serve(archive, clock, accounts);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    private String person(String articleId) {
        return archive.store().get(articleId).orElseThrow().entities().stream()
                .filter(e -> e.type().equals("PER")).map(ArticleEntity::id).findFirst().orElseThrow();
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return WatchApiTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return ArticleJson.mapper().readTree(r.body());
    }

    @Test
    void everyWriteRouteAsksForTheEditorRoleAndChangesNothingOtherwise() throws Exception {
        String trump = person(trumpArticle);
        Map<String, String[]> routes = Map.of(
                "/api/entities/" + trump + "/merge", new String[] {"POST", "{\"into\":\"" + trump + "\"}"},
                "/api/entities/" + trump + "/split", new String[] {"POST", "{\"spelling\":\"دونالد ترمب\"}"},
                "/api/entities/" + trump, new String[] {"PATCH", "{\"name\":\"ترامب\"}"},
                "/api/entities/" + trump + "/not-entity", new String[] {"POST", null},
                "/api/entities/" + trump + "/restore", new String[] {"POST", null});
        long version = archive.entities().version();
        for (var r : routes.entrySet()) {
            assertThat(call(r.getValue()[0], r.getKey(), null, r.getValue()[1]).statusCode())
                    .as("visitor " + r.getKey()).isIn(401, 403);
            assertThat(call(r.getValue()[0], r.getKey(), amal, r.getValue()[1]).statusCode())
                    .as("reader " + r.getKey()).isEqualTo(403);
        }
        assertThat(archive.entities().version()).isEqualTo(version);
        assertThat(person(egyptArticle)).isEqualTo(trump);

        // The form route too, for readers and visitors.
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        String csrf = Jsoup.parse(reader.get("/").body()).select("input[name=csrf]").attr("value");
        assertThat(reader.post("/entity/" + trump + "/edit", Map.of("csrf", csrf, "action", "reject",
                "confirmed", "1")).statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(reader.get("/entity/" + trump).body()).select(".entity-editor")).isEmpty();
        assertThat(archive.entities().get(trump)).isPresent();
    }

    @Test
    void theApiSplitsMergesRenamesRetypesAndRemovesAndTheArticleJsonFollows() throws Exception {
        String trump = person(trumpArticle);
        HttpResponse<String> split = call("POST", "/api/entities/" + trump + "/split", salma,
                "{\"spelling\":\"دونالد ترمب\"}");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        String other = json(split).path("id").asText();
        assertThat(split.headers().firstValue("location")).hasValue("/api/entities/" + other);
        assertThat(json(split).path("articles_changed").asInt()).isEqualTo(1);
        JsonNode article = json(call("GET", "/api/articles/" + egyptArticle, null, null));
        assertThat(article.path("entities").findValuesAsText("id")).contains(other).doesNotContain(trump);

        assertThat(call("POST", "/api/entities/" + other + "/merge", salma, "{\"into\":\"999\"}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/entities/" + other + "/merge", salma, "{\"to\":\"1\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> merged = call("POST", "/api/entities/" + other + "/merge", salma,
                "{\"into\":\"" + trump + "\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(json(merged).path("articles").asInt()).isEqualTo(2);
        HttpResponse<String> gone = call("GET", "/api/entities/" + other, null, null);
        assertThat(gone.statusCode()).isEqualTo(301);
        assertThat(gone.headers().firstValue("location")).hasValue("/api/entities/" + trump);

        HttpResponse<String> changed = call("PATCH", "/api/entities/" + trump, salma,
                "{\"name\":\"دونالد جون ترامب\",\"type\":\"ORG\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).path("name").asText()).isEqualTo("دونالد جون ترامب");
        assertThat(json(changed).path("type").asText()).isEqualTo("ORG");
        assertThat(call("PATCH", "/api/entities/" + trump, salma, "{\"type\":\"MISC\"}").statusCode())
                .isEqualTo(400);
        JsonNode after = json(call("GET", "/api/articles/" + egyptArticle, null, null));
        assertThat(after.path("entities").findValuesAsText("name")).contains("دونالد جون ترامب");
        archive.refresh();
        assertThat(json(call("GET", "/api/articles?q=" + ArticleRemovalTest.enc("org:ترمب"), null, null))
                .path("total").asInt()).isEqualTo(2);

        HttpResponse<String> removed = call("POST", "/api/entities/" + trump + "/not-entity", salma, null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(json(call("GET", "/api/articles/" + trumpArticle, null, null)).path("entities")
                .findValuesAsText("id")).doesNotContain(trump);
        HttpResponse<String> out = call("GET", "/api/entities/" + trump, null, null);
        assertThat(out.statusCode()).isEqualTo(410);
        assertThat(json(out).path("not_entity").asBoolean()).isTrue();
        assertThat(json(out).path("restore").asText()).isEqualTo("/api/entities/" + trump + "/restore");

        // The undo: the entity comes back under its id, in both articles' JSON.
        assertThat(call("POST", "/api/entities/" + trump + "/restore", amal, null).statusCode()).isEqualTo(403);
        HttpResponse<String> restored = call("POST", "/api/entities/" + trump + "/restore", salma, null);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).path("id").asText()).isEqualTo(trump);
        assertThat(json(restored).path("name").asText()).isEqualTo("دونالد جون ترامب");
        assertThat(json(restored).path("articles_changed").asInt()).isEqualTo(2);
        assertThat(json(call("GET", "/api/articles/" + trumpArticle, null, null)).path("entities")
                .findValuesAsText("id")).contains(trump);
        assertThat(call("GET", "/api/entities/" + trump, null, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/entities/" + trump + "/restore", salma, null).statusCode()).isEqualTo(400);
    }

    @Test
    void notAnEntityFromThePageLeadsToItsUndo() throws Exception {
        String trump = person(trumpArticle);
        CookieBrowser editor = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(editor.get("/entity/" + trump).body());
        var form = page.selectFirst("form.entity-reject");
        String csrf = form.selectFirst("input[name=csrf]").attr("value");
        HttpResponse<String> done = editor.post(form.attr("action"), Map.of("csrf", csrf, "action", "reject",
                "confirmed", "1"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("location")).hasValue("/entity/" + trump);
        assertThat(archive.entities().get(trump)).isEmpty();

        HttpResponse<String> gone = editor.get("/entity/" + trump);
        assertThat(gone.statusCode()).isEqualTo(410);
        Document rejected = Jsoup.parse(gone.body());
        assertThat(rejected.selectFirst(".entity-rejected .note").text()).contains("ليس كياناً", "دونالد ترامب");
        var undo = rejected.selectFirst("form.entity-restore");
        // Readers and visitors see what happened, not the undo.
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        assertThat(Jsoup.parse(reader.get("/entity/" + trump).body()).select("form.entity-restore")).isEmpty();
        String readerCsrf = Jsoup.parse(reader.get("/").body()).select("input[name=csrf]").attr("value");
        assertThat(reader.post(undo.attr("action"), Map.of("csrf", readerCsrf, "action", "restore")).statusCode())
                .isEqualTo(403);
        assertThat(archive.entities().get(trump)).isEmpty();

        HttpResponse<String> back = editor.post(undo.attr("action"), Map.of("csrf", csrf, "action", "restore"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("location")).hasValue("/entity/" + trump);
        assertThat(Jsoup.parse(editor.get("/entity/" + trump).body()).selectFirst("h1").text())
                .isEqualTo("دونالد ترامب");
        assertThat(person(egyptArticle)).isEqualTo(trump);
    }

    @Test
    void anEditorSplitsASpellingFromTheEntityPageAfterAnArabicConfirmation() throws Exception {
        String trump = person(trumpArticle);
        CookieBrowser editor = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(editor.get("/entity/" + trump).body());
        assertThat(page.select(".entity-editor form")).hasSize(5);
        var form = page.selectFirst("form.entity-split");
        String csrf = form.selectFirst("input[name=csrf]").attr("value");
        assertThat(form.select("option").eachAttr("value")).contains("دونالد ترمب");

        Map<String, String> fields = Map.of("csrf", csrf, "action", "split", "spelling", "دونالد ترمب");
        HttpResponse<String> asked = editor.post(form.attr("action"), fields);
        assertThat(asked.statusCode()).isEqualTo(200);
        Document confirm = Jsoup.parse(asked.body());
        assertThat(confirm.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(confirm.selectFirst(".entity-edit .what").text()).contains("ستُفصل التهجئة", "دونالد ترمب");
        assertThat(person(egyptArticle)).as("nothing changes before confirming").isEqualTo(trump);

        var yes = confirm.selectFirst("form.entity-edit-confirm");
        java.util.Map<String, String> confirmed = new java.util.LinkedHashMap<>();
        yes.select("input").forEach(i -> confirmed.put(i.attr("name"), i.attr("value")));
        confirmed.put("csrf", "wrong");
        assertThat(editor.post(yes.attr("action"), confirmed).statusCode()).as("bad CSRF").isEqualTo(403);
        confirmed.put("csrf", csrf);
        HttpResponse<String> done = editor.post(yes.attr("action"), confirmed);
        assertThat(done.statusCode()).isEqualTo(303);
        String other = person(egyptArticle);
        assertThat(other).isNotEqualTo(trump);
        assertThat(done.headers().firstValue("location")).hasValue("/entity/" + other);
        assertThat(Jsoup.parse(editor.get("/entity/" + other).body()).selectFirst("h1").text())
                .isEqualTo("دونالد ترمب");
        assertThat(Jsoup.parse(editor.get("/entity/" + trump).body()).select("form.entity-split option")
                .eachAttr("value")).doesNotContain("دونالد ترمب");
    }

    private CookieBrowser browser() {
        return new CookieBrowser(() -> server.uri());
    }
}
