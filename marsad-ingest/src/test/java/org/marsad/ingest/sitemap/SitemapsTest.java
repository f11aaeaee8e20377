package org.marsad.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.testsite.TestSite;

class SitemapsTest {
    private static final URI BASE = URI.create("https://news.example/sitemap.xml");

    @Test
    void newsSitemapEntriesKeepTitleAndOffsetDate() throws Exception {
        Sitemap s = Sitemaps.parse(TestSite.readResource("/sitemaps/news-sitemap.xml"), BASE);

        assertThat(s).isInstanceOf(Sitemap.UrlSet.class);
        var entries = ((Sitemap.UrlSet) s).entries();
        assertThat(entries).extracting(SitemapEntry::url).containsExactly(
                "https://news.example/2024/01/15/summit", "https://news.example/2024/01/14/weather");
        SitemapEntry news = entries.get(0);
        assertThat(news.isNews()).isTrue();
        assertThat(news.title()).isEqualTo("قمة خليجية طارئة");
        assertThat(news.published()).isEqualTo("2024-01-15T00:20:00+03:00");
        assertThat(news.language()).isEqualTo("ar");
        assertThat(news.lastModified()).isEqualTo("2024-01-15T10:00:00+03:00");
        assertThat(entries.get(1).isNews()).isFalse();
    }

    @Test
    void anIndexListsItsSitemaps() throws Exception {
        Sitemap s = Sitemaps.parse(TestSite.readResource("/sitemaps/index.xml"), BASE);

        assertThat(s).isInstanceOfSatisfying(Sitemap.Index.class, i -> assertThat(i.sitemaps()).containsExactly(
                new Sitemap.Child("https://news.example/sitemap-news.xml", "2024-01-15"),
                new Sitemap.Child("https://news.example/sitemap-2023.xml.gz", null)));
    }

    @Test
    void gzippedAndPlainTextSitemapsAreRead() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(TestSite.readResource("/sitemaps/news-sitemap.xml"));
        }
        assertThat(((Sitemap.UrlSet) Sitemaps.parse(gz.toByteArray(), BASE)).entries()).hasSize(2);

        byte[] text = "https://news.example/a\n\nhttps://news.example/b\n".getBytes(StandardCharsets.UTF_8);
        assertThat(((Sitemap.UrlSet) Sitemaps.parse(text, BASE)).entries()).extracting(SitemapEntry::url)
                .containsExactly("https://news.example/a", "https://news.example/b");
    }

    @Test
    void malformedAndForeignXmlAreRefused() {
        assertThatThrownBy(() -> Sitemaps.parse("<urlset><url><loc>x</url>".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(SitemapFormatException.class).hasMessageStartingWith("malformed sitemap XML");
        assertThatThrownBy(() -> Sitemaps.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(SitemapFormatException.class).hasMessageContaining("not a sitemap");
    }

    // review18: a sitemap that starts with a UTF-8 byte-order mark gave no URL (read as a text list of its XML lines)
    @Test
    void aByteOrderMarkBeforeTheSitemapIsSkipped() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.write(bom);
        xml.write(TestSite.readResource("/sitemaps/news-sitemap.xml"));
        assertThat(((Sitemap.UrlSet) Sitemaps.parse(xml.toByteArray(), BASE)).entries()).hasSize(2);

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.write(bom);
        text.write("https://news.example/a\nhttps://news.example/b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(((Sitemap.UrlSet) Sitemaps.parse(text.toByteArray(), BASE)).entries()).extracting(SitemapEntry::url)
                .containsExactly("https://news.example/a", "https://news.example/b");
    }

    // review18: a site's page given as its sitemap was reported as "malformed sitemap XML: The markup in the document
    // preceding the root element must be well-formed."
    @Test
    void aWebPageIsNamedAsOneWithTheCommandThatFindsTheSitesSitemaps() {
        byte[] page = ("\ufeff\n<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>موقع</title>"
                + "</head><body><a href=\"/news\">خبر</a></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Sitemaps.parse(page, BASE)).isInstanceOf(SitemapFormatException.class)
                .hasMessage("an HTML page, not a sitemap: 'marsad sources discover https://news.example/sitemap.xml'"
                        + " lists the feeds and sitemaps a site names")
                .satisfies(e -> assertThat(((SitemapFormatException) e).isHtmlPage()).isTrue());
    }

    @Test
    void anExternalEntityNeverReadsALocalFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "https://leak.example/TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&xxe;</loc></url></urlset>";

        assertThatThrownBy(() -> Sitemaps.parse(xml.getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(SitemapFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void deeplyNestedSitemapsAreRefused() {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + "<x>".repeat(10_000)
                + "</x>".repeat(10_000) + "</urlset>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sitemaps.parse(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.net.URI.create("https://example.com/")))
                .isInstanceOf(SitemapFormatException.class).hasMessageContaining("nested deeper than");
    }
}
