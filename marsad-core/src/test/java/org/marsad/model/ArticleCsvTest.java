package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCsvTest {
    @Test
    void startsWithAByteOrderMarkAndTheHeader() {
        assertThat(ArticleCsv.start()).startsWith("\uFEFFid,url,title,")
                .endsWith(",story,duplicate_of,people,places,organisations,figures\r\n");
        assertThat(ArticleCsv.start().chars().filter(c -> c == 0xFEFF).count()).isEqualTo(1);
    }

    @Test
    void aRowCarriesEveryColumnWithStoryAndOriginal() {
        Article a = Article.builder().id("b2").url("https://x.example/2").title("عنوان, بفاصلة").published("2024-03-01")
                .source("وكالة").language("ar").body(List.of("فقرة أولى", "فقرة \"ثانية\""))
                .tags(List.of("غزة", "مساعدات")).build().withEnrichment("a1", "s1");
        String row = ArticleCsv.row(a);
        assertThat(row).isEqualTo("b2,https://x.example/2,\"عنوان, بفاصلة\",2024-03-01,,وكالة,,ar,غزة | مساعدات,"
                + "\"فقرة أولى\n\nفقرة \"\"ثانية\"\"\",,,s1,a1,,,,\r\n");
    }

    @Test
    void theEntitiesFillOneColumnPerKindAndNamesWithCommasOrQuotesStayOneField() {
        Article a = Article.builder().id("c3").url("https://x.example/3").title("زيارة").body(List.of("نص"))
                .build().withEntities(List.of(
                        new ArticleEntity("e1", "محمد بن سلمان", "PER", 3, List.of()),
                        new ArticleEntity("e2", "الرياض", "LOC", 2, List.of()),
                        new ArticleEntity("e3", "Smith, John", "PER", 1, List.of()),
                        new ArticleEntity("e4", "هيئة \"الكوارث\"", "ORG", 1, List.of()),
                        new ArticleEntity("e5", "جدة", "LOC", 1, List.of())), List.of());
        String row = ArticleCsv.row(a);
        assertThat(row).endsWith(",\"محمد بن سلمان | Smith, John\",الرياض | جدة,\"هيئة \"\"الكوارث\"\"\",\r\n");
    }

    @Test
    void fieldsASpreadsheetWouldRunAsFormulasAreMadeInert() {
        assertThat(ArticleCsv.record(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "a=b")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),a=b\r\n");
    }

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(ArticleCsv.record(List.of("x\u001b]0;t\u0007y", "tab\there"))).isEqualTo("x\\x1b]0;t\\x07y,tab\there\r\n");
    }
}
