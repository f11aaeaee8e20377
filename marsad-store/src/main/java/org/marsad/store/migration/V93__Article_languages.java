package org.marsad.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schedules the pass that gives the stored articles that name no language the one their text is in, as the ingest
 * now does for a JSON article without {@code "language"}: before, such imports were stored with none, and
 * {@code lang:ar} left them out while a page of the same text matched. The pass itself is not made here but by the
 * archive, in steps, while a server answers ({@code ArticleStore.LanguageBackfill}): made here it held
 * {@code marsad serve} for 139 s before its first answer at 1,000,000 articles, and an archive of imports without
 * languages had every Arabic article stored and indexed again before it. This migration only leaves the
 * {@code store_counters} row {@code languages_after} (the pass reads the table from its start) when the store holds
 * articles; a new store needs no pass.
 *
 * <p>An earlier version of this migration made the pass itself; a store it upgraded has its languages and no row,
 * and Flyway finds it as applied (a Java migration has no checksum to disagree). The store owns V90..V99.
 */
public class V93__Article_languages extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean any;
        try (PreparedStatement read = c.prepareStatement("SELECT 1 FROM articles LIMIT 1");
             ResultSet rs = read.executeQuery()) {
            any = rs.next();
        }
        if (any) {
            try (PreparedStatement write = c.prepareStatement(
                    "INSERT INTO store_counters (name, value) VALUES ('languages_after', 0)")) {
                write.executeUpdate();
            }
        }
    }
}
