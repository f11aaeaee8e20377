package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The one walk of the body answers, for every element, what the steps worked out with walks of their own: the main
 * text's sizes, whether it may be a "read also" box (a link under it, a label first), whether its own text may hold
 * a tags label word. Checked on random trees
 * of nested blocks, links with and without an address, line breaks and comments, whose text nodes are cut from
 * label words, Arabic and English words and spaces, against answers read off each element on its own.
 */
class BodySurveyTest {
    private static final String[] PIECES = {"الوسوم", "الو", "سوم", "وسوم", "مفتا", "حية", "دالة", "Tags", "TA", "gs",
        "\u212aeywords", "key", "words", "اقرأ أيضا", "قرأ", "يضا", "Read also", "related", "الحكومة", "المدينة",
        "news", "the council", ":", " ", "  ", "\n", "\u00a0", "\t", "ة", "و", "x"};
    private static final String[] OPEN = {"div", "p", "span", "b", "li", "section"};
    /** Class names: a "read also" box, boilerplate, the article, nothing of note (repeated, as pages repeat them). */
    private static final String[] CLASSES = {"related-news", "share-bar", "article-body", "item", "item"};

    @Test
    void everyElementGetsTheAnswersOfItsOwnWalk() {
        Random r = new Random(4040);
        int checked = 0;
        int longTexts = 0;
        int boxesFound = 0;
        for (int page = 0; page < 400; page++) {
            StringBuilder html = new StringBuilder("<body>");
            tree(r, html, 0);
            Element body = Jsoup.parse(html.append("</body>").toString()).body();
            BodySurvey survey = BodySurvey.of(body);
            // the places are the body's elements in document order, as getAllElements lists them
            List<Element> all = body.getAllElements();
            assertThat(survey.count()).isEqualTo(all.size());
            List<Integer> boxes = new ArrayList<>();
            for (int place = 0; place < all.size(); place++) {
                Element e = all.get(place);
                assertThat(survey.element(place)).isSameAs(e);
                assertThat(survey.parent(place)).as("parent").isEqualTo(e == body ? -1 : all.indexOf(e.parent()));
                assertThat(survey.end(place)).as("end").isEqualTo(place + e.getAllElements().size());
                for (Element c : e.children()) {
                    assertThat(survey.childPlace(place, place + 1, c)).isEqualTo(all.indexOf(c));
                }
                int[] expected = sizes(e);
                longTexts += expected[2] > 0 ? 1 : 0;
                assertThat(survey.size(place)).as("sizes of %s in %s", e.cssSelector(), html).containsExactly(expected);
                assertThat(survey.longChars(place)).isEqualTo(expected[2]);
                if (mayBeBox(e, body, survey, all)) {
                    boxes.add(place);
                }
                assertThat(survey.mayHoldTagsWord(place)).as("tags word in %s", e.outerHtml())
                        .isEqualTo(HtmlArticleExtractor.mayHoldLabelWord(e));
                assertThat(survey.names(place)).isEqualTo(Hints.verdict(e, new Hints.Tally()));
                checked++;
            }
            assertThat(survey.mayBeBoxes()).as("boxes in %s", html)
                    .containsExactly(boxes.stream().mapToInt(Integer::intValue).toArray());
            boxesFound += boxes.size();
        }
        assertThat(checked).isGreaterThan(5_000);
        assertThat(boxesFound).as("the generator reaches boxes").isGreaterThan(50);
        assertThat(longTexts).as("the generator reaches long texts").isGreaterThan(500);
    }

    /**
     * Read off the element: below the body, named a box, or holding a link ({@code a[href]}) with a first child element
     * that is not a link, has at most two children and may be a label alone.
     */
    private static boolean mayBeBox(Element e, Element body, BodySurvey survey, List<Element> all) {
        if (e == body) {
            return false;
        }
        if ((Hints.verdict(e, new Hints.Tally()) & Hints.NAMES_BOX) != 0) {
            return true;
        }
        Element first = e.firstElementChild();
        return !e.select("a[href]").isEmpty() && first != null && !first.normalName().equals("a")
                && first.childrenSize() <= 2 && survey.mayBeLabel(all.indexOf(first));
    }

    /** The sizes read off the element: visible chars, of them under a link, of long text nodes under none. */
    private static int[] sizes(Element e) {
        int[] s = new int[3];
        for (TextNode t : e.textNodes()) {
            add(s, t, e);
        }
        for (Element d : e.getAllElements()) {
            if (d != e) {
                for (TextNode t : d.textNodes()) {
                    add(s, t, e);
                }
            }
        }
        return s;
    }

    private static void add(int[] s, TextNode t, Element top) {
        int visible = Texts.visibleLength(t.getWholeText());
        boolean inLink = false;
        for (Node a = t.parent(); a != null; a = a.parent()) {
            inLink |= a instanceof Element el && el.normalName().equals("a");
            if (a == top) {
                break;
            }
        }
        s[0] += visible;
        s[1] += inLink ? visible : 0;
        s[2] += !inLink && visible >= 40 ? visible : 0;
    }

    private static void tree(Random r, StringBuilder html, int depth) {
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            if (kind < 4) {
                int pieces = r.nextInt(12);
                for (int k = 0; k < pieces; k++) {
                    html.append(PIECES[r.nextInt(PIECES.length)]);
                }
            } else if (kind == 4) {
                html.append(r.nextBoolean() ? "<br>" : "<!-- c -->");
            } else if (depth < 5) {
                boolean link = kind == 5;
                String tag = link ? "a" : OPEN[r.nextInt(OPEN.length)];
                html.append('<').append(tag).append(link && r.nextBoolean() ? " href=/x" : "");
                if (r.nextInt(4) == 0) {
                    html.append(" class='").append(CLASSES[r.nextInt(CLASSES.length)]).append('\'');
                }
                html.append('>');
                tree(r, html, depth + 1);
                html.append("</").append(tag).append('>');
            }
        }
    }
}
