package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What an integrator or a feed reader relies on (issue 17), over HTTP against a real server: following the archive
 * with a cursor, results that say their story and original, conditional feeds with permanent entry ids, and HEAD.
 * Data: src/test/resources/stories.jsonl (an earthquake report and its copy, a chess report, a festival report and
 * its copy).
 */
class IntegratorTest {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static TestSite site;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "stories.jsonl");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(site.server.uri().resolve(path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return WebServerTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return ArticleJson.mapper().readTree(r.body());
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A raw HTTP/1.1 exchange, for what java.net.http will not send (another Host) or hides (HEAD bodies). */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", site.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sinceFollowsTheWholeArchiveInStoreOrderWithANextCursor() throws Exception {
        List<String> ids = new ArrayList<>();
        long cursor = 0;
        int requests = 0;
        while (true) {
            JsonNode page = json("/api/articles?since=" + cursor + "&limit=2");
            requests++;
            assertThat(page.get("since").asLong()).isEqualTo(cursor);
            page.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            assertThat(page.get("next").asLong()).isGreaterThanOrEqualTo(cursor);
            cursor = page.get("next").asLong();
            if (!page.get("more").asBoolean()) {
                break;
            }
        }
        // stories.jsonl is stored as one batch, in file order
        assertThat(ids).containsExactly("quake-a", "quake-b", "chess", "fest-a", "fest-b");
        assertThat(requests).isEqualTo(3);
        // full articles, with their enrichment
        JsonNode first = json("/api/articles?since=0&limit=2").get("articles");
        assertThat(first.get(1).get("body").isArray()).isTrue();
        assertThat(first.get(1).get("duplicate_of").asText()).isEqualTo("quake-a");
        // nothing new: the same cursor comes back, so polling with it is safe
        JsonNode idle = json("/api/articles?since=" + cursor);
        assertThat(idle.get("articles")).isEmpty();
        assertThat(idle.get("next").asLong()).isEqualTo(cursor);
        assertThat(idle.get("more").asBoolean()).isFalse();
    }

    @Test
    void sinceRejectsBadCursorsAndSearchParameters() throws Exception {
        for (String bad : List.of("since=-1", "since=abc", "since=0&q=x", "since=0&offset=5", "since=0&limit=0",
                "since=0&since=1")) {
            HttpResponse<String> r = get("/api/articles?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(ArticleJson.mapper().readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
        }
    }

    @Test
    void searchResultsSayTheirStoryAndOriginal() throws Exception {
        JsonNode results = json("/api/articles?q=" + WebServerTest.enc("الحسيمة")).get("results");
        List<String> lines = new ArrayList<>();
        results.forEach(h -> lines.add(h.get("id").asText() + " " + h.get("story").asText() + " "
                + h.get("duplicate_of").asText()));
        assertThat(lines).containsExactlyInAnyOrder("quake-a quake-a null", "quake-b quake-a quake-a");
    }

    @Test
    void feedsAnswer304WhenNothingChanged() throws Exception {
        for (String path : List.of("/feed.atom", "/feed.rss?q=" + WebServerTest.enc("الحسيمة"), "/sources.opml")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("etag").orElseThrow();
            String modified = first.headers().firstValue("last-modified").orElseThrow();
            assertThat(get(path).body()).as("same archive, same bytes").isEqualTo(first.body());

            HttpResponse<String> byTag = get(path, "If-None-Match", etag);
            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.headers().firstValue("etag")).contains(etag);
            assertThat(get(path, "If-Modified-Since", modified).statusCode()).isEqualTo(304);
            assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
            assertThat(get(path, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode()).isEqualTo(200);
            // If-None-Match decides when both are sent
            assertThat(get(path, "If-None-Match", "\"other\"", "If-Modified-Since", modified).statusCode())
                    .isEqualTo(200);
        }
        // another search is another body, hence another tag
        assertThat(get("/feed.atom?q=" + WebServerTest.enc("الشطرنج")).headers().firstValue("etag"))
                .isNotEqualTo(get("/feed.atom").headers().firstValue("etag"));
    }

    @Test
    void feedEntriesLinkToTheOriginalWithTheMarsadPageAsRelated() throws Exception {
        Document d = xml(get("/feed.atom?q=" + WebServerTest.enc("الشطرنج")).body());
        Element entry = (Element) d.getElementsByTagNameNS(ATOM_NS, "entry").item(0);
        List<String> links = new ArrayList<>();
        NodeList l = entry.getElementsByTagNameNS(ATOM_NS, "link");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            links.add(e.getAttribute("rel") + " " + e.getAttribute("href"));
        }
        assertThat(links).containsExactly("alternate https://sport.example/chess",
                "related " + site.server.uri().resolve("/article/chess"));
        assertThat(entry.getElementsByTagNameNS(ATOM_NS, "content").getLength()).isZero();
    }

    @Test
    void fullAsksForTheWholeBody() throws Exception {
        String stored = String.join("", site.archive.store().get("chess").orElseThrow().body());
        Document atom = xml(get("/feed.atom?full=1&q=" + WebServerTest.enc("الشطرنج")).body());
        String html = atom.getElementsByTagNameNS(ATOM_NS, "content").item(0).getTextContent();
        assertThat(org.jsoup.Jsoup.parse(html).text().replace(" ", "")).isEqualTo(stored.replace(" ", ""));
        Document rss = xml(get("/feed.rss?full=1&q=" + WebServerTest.enc("الشطرنج")).body());
        assertThat(rss.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent()).isEqualTo(html);
        assertThat(get("/feed.atom?full=yes").statusCode()).isEqualTo(400);
    }

    @Test
    void entryIdsDoNotChangeWithTheHostHeader() throws Exception {
        String path = "/feed.atom?q=" + WebServerTest.enc("الحسيمة");
        String a = raw("GET " + path + " HTTP/1.1\r\nHost: marsad.example\r\nConnection: close\r\n\r\n");
        String b = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example:8443\r\nConnection: close\r\n\r\n");
        assertThat(ids(a)).hasSize(3).isEqualTo(ids(b)).allMatch(id -> id.startsWith("urn:uuid:"));
    }

    private static List<String> ids(String response) throws Exception {
        String body = response.substring(response.indexOf("<?xml"));
        NodeList l = xml(body).getElementsByTagNameNS(ATOM_NS, "id");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        for (String path : List.of("/", "/api/articles?since=0", "/feed.atom", "/story/quake-a", "/article/nope")) {
            HttpResponse<String> got = get(path);
            HttpResponse<String> head = WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(got.statusCode());
            assertThat(WebServerTest.type(head)).as(path).isEqualTo(WebServerTest.type(got));
            assertThat(head.body()).isEmpty();
        }
        // on the wire: a Content-Length, but no body bytes after the headers
        String r = raw("HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: text/html");
        assertThat(r.substring(r.indexOf("\r\n\r\n") + 4)).isEmpty();
    }

    @Test
    void csvExportOfASearchHasAByteOrderMarkAndStoryColumns() throws Exception {
        HttpResponse<byte[]> r = WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri()
                .resolve("/export.csv?q=" + WebServerTest.enc("الحسيمة"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WebServerTest.type(r)).isEqualToIgnoringCase("text/csv;charset=utf-8");
        assertThat(r.headers().firstValue("content-disposition").orElse("")).contains("attachment");
        byte[] b = r.body();
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = org.marsad.store.CsvRecords.parse(new String(b, StandardCharsets.UTF_8).substring(1));
        List<String> header = rows.get(0);
        assertThat(header).containsSubsequence("story", "duplicate_of");
        java.util.Map<String, List<String>> byId = new java.util.HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> byId.put(row.get(0), row));
        assertThat(byId).containsOnlyKeys("quake-a", "quake-b");
        int story = header.indexOf("story");
        int original = header.indexOf("duplicate_of");
        assertThat(byId.get("quake-b").get(story)).isEqualTo("quake-a");
        assertThat(byId.get("quake-b").get(original)).isEqualTo("quake-a");
        assertThat(byId.get("quake-a").get(story)).isEqualTo("quake-a");
        assertThat(byId.get("quake-a").get(original)).isEmpty();
        assertThat(byId.get("quake-b").get(header.indexOf("body")))
                .isEqualTo(String.join("\n\n", site.archive.store().get("quake-b").orElseThrow().body()));
        // What the archive found in the article, one column per kind, each name a value a spreadsheet filter lists.
        org.marsad.model.Article quake = site.archive.store().get("quake-a").orElseThrow();
        assertThat(header).endsWith("people", "places", "organisations", "figures");
        for (var kind : java.util.Map.of("people", "PER", "places", "LOC", "organisations", "ORG").entrySet()) {
            assertThat(byId.get("quake-a").get(header.indexOf(kind.getKey()))).as(kind.getKey()).isEqualTo(
                    String.join(" | ", quake.entities().stream().filter(e -> e.type().equals(kind.getValue()))
                            .map(org.marsad.model.ArticleEntity::name).toList()));
        }
        assertThat(byId.get("quake-a").get(header.indexOf("places"))).contains("الحسيمة");
        assertThat(byId.get("quake-a").get(header.indexOf("figures"))).contains("47 مصابا");
    }

    @Test
    void jsonlExportIngestsBackAndHonoursFilters() throws Exception {
        HttpResponse<String> r = get("/export.jsonl?source=" + WebServerTest.enc("موقع الرياضة"));
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = r.body().lines().map(l -> org.marsad.model.ArticleJson.parse(l).id()).toList();
        assertThat(ids).containsExactly("chess");
        assertThat(get("/export.jsonl").body().lines()).hasSize(5);
        HttpResponse<String> bad = get("/export.csv?q=" + WebServerTest.enc("\"غير مغلق"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"error\"");
    }

    @Test
    void theSearchPageLinksToExportsOfTheSameSearch() throws Exception {
        HttpResponse<String> r = get("/source/" + org.marsad.web.view.Urls.segment("موقع الرياضة") + "?q="
                + WebServerTest.enc("الشطرنج") + "&sort=date");
        org.jsoup.nodes.Document d = WebServerTest.html(r);
        List<String> hrefs = d.select(".exports a").eachAttr("href");
        assertThat(hrefs).hasSize(2);
        String csv = hrefs.get(0);
        assertThat(csv).startsWith("/export.csv?").contains("q=" + WebServerTest.enc("الشطرنج"))
                .contains("source=" + WebServerTest.enc("موقع الرياضة")).contains("sort=date");
        assertThat(hrefs.get(1)).isEqualTo(csv.replace("/export.csv", "/export.jsonl"));
        assertThat(get(hrefs.get(1)).body().lines()).hasSize(1);
        // no results, nothing to export
        assertThat(WebServerTest.html(get("/search?q=" + WebServerTest.enc("كلمةلاتوجد"))).select(".exports"))
                .isEmpty();
    }

    @Test
    void feedLinksFollowTheBaseUrlOrATrustedProxyButEntryIdsNever() throws Exception {
        String path = "/feed.atom?q=" + WebServerTest.enc("الحسيمة");
        String direct = raw("GET " + path + " HTTP/1.1\r\nHost: marsad.example\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        // not behind a trusted proxy: forwarded headers are ignored
        assertThat(selfLink(direct)).startsWith("http://marsad.example/feed.atom?");
        WebServer.Config base = new WebServer.Config(site.archive, "127.0.0.1", 0, TestSite.CLOCK, List::of,
                java.util.Map::of, site.watches);
        try (WebServer behind = WebServer.start(base.withAccess(new Access.Options(false, null, true)));
             WebServer configured = WebServer.start(base.withAccess(
                     new Access.Options(false, java.net.URI.create("https://news.example/marsad/"), false)))) {
            String proxied = raw(behind, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-Forwarded-Host: news.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
            assertThat(selfLink(proxied)).startsWith("https://news.example/feed.atom?");
            String bad = raw(behind, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-Forwarded-Host: a\"b<c\r\nConnection: close\r\n\r\n");
            assertThat(selfLink(bad)).startsWith("http://127.0.0.1/feed.atom?");
            String fixed = raw(configured, "GET " + path + " HTTP/1.1\r\nHost: whatever.example\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(selfLink(fixed)).startsWith("https://news.example/marsad/feed.atom?");
            assertThat(fixed).contains("https://news.example/marsad/article/quake-a");
            assertThat(ids(proxied)).hasSize(3).isEqualTo(ids(fixed)).isEqualTo(ids(direct));
        }
    }

    private static String raw(WebServer server, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String selfLink(String response) throws Exception {
        NodeList l = xml(response.substring(response.indexOf("<?xml"))).getElementsByTagNameNS(ATOM_NS, "link");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (e.getAttribute("rel").equals("self")) {
                return e.getAttribute("href");
            }
        }
        throw new AssertionError("no self link");
    }
}
