package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.entities.Entities;
import org.marsad.store.figures.FigureQuery;

/**
 * Migration V92 (the rows of tags, figures, entities and mentions keyed by the article's number): a data directory
 * of the layout before it opens, upgrades in place and loses nothing. Every table the ingest writes holds the same
 * rows, and every article reads the same JSON at the API and export edges, with its tag, entity and figure lists.
 */
class ArticleNumbersUpgradeTest {
    @TempDir
    Path dir;

    /** The four tables as V1, V50 and V60 made them: rowid tables keyed by the article's id. */
    private static final List<String> V91_TABLES = List.of(
            "CREATE TABLE article_tags (article_id VARCHAR(64) NOT NULL, tag TEXT NOT NULL, "
                    + "auto INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (article_id, tag))",
            "CREATE INDEX article_tags_tag ON article_tags (tag)",
            "CREATE TABLE article_figures (article_id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL, "
                    + "category VARCHAR(16) NOT NULL, value VARCHAR(64), value_num DOUBLE PRECISION, "
                    + "value_max VARCHAR(64), vague INTEGER NOT NULL, comparator VARCHAR(16), counted TEXT, "
                    + "unit VARCHAR(8), attribution TEXT, figure_day VARCHAR(10), since_day VARCHAR(10), "
                    + "figure_text TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, "
                    + "PRIMARY KEY (article_id, ord))",
            "CREATE INDEX article_figures_category_day ON article_figures (category, figure_day)",
            "CREATE INDEX article_figures_day ON article_figures (figure_day)",
            "CREATE TABLE article_entities (article_id VARCHAR(64) NOT NULL, entity_id BIGINT NOT NULL, "
                    + "mentions INTEGER NOT NULL, day VARCHAR(10), PRIMARY KEY (article_id, entity_id))",
            "CREATE INDEX article_entities_entity ON article_entities (entity_id, day)",
            "CREATE TABLE entity_mentions (article_id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL, "
                    + "entity_id BIGINT NOT NULL, part INTEGER NOT NULL, start_offset INTEGER NOT NULL, "
                    + "end_offset INTEGER NOT NULL, spelling TEXT NOT NULL, PRIMARY KEY (article_id, ord))");

    @Test
    void aStoreOfTheOlderLayoutUpgradesInPlaceAndReadsTheSame() throws Exception {
        Path data = dir.resolve("data");
        String before;
        String tablesBefore;
        String freshErr;
        try (StdErr err = StdErr.capture(); Archive a = Archive.open(data, null)) {
            freshErr = err.text();
            tablesBefore = IngestOutputsTest.ingest(a, IngestOutputsTest.batches(20261206L, 300));
            before = views(a);
        }
        assertThat(freshErr).as("a new store is created, not upgraded").doesNotContain("upgrading the store");
        downgradeToV91(data.resolve("marsad.db"));

        String upgradeErr;
        try (StdErr err = StdErr.capture(); Archive a = Archive.open(data, null)) {
            upgradeErr = err.text();
        }
        assertThat(upgradeErr).as("the user is told why the open takes long")
                .contains("marsad: upgrading the store to this version (1 schema change; a large archive can take "
                        + "minutes)");
        try (Archive a = Archive.open(data, null)) {
            List<String> keyed = a.store().database().read(tx -> tx.query("SELECT name FROM sqlite_master WHERE "
                    + "type = 'table' AND sql LIKE '%PRIMARY KEY (article_no,%WITHOUT ROWID'", rs -> rs.getString(1)));
            assertThat(keyed)
                    .as("upgraded: keyed by the number").containsExactlyInAnyOrder("article_tags", "article_figures",
                            "article_entities", "entity_mentions");
            assertThat(IngestOutputsTest.dump(a)).as("every table the ingest writes, and the searches")
                    .isEqualTo(tablesBefore);
            assertThat(views(a)).isEqualTo(before);
        }
    }

    /**
     * What readers get: each article's JSON from the API ({@code get}) and the export ({@code since}), the
     * articles of each tag and entity, and every figure.
     */
    private static String views(Archive a) {
        StringBuilder out = new StringBuilder();
        ArticleStore store = a.store();
        List<String> ids = new ArrayList<>();
        for (StoredArticle s : store.since(0, Integer.MAX_VALUE)) {
            ids.add(s.article().id());
            out.append("export ").append(ArticleJson.toLine(s.article())).append('\n');
        }
        for (String id : ids) {
            out.append("get ").append(store.get(id).map(ArticleJson::toLine).orElse("none")).append('\n');
        }
        for (NameCount tag : store.tags(Integer.MAX_VALUE)) {
            out.append("tag ").append(tag).append(' ')
                    .append(store.byTag(Set.of(tag.name()), 1000, 0).stream().map(Article::id).toList()).append('\n');
        }
        Entities entities = a.entities();
        for (Entities.Summary e : entities.top(null, null, null, 1000, 0)) {
            out.append("entity ").append(e).append(' ').append(entities.get(e.id())).append(' ')
                    .append(entities.articles(e.id(), 1000, 0).stream().map(Article::id).toList()).append(' ')
                    .append(entities.together(e.id(), 20)).append(' ').append(entities.mentionsPerDay(e.id()))
                    .append(' ').append(entities.outlets(e.id(), 20)).append(' ').append(entities.storyIds(e.id(), 20))
                    .append('\n');
        }
        out.append("entities in March ").append(entities.top(null, java.time.LocalDate.of(2024, 3, 1),
                java.time.LocalDate.of(2024, 3, 31), 1000, 0)).append('\n');
        a.figures().list(new FigureQuery(null, null, null, null, true, 100_000, 0))
                .forEach(f -> out.append("figure ").append(f).append('\n'));
        a.figures().list(new FigureQuery(Set.copyOf(ids.subList(0, 10)), null, null, null, true, 100_000, 0))
                .forEach(f -> out.append("figure of ").append(f).append('\n'));
        return out.toString();
    }

    /** Puts the four tables back as they were before V92 (rows included) and forgets that V92 ran. */
    private static void downgradeToV91(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            for (String table : List.of("article_tags", "article_figures", "article_entities", "entity_mentions")) {
                s.execute("ALTER TABLE " + table + " RENAME TO " + table + "_v92");
            }
            for (String sql : V91_TABLES) {
                if (sql.startsWith("CREATE TABLE")) {
                    s.execute(sql);
                }
            }
            for (String table : List.of("article_tags", "article_figures", "article_entities", "entity_mentions")) {
                // Every column but the number, in the order of the table (the same order both layouts use).
                s.execute("INSERT INTO " + table + " SELECT " + columnsButNumber(c, table + "_v92") + " FROM "
                        + table + "_v92");
                s.execute("DROP TABLE " + table + "_v92"); // with its indexes, whose names the old ones take
            }
            for (String sql : V91_TABLES) {
                if (sql.startsWith("CREATE INDEX")) {
                    s.execute(sql);
                }
            }
            s.execute("DROP INDEX articles_article_no");
            s.execute("ALTER TABLE articles DROP COLUMN article_no");
            s.execute("DELETE FROM flyway_schema_history WHERE version = '92'");
            s.execute("COMMIT");
        }
    }

    private static String columnsButNumber(Connection c, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (!rs.getString("name").equals("article_no")) {
                    names.add(rs.getString("name"));
                }
            }
        }
        return String.join(", ", names);
    }

    /** Standard error, captured while open (the upgrade notice is printed there, before any logger exists). */
    private static final class StdErr implements AutoCloseable {
        private final java.io.PrintStream old = System.err;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        static StdErr capture() {
            StdErr e = new StdErr();
            System.setErr(new java.io.PrintStream(e.bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            return e;
        }

        String text() {
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            System.setErr(old);
        }
    }
}
