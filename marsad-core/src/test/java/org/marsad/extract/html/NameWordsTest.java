package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A page's name words, read through the per-page memo that shares the split of a class value between elements,
 * must be each element's own words: the same class with or without an id, role or itemprop beside it.
 */
class NameWordsTest {
    private static final String[] CLASSES = {"related-news", "shareBar-2", "article body", "", "  ", "ad",
        "mostRead", "entry-content post", "RELATED", "sidebar widget"};
    private static final String[] OTHERS = {"", " id=\"main-story\"", " role=\"navigation\"", " itemprop=\"articleBody\"",
        " id=\"\"", " data-x=\"related\"", " href=\"https://example.com/\""};

    @Test
    void sharedClassSplitsGiveEachElementItsOwnWords() {
        Random r = new Random(16_1206);
        int shared = 0;
        for (int page = 0; page < 1_000; page++) {
            StringBuilder html = new StringBuilder("<html><body>");
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                String cls = CLASSES[r.nextInt(CLASSES.length)];
                html.append("<div").append(r.nextInt(5) == 0 ? "" : " class=\"" + cls + "\"")
                        .append(OTHERS[r.nextInt(OTHERS.length)]).append(">x");
                if (r.nextBoolean()) {
                    html.append("</div>");
                }
            }
            NameWords names = new NameWords();
            for (Element e : Jsoup.parse(html.toString()).getAllElements()) {
                assertEquals(Hints.words(e), names.of(e), e::outerHtml);
                // asked again, as the box search and the pruning both ask
                assertEquals(Hints.words(e), names.of(e), e::outerHtml);
                shared += e.attributesSize() > 0 && e.id().isEmpty() && !e.hasAttr("role") && !e.hasAttr("itemprop")
                        ? 1 : 0;
            }
        }
        assertThat(shared).as("elements named by their class alone").isGreaterThan(3_000);
    }
}
