package org.marsad.ingest.poll;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.ingest.fetch.Validators;
import org.marsad.store.Database;

/**
 * What polling remembers between runs, in the store's database (migration V10): the validators of each feed and
 * sitemap (for conditional GETs) and the article URLs already dealt with (so a feed polled again fetches nothing
 * twice). This class owns the tables {@code fetch_validators} and {@code seen_urls}.
 */
final class PollMemory {
    /** How a page URL was dealt with. */
    enum Outcome { STORED, NO_ARTICLE, ROBOTS, REFUSED, GONE }

    private final Database db;

    PollMemory(Database db) {
        this.db = db;
    }

    Validators validators(String url) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT etag, last_modified FROM fetch_validators WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Validators(rs.getString(1), rs.getString(2)) : Validators.NONE;
                }
            }
        });
    }

    void saveValidators(String url, Validators v, Instant now) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM fetch_validators WHERE url = ?")) {
                del.setString(1, url);
                del.executeUpdate();
            }
            if (!v.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO fetch_validators (url, etag, "
                        + "last_modified, fetched_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, url);
                    ps.setString(2, v.etag());
                    ps.setString(3, v.lastModified());
                    ps.setString(4, now.toString());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The URLs among {@code urls} that were already dealt with. */
    Set<String> seen(Collection<String> urls) {
        List<String> list = new ArrayList<>(urls);
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM seen_urls WHERE url = ?")) {
                for (String u : list) {
                    ps.setString(1, u);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(u);
                        }
                    }
                }
            }
            return out;
        });
    }

    void markSeen(String url, String source, Outcome outcome, String articleId, Instant now) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM seen_urls WHERE url = ?")) {
                del.setString(1, url);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO seen_urls (url, source, first_seen, outcome, "
                    + "article_id) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, url);
                ps.setString(2, source);
                ps.setString(3, now.toString());
                ps.setString(4, outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                ps.setString(5, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
