package org.marsad.server;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.marsad.store.Database;

/**
 * Work another command hands to the running server through the store (table {@code server_requests}, migration
 * V70, owned by this class): the command adds a request and waits for its outcome; the server's catch-up loop runs
 * pending requests in order. Kinds: {@link #REINDEX}, {@link #ENRICH}.
 */
public final class ServerRequests {
    /** Rebuild the search index from the store. */
    public static final String REINDEX = "reindex";
    /** Find the entities of the stored articles that have none (see {@code Archive#enrichStored}). */
    public static final String ENRICH = "enrich";
    /** Find the entities of every stored article again. */
    public static final String ENRICH_ALL = "enrich-all";

    private final Database db;

    public ServerRequests(Database db) {
        this.db = db;
    }

    /**
     * One request and what became of it.
     *
     * @param ok      true when done, false when it failed, null while pending or running
     * @param outcome one line for the requester once finished
     */
    public record Request(String id, String kind, Instant requestedAt, Instant startedAt, Instant finishedAt,
                          Boolean ok, String outcome) {
        public boolean finished() {
            return finishedAt != null;
        }
    }

    /** Adds a request; returns its id. */
    public String submit(String kind, Instant now) {
        String id = UUID.randomUUID().toString();
        db.write(tx -> tx.update("INSERT INTO server_requests (id, kind, requested_at) VALUES (?, ?, ?)", id, kind,
                now.toString()));
        return id;
    }

    /**
     * Marks every unfinished request of {@code kind} done with {@code outcome}: the command did the work itself
     * (no server runs), so a request a stopped server left pending must not make the next start do it again.
     * Returns how many were settled.
     */
    public int settle(String kind, String outcome, Instant now) {
        return db.write(tx -> tx.update("UPDATE server_requests SET finished_at = ?, ok = 1, outcome = ? WHERE kind = ?"
                + " AND finished_at IS NULL", now.toString(), outcome, kind));
    }

    public Optional<Request> get(String id) {
        return db.read(tx -> tx.first("SELECT " + COLUMNS + " FROM server_requests WHERE id = ?", ServerRequests::row,
                id));
    }

    /** Requests not finished yet, oldest first (one that was running when a server died is run again). */
    List<Request> pending() {
        return db.read(tx -> tx.query("SELECT " + COLUMNS + " FROM server_requests WHERE finished_at IS NULL "
                + "ORDER BY requested_at, id", ServerRequests::row));
    }

    void started(String id, Instant now) {
        db.write(tx -> tx.update("UPDATE server_requests SET started_at = ? WHERE id = ?", now.toString(), id));
    }

    void finished(String id, boolean ok, String outcome, Instant now) {
        db.write(tx -> tx.update("UPDATE server_requests SET finished_at = ?, ok = ?, outcome = ? WHERE id = ?",
                now.toString(), ok ? 1 : 0, outcome, id));
    }

    private static final String COLUMNS = "id, kind, requested_at, started_at, finished_at, ok, outcome";

    private static Request row(ResultSet rs) throws SQLException {
        int ok = rs.getInt(6);
        Boolean okValue = rs.wasNull() ? null : ok != 0;
        return new Request(rs.getString(1), rs.getString(2), instant(rs.getString(3)), instant(rs.getString(4)),
                instant(rs.getString(5)), okValue, rs.getString(7));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
