package org.marsad.ingest.source;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.store.Database;
import org.marsad.store.Tx;

/**
 * The sources registry, kept in the store's database (tables {@code sources} and {@code source_feeds}, migration
 * V10, category V11, time zone V12, paused V13, the last poll's notes V15). This class owns those tables: nothing else reads or writes them, except the
 * lease columns (V14), which {@link SourceLeases} owns for the collecting workers. Every method is one transaction.
 */
public final class SourceRegistry {
    private final Database db;

    public SourceRegistry(Database db) {
        this.db = db;
    }

    /** Thrown when adding a source whose name is taken. */
    public static final class DuplicateSourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateSourceException(String name) {
            super("a source named '" + name + "' already exists");
        }
    }

    /** Adds a source. @throws DuplicateSourceException if the name is taken */
    public void add(Source s, Instant now) {
        db.write(c -> {
            if (exists(c, s.name())) {
                throw new DuplicateSourceException(s.name());
            }
            insert(c, s, now);
            return null;
        });
    }

    /** Adds the sources whose names are not taken, in one transaction; returns the names added. */
    public List<String> addAbsent(List<Source> sources, Instant now) {
        return db.write(c -> {
            List<String> added = new ArrayList<>();
            for (Source s : sources) {
                if (!exists(c, s.name())) {
                    insert(c, s, now);
                    added.add(s.name());
                }
            }
            return added;
        });
    }

    /** Removes a source, its feeds and its polling memory; false when there was none by that name. */
    public boolean remove(String name) {
        return db.write(c -> {
            List<String> urls = new ArrayList<>();
            Optional<Source> s = find(c, name);
            if (s.isEmpty()) {
                return false;
            }
            s.get().feeds().forEach(u -> urls.add(u.toString()));
            if (s.get().sitemap() != null) {
                urls.add(s.get().sitemap().toString());
            }
            update(c, "DELETE FROM source_feeds WHERE source = ?", name);
            update(c, "DELETE FROM seen_urls WHERE source = ?", name);
            for (String u : urls) {
                update(c, "DELETE FROM fetch_validators WHERE url = ?", u);
            }
            update(c, "DELETE FROM sources WHERE name = ?", name);
            return true;
        });
    }

    /**
     * Replaces a source's settings (homepage, country, language, category, feeds, sitemap, interval, private
     * addresses, time zone),
     * keeping its health and polling memory; when its feeds or sitemap changed it becomes due now. Returns false
     * when there is no source by that name.
     */
    public boolean update(Source s, Instant now) {
        return db.write(c -> {
            Optional<Source> old = find(c, s.name());
            if (old.isEmpty()) {
                return false;
            }
            boolean listingsChanged = !old.get().feeds().equals(s.feeds())
                    || !java.util.Objects.equals(old.get().sitemap(), s.sitemap());
            c.update("UPDATE sources SET homepage = ?, country = ?, language = ?, sitemap = ?, poll_minutes = ?, "
                    + "allow_private = ?, category = ?, time_zone = ?, paused = ? WHERE name = ?",
                    s.homepage() == null ? null : s.homepage().toString(), s.country(), s.language(),
                    s.sitemap() == null ? null : s.sitemap().toString(), (int) s.pollInterval().toMinutes(),
                    s.allowPrivate() ? 1 : 0, s.category(), s.timeZone() == null ? null : s.timeZone().getId(),
                    s.paused() ? 1 : 0, s.name());
            update(c, "DELETE FROM source_feeds WHERE source = ?", s.name());
            insertFeeds(c, s);
            if (listingsChanged) {
                c.update("UPDATE sources SET next_poll = ? WHERE name = ?", now.toString(), s.name());
            }
            return true;
        });
    }

    /**
     * Replaces feeds that moved (old address to new) in a source's list, in place; a new address the source follows
     * already just drops the old one. Feeds changed meanwhile (an editor's edit) are left alone. Returns the moves
     * made.
     */
    public Map<URI, URI> moveFeeds(String name, Map<URI, URI> moves) {
        return db.write(c -> {
            Optional<Source> old = find(c, name);
            if (old.isEmpty()) {
                return Map.<URI, URI>of();
            }
            List<URI> feeds = new ArrayList<>();
            Map<URI, URI> done = new LinkedHashMap<>();
            for (URI feed : old.get().feeds()) {
                URI to = moves.get(feed);
                if (to != null) {
                    done.put(feed, to);
                }
                URI kept = to == null ? feed : to;
                if (!feeds.contains(kept)) {
                    feeds.add(kept);
                }
            }
            if (done.isEmpty()) {
                return Map.<URI, URI>of();
            }
            update(c, "DELETE FROM source_feeds WHERE source = ?", name);
            insertFeeds(c, old.get().withFeeds(feeds));
            return done;
        });
    }

    /** Every source, by name. */
    public List<Source> list() {
        return db.read(SourceRegistry::all);
    }

    public Optional<Source> get(String name) {
        return db.read(c -> find(c, name));
    }

    /**
     * Pauses or resumes a source's polling, keeping everything else; a resumed source is due at its next poll as
     * before (now, if that time passed while it was paused). Returns false when there is no source by that name.
     */
    public boolean setPaused(String name, boolean paused) {
        return db.write(c -> c.update("UPDATE sources SET paused = ? WHERE name = ?", paused ? 1 : 0, name) > 0);
    }

    /**
     * Makes a source due now ("poll now"): a running poller picks it up within its tick, whichever process asked.
     * Its health is otherwise kept. Returns false when there is no source by that name.
     */
    public boolean pollNow(String name, Instant now) {
        return db.write(c -> c.update("UPDATE sources SET next_poll = ? WHERE name = ?", now.toString(), name) > 0);
    }

    /**
     * How many articles each source has stored since {@code since} (by when its poller first saw the article's
     * URL), by source name; sources with none are absent.
     */
    public Map<String, Integer> storedSince(Instant since) {
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            // first_seen is Instant.toString() text, so text order is time order (to within the sub-second digits
            // Instant.toString omits when zero: at most a second's error at the boundary).
            try (PreparedStatement ps = c.prepareStatement("SELECT source, COUNT(*) FROM seen_urls "
                    + "WHERE outcome = 'stored' AND first_seen >= ? GROUP BY source")) {
                ps.setString(1, since.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** Records how a poll went. */
    public void recordHealth(String name, SourceHealth h) {
        db.write(c -> writeHealth(c, name, h, null));
    }

    private static boolean exists(Tx c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sources WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Tx c, Source s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (name, homepage, country, language, "
                + "sitemap, poll_minutes, allow_private, added_at, last_success, last_error, next_poll, "
                + "consecutive_failures, category, time_zone, paused, dropped_characters, repair, items_not_stored, "
                + "not_stored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.name());
            ps.setString(2, s.homepage() == null ? null : s.homepage().toString());
            ps.setString(3, s.country());
            ps.setString(4, s.language());
            ps.setString(5, s.sitemap() == null ? null : s.sitemap().toString());
            ps.setInt(6, (int) s.pollInterval().toMinutes());
            ps.setInt(7, s.allowPrivate() ? 1 : 0);
            ps.setString(8, now.toString());
            ps.setString(9, str(s.health().lastSuccess()));
            ps.setString(10, s.health().lastError());
            ps.setString(11, str(s.health().nextPoll()));
            ps.setInt(12, s.health().consecutiveFailures());
            ps.setString(13, s.category());
            ps.setString(14, s.timeZone() == null ? null : s.timeZone().getId());
            ps.setInt(15, s.paused() ? 1 : 0);
            PollNotes n = s.health().notes();
            ps.setInt(16, n.droppedCharacters());
            ps.setString(17, n.repair());
            ps.setInt(18, n.itemsNotStored());
            ps.setString(19, n.notStored());
            ps.executeUpdate();
        }
        insertFeeds(c, s);
    }

    private static void insertFeeds(Tx c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_feeds (source, ord, url) VALUES (?, ?, ?)")) {
            for (int i = 0; i < s.feeds().size(); i++) {
                ps.setString(1, s.name());
                ps.setInt(2, i);
                ps.setString(3, s.feeds().get(i).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Optional<Source> find(Tx c, String name) throws SQLException {
        return all(c).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static List<Source> all(Tx c) throws SQLException {
        return load(c, null);
    }

    /** The sources with these names (those that exist), by name; every source when {@code names} is null. */
    static List<Source> load(Tx c, java.util.Collection<String> names) throws SQLException {
        if (names != null && names.isEmpty()) {
            return List.of();
        }
        // A worker leases a few sources at a time: read only theirs, not the whole registry.
        String only = names == null ? "" : " WHERE %s IN (" + String.join(", ", java.util.Collections.nCopies(
                names.size(), "?")) + ")";
        List<String> args = names == null ? List.of() : List.copyOf(names);
        Map<String, List<URI>> feeds = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, url FROM source_feeds"
                + only.formatted("source") + " ORDER BY source, ord")) {
            bindAll(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    feeds.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(URI.create(rs.getString(2)));
                }
            }
        }
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, homepage, country, language, sitemap, "
                + "poll_minutes, allow_private, last_success, last_error, next_poll, consecutive_failures, category, "
                + "time_zone, paused, dropped_characters, repair, items_not_stored, not_stored FROM sources"
                + only.formatted("name") + " ORDER BY name")) {
            bindAll(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                SourceHealth h = new SourceHealth(instant(rs.getString(8)), rs.getString(9), instant(rs.getString(10)),
                        rs.getInt(11), new PollNotes(rs.getInt(15), rs.getString(16), rs.getInt(17), rs.getString(18)));
                out.add(new Source(name, uri(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(12),
                        feeds.getOrDefault(name, List.of()), uri(rs.getString(5)), Duration.ofMinutes(rs.getInt(6)),
                        rs.getInt(7) != 0, h, zone(rs.getString(13)), rs.getInt(14) != 0));
            }
            }
        }
        return out;
    }

    private static void bindAll(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
    }

    /**
     * Writes a source's health (the outcome of a poll) inside a transaction; with a lease owner, only while that
     * owner holds the source's lease, which the same statement ends. Returns the rows changed (0 or 1).
     */
    static int writeHealth(Tx c, String name, SourceHealth h, String leaseOwner) throws SQLException {
        return writeHealth(c, name, h, leaseOwner, true);
    }

    /**
     * As {@link #writeHealth(Tx, String, SourceHealth, String)}; with {@code endLease} false a lease owner writes
     * while it holds the lease and keeps it (a poll still in progress).
     */
    static int writeHealth(Tx c, String name, SourceHealth h, String leaseOwner, boolean endLease)
            throws SQLException {
        String set = "UPDATE sources SET last_success = ?, last_error = ?, next_poll = ?, consecutive_failures = ?, "
                + "dropped_characters = ?, repair = ?, items_not_stored = ?, not_stored = ?";
        PollNotes n = h.notes();
        if (leaseOwner == null) {
            return c.update(set + " WHERE name = ?", str(h.lastSuccess()), h.lastError(), str(h.nextPoll()),
                    h.consecutiveFailures(), n.droppedCharacters(), n.repair(), n.itemsNotStored(), n.notStored(),
                    name);
        }
        return c.update(set + (endLease ? ", lease_owner = NULL, lease_expires = NULL" : "")
                + " WHERE name = ? AND lease_owner = ?", str(h.lastSuccess()), h.lastError(), str(h.nextPoll()),
                h.consecutiveFailures(), n.droppedCharacters(), n.repair(), n.itemsNotStored(), n.notStored(), name,
                leaseOwner);
    }

    private static void update(Tx c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }

    private static ZoneId zone(String s) {
        try {
            return s == null ? null : ZoneId.of(s);
        } catch (java.time.DateTimeException e) {
            return null; // a zone this JDK no longer knows: its times keep their day
        }
    }

    /**
     * Sets (or, with null, clears) the time zone of a source's times written without an offset; false when there
     * is no source by that name.
     */
    public boolean setTimeZone(String name, ZoneId zone) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET time_zone = ? WHERE name = ?")) {
                ps.setString(1, zone == null ? null : zone.getId());
                ps.setString(2, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static URI uri(String s) {
        return s == null ? null : URI.create(s);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
