package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page's links resolved with its address parsed once are those {@link Element#absUrl} gives: on random pages whose
 * address is valid, long, malformed or holds control chars, with a {@code <base>} now and then, a subtree given an
 * address of its own, and links relative, absolute, of other schemes, malformed or holding control chars. One
 * resolver serves each whole page, as in the extraction, so its parsed address is reused and replaced.
 */
class PageAddressesTest {
    private static final String[] ADDRESSES = {"https://example.com/news/1.html", "http://example.com/a/b/c?x=1#top",
        "https://www.example.net/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9/%D8%AE%D8%A8%D8%B1-1",
        "https://ex\tample.com/p\n/q", "https://example.com/se\tction/\u0002page.html", "not an address", "",
        "ftp://files.example.org/dir/", "https://example.com", "http://[::1]:8080/x/",
        "https://example.com/a/../b/./c/"};
    private static final String[] LINK_PIECES = {"/", "x", "../", "./", "?", "q=1", "#", "frag", "//cdn.example.com/",
        "http://", "https://", "other.org/", "javascript:", "void(0)", "mailto:", "a@b.c", "\t", "\n", "\u0001", " ",
        "الحكومة", "%D8%A7", "data:", "htt p://", "http:", ":", "..", "index.html", "HTTPS://EXAMPLE.COM/"};

    @Test
    void linksResolveAsAbsUrlResolvesThem() {
        Random r = new Random(2026_1206);
        int relative = 0;
        int empty = 0;
        int checked = 0;
        for (int page = 0; page < 3_000; page++) {
            StringBuilder html = new StringBuilder();
            if (r.nextInt(5) == 0) {
                html.append("<head><base href='").append(link(r)).append("'></head>");
            }
            html.append("<body>");
            int links = 1 + r.nextInt(8);
            for (int i = 0; i < links; i++) {
                html.append(r.nextInt(3) == 0 ? "<div><p>" : "").append("<a ")
                        .append(r.nextInt(10) == 0 ? "HREF" : "href").append("=\"")
                        .append(link(r).replace("\"", "")).append("\">x</a>");
            }
            Document doc = Jsoup.parse(html.append("</body>").toString(), ADDRESSES[r.nextInt(ADDRESSES.length)]);
            if (r.nextInt(4) == 0) {
                doc.body().child(0).setBaseUri(ADDRESSES[r.nextInt(ADDRESSES.length)]);
            }
            PageAddresses addresses = new PageAddresses();
            for (Element e : doc.getAllElements()) {
                String expected = e.absUrl("href");
                assertThat(addresses.absolute(e, "href")).as("%s under %s", e.outerHtml(), e.baseUri())
                        .isEqualTo(expected);
                checked++;
                empty += expected.isEmpty() ? 1 : 0;
                relative += !expected.isEmpty() && !expected.equals(e.attr("href")) ? 1 : 0;
            }
        }
        assertThat(checked).isGreaterThan(30_000);
        assertThat(relative).as("links resolved against the address").isGreaterThan(3_000);
        assertThat(empty).as("links refused, and elements without one").isGreaterThan(3_000);
    }

    @Test
    void controlCharsAreStrippedAsAbsUrlStripsThem() {
        Random r = new Random(77);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                s.append((char) (r.nextBoolean() ? r.nextInt(0x40) : 0x600 + r.nextInt(40)));
            }
            String text = s.toString();
            assertThat(PageAddresses.withoutControlChars(text)).isEqualTo(text.replaceAll("[\\x00-\\x1f]", ""));
        }
    }

    private static String link(Random r) {
        StringBuilder s = new StringBuilder();
        for (int k = r.nextInt(5); k > 0; k--) {
            s.append(LINK_PIECES[r.nextInt(LINK_PIECES.length)]);
        }
        return s.toString();
    }
}
