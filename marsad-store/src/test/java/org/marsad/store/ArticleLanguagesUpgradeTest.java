package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/**
 * Migration V93: articles stored without a language (JSON imports, before the ingest found it from the text) get
 * the one their text is in, so {@code lang:ar} finds them after the upgrade; a re-import then finds them unchanged.
 * Made-up articles.
 */
class ArticleLanguagesUpgradeTest {
    @TempDir
    Path dir;

    private static Article article(int i, String title, String body, String language) {
        return Article.builder().url("https://example.org/" + i).title(title).body(List.of(body))
                .published("2023-12-2" + i).language(language).build();
    }

    private static final Article ARABIC = article(1, "أمطار غزيرة تغمر أحياء المدينة",
            "قالت البلدية إن فرق الإنقاذ أخلت عشرات الأسر من الأحياء المنخفضة بعد ليلة من الأمطار.", null);
    private static final Article ENGLISH = article(2, "Heavy rain floods the city",
            "The municipality said rescue teams moved dozens of families out of low-lying districts.", null);
    private static final Article NAMED = article(3, "أمطار في الجنوب", "هطلت أمطار غزيرة على مدن الجنوب.", "ar");

    private static List<String> urls(Archive a, String q) {
        return a.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.DATE, 10, 0)).hits().stream()
                .map(SearchHit::url).toList();
    }

    @Test
    void articlesStoredWithoutALanguageAreFoundByLangAfterTheUpgradeAndAReimportChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        try (Archive a = Archive.open(data, null)) {
            a.save(ARABIC, null);
            a.save(ENGLISH, null);
            a.save(NAMED, null);
            a.commit();
            assertThat(urls(a, "lang:ar")).as("as stored before: the import without a language is left out")
                    .containsExactly("https://example.org/3");
        }
        forgetV93(data.resolve("marsad.db"));

        try (Archive a = Archive.open(data, null)) {
            assertThat(urls(a, "lang:ar")).containsExactlyInAnyOrder("https://example.org/1", "https://example.org/3");
            List<Article> stored = a.store().since(0, 10).stream().map(StoredArticle::article).toList();
            assertThat(stored).extracting(Article::url, Article::language).containsExactlyInAnyOrder(
                    tuple("https://example.org/1", "ar"),
                    tuple("https://example.org/2", null),
                    tuple("https://example.org/3", "ar"));
            assertThat(a.search(new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 10, 0))
                    .total()).as("nothing lost or doubled").isEqualTo(3);
            // The ingest now stores the same article with the language found: the upgraded row is that version.
            assertThat(a.save(ARABIC.withLanguage("ar"), null).change()).isEqualTo(Upserted.Change.UNCHANGED);
        }
    }

    /** Takes the store back to before V93: the articles keep no language, and V93 has not run. */
    private static void forgetV93(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DELETE FROM flyway_schema_history WHERE version = '93'");
        }
    }
}
