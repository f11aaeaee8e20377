package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * Pages generated from a seeded random source: article paragraphs of random Arabic or English words, wrapped at a
 * random depth, with boilerplate boxes (menus, share bars, most-read lists, comments, footers) in random order
 * around them. Whatever the arrangement, the body must be exactly the article's paragraphs.
 */
class GeneratedPagesTest {
    private static final String[] ARABIC = ("الحكومة الوزير المدينة المشروع الاقتصاد المزارعين الطلاب الشركة "
            + "المجلس الانتخابات المستشفى الطريق الجامعة المياه الكهرباء الموسم الخطة التقرير البلدية السوق "
            + "قال أعلن أكد أضاف أوضح افتتح أقر سجل ارتفع تراجع في من إلى على عن مع بعد قبل خلال بين").split(" ");
    private static final String[] ENGLISH = ("the council minister city project economy farmers students company "
            + "election hospital road university water power season plan report market said announced added "
            + "explained opened approved rose fell in of to on from with after before during between").split(" ");

    @Test
    void bodyIsExactlyTheArticleParagraphsWhateverSurroundsThem() {
        Random random = new Random(20260601L);
        for (int page = 0; page < 100; page++) {
            String[] words = random.nextBoolean() ? ARABIC : ENGLISH;
            List<String> paragraphs = new ArrayList<>();
            int count = 2 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                paragraphs.add(sentence(random, words, 18 + random.nextInt(30)));
            }
            String html = page(random, words, paragraphs);
            Article a = HtmlArticleExtractor.extract(html, "https://example.com/a/" + page)
                    .orElseThrow(() -> new AssertionError("no article in:\n" + html));
            assertThat(a.body()).as("page %d:%n%s", page, html).isEqualTo(paragraphs);
        }
    }

    private static String page(Random random, String[] words, List<String> paragraphs) {
        StringBuilder article = new StringBuilder("<h1>").append(sentence(random, words, 6)).append("</h1>");
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        String text = body.toString();
        for (int depth = random.nextInt(4); depth > 0; depth--) {
            text = "<div class=\"" + pick(random, "wrap", "inner", "col-md-8", "row", "story-body") + "\">" + text
                    + "</div>";
        }
        article.append(text);
        List<String> boxes = new ArrayList<>();
        boxes.add("<nav class=\"menu\">" + links(random, words, 6) + "</nav>");
        boxes.add("<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a> "
                + sentence(random, words, 5) + "</div>");
        boxes.add("<div class=\"most-read\"><h3>" + sentence(random, words, 2) + "</h3>" + links(random, words, 5)
                + "</div>");
        boxes.add("<section id=\"comments\"><div class=\"comment\"><p>" + sentence(random, words, 25)
                + "</p></div><div class=\"comment\"><p>" + sentence(random, words, 30) + "</p></div></section>");
        boxes.add("<aside>" + links(random, words, 4) + "<p>" + sentence(random, words, 20) + "</p></aside>");
        Collections.shuffle(boxes, random);
        int split = random.nextInt(boxes.size() + 1);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
        boxes.subList(0, split).forEach(html::append);
        html.append("<article>").append(article).append("</article>");
        boxes.subList(split, boxes.size()).forEach(html::append);
        html.append("<footer><p>").append(sentence(random, words, 15)).append("</p></footer></body></html>");
        return html.toString();
    }

    private static String links(Random random, String[] words, int n) {
        StringBuilder s = new StringBuilder("<ul>");
        for (int i = 0; i < n; i++) {
            s.append("<li><a href=\"/x/").append(i).append("\">").append(sentence(random, words, 3 + random.nextInt(8)))
                    .append("</a></li>");
        }
        return s.append("</ul>").toString();
    }

    private static String sentence(Random random, String[] words, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(i % 7 == 0 ? (words == ARABIC ? "، " : ", ") : " ");
            }
            s.append(words[random.nextInt(words.length)]);
        }
        return s.append('.').toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
