package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The article JSON's body as other tools write it: one string instead of an array of paragraphs. */
class ArticleJsonBodyTest {
    @Test
    void aBodyGivenAsOneStringIsReadAsItsNonBlankLines() {
        Article a = ArticleJson.parse("{\"url\":\"https://example.org/1\",\"title\":\"عنوان\","
                + "\"body\":\"الفقرة الأولى.\\n\\n  الفقرة الثانية.  \\r\\nالثالثة.\\n\"}");
        assertThat(a.body()).containsExactly("الفقرة الأولى.", "الفقرة الثانية.", "الثالثة.");
    }

    @Test
    void anArrayBodyIsReadAsBeforeAndAnyOtherShapeIsStillRefused() {
        Article a = ArticleJson.parse("{\"url\":\"https://example.org/1\",\"body\":[\" أ \",\"\",\"ب\"]}");
        assertThat(a.body()).containsExactly(" أ ", "", "ب");
        assertThatThrownBy(() -> ArticleJson.parse("{\"url\":\"https://example.org/1\",\"body\":{\"p\":\"x\"}}"))
                .hasMessageContaining("\"body\" must be an array");
        assertThatThrownBy(() -> ArticleJson.parse("{\"url\":\"https://example.org/1\",\"body\":7}"))
                .hasMessageContaining("\"body\" must be an array");
    }
}
