package org.marsad.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marsad.extract.text.ScriptLanguage;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.ArticleStore;

/**
 * Gives the stored articles that name no language the one their text is in ({@link ScriptLanguage}), as the ingest
 * now does for a JSON article without {@code "language"}. Before, such imports were stored with none, and
 * {@code lang:ar} left them out while a page of the same text matched.
 *
 * <p>Each article changed is stored as a new version of itself, as importing it again would store it: the JSON, the
 * language column and the content hash change, and it takes the next change number (its article number stays).
 * So the search index, which follows the change numbers, indexes it again when the archive opens, and other
 * processes see the change (watches that had matched every article before do not match them again). Articles the
 * text leaves without a language (not mostly Arabic) are left as they are. Cost: one pass over the table for the
 * rows without a language (a table scan: no index on the column); only those are parsed. The store owns V90..V99.
 */
public class V93__Article_languages extends BaseJavaMigration {
    /** Rows read and written at a time, so that a large archive is not held in memory. */
    private static final int CHUNK = 2000;

    private record Found(String id, Article article) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long seq;
        try (PreparedStatement read = c.prepareStatement("SELECT value FROM store_counters WHERE name = 'seq'");
             ResultSet rs = read.executeQuery()) {
            seq = rs.next() ? rs.getLong(1) : 0;
        }
        long before = seq;
        String now = Instant.now().toString();
        String after = "";
        while (true) {
            List<Found> found = new ArrayList<>();
            String last = null;
            try (PreparedStatement read = c.prepareStatement("SELECT id, json FROM articles WHERE language IS NULL "
                    + "AND id > ? ORDER BY id LIMIT " + CHUNK)) {
                read.setString(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getString(1);
                        Article a = ArticleJson.parse(rs.getString(2));
                        String language = ScriptLanguage.ofArticle(a);
                        if (language != null) {
                            found.add(new Found(last, a.withLanguage(language)));
                        }
                    }
                }
            }
            if (last == null) {
                break;
            }
            try (PreparedStatement write = c.prepareStatement("UPDATE articles SET language = ?, json = ?, "
                    + "content_hash = ?, seq = ?, updated_at = ? WHERE id = ?")) {
                for (Found f : found) {
                    write.setString(1, f.article.language());
                    write.setString(2, ArticleJson.toLine(f.article));
                    // as the store hashes a version it stores: a re-import then finds the article unchanged
                    write.setString(3, ArticleStore.contentHash(f.article));
                    write.setLong(4, ++seq);
                    write.setString(5, now);
                    write.setString(6, f.id);
                    write.addBatch();
                }
                write.executeBatch();
            }
            after = last;
        }
        if (seq != before) {
            try (PreparedStatement write = c.prepareStatement("UPDATE store_counters SET value = ? WHERE name = 'seq'")) {
                write.setLong(1, seq);
                write.executeUpdate();
            }
            // Watches matched these articles (or chose not to) when they were stored: matched again, an old article
            // would alert a watch made since. A watcher that had caught up skips them; one still behind matches them
            // with the rest, as it would have.
            try (PreparedStatement write = c.prepareStatement("UPDATE watch_state SET value = ? "
                    + "WHERE name = 'matched_seq' AND value >= ?")) {
                write.setLong(1, seq);
                write.setLong(2, before);
                write.executeUpdate();
            }
        }
    }
}
