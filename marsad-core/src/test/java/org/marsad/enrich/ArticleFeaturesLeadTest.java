package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/** The body's first sentence the story stage reads an act from (made-up bodies). */
class ArticleFeaturesLeadTest {
    @Test
    void theFirstSentenceEndsAtItsStopButNotAtADecimalPoint() {
        assertThat(ArticleFeatures.firstSentence(List.of(
                "ارتفع سعر النفط إلى 3.5 بالمئة في تعاملات الصباح. ثم تراجع في المساء.")))
                .isEqualTo("ارتفع سعر النفط إلى 3.5 بالمئة في تعاملات الصباح");
        assertThat(ArticleFeatures.firstSentence(List.of("هل تنجح الهدنة في المدينة هذه المرة؟ يسأل السكان")))
                .isEqualTo("هل تنجح الهدنة في المدينة هذه المرة");
    }

    @Test
    void theParagraphAFirstSentenceIsReadFromHasSixWordsHoweverItsSpacesAreWritten() {
        // Seeded paragraphs of 0-9 words parted by runs of every kind of white space: the chosen paragraph is the
        // first that a split on white space finds six words in.
        String[] gaps = {" ", "  ", "\t", " \n ", "\u000B", "\f", "\r\n", "\u00A0", "\u2003"};
        Random random = new Random(20261206);
        for (int round = 0; round < 2_000; round++) {
            List<String> body = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                StringBuilder b = new StringBuilder(random.nextBoolean() ? " " : "");
                int words = random.nextInt(10);
                for (int w = 0; w < words; w++) {
                    b.append(w > 0 ? gaps[random.nextInt(gaps.length)] : "").append("كلمة").append(w);
                }
                body.add(b.toString());
            }
            String expected = null;
            for (String p : body) {
                String t = p.strip();
                if (t.split("\\s+").length >= ArticleFeatures.LEAD_WORDS) {
                    expected = t.isEmpty() ? null : t.substring(0, Math.min(t.length(), ArticleFeatures.LEAD_CHARS))
                            .strip();
                    break;
                }
            }
            assertThat(ArticleFeatures.firstSentence(body)).as("body %s", body).isEqualTo(expected);
        }
    }

    @Test
    void aShortLineBeforeTheTextIsSkippedAndABodyWithoutTextHasNone() {
        assertThat(ArticleFeatures.firstSentence(List.of("الرياض - واس", "",
                "أدانت المملكة الهجوم الذي استهدف المدينة صباح اليوم وأكدت تضامنها")))
                .isEqualTo("أدانت المملكة الهجوم الذي استهدف المدينة صباح اليوم وأكدت تضامنها");
        assertThat(ArticleFeatures.firstSentence(List.of("صورة", "طباعة"))).isNull();
        assertThat(ArticleFeatures.firstSentence(List.of())).isNull();
    }

    @Test
    void theFeaturesOfAnArticleCarryItsFirstSentence() {
        Article a = Article.builder().id("a1").title("وزير جديد للداخلية")
                .body(List.of("عينت رئيسة الوزراء وزيرا جديدا للداخلية مساء الأحد. وقال مكتبها إن التعيين فوري."))
                .build();
        assertThat(ArticleFeatures.of(a, Instant.EPOCH).lead())
                .isEqualTo("عينت رئيسة الوزراء وزيرا جديدا للداخلية مساء الأحد");
        assertThat(ArticleFeatures.of(a, Instant.EPOCH).at(5).lead()).isEqualTo(ArticleFeatures.of(a, Instant.EPOCH)
                .lead());
    }
}
