package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;
import org.marsad.store.RawSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An article that came with no publication date and no fetch time (a JSON file) in the feeds a reader follows: it is
 * filed under the time Marsad first stored it, in Atom ({@code updated}, no {@code published}) and in RSS
 * ({@code dc:date}, no {@code pubDate}) alike, and that time does not move when other articles arrive. Data:
 * src/test/resources/undated.jsonl (made-up: an undated report and a dated one).
 */
class UndatedFeedEntriesTest {
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @Test
    void anUndatedArticleKeepsTheTimeItWasStoredInAtomAndRss(@TempDir Path data) throws Exception {
        try (TestSite site = TestSite.start(data, "undated.jsonl")) {
            Element atom = entry(xml(get(site, "/feed.atom")), "افتتاح سوق الخضار");
            assertThat(atom.getElementsByTagNameNS(IntegratorTest.ATOM_NS, "published").getLength()).isZero();
            String updated = text(atom, IntegratorTest.ATOM_NS, "updated");
            OffsetDateTime stored = OffsetDateTime.parse(updated);

            Element item = item(xml(get(site, "/feed.rss")), "افتتاح سوق الخضار");
            assertThat(item.getElementsByTagName("pubDate").getLength()).as("no invented publication").isZero();
            assertThat(OffsetDateTime.parse(text(item, DC, "date"))).isEqualTo(stored);
            // the dated article says when it was published, and nothing else
            Element dated = item(xml(get(site, "/feed.rss")), "المكتبة العامة");
            assertThat(dated.getElementsByTagName("pubDate").item(0).getTextContent())
                    .isEqualTo("Sun, 2 Mar 2025 00:00:00 GMT");
            assertThat(dated.getElementsByTagNameNS(DC, "date").getLength()).isZero();

            // Another article stored later (in another second) does not make the undated one look new.
            Thread.sleep(1_100);
            String later = "{\"id\": \"later\", \"url\": \"https://market.example/later\", \"title\": "
                    + "\"إغلاق طريق الكورنيش للصيانة\", \"published\": null, \"body\": [\"أغلقت البلدية الطريق.\"]}";
            site.archive.save(ArticleJson.parse(later), RawSource.text(RawSource.KIND_JSON, "later", later));
            site.archive.commit();
            Element again = entry(xml(get(site, "/feed.atom")), "افتتاح سوق الخضار");
            assertThat(text(again, IntegratorTest.ATOM_NS, "updated")).isEqualTo(updated);
            Element newer = entry(xml(get(site, "/feed.atom")), "إغلاق طريق الكورنيش");
            assertThat(OffsetDateTime.parse(text(newer, IntegratorTest.ATOM_NS, "updated"))).isAfter(stored);
        }
    }

    private static String get(TestSite site, String path) throws Exception {
        HttpResponse<String> r = WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri().resolve(path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static Document xml(String body) throws Exception {
        return IntegratorTest.xml(body);
    }

    private static Element entry(Document d, String titleStart) {
        return titled(d.getElementsByTagNameNS(IntegratorTest.ATOM_NS, "entry"), IntegratorTest.ATOM_NS, titleStart);
    }

    private static Element item(Document d, String titleStart) {
        return titled(d.getElementsByTagName("item"), "", titleStart);
    }

    private static Element titled(NodeList entries, String ns, String titleStart) {
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            NodeList t = ns.isEmpty() ? e.getElementsByTagName("title") : e.getElementsByTagNameNS(ns, "title");
            if (t.getLength() > 0 && t.item(0).getTextContent().startsWith(titleStart)) {
                return e;
            }
        }
        throw new AssertionError("no entry titled " + titleStart);
    }

    private static String text(Element e, String ns, String name) {
        NodeList l = e.getElementsByTagNameNS(ns, name);
        assertThat(l.getLength()).as(name).isEqualTo(1);
        return l.item(0).getTextContent();
    }
}
