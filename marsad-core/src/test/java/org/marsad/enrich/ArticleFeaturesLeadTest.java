package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
