package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/** {@code category:} finds the articles collected from sources filed under a category, or a folder above it. */
class CategoryFilterTest {
    @TempDir
    static Path dir;
    private static Archive archive;

    private static Article filed(String url, String body, String category) {
        return Corpus.article(url, "خبر", body).withCategory(category);
    }

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        archive.save(filed("https://example.org/gulf", "ارتفعت أسهم البنوك في البورصة", "اقتصاد/أسواق الخليج"), null);
        archive.save(filed("https://example.org/economy", "ارتفعت أسعار النفط في البورصة", "اقتصاد"), null);
        archive.save(filed("https://example.org/sport", "فاز الفريق في البورصة الرياضية", "رياضة"), null);
        archive.save(filed("https://example.org/none", "خبر عن البورصة بلا تصنيف", null), null);
        archive.save(filed("https://example.org/two", "خبر عن البورصة", "شؤون عربية"), null);
        archive.commit();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> urls(String query) {
        return archive.search(SearchRequest.of(query)).hits().stream().map(SearchHit::url).sorted().toList();
    }

    @Test
    void aCategoryFindsItsOwnAndItsSubFoldersArticles() {
        assertThat(urls("category:اقتصاد")).containsExactly("https://example.org/economy", "https://example.org/gulf");
        assertThat(urls("category:\"اقتصاد/أسواق الخليج\"")).containsExactly("https://example.org/gulf");
        assertThat(urls("category:رياضة")).containsExactly("https://example.org/sport");
    }

    @Test
    void theWholeNameMatchesFoldedButNoPartOfIt() {
        assertThat(urls("category:\"شؤون  عربية\"")).containsExactly("https://example.org/two");
        assertThat(urls("category:شؤون")).isEmpty();
        assertThat(urls("category:أسواق")).isEmpty();
        assertThat(urls("category:غير")).isEmpty();
    }

    @Test
    void itCombinesWithWordsAndNegation() {
        assertThat(urls("البورصة -category:اقتصاد")).containsExactly("https://example.org/none",
                "https://example.org/sport", "https://example.org/two");
        assertThat(urls("النفط category:اقتصاد")).containsExactly("https://example.org/economy");
        assertThat(urls("category:رياضة OR category:\"شؤون عربية\"")).containsExactly("https://example.org/sport",
                "https://example.org/two");
    }

    @Test
    void theStoredArticleKeepsItsCategorySoAReindexKeepsTheFilter() {
        assertThat(archive.store().get(archive.search(SearchRequest.of("category:رياضة")).hits().get(0).id())
                .orElseThrow().category()).isEqualTo("رياضة");
        archive.reindex();
        assertThat(urls("category:اقتصاد")).hasSize(2);
    }
}
