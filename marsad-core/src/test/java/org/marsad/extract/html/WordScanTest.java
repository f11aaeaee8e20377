package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marsad.model.RelatedLink;

/**
 * The one-pass word scan must find exactly what {@link Texts#holdsAny} finds, and a word across the seam of two
 * texts exactly when one starts before the seam and ends after it; the "read also" box search, which assembles a
 * heading's text only when the scan says a label word may be in it, must still find labels split across tags.
 */
class WordScanTest {
    private static final String[] WORDS = {"قرأ", "يضا", "صلة", "يهمك", "read", "see", "related", "more"};
    private static final String[] PIECES = {"ق", "قر", "رأ", "أ", "ي", "يض", "ضا", "ا", "ص", "لة", "يهم", "ك",
        "r", "R", "re", "ad", "EAD", "s", "S", "\u017f", "ee", "rel", "ATed", "ated", "mo", "ORE", "m", "\u212a",
        "k", "K", "i", "\u0131", "\u0130", " ", "\u00a0", "\n", "اقرأ أيضا", "Read also", "قال", "news", "😀", "é"};

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void inFindsWhatHoldsAnyFinds() {
        WordScan scan = new WordScan(WORDS);
        Random r = new Random(16_0405);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = text(r);
            boolean expected = Texts.holdsAny(t, WORDS);
            assertEquals(expected, scan.in(t), () -> "text: " + t);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("the generator reaches the words").isGreaterThan(5_000);
    }

    @Test
    void acrossFindsExactlyTheWordsThatStartBeforeTheSeamAndEndAfterIt() {
        WordScan scan = new WordScan(WORDS);
        Random r = new Random(16_0406);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String before = text(r);
            String after = text(r);
            String joined = before + after;
            boolean expected = false;
            for (int p = 0; p < before.length() && !expected; p++) {
                for (String w : WORDS) {
                    int end = p + w.length();
                    if (end > before.length() && end <= joined.length()
                            && Texts.holdsAny(joined.substring(p, end), w)) {
                        expected = true;
                    }
                }
            }
            boolean e = expected;
            assertEquals(e, scan.across(before, after), () -> "before: " + before + " after: " + after);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("the generator reaches words across the seam").isGreaterThan(1_000);
    }

    private static List<RelatedLink> boxLinks(String heading) {
        Element body = Jsoup.parse("<html><body><p>نص المقال الطويل هنا عن موضوع آخر تماما.</p>"
                + "<div class=\"box\"><h3>" + heading + "</h3><ul>"
                + "<li><a href=\"https://example.com/a\">الحكومة تقر خطة جديدة لدعم المزارعين</a></li>"
                + "<li><a href=\"https://example.com/b\">ارتفاع أسعار المياه في مناطق الجنوب</a></li>"
                + "</ul></div></body></html>", "https://example.com/").body();
        return RelatedLinks.collect(body);
    }

    @Test
    void aBoxLabelSplitAcrossTagsIsStillFound() {
        for (String heading : List.of("اقرأ أيضا", "اق<b>رأ</b> أيضا", "اقرأ أي<span>ضا</span>", "Rel<i>at</i>ed",
                "R<b>e</b>l<b>a</b>ted stories", "<span>Read</span> <span>also</span>", "<em>ذات</em> ص<b>ل</b>ة")) {
            assertThat(boxLinks(heading)).as(heading).extracting(RelatedLink::url)
                    .containsExactly("https://example.com/a", "https://example.com/b");
        }
        assertThat(boxLinks("أخبار اليوم")).as("a heading without a label").isEmpty();
    }

    private static final String[] LABEL_PIECES = {"اقرأ أيضاً", "ذات صلة", "قد يهمك", "Read also", "READ MORE",
        "\u017fee also", "Related coverage", "RELATED ARTICLES", "related stories", "More on this story",
        "more on this", "see  also", "a", "Z", "7", "_", "2024", "news", "قال", " ", ":", "»", "\u00a0", "\n", "-"};

    @Test
    void aLabelAloneHoldsAtMostTheBoundOfAsciiLettersAndDigits() {
        Random r = new Random(16_0407);
        int labels = 0;
        int most = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(5); k >= 0; k--) {
                sb.append(LABEL_PIECES[r.nextInt(LABEL_PIECES.length)]);
            }
            String t = sb.toString();
            if (RelatedLinks.isLabelOnly(t)) {
                labels++;
                int ascii = (int) t.chars().filter(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_')).count();
                assertThat(ascii).as(t).isLessThanOrEqualTo(RelatedLinks.LABEL_MOST_ASCII_WORD_CHARS);
                most = Math.max(most, ascii);
            }
        }
        assertThat(labels).as("the generator reaches labels").isGreaterThan(5_000);
        assertThat(most).as("the bound is reached, so it is not loose").isEqualTo(RelatedLinks.LABEL_MOST_ASCII_WORD_CHARS);
    }
}
