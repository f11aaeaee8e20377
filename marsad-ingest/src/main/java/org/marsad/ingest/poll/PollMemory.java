package org.marsad.ingest.poll;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.ingest.fetch.Validators;
import org.marsad.store.Database;

/**
 * What polling remembers between runs, in the store's database (migrations V10, V16): the validators of each feed
 * and sitemap (for conditional GETs) and the article URLs already dealt with (so a feed polled again fetches nothing
 * twice), except an item whose page gave no article: it is tried again after a back-off, at most {@link #TRIES}
 * times in all, and counted among the source's items not stored until a try stores it. This class owns the tables
 * {@code fetch_validators} and {@code seen_urls}.
 */
final class PollMemory {
    /** How a page URL was dealt with. */
    enum Outcome { STORED, NO_ARTICLE, ROBOTS, REFUSED, GONE }

    /**
     * Tries of a page that gave no article: a page may be a placeholder filled minutes or hours after the feed
     * listed it, or may never hold an article (a video, a gallery), so a few tries, not one and not forever.
     */
    static final int TRIES = 5;
    /** The longest wait between two tries. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

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

    /**
     * The URLs among {@code urls} that were already dealt with, leaving out those whose page gave no article and
     * whose next try is due at {@code now}.
     */
    Set<String> seen(Collection<String> urls, Instant now) {
        List<String> list = new ArrayList<>(urls);
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT retry_at FROM seen_urls WHERE url = ?")) {
                for (String u : list) {
                    ps.setString(1, u);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && !due(rs.getString(1), now)) {
                            out.add(u);
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * The source's items whose page gave no article and whose next try is due at {@code now}, the longest waiting
     * first, at most {@code limit}: tried again even when the listing no longer offers them.
     */
    List<String> dueTries(String source, Instant now, int limit) {
        record Due(String url, Instant at) {
        }
        return db.read(c -> c.query("SELECT url, retry_at FROM seen_urls WHERE source = ? AND retry_at IS NOT NULL",
                rs -> new Due(rs.getString(1), Instant.parse(rs.getString(2))), source))
                .stream().filter(d -> !d.at().isAfter(now)).sorted(java.util.Comparator.comparing(Due::at))
                .limit(limit).map(Due::url).toList();
    }

    // Instants are compared in Java, never in SQL (V10).
    private static boolean due(String retryAt, Instant now) {
        return retryAt != null && !Instant.parse(retryAt).isAfter(now);
    }

    /**
     * Records a try of {@code url} whose page gave no article (and whose feed item had no text): one more try, the
     * next after {@code interval} × 2^tries (at most {@link #LONGEST_WAIT}), none after {@link #TRIES}. The first
     * try's time is kept. Returns the tries so far.
     */
    int markNoArticle(String url, String source, String reason, Duration interval, Instant now) {
        return db.write(c -> {
            record Before(int tries, String firstTried) {
            }
            Before before = c.first("SELECT attempts, first_seen FROM seen_urls WHERE url = ? AND outcome = ?",
                    rs -> new Before(rs.getInt(1), rs.getString(2)), url, key(Outcome.NO_ARTICLE))
                    .orElse(new Before(0, now.toString()));
            int tries = before.tries() + 1;
            Duration wait = interval.multipliedBy(1L << Math.min(tries, 20));
            // to the second: the time is shown in the source's health
            String retryAt = tries >= TRIES ? null : now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            replace(c, url, source, before.firstTried(), Outcome.NO_ARTICLE, null, tries, retryAt, reason);
            return tries;
        });
    }

    /**
     * An item of a source that stored nothing: its page gave no article and its feed item no text.
     *
     * @param tries   how many times its page was fetched
     * @param retryAt when it is tried again, or null when it is not
     */
    record Unstored(String url, String reason, int tries, Instant firstTried, Instant retryAt) {
        /** One line for the source's health: "URL: not stored: REASON (tried 2 times; next try …)". */
        String line() {
            return url + ": not stored: " + (reason == null ? "no article on the page" : reason) + " (tried "
                    + (tries == 1 ? "once" : tries == 2 ? "twice" : tries + " times") + (retryAt == null ? "; no more tries)"
                    : "; next try " + retryAt + ")");
        }
    }

    /**
     * The source's items that stored nothing and were first tried at or after {@code since}, the latest listed
     * first.
     */
    List<Unstored> unstored(String source, Instant since) {
        return db.read(c -> c.query("SELECT url, reason, attempts, first_seen, retry_at FROM seen_urls"
                + " WHERE source = ? AND outcome = 'no-article'", rs -> new Unstored(rs.getString(1), rs.getString(2),
                rs.getInt(3), Instant.parse(rs.getString(4)),
                rs.getString(5) == null ? null : Instant.parse(rs.getString(5))), source))
                .stream().filter(u -> !u.firstTried().isBefore(since))
                .sorted(java.util.Comparator.comparing(Unstored::firstTried).reversed()).toList();
    }

    void markSeen(String url, String source, Outcome outcome, String articleId, Instant now) {
        db.write(c -> {
            replace(c, url, source, now.toString(), outcome, articleId, 1, null, null);
            return null;
        });
    }

    /** The one row of a URL, written anew. */
    private static void replace(org.marsad.store.Tx c, String url, String source, String firstSeen, Outcome outcome,
                                String articleId, int tries, String retryAt, String reason) throws SQLException {
        c.update("DELETE FROM seen_urls WHERE url = ?", url);
        c.update("INSERT INTO seen_urls (url, source, first_seen, outcome, article_id, attempts, retry_at, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", url, source, firstSeen, key(outcome), articleId, tries, retryAt,
                reason);
    }

    /** An outcome as the table writes it: {@code no-article}. */
    private static String key(Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
