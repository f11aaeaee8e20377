package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/**
 * What a server keeps between requests until the store changes ({@link Database#changeMark}): the store's part of
 * the search validator and the hits' story decisions. Every commit, by this archive or by another connection to
 * the same file (another process: a worker beside the web server), must be seen by the next request: a new
 * article changes the validator before it is even indexed, an entity edit changes it, a story decision changed
 * elsewhere shows on the next search's hits. The articles are made up.
 */
class KeptUntilCommitTest {
    @TempDir
    Path dir;

    private static Article article(int i, String title) {
        return Article.builder().url("https://kept.example/" + i).title(title)
                .body(List.of("نص الخبر رقم " + i + " عن المفاوضات في القاهرة.")).source("المرصد")
                .published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    private static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    @Test
    void theMarkMovesWithEveryCommitOfAnyConnectionAndOnlyThen() {
        Path file = dir.resolve("marsad.db");
        try (Database mine = Database.open("jdbc:sqlite:" + file);
             Database other = Database.open("jdbc:sqlite:" + file)) {
            mine.write(tx -> tx.update("CREATE TABLE notes (n INTEGER)"));
            long m0 = mine.changeMark();
            mine.read(tx -> tx.number("SELECT COUNT(*) FROM notes"));
            assertThat(mine.changeMark()).as("a read commits nothing").isEqualTo(m0);

            mine.write(tx -> tx.update("INSERT INTO notes VALUES (1)"));
            long m1 = mine.changeMark();
            assertThat(m1).as("this database's own write").isNotEqualTo(m0);

            other.write(tx -> tx.update("INSERT INTO notes VALUES (2)"));
            long m2 = mine.changeMark();
            assertThat(m2).as("another connection's write").isNotEqualTo(m1).isNotEqualTo(m0);
            assertThat(mine.changeMark()).isEqualTo(m2);
            // inside a transaction a read may see what is not committed (and may be rolled back): nothing is kept
            long inWrite = mine.write(tx -> {
                tx.update("INSERT INTO notes VALUES (3)");
                return mine.changeMark();
            });
            long inRead = mine.read(tx -> mine.changeMark());
            assertThat(inWrite).isEqualTo(-1L);
            assertThat(inRead).isEqualTo(-1L);
        }
    }

    @Test
    void aNewArticleOrAnEntityEditFromAnotherProcessChangesTheStampAtOnce() {
        try (Archive archive = Archive.open(dir, null)) {
            archive.save(article(1, "استئناف المفاوضات في القاهرة"), null);
            archive.commit();
            String s0 = archive.searchStamp();
            assertThat(archive.searchStamp()).as("nothing changed").isEqualTo(s0);

            // Another process stores an article: this archive has not indexed it, the store's number moved.
            try (ArticleStore worker = ArticleStore.openSqlite(dir.resolve("marsad.db"))) {
                worker.upsertAll(List.of(new ArticleStore.Incoming(article(2, "وفد جديد يصل القاهرة"), null)));
            }
            String s1 = archive.searchStamp();
            assertThat(s1).isNotEqualTo(s0);
            assertThat(archive.searchStamp()).isEqualTo(s1);

            // Another process edits an entity (its version grows).
            try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"))) {
                other.write(tx -> tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'version'"));
            }
            assertThat(archive.searchStamp()).isNotEqualTo(s1);
        }
    }

    @Test
    void aStoryDecisionChangedElsewhereShowsOnTheNextSearch() {
        try (Archive archive = Archive.open(dir, null)) {
            for (int i = 1; i <= 3; i++) {
                archive.save(article(i, "استئناف المفاوضات في القاهرة رقم " + i), null);
            }
            archive.commit();
            List<SearchHit> first = archive.search(query("المفاوضات")).hits();
            assertThat(first).hasSize(3).allSatisfy(h -> assertThat(h.story()).isNotNull());
            assertThat(archive.search(query("المفاوضات")).hits()).isEqualTo(first);

            String moved = first.get(0).id();
            try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"))) {
                other.write(tx -> tx.update("UPDATE article_enrichment SET story_id = 'elsewhere', duplicate_of = ?"
                        + " WHERE article_id = ?", first.get(1).id(), moved));
            }
            SearchHit again = archive.search(query("المفاوضات")).hits().stream()
                    .filter(h -> h.id().equals(moved)).findFirst().orElseThrow();
            assertThat(again.story()).isEqualTo("elsewhere");
            assertThat(again.duplicateOf()).isEqualTo(first.get(1).id());

            // A decision removed, then one given to an article that had none: both seen at once.
            try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"))) {
                other.write(tx -> tx.update("DELETE FROM article_enrichment WHERE article_id = ?", moved));
            }
            assertThat(storyOf(archive, moved)).isNull();
            try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("marsad.db"))) {
                other.write(tx -> tx.update("INSERT INTO article_enrichment (article_id, story_id, time_sec)"
                        + " VALUES (?, 'late', 0)", moved));
            }
            assertThat(storyOf(archive, moved)).isEqualTo("late");

            // A search inside a write that is then rolled back keeps nothing of what that write did not commit.
            Database db = archive.store().database();
            try {
                db.write(tx -> {
                    tx.update("UPDATE article_enrichment SET story_id = 'never' WHERE article_id = ?", moved);
                    assertThat(storyOf(archive, moved)).isEqualTo("never");
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // the write is undone
            }
            assertThat(storyOf(archive, moved)).isEqualTo("late");
        }
    }

    private static String storyOf(Archive archive, String id) {
        return archive.search(query("المفاوضات")).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow().story();
    }
}
