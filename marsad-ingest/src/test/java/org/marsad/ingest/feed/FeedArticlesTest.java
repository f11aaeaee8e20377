package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class FeedArticlesTest {

    @Test
    void contentEncodedBecomesParagraphs() {
        FeedItem item = new FeedItem("1", "عنوان", "https://n.example/1", "2020-06-03T01:30:00+04:00",
                "Wed, 03 Jun 2020 01:30:00 +0400", "ملخص", "<p>الفقرة <b>الأولى</b>.</p><script>x()</script>"
                + "<div>الثانية<br>والثالثة</div>", "كاتب", List.of("سياسة"));

        Article a = FeedArticles.from(item, "المرصد", "ar");

        assertThat(a.body()).containsExactly("الفقرة الأولى.", "الثانية", "والثالثة");
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.published()).isEqualTo("2020-06-03T01:30:00+04:00");
        assertThat(a.publishedDay()).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(3));
        assertThat(a.source()).isEqualTo("المرصد");
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.tags()).containsExactly("سياسة");
        assertThat(FeedArticles.hasFullText(item)).isTrue();
    }

    @Test
    void aSummaryIsUsedWhenThereIsNoContentAndPlainTextParagraphsSplitOnBlankLines() {
        FeedItem item = new FeedItem(null, "t", "https://n.example/2", null, null,
                "سطر أول\n\nسطر ثان", null, null, List.of());

        assertThat(FeedArticles.from(item, "s", null).body()).containsExactly("سطر أول", "سطر ثان");
        assertThat(FeedArticles.hasFullText(item)).isFalse();
    }

    @Test
    void anItemWithNeitherLinkNorTextIsNoArticle() {
        assertThat(FeedArticles.from(new FeedItem(null, "t", null, null, null, null, null, null, null), "s", null))
                .isNull();
    }
}
