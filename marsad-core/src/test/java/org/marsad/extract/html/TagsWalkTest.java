package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * The tags walk looks at a block's own text only when its text nodes may hold a label word: that check must never
 * turn away a block whose own text is a tags label, however the label is cut into text nodes.
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
            Element e = Jsoup.parseBodyFragment(html).getElementById("t");
            if (HtmlArticleExtractor.isTagsLabel(e.ownText())) {
                labels++;
                assertTrue(HtmlArticleExtractor.mayHoldLabelWord(e), () -> "turned away: " + html);
            }
        }
        assertTrue(labels > 5_000, "the generator reaches the label: " + labels);
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
