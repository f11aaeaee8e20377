package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code /watches/{id}/feed.atom?token=…}: a watch's alerts for feed readers, behind the watch's secret token. */
class WatchFeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path data;

    static HttpResponse<String> get(TestSite site, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theFeedListsTheWatchsAlertsAndNeedsItsToken() throws Exception {
        try (TestSite site = TestSite.start(data)) {
            Watch w = site.watches.create(WatchSpec.of("زلازل", "زلزال"), null);
            // Written for this test.
            site.archive.save(Article.builder().url("https://news.example/quake").source("الأناضول")
                    .title("زلزال بقوة 5 درجات يضرب شرق تركيا").published("2025-04-12T09:00:00+03:00")
                    .body(List.of("ضرب زلزال بقوة 5 درجات ولاية ملاطية شرق تركيا دون أن يسفر عن ضحايا.")).build(),
                    null);
            site.archive.save(Article.builder().url("https://news.example/chess").source("الأناضول")
                    .title("بطولة للشطرنج").published("2025-04-12").body(List.of("بدأت بطولة الشطرنج.")).build(),
                    null);
            assertThat(site.watches.matchNew()).isEqualTo(1);

            HttpResponse<String> ok = get(site, "/watches/" + w.id() + "/feed.atom?token=" + w.feedToken());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            assertThat(ok.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    ok.body().getBytes(StandardCharsets.UTF_8)));
            NodeList entries = doc.getElementsByTagNameNS(ATOM, "entry");
            assertThat(entries.getLength()).isEqualTo(1);
            assertThat(doc.getElementsByTagNameNS(ATOM, "title").item(1).getTextContent())
                    .isEqualTo("زلزال بقوة 5 درجات يضرب شرق تركيا");
            assertThat(doc.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("مرصد: زلازل");

            HttpResponse<String> wrong = get(site, "/watches/" + w.id() + "/feed.atom?token=nope");
            HttpResponse<String> none = get(site, "/watches/" + w.id() + "/feed.atom");
            HttpResponse<String> missing = get(site, "/watches/999/feed.atom?token=" + w.feedToken());
            for (HttpResponse<String> r : List.of(wrong, none, missing)) {
                // The address is pasted by a person, who opens it when a reader fails (review27: it was JSON)
                assertThat(r.statusCode()).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                assertThat(r.body()).contains("dir=\"rtl\"").contains("لا توجد خلاصة مراقبة بهذا العنوان")
                        .doesNotStartWith("{");
            }
            assertThat(get(site, "/watches/x/feed.atom?token=a").statusCode()).isEqualTo(404);
        }
    }
}
