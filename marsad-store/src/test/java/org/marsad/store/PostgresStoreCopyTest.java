package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.testing.CiRequirement;

/**
 * {@link StoreCopy}: an embedded archive's SQLite store moved into PostgreSQL ({@code MARSAD_TEST_PG_URL}, a schema
 * of its own per test) — every article read back equal, raw bytes included, counters continued, a copy stopped
 * half-way finished by running it again without a row twice, and a database holding other data refused.
 */
class PostgresStoreCopyTest {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");

    @TempDir
    Path dir;

    private String schema;
    private ArticleStore sqlite;
    private final List<Article> articles = new ArrayList<>();

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for the store tests (.ci/run sets it)");
    }

    @BeforeEach
    void fill() throws Exception {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        sqlite = ArticleStore.openSqlite(dir.resolve("marsad.db"));
        Random r = new Random(20261204L);
        // More than two batches, so that a copy can stop between them.
        for (int i = 0; i < 2 * StoreCopy.BATCH + 37; i++) {
            Article a = ArticleStoreContract.article("https://example.org/news/" + i, "خبر رقم " + i + " عن "
                    + (r.nextBoolean() ? "النفط" : "غزة"), r.nextBoolean() ? "الجزيرة" : "هسبريس",
                    String.format("2024-03-%02d", 1 + r.nextInt(28)), r.nextBoolean() ? "اقتصاد" : "سياسة");
            articles.add(a);
            sqlite.upsert(a, i % 3 == 0 ? RawSource.text(RawSource.KIND_HTML, "https://example.org/news/" + i,
                    "<p>الخام " + i + "</p>") : null);
        }
        // A counter of another table that the copy must carry on (ids handed out so far).
        sqlite.database().write(tx -> tx.update("UPDATE watch_state SET value = 42 WHERE name = 'next_id'"));
    }

    @AfterEach
    void drop() throws Exception {
        sqlite.close();
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private ArticleStore postgres() {
        return ArticleStore.open(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @Test
    void movesEveryArticleAndContinuesTheCounters() {
        try (ArticleStore pg = postgres()) {
            StoreCopy.Result result = StoreCopy.copy(sqlite, pg, (t, done, total) -> { });
            assertThat(result.rows("articles")).isEqualTo(articles.size());
            assertThat(result.tables()).allMatch(StoreCopy.TableCount::equal);
            assertThat(pg.count()).isEqualTo(sqlite.count());
            assertThat(pg.lastSeq()).isEqualTo(sqlite.lastSeq());
            for (int i = 0; i < articles.size(); i += 17) {
                String id = sqlite.idsByUrl(List.of(articles.get(i).url())).values().iterator().next();
                assertThat(pg.get(id)).isEqualTo(sqlite.get(id));
                assertThat(pg.raw(id).map(raw -> new String(raw.content(), StandardCharsets.UTF_8)))
                        .isEqualTo(sqlite.raw(id).map(raw -> new String(raw.content(), StandardCharsets.UTF_8)));
            }
            assertThat(pg.sources()).isEqualTo(sqlite.sources());
            assertThat(pg.tags(10)).isEqualTo(sqlite.tags(10));
            long nextId = pg.database().read(tx -> tx.number("SELECT value FROM watch_state WHERE name = 'next_id'"));
            assertThat(nextId)
                    .isEqualTo(42);
            // The target keeps its own identity (an index built for the source is not taken for the target's).
            assertThat(pg.storeId()).isNotEqualTo(sqlite.storeId());
            // The moved store goes on: the next article takes the next sequence number.
            Upserted next = pg.upsert(ArticleStoreContract.article("https://example.org/new", "جديد", "الجزيرة",
                    "2024-04-01"), null);
            assertThat(next.seq()).isEqualTo(sqlite.lastSeq() + 1);
        }
    }

    @Test
    void aCopyStoppedHalfWayIsFinishedByRunningItAgain() {
        try (ArticleStore pg = postgres()) {
            RuntimeException stop = new RuntimeException("stopped");
            assertThatThrownBy(() -> StoreCopy.copy(sqlite, pg, (table, done, total) -> {
                if (table.equals("articles") && done >= StoreCopy.BATCH) {
                    throw stop;
                }
            })).isSameAs(stop);
            long partial = pg.count();
            assertThat(partial).isEqualTo(StoreCopy.BATCH);

            StoreCopy.Result again = StoreCopy.copy(sqlite, pg, (t, done, total) -> { });
            assertThat(pg.count()).isEqualTo(articles.size());
            assertThat(again.rows("articles")).isEqualTo(articles.size());
            // A third run has nothing left to do.
            assertThat(StoreCopy.copy(sqlite, pg, (t, done, total) -> { }).rowsWritten()).isZero();
            long urls = pg.database().read(tx -> tx.number("SELECT COUNT(DISTINCT url) FROM articles"));
            assertThat(urls)
                    .isEqualTo(articles.size());
        }
    }

    @Test
    void refusesADatabaseHoldingAnotherArchive() {
        try (ArticleStore pg = postgres()) {
            pg.upsert(ArticleStoreContract.article("https://example.org/other", "خبر آخر", "الجزيرة", "2024-04-01"),
                    null);
            assertThatThrownBy(() -> StoreCopy.copy(sqlite, pg, (t, done, total) -> { }))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already holds data");
            assertThat(pg.count()).isEqualTo(1);
        }
    }
}
