package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.figures.ArticleFigures;

class ArticleJsonFiguresTest {
    private final Article article = ArticleFigures.enrich(Article.builder().id("x").title("حصيلة")
            .published("2023-12-24T10:00:00+02:00").language("ar")
            .body(List.of("مقدمة.", "وقالت وزارة الصحة إن أكثر من 20 ألفاً و258 شهيداً سقطوا منذ 7 أكتوبر.",
                    "وبلغت نسبة الدمار 2.5 في المئة."))
            .build());

    @Test
    void figuresAreFoundInTitleAndParagraphsWithOffsetsIntoFigureText() {
        assertThat(article.figures()).hasSize(2);
        for (var f : article.figures()) {
            assertThat(article.figureText().substring(f.start(), f.end())).isEqualTo(f.text());
        }
        assertThat(article.figures().get(0).since()).hasToString("2023-10-07");
        assertThat(article.figures().get(0).date()).hasToString("2023-12-24");
    }

    @Test
    void articleJsonCarriesFiguresAndReadsThemBack() throws Exception {
        JsonNode node = ArticleJson.mapper().readTree(ArticleJson.toLine(article));
        JsonNode f = node.get("figures").get(0);
        assertThat(f.get("value").isIntegralNumber()).isTrue();
        assertThat(f.get("value").asLong()).isEqualTo(20258);
        assertThat(f.get("comparator").asText()).isEqualTo("more_than");
        assertThat(f.get("category").asText()).isEqualTo("killed");
        assertThat(f.get("attribution").asText()).isEqualTo("وزارة الصحة");
        assertThat(node.get("figures").get(1).get("value").decimalValue()).isEqualByComparingTo("2.5");
        Article back = ArticleJson.parse(ArticleJson.toLine(article));
        assertThat(back.figures()).isEqualTo(article.figures());
        assertThat(back).isEqualTo(article);
    }

    @Test
    void anArticleWithoutTheKeyHasNoFiguresAndABadFigureIsAClearError() {
        assertThat(ArticleJson.parse("{\"id\":\"a\"}").figures()).isEmpty();
        assertThatThrownBy(() -> ArticleJson.parse("{\"id\":\"a\",\"figures\":[{\"category\":\"dead\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown figure category: dead");
    }
}
