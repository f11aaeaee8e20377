package org.marsad.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedWritersTest {
    private static final FeedInfo INFO = new FeedInfo("urn:uuid:00000000-0000-3000-8000-000000000000", "مرصد: غزة",
            "http://h/feed.atom?q=x", "http://h/search?q=x", "sub");
    private static final List<FeedEntry> ENTRIES = List.of(
            new FeedEntry(FeedEntry.idOf("a1"), "عنوان <b>\"مهم\"</b> & \u0001", "https://outlet.example/a1",
                    "http://h/article/a1", "2020-06-03T03:01:00+04:00", "2020-06-03T00:00:00Z", "الخليج الجديد",
                    "ملخص", List.of("غزة"), List.of("فقرة أولى <b>", "فقرة & ثانية")),
            new FeedEntry(FeedEntry.idOf("a2"), "بلا تاريخ", "http://h/article/a2", "http://h/article/a2", null,
                    "2023-12-30T10:15:00Z", null, null, List.of(), List.of()),
            new FeedEntry(FeedEntry.idOf("a3"), "يوم فقط", "http://h/article/a3", null, "2023-12-24", null, "زنقة20",
                    null, List.of(), null),
            new FeedEntry(FeedEntry.idOf("a4"), "ساعة بلا منطقة", "http://h/article/a4", null, "2023-11-02T08:45",
                    null, null, null, List.of(), null));
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-01-01T00:00:00Z");

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void atomHasTheRequiredElementsAndKeepsTheOffset() throws Exception {
        StringWriter out = new StringWriter();
        AtomWriter.write(INFO, ENTRIES, NOW, out);
        Document d = parse(out.toString());
        Element feed = d.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        String ns = "http://www.w3.org/2005/Atom";
        assertThat(d.getElementsByTagNameNS(ns, "entry").getLength()).isEqualTo(4);
        // A wall-clock time without offset (an old index) is its day, never 08:45 taken as UTC.
        Element last = (Element) d.getElementsByTagNameNS(ns, "entry").item(3);
        assertThat(last.getElementsByTagNameNS(ns, "updated").item(0).getTextContent())
                .isEqualTo("2023-11-02T00:00:00Z");
        // An undated entry is as new as its fetch (the same on every request), and claims no publication.
        Element undated = (Element) d.getElementsByTagNameNS(ns, "entry").item(1);
        assertThat(undated.getElementsByTagNameNS(ns, "updated").item(0).getTextContent())
                .isEqualTo("2023-12-30T10:15:00Z");
        assertThat(undated.getElementsByTagNameNS(ns, "published").getLength()).isZero();
        Element first = (Element) d.getElementsByTagNameNS(ns, "entry").item(0);
        for (String required : List.of("id", "title", "updated")) {
            assertThat(first.getElementsByTagNameNS(ns, required).getLength()).as(required).isEqualTo(1);
        }
        assertThat(first.getElementsByTagNameNS(ns, "title").item(0).getTextContent())
                .isEqualTo("عنوان <b>\"مهم\"</b> & ");
        assertThat(first.getElementsByTagNameNS(ns, "updated").item(0).getTextContent())
                .isEqualTo("2020-06-03T03:01:00+04:00");
        // the feed is as new as its newest entry
        assertThat(((Element) feed.getElementsByTagNameNS(ns, "updated").item(0)).getParentNode()).isEqualTo(feed);
        assertThat(feed.getElementsByTagNameNS(ns, "updated").item(0).getTextContent())
                .isEqualTo("2023-12-30T10:15:00Z");
        assertThat(child(feed, "id").getTextContent()).isEqualTo(INFO.id());
    }

    // Issue 17: entries link to the original article, with the Marsad page as related; full text when asked.
    @Test
    void atomEntriesLinkToTheOriginalAndCarryTheFullTextWhenGiven() throws Exception {
        StringWriter out = new StringWriter();
        AtomWriter.write(INFO, ENTRIES, NOW, out);
        Document d = parse(out.toString());
        String ns = "http://www.w3.org/2005/Atom";
        Element first = (Element) d.getElementsByTagNameNS(ns, "entry").item(0);
        assertThat(child(first, "id").getTextContent()).isEqualTo(FeedEntry.idOf("a1")).startsWith("urn:uuid:");
        List<String> links = new java.util.ArrayList<>();
        NodeList l = first.getElementsByTagNameNS(ns, "link");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            links.add(e.getAttribute("rel") + " " + e.getAttribute("href"));
        }
        assertThat(links).containsExactly("alternate https://outlet.example/a1", "related http://h/article/a1");
        Element content = (Element) first.getElementsByTagNameNS(ns, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        // the paragraphs' own markup is text, escaped once in the HTML and once more in the XML
        assertThat(content.getTextContent())
                .isEqualTo("<p dir=\"auto\">فقرة أولى &lt;b&gt;</p>\n<p dir=\"auto\">فقرة &amp; ثانية</p>\n");
        Element second = (Element) d.getElementsByTagNameNS(ns, "entry").item(1);
        assertThat(second.getElementsByTagNameNS(ns, "link").getLength()).isEqualTo(1);
        assertThat(second.getElementsByTagNameNS(ns, "content").getLength()).isZero();
        // undated: filed under its fetch time, never the time of the request
        assertThat(child(second, "updated").getTextContent()).isEqualTo("2023-12-30T10:15:00Z");
        assertThat(second.getElementsByTagNameNS(ns, "published").getLength()).isZero();
        assertThat(FeedEntry.idOf("a1")).isNotEqualTo(FeedEntry.idOf("a2")).isEqualTo(FeedEntry.idOf("a1"));
    }

    private static Element child(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i).getParentNode() == parent) {
                return (Element) l.item(i);
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void anAtomFeedOfUndatedArticlesIsTheSameOnEveryRequest() {
        List<FeedEntry> undated = List.of(new FeedEntry(FeedEntry.idOf("u1"), "بلا تاريخ",
                "http://h/article/u1", null, null, "2024-02-01T08:00:00Z", null, null, List.of(), List.of()));
        StringWriter first = new StringWriter();
        StringWriter later = new StringWriter();
        AtomWriter.write(INFO, undated, NOW, first);
        AtomWriter.write(INFO, undated, NOW.plusHours(5), later);
        assertThat(later.toString()).isEqualTo(first.toString()).contains("2024-02-01T08:00:00Z")
                .doesNotContain(NOW.toString());
    }

    @Test
    void rssHasTheRequiredElementsAndRfc822Dates() throws Exception {
        StringWriter out = new StringWriter();
        RssWriter.write(INFO, ENTRIES, out);
        Document d = parse(out.toString());
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        Element channel = (Element) d.getElementsByTagName("channel").item(0);
        for (String required : List.of("title", "link", "description")) {
            assertThat(channel.getElementsByTagName(required).getLength()).as(required).isGreaterThan(0);
        }
        assertThat(d.getElementsByTagName("item").getLength()).isEqualTo(4);
        assertThat(d.getElementsByTagName("pubDate").item(0).getTextContent())
                .isEqualTo("Wed, 3 Jun 2020 03:01:00 +0400");
        Element item = (Element) d.getElementsByTagName("item").item(0);
        assertThat(item.getElementsByTagName("link").item(0).getTextContent()).isEqualTo("https://outlet.example/a1");
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        assertThat(guid.getTextContent()).isEqualTo(FeedEntry.idOf("a1"));
        Element related = (Element) item.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertThat(related.getAttribute("rel")).isEqualTo("related");
        assertThat(related.getAttribute("href")).isEqualTo("http://h/article/a1");
        assertThat(item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent()).startsWith("<p dir=\"auto\">فقرة أولى &lt;b&gt;</p>");
    }

    // RSS and Atom say the same: a publication only where the article gave one; an undated item is filed under the
    // time Marsad collected it, named dc:date (never pubDate), the instant Atom gives as its updated.
    @Test
    void rssFilesAnUndatedItemUnderItsCollectionTimeAsAtomDoes() throws Exception {
        StringWriter rssOut = new StringWriter();
        RssWriter.write(INFO, ENTRIES, rssOut);
        Document rss = parse(rssOut.toString());
        StringWriter atomOut = new StringWriter();
        AtomWriter.write(INFO, ENTRIES, NOW, atomOut);
        Document atom = parse(atomOut.toString());
        String dc = "http://purl.org/dc/elements/1.1/";
        Element undated = (Element) rss.getElementsByTagName("item").item(1);
        assertThat(undated.getElementsByTagName("pubDate").getLength()).isZero();
        Element atomUndated = (Element) atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(1);
        assertThat(undated.getElementsByTagNameNS(dc, "date").item(0).getTextContent())
                .isEqualTo("2023-12-30T10:15:00Z").isEqualTo(child(atomUndated, "updated").getTextContent());
        // a dated item has its pubDate and no second date
        Element dated = (Element) rss.getElementsByTagName("item").item(2);
        assertThat(dated.getElementsByTagName("pubDate").item(0).getTextContent())
                .isEqualTo("Sun, 24 Dec 2023 00:00:00 GMT");
        assertThat(dated.getElementsByTagNameNS(dc, "date").getLength()).isZero();
    }

    @Test
    void opmlListsOneOutlinePerOutlet() throws Exception {
        StringWriter out = new StringWriter();
        OpmlWriter.write("مصادر", List.of(new OpmlWriter.Outline("زنقة20", "http://h/feed.rss?source=x",
                "http://h/source/x")), NOW, out);
        Document d = parse(out.toString());
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        Element o = (Element) d.getElementsByTagName("outline").item(0);
        assertThat(o.getAttribute("text")).isEqualTo("زنقة20");
        assertThat(o.getAttribute("type")).isEqualTo("rss");
        assertThat(o.getAttribute("xmlUrl")).isEqualTo("http://h/feed.rss?source=x");
    }
}
