package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * The tags walk looks at a block's own text only when its text nodes may hold a label word: that check must never
 * turn away a block whose own text is a tags label, however the label is cut into text nodes, and the body survey's
 * walk must tell the blocks it tells.
 */
class TagsWalkTest {
    private static final String[] PIECES = {"الوسوم", "الو", "سوم", "و", "س", "وم", "وسوم", "الكلمات المفتاحية", "مفتا",
        "حية", "كلمات دالة", "دا", "لة", "Tags", "TA", "gs", "t", "a", "g", "s", "\u212aeywords", "key", "words",
        "الحكومة", "news", ":", " - ", "\u00a0", "\n", "  ", "#", "ة"};
    /** What may stand between two text nodes: nothing of the own text (an element, a comment) or a line break. */
    private static final String[] BETWEEN = {"<b>x</b>", "<i></i>", "<!-- c -->", "<br>", "<span>وسوم</span>"};

    private static final String[] LABELS = {"الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات دالة", "Tags", "TAGS",
        "\u212aeywords", "keywords", "# tags :", "الوسوم:"};

    /** A label cut at random places into text nodes, or random pieces, with random nodes between the texts. */
    private static String block(Random r) {
        StringBuilder html = new StringBuilder("<div id=t>");
        if (r.nextBoolean()) {
            String label = LABELS[r.nextInt(LABELS.length)];
            for (int i = 0; i < label.length(); i++) {
                html.append(label.charAt(i));
                if (r.nextInt(3) == 0) {
                    html.append(BETWEEN[r.nextInt(BETWEEN.length)]);
                }
            }
        } else {
            int n = 1 + r.nextInt(5);
            for (int k = 0; k < n; k++) {
                html.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(2) == 0) {
                    html.append(BETWEEN[r.nextInt(BETWEEN.length)]);
                }
            }
        }
        return html.append("</div>").toString();
    }

    @Test
    void theWordCheckNeverTurnsAwayALabelCutIntoTextNodes() {
        Random r = new Random(1618);
        int labels = 0;
        for (int i = 0; i < 30_000; i++) {
            String html = block(r);
            Element body = Jsoup.parseBodyFragment(html).body();
            Element e = body.getElementById("t");
            boolean may = HtmlArticleExtractor.mayHoldLabelWord(e);
            // the body survey's one walk tells the same blocks as the word check of each block on its own
            BodySurvey survey = BodySurvey.of(body);
            // the block is the body's first child: the place after the body's
            assertThat(survey.element(1)).isSameAs(e);
            assertThat(survey.mayHoldTagsWord(1)).as(html).isEqualTo(may);
            if (HtmlArticleExtractor.isTagsLabel(e.ownText())) {
                labels++;
                assertTrue(may, () -> "turned away: " + html);
            }
        }
        assertTrue(labels > 5_000, "the generator reaches the label: " + labels);
    }

    /** Blocks that may carry a tags line, and what may stand in them. */
    private static final String[] BLOCKS = {"div", "p", "ul", "span", "section", "footer", "nav", "li", "b", "td"};
    private static final String[] RELS = {"tag", "nofollow tag", "TAG", "tagged", "author", "tag noopener"};

    /**
     * The tags found through the body survey are those of a plain search of the page: rel=tag links anywhere in
     * document order, then the links of the first block (in document order) whose own text, or its first child's,
     * is a tags label and that holds links. Random pages: labels cut into text nodes, nested blocks, links with
     * and without rel=tag, in the head too.
     */
    @Test
    void tagsAreThoseOfAPlainSearchOfThePage() {
        Random r = new Random(1621);
        int withLabelled = 0;
        for (int page = 0; page < 1_500; page++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                body.append("<p>افتتحت وزارة الصحة اليوم مستشفى جديدا للأطفال في مدينة الزرقاء بسعة مئتي سرير، ")
                        .append("وقال الوزير إن المستشفى سيخدم سكان المحافظة والمناطق المجاورة لها.</p>");
            }
            int blocks = 1 + r.nextInt(6);
            for (int b = 0; b < blocks; b++) {
                body.append(tagBlock(r, 0));
            }
            String head = r.nextInt(4) == 0 ? "<a rel=tag href=/h>رأس</a>" : "";
            String html = "<html><head><title>t</title>" + head + "</head><body>" + body + "</body></html>";
            Document doc = Jsoup.parse(html, "https://moh.example/n/1");
            List<String> expected = plainTags(doc);
            withLabelled += expected.isEmpty() ? 0 : 1;
            Article a = HtmlArticleExtractor.extract(html, "https://moh.example/n/1").orElseThrow();
            assertThat(a.tags()).as(html).isEqualTo(expected);
        }
        assertThat(withLabelled).as("pages with tags").isGreaterThan(300);
    }

    private static String tagBlock(Random r, int depth) {
        String tag = BLOCKS[r.nextInt(BLOCKS.length)];
        StringBuilder html = new StringBuilder("<").append(tag).append('>');
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            switch (r.nextInt(5)) {
                case 0 -> html.append(r.nextBoolean() ? LABELS[r.nextInt(LABELS.length)] : block(r));
                case 1 -> html.append("<a href=/t/").append(r.nextInt(9)).append('>').append("وسم رقم ")
                        .append(r.nextInt(9)).append("</a> ");
                case 2 -> html.append("<a rel=\"").append(RELS[r.nextInt(RELS.length)]).append("\" href=/r/")
                        .append(r.nextInt(9)).append(">موضوع ").append(r.nextInt(9)).append("</a>");
                case 3 -> html.append(depth < 3 ? tagBlock(r, depth + 1) : "");
                default -> html.append(PIECES[r.nextInt(PIECES.length)]);
            }
        }
        return html.append("</").append(tag).append('>').toString();
    }

    /** The tags as a plain search of the page finds them (no meta tags, no JSON-LD on these pages). */
    private static List<String> plainTags(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element a : doc.select("a[rel~=(?i)\\btag\\b]")) {
            found.add(a.text());
        }
        for (Element e : doc.body().select("div, p, ul, span, section, footer, nav")) {
            Element first = e.firstElementChild();
            boolean labelled = HtmlArticleExtractor.isTagsLabel(e.ownText()) || first != null
                    && !first.normalName().equals("a") && first.childrenSize() == 0
                    && HtmlArticleExtractor.isTagsLabel(first.ownText());
            if (labelled && !e.select("a[href]").isEmpty()) {
                e.select("a[href]").forEach(a -> found.add(a.text()));
                break;
            }
        }
        return HtmlArticleExtractor.distinctTags(found);
    }

    @Test
    void aLabelSplitByACommentStillGivesTheLinksAfterRelTagLinks() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append("<p>افتتحت وزارة الصحة اليوم مستشفى جديدا للأطفال في مدينة الزرقاء بسعة مئتي سرير، ")
                    .append("وقال الوزير إن المستشفى سيخدم سكان المحافظة والمناطق المجاورة لها.</p>");
        }
        String page = "<html lang=ar><head><title>مستشفى جديد</title></head><body><article><h1>مستشفى جديد</h1>"
                + body + "<a rel=tag href=/t/1>صحة</a></article>"
                + "<div>ال<!-- cut -->وس<b></b>وم: <a href=/t/2>الزرقاء</a> <a href=/t/3>المستشفيات</a></div>"
                + "</body></html>";
        Article a = HtmlArticleExtractor.extract(page, "https://moh.example/n/1").orElseThrow();
        assertThat(a.tags()).containsExactly("صحة", "الزرقاء", "المستشفيات");
    }
}
