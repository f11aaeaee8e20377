package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.model.Article;

/**
 * Near-duplicate and story rules compare figure values, not digit runs: "274 ألفا و460" and "274,460" are the same
 * number, an updated toll is a different one, and digits outside figures (dates) still count.
 */
class FigureNumbersTest {
    private static final String BEFORE = "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في تقريره اليومي إن عدد"
            + " النازحين داخل قطاع غزة بلغ ";
    private static final String AFTER = " منذ السابع من أكتوبر، وإن معظمهم يقيمون في مدارس الأونروا ومراكز الإيواء"
            + " المكتظة في مدينة رفح جنوبي القطاع، حيث تنقص المياه والغذاء والدواء، وحذر المكتب من انتشار الأمراض"
            + " بين الأطفال مع اقتراب فصل الشتاء وانخفاض درجات الحرارة ليلاً في الخيام المؤقتة على الحدود المصرية.";

    private static Article article(String id, String figure) {
        return Article.builder().id(id).url("https://example.org/" + id).title("الأمم المتحدة: النازحون في غزة")
                .body(List.of(BEFORE + figure + AFTER)).source("outlet-" + id).published("2023-12-24")
                .language("ar").build();
    }

    private static ArticleFeatures features(Article a) {
        return ArticleFeatures.of(a, Instant.EPOCH);
    }

    @Test
    void oneFigureWrittenTwoWaysGivesTheSameNumbers() {
        Article words = ArticleFigures.enrich(article("a", "274 ألفا و460 نازحاً"));
        Article digits = ArticleFigures.enrich(article("b", "274,460 نازحاً"));
        Article arabicComma = ArticleFigures.enrich(article("c", "274،460 نازحاً"));
        assertThat(features(words).numbers()).isEqualTo(features(digits).numbers())
                .isEqualTo(features(arabicComma).numbers()).hasSize(1);
        // Digit runs alone (an article before the figures stage) disagree: 274 and 460 against 274.460.
        assertThat(features(article("a", "274 ألفا و460 نازحاً")).numbers())
                .isNotEqualTo(features(article("b", "274,460 نازحاً")).numbers());
    }

    @Test
    void anUpdatedFigureIsADifferentNumberAndDigitsOutsideFiguresStillCount() {
        Article first = ArticleFigures.enrich(article("a", "274 ألفا و460 نازحاً"));
        Article updated = ArticleFigures.enrich(article("b", "300 ألف نازح"));
        assertThat(features(first).numbers()).isNotEqualTo(features(updated).numbers());

        Article dated = ArticleFigures.enrich(Article.builder().id("d").title("تقرير")
                .body(List.of("بلغ عدد النازحين 274,460 نازحاً حتى 12 ديسمبر 2023 بحسب الأمم المتحدة."))
                .published("2023-12-24").build());
        assertThat(ArticleFeatures.figureNumbers(dated)).contains("274460", "12", "2023").doesNotContain("274.460");
    }

    @Test
    void twoOutletsSpellingTheTollDifferentlyAreCopiesButAnUpdatedTollIsNot() {
        Enricher e = new Enricher();
        e.enrich(ArticleFigures.enrich(article("words", "274 ألفا و460 نازحاً")));
        assertThat(e.enrich(ArticleFigures.enrich(article("digits", "274,460 نازحاً"))).duplicateOf())
                .isEqualTo("words");
        assertThat(e.enrich(ArticleFigures.enrich(article("update", "312 ألفا و120 نازحاً"))).duplicateOf())
                .isNull();
    }
}
