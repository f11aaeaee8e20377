package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * The lists read from the store while the index is rebuilt (front, outlet and tag pages) come in the order the
 * index lists the same articles by date: by moment, not by the day and then the time as written.
 */
class StoreListOrderTest {
    private static final String[] OFFSETS = {"Z", "+00:00", "+02:00", "+03:00", "+04:00", "-05:00"};
    private static final String[] SOURCES = {"الجزيرة", "العربية", "سكاي نيوز عربية"};
    private static final String[] TAGS = {"غزة", "اقتصاد", "لبنان"};

    @TempDir
    Path dir;

    /**
     * Random articles over three days, written in offsets that reorder them when compared as text (10:00+03:00 is
     * before 09:00Z; 01:00+04:00 on the 2nd is before 23:00Z on the 1st), dates alone and undated ones.
     */
    private static List<ArticleStore.Incoming> articles(long seed, int n) {
        return articles(seed, n, SOURCES, TAGS);
    }

    private static List<ArticleStore.Incoming> articles(long seed, int n, String[] sources, String[] tags) {
        Random r = new Random(seed);
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            String day = "2024-05-0" + (1 + r.nextInt(3));
            String published = kind == 0 ? null : kind == 1 ? day
                    : String.format("%sT%02d:%02d:00%s", day, r.nextInt(24), r.nextInt(4) * 15,
                    OFFSETS[r.nextInt(OFFSETS.length)]);
            out.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/order/" + i)
                    .title("خبر رقم " + i).body(List.of("نص الخبر رقم " + i + " عن الأحداث."))
                    .source(sources[r.nextInt(sources.length)]).tags(List.of(tags[r.nextInt(tags.length)]))
                    .published(published).build(), null));
        }
        return out;
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchResults indexed(Archive a, String source, String tag, int n) {
        return a.search(new SearchRequest("", source, tag, null, null, SearchRequest.Sort.DATE, n, 0));
    }

    private static void assertSameOrderAsTheIndex(Archive a, int n) {
        assertThat(ids(a.newestStored(null, null, n, 0))).hasSize(n).containsExactlyElementsOf(ids(indexed(a, null,
                null, n)));
        for (String source : SOURCES) {
            assertThat(ids(a.newestStored(source, null, n, 0))).isNotEmpty()
                    .containsExactlyElementsOf(ids(indexed(a, source, null, n)));
        }
        for (String tag : TAGS) {
            assertThat(ids(a.newestStored(null, tag, n, 0))).isNotEmpty()
                    .containsExactlyElementsOf(ids(indexed(a, null, tag, n)));
        }
    }

    @Test
    void theStoresListsFollowTheIndexsDateOrderAcrossOffsets() {
        for (long seed = 1; seed <= 3; seed++) {
            Path data = dir.resolve("seed" + seed);
            try (Archive a = Archive.open(data, null)) {
                a.save(articles(seed, 60));
                a.commit();
                assertSameOrderAsTheIndex(a, 60);
            }
        }
    }

    /**
     * The index matches a source or tag by its folded name (hamza forms, case, spaces): the store's lists, read while
     * it is rebuilt, list the same articles for a name spelled otherwise, and count them the same.
     */
    @Test
    void aNameSpelledOtherwiseListsTheSameArticlesFromTheStoreAsFromTheIndex() {
        String[] sources = {"الأهرام", "الاهرام", "Sky News", "العربية"};
        String[] tags = {"أسواق", "اسواق", "Oil  Prices", "لبنان"};
        try (Archive a = Archive.open(dir, null)) {
            a.save(articles(11, 80, sources, tags));
            a.commit();
            for (String source : List.of("الإهرام", "sky   NEWS")) {
                SearchResults stored = a.newestStored(source, null, 80, 0);
                SearchResults indexed = indexed(a, source, null, 80);
                assertThat(ids(stored)).as(source).isNotEmpty().containsExactlyElementsOf(ids(indexed));
                assertThat(stored.total()).as(source).isEqualTo(indexed.total());
            }
            for (String tag : List.of("إسواق", "OIL PRICES")) {
                SearchResults stored = a.newestStored(null, tag, 80, 0);
                SearchResults indexed = indexed(a, null, tag, 80);
                assertThat(ids(stored)).as(tag).isNotEmpty().containsExactlyElementsOf(ids(indexed));
                assertThat(stored.total()).as(tag).isEqualTo(indexed.total());
            }
            assertThat(a.newestStored("الأهرام", null, 80, 0).total()).as("both spellings of the outlet")
                    .isGreaterThan(a.store().countBySource(List.of("الأهرام")));
        }
    }

    /** A store made before the column existed gets it filled on open, and lists in the same order. */
    @Test
    void aStoreFromBeforeTheSortColumnIsFilledOnOpen() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            a.save(articles(7, 60));
            a.commit();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Archive.DB_FILE));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP INDEX articles_published_at");
            s.executeUpdate("ALTER TABLE articles DROP COLUMN published_at");
            assertThat(s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '3'")).isEqualTo(1);
        }
        try (Archive a = Archive.open(dir, null)) {
            assertSameOrderAsTheIndex(a, 60);
        }
    }
}
