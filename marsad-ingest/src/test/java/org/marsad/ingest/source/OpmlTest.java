package org.marsad.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    @Test
    void readsFeedReaderOpmlWithFoldersAndMergesFeedsOfOneOutlet() throws Exception {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Exported</title></head><body>
                  <outline text="أخبار">
                    <outline text="BBC Arabic" type="rss" xmlUrl="https://feeds.example/bbc.xml" htmlUrl="https://bbc.example/arabic"/>
                    <outline text="BBC Arabic" type="rss" xmlUrl="https://feeds.example/bbc-middle-east.xml"/>
                  </outline>
                  <outline title="Untitled text" type="rss" xmlUrl=" https://other.example/feed "/>
                </body></opml>""";

        List<Source> sources = Opml.read(opml.getBytes(StandardCharsets.UTF_8));

        assertThat(sources).extracting(Source::name).containsExactly("BBC Arabic", "Untitled text");
        assertThat(sources.get(0).feeds()).containsExactly(URI.create("https://feeds.example/bbc.xml"),
                URI.create("https://feeds.example/bbc-middle-east.xml"));
        assertThat(sources.get(0).homepage()).isEqualTo(URI.create("https://bbc.example/arabic"));
        assertThat(sources.get(1).feeds()).containsExactly(URI.create("https://other.example/feed"));
        assertThat(sources).allSatisfy(s -> assertThat(s.allowPrivate()).isFalse());
        assertThat(sources.get(0).category()).isEqualTo("أخبار");
        assertThat(sources.get(1).category()).isNull();
    }

    @Test
    void nestedFoldersAreOneCategoryAndAFolderClosesBeforeTheNextOne() throws Exception {
        String opml = """
                <opml version="2.0"><body>
                  <outline text="اقتصاد">
                    <outline title="  أسواق   الخليج ">
                      <outline text="أرقام" type="rss" xmlUrl="https://argaam.example/rss"/>
                    </outline>
                    <outline text="CNBC عربية" type="rss" xmlUrl="https://cnbc.example/rss"/>
                  </outline>
                  <outline text="رياضة">
                    <outline text="كورة" type="rss" xmlUrl="https://kooora.example/rss"/>
                  </outline>
                  <outline text="بلا تصنيف" type="rss" xmlUrl="https://plain.example/rss"/>
                </body></opml>""";

        List<Source> sources = Opml.read(opml.getBytes(StandardCharsets.UTF_8));

        assertThat(sources).extracting(Source::name, Source::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("أرقام", "اقتصاد/أسواق الخليج"),
                org.assertj.core.groups.Tuple.tuple("CNBC عربية", "اقتصاد"),
                org.assertj.core.groups.Tuple.tuple("كورة", "رياضة"),
                org.assertj.core.groups.Tuple.tuple("بلا تصنيف", null));
    }

    @Test
    void exportWritesCategoriesBackAsFoldersAndReadsThemAgain() throws Exception {
        URI feed = URI.create("https://a.example/rss");
        Source economy = new Source("أرقام", null, null, "ar", "اقتصاد/أسواق", List.of(feed), null, null, false, null);
        Source sport = new Source("كورة", null, null, "ar", "رياضة", List.of(URI.create("https://k.example/rss")),
                null, null, false, null);
        Source economyToo = new Source("CNBC", null, null, "ar", "اقتصاد", List.of(URI.create("https://c.example/rss")),
                null, null, false, null);
        Source none = new Source("عام", null, null, "ar", null, List.of(URI.create("https://g.example/rss")), null,
                null, false, null);

        String xml = Opml.write(List.of(economy, sport, economyToo, none), "Marsad sources");

        assertThat(xml).contains("<outline text=\"اقتصاد\" title=\"اقتصاد\">")
                .contains("<outline text=\"أسواق\" title=\"أسواق\">");
        assertThat(Opml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder(economy, sport, economyToo, none);
    }

    @Test
    void writeThenReadKeepsEveryField() throws Exception {
        Source full = new Source("الشرق", URI.create("https://sharq.example/"), "sa", "AR",
                List.of(URI.create("https://sharq.example/feed"), URI.create("https://sharq.example/feed2?x=1&y=2")),
                URI.create("https://sharq.example/news-sitemap.xml"), Duration.ofMinutes(30), false, SourceHealth.NEW);
        Source sitemapOnly = new Source("Maps only", null, null, null, List.of(),
                URI.create("https://maps.example/sitemap.xml"), null, false, null);

        String xml = Opml.write(List.of(full, sitemapOnly), "Marsad sources");
        List<Source> back = Opml.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(back).containsExactly(full, sitemapOnly);
        assertThat(full.country()).isEqualTo("SA");
        assertThat(full.language()).isEqualTo("ar");
    }

    @Test
    void badDocumentsAreOneLineErrors() {
        assertThatThrownBy(() -> Opml.read("<opml><body><outline".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class).hasMessageStartingWith("malformed OPML at line 1, column")
                .hasMessageNotContaining("Message:").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Opml.read(" \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class).hasMessage("empty file, not an OPML document");
        assertThatThrownBy(() -> Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class).hasMessage("not an OPML document");
        assertThatThrownBy(() -> Opml.read(("<opml><body><outline text=\"x\" xmlUrl=\"file:///etc/passwd\"/>"
                + "</body></opml>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Opml.OpmlException.class).hasMessageContaining("http(s)");
    }

    @Test
    void theDefaultListNamesTheMajorArabicOutletsWithFeeds() {
        List<Source> defaults = DefaultSources.list();

        assertThat(defaults).extracting(Source::name).contains("Al Jazeera", "BBC Arabic", "Sky News Arabia",
                "Al Arabiya", "France 24 Arabic", "RT Arabic", "Anadolu Agency Arabic", "Asharq Al-Awsat", "Youm7",
                "Hespress");
        assertThat(defaults).allSatisfy(s -> {
            assertThat(s.feeds()).isNotEmpty();
            assertThat(s.language()).isEqualTo("ar");
            assertThat(s.allowPrivate()).isFalse();
        });
        assertThat(new String(DefaultSources.opml(), StandardCharsets.UTF_8)).contains("NOT CHECKED FROM THIS MACHINE");
    }
}
