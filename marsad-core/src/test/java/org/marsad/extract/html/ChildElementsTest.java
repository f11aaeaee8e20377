package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The bounded child count must answer what jsoup's children list answers, for every element of pages mixing
 * elements, text, comments and blank text between tags.
 */
class ChildElementsTest {
    private static final String[] PIECES = {"<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<br>",
        "<a href=\"https://example.com/x\">", "</a>", "نص", " ", "\n", "<!-- c -->", "<li>", "<ul>", "</ul>",
        "<h3>", "</h3>", "text", "<img src=x>"};

    @Test
    void moreThanAndNoneAgreeWithJsoupChildrenSize() {
        Random r = new Random(16_1205);
        int checked = 0;
        int[] seen = new int[6];
        for (int page = 0; page < 3_000; page++) {
            StringBuilder html = new StringBuilder("<html><body>");
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                html.append(PIECES[r.nextInt(PIECES.length)]);
            }
            for (Element e : Jsoup.parse(html.toString()).getAllElements()) {
                int size = e.childrenSize();
                seen[Math.min(size, 5)]++;
                for (int most = 0; most <= 4; most++) {
                    int m = most;
                    assertEquals(size > most, ChildElements.moreThan(e, most), () -> "bound " + m + ": " + e.outerHtml());
                }
                assertEquals(size == 0, ChildElements.none(e), e::outerHtml);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        for (int count = 0; count < seen.length; count++) {
            assertThat(seen[count]).as("elements with %d children (5: five or more)", count).isGreaterThan(100);
        }
    }
}
