package org.marsad.store.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every article a number in the order it was first stored ({@code articles.article_no}: the change number its
 * first version took, kept when later versions take new ones) and keys the tables that hold several rows per article
 * by it: {@code article_tags}, {@code article_figures}, {@code article_entities} and {@code entity_mentions}.
 *
 * <p>Why: keyed by the article's id, a hash, every batch of new articles wrote its rows into pages all over those
 * keys, and the pages a batch dirtied grew with the archive (an ingest's write-ahead log carried 6.9 pages per article
 * at the start of a 10,000-article run and 14.3 at its end, most of the growth in those keys). Keyed by the number,
 * a batch's rows go at the end. The rows keep the article's id beside the number, so a row still names its article;
 * reads by id find the number through the articles table's unique index on it.
 *
 * <p>On SQLite the four tables are {@code WITHOUT ROWID}: the key is the table, one b-tree instead of a table and an
 * index. PostgreSQL gets the same columns and keys in ordinary tables, so one set of queries serves both. Rows of
 * articles no longer stored (none are left by the deletions of this version and the cleanups of V53 and V61) are
 * not carried over: they name no article. In Java because SQLite's clause is not PostgreSQL's. The store owns
 * V90..V99 after V1..V9.
 */
public class V92__Article_numbers extends BaseJavaMigration {
    /** Each table: its new definition's columns (after article_no), its key after article_no, its indexes. */
    private record Keyed(String name, String columns, String key, List<String> indexes) {
    }

    private static final List<Keyed> TABLES = List.of(
            new Keyed("article_tags", "article_id VARCHAR(64) NOT NULL, tag TEXT NOT NULL, "
                    + "auto INTEGER NOT NULL DEFAULT 0", "tag",
                    List.of("CREATE INDEX article_tags_tag ON article_tags (tag)")),
            new Keyed("article_figures", "article_id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL, "
                    + "category VARCHAR(16) NOT NULL, value VARCHAR(64), value_num DOUBLE PRECISION, "
                    + "value_max VARCHAR(64), vague INTEGER NOT NULL, comparator VARCHAR(16), counted TEXT, "
                    + "unit VARCHAR(8), attribution TEXT, figure_day VARCHAR(10), since_day VARCHAR(10), "
                    + "figure_text TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL", "ord",
                    List.of("CREATE INDEX article_figures_category_day ON article_figures (category, figure_day)",
                            "CREATE INDEX article_figures_day ON article_figures (figure_day)")),
            new Keyed("article_entities", "article_id VARCHAR(64) NOT NULL, entity_id BIGINT NOT NULL, "
                    + "mentions INTEGER NOT NULL, day VARCHAR(10)", "entity_id",
                    List.of("CREATE INDEX article_entities_entity ON article_entities (entity_id, day)")),
            new Keyed("entity_mentions", "article_id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL, "
                    + "entity_id BIGINT NOT NULL, part INTEGER NOT NULL, start_offset INTEGER NOT NULL, "
                    + "end_offset INTEGER NOT NULL, spelling TEXT NOT NULL", "ord", List.of()));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean sqlite = c.getMetaData().getURL().startsWith("jdbc:sqlite:");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE articles ADD COLUMN article_no BIGINT");
            // Any unique, never reused number serves the rows already stored; the current change number is one.
            s.executeUpdate("UPDATE articles SET article_no = seq");
            s.executeUpdate("CREATE UNIQUE INDEX articles_article_no ON articles (article_no)");
            for (Keyed t : TABLES) {
                // The column names alone: each definition less its type and constraints (upper case).
                String columns = t.columns.replaceAll(" [A-Z][^,]*", "");
                s.executeUpdate("CREATE TABLE " + t.name + "_keyed (article_no BIGINT NOT NULL, " + t.columns
                        + ", PRIMARY KEY (article_no, " + t.key + "))" + (sqlite ? " WITHOUT ROWID" : ""));
                s.executeUpdate("INSERT INTO " + t.name + "_keyed (article_no, " + columns + ") SELECT a.article_no, "
                        + prefixed(columns) + " FROM " + t.name + " x JOIN articles a ON a.id = x.article_id "
                        + "ORDER BY a.article_no, x." + t.key);
                s.executeUpdate("DROP TABLE " + t.name);
                s.executeUpdate("ALTER TABLE " + t.name + "_keyed RENAME TO " + t.name);
                for (String index : t.indexes) {
                    s.executeUpdate(index);
                }
            }
        }
    }

    private static String prefixed(String columns) {
        return "x." + columns.replace(", ", ", x.");
    }
}
