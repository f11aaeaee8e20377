package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.ArchiveCases.article;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * The store's lists of shown articles (the pages served while the search index is down or rebuilt) find their rows
 * by what they ask for: a source, a tag, the publication order. SQLite plans without statistics and took the index
 * on hidden_at, then over every article, for the most selective path to "hidden_at IS NULL", reading and sorting
 * every shown article for a page of twenty (V95 keeps only the hidden ones in it; sql30's sweep).
 */
class ShownArticlePlansTest {
    @TempDir
    Path dir;

    private static final Predicate<String> READS_BY_HIDDEN_AT = step -> step.contains("hidden_at");
    // a whole table read row by row ("SCAN a"), not an index's walk nor a constant row
    private static final Predicate<String> READS_THE_TABLE = step -> step.matches("SCAN \\w+");

    @Test
    void pagesOfShownArticlesAreReadByWhatTheyAskForNotThroughEveryShownArticle() {
        try (Archive a = Archive.open(dir, null)) {
            String first = a.save(article(1, "فيضانات في البصرة"), null).id();
            String second = a.save(article(2, "انتخابات بلدية"), null).id();
            String undated = a.save(Article.builder().url("https://example.org/undated").title("بلا تاريخ")
                    .body(List.of("تقرير بلا تاريخ نشر.")).source("وكالة 1").language("ar").build(), null).id();
            String hidden = a.save(article(4, "زلزال في تركيا"), null).id();
            a.hide(List.of(hidden), "salma");
            ArticleStore store = a.store();
            assertThat(store.count()).isEqualTo(3);
            // newest first, the undated one last, the hidden one nowhere
            assertThat(store.latest(10, 0)).extracting(Article::id).containsExactly(second, first, undated);
            assertThat(store.bySource(List.of("وكالة 1", "وكالة 2"), 10, 0)).extracting(Article::id)
                    .containsExactly(second, first, undated);
            assertThat(store.countBySource(List.of("وكالة 1", "وكالة 2"))).isEqualTo(3);

            List<String> latest = plan(store, ArticleStore.newestQuery(null), 20, 0);
            assertThat(latest).as("%s", latest).noneMatch(READS_BY_HIDDEN_AT).noneMatch(READS_THE_TABLE)
                    .anyMatch(step -> step.contains("articles_published_at"))
                    .noneMatch(step -> step.equals("USE TEMP B-TREE FOR ORDER BY"));
            List<String> bySource = plan(store, ArticleStore.newestQuery("source IN (?, ?)"), "وكالة 1",
                    "وكالة 2", 20, 0);
            assertThat(bySource).as("%s", bySource).noneMatch(READS_BY_HIDDEN_AT)
                    .anyMatch(step -> step.contains("articles_source"));
            List<String> byTag = plan(store, ArticleStore.newestQuery("a.article_no IN (SELECT article_no FROM"
                    + " article_tags WHERE tag IN (?, ?))"), "غزة", "العراق", 20, 0);
            assertThat(byTag).as("%s", byTag).noneMatch(READS_BY_HIDDEN_AT)
                    .anyMatch(step -> step.contains("articles_article_no"));
            List<String> count = plan(store, ArticleStore.countQuery("source IN (?, ?)"), "وكالة 1", "وكالة 2");
            assertThat(count).as("%s", count).noneMatch(READS_BY_HIDDEN_AT)
                    .anyMatch(step -> step.contains("articles_source"));
            List<String> shown = plan(store, ArticleStore.COUNT_SHOWN);
            assertThat(shown).as("%s", shown).noneMatch(READS_THE_TABLE);
        }
    }

    private static List<String> plan(ArticleStore store, String sql, Object... args) {
        return store.database().read(conn -> conn.query("EXPLAIN QUERY PLAN " + sql,
                rs -> rs.getString("detail"), args));
    }
}
