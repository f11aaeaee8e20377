package org.marsad.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marsad.model.PublishedDates;

/**
 * Adds {@code articles.published_at}, the second an article sorts by (see {@link PublishedDates#sortSecond}), and
 * fills it for the articles already stored. A store's own lists (the pages shown while the search index is rebuilt)
 * then order by the same moment as the index; ordering by the written text put {@code 10:00+03:00} after
 * {@code 09:00Z}, and a day written in one offset before a later moment written in another.
 *
 * <p>In Java because the value is parsed from the ISO-8601 text, which SQLite and PostgreSQL do not read alike. The
 * store owns versions V1..V9. It lives in a Marsad package, not beside the SQL files in {@code db/migration}, so that
 * jars bundling the store (the SolrCloud plugin) hold Marsad's classes only.
 */
public class V3__Published_instant extends BaseJavaMigration {
    /** Rows read and written at a time, so that a large archive is not held in memory. */
    private static final int CHUNK = 5000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE articles ADD COLUMN published_at BIGINT");
            s.executeUpdate("CREATE INDEX articles_published_at ON articles (published_at)");
        }
        String after = "";
        while (true) {
            List<String[]> rows = new ArrayList<>(CHUNK);
            try (PreparedStatement read = c.prepareStatement("SELECT id, published FROM articles WHERE id > ? "
                    + "AND published IS NOT NULL ORDER BY id LIMIT " + CHUNK)) {
                read.setString(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement write = c.prepareStatement("UPDATE articles SET published_at = ? WHERE id = ?")) {
                for (String[] row : rows) {
                    write.setLong(1, sortSecond(row[1]));
                    write.setString(2, row[0]);
                    write.addBatch();
                }
                write.executeBatch();
            }
            after = rows.get(rows.size() - 1)[0];
        }
    }

    // Every stored value was checked on the way in; one that no longer reads sorts as the oldest dated one.
    private static long sortSecond(String published) {
        try {
            return PublishedDates.sortSecond(published);
        } catch (IllegalArgumentException e) {
            return Long.MIN_VALUE;
        }
    }
}
