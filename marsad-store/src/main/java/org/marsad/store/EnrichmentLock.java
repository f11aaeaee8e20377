package org.marsad.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One enriching writer at a time across processes sharing a PostgreSQL store: a session-level advisory lock held
 * on a connection of its own. Near-duplicate and story decisions depend on every earlier article, so two workers
 * deciding at once could each miss the other's article; under this lock a worker first reads what the others
 * stored and decided, then stores and decides its batch. A worker that dies loses its connection, and PostgreSQL
 * releases the lock with it.
 *
 * <p>Not thread-safe: the archive calls it under its own lock.
 */
final class EnrichmentLock implements AutoCloseable {
    /** The advisory lock key (any fixed number; "marsad-e" in ASCII). */
    static final long KEY = 0x6d61727361642d65L;

    private final String jdbcUrl;
    private Connection connection;
    private long waitedNanos;
    private long heldNanos;
    private long takenAt;
    private long taken;

    EnrichmentLock(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Waits until no other process holds the lock, then holds it. */
    void lock() {
        long start = System.nanoTime();
        try {
            run("SELECT pg_advisory_lock(?)");
        } catch (SQLException first) {
            // A connection the database dropped (restart, idle timeout): one fresh try.
            close();
            try {
                run("SELECT pg_advisory_lock(?)");
            } catch (SQLException e) {
                close();
                throw new StoreException("cannot take the enrichment lock in the store at "
                        + Database.redact(jdbcUrl) + ": " + e.getMessage(), e);
            }
        }
        takenAt = System.nanoTime();
        waitedNanos += takenAt - start;
        taken++;
    }

    /** Lets the next process in. */
    void unlock() {
        heldNanos += System.nanoTime() - takenAt;
        try {
            run("SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // Closing the session releases the lock as well.
            close();
        }
    }

    /** Time spent taking the lock so far (waiting for the others included), in nanoseconds. */
    long waitedNanos() {
        return waitedNanos;
    }

    /**
     * Time the lock was held so far (catch-up, store, enrichment and indexing of this process's batches), in
     * nanoseconds: while one worker holds it the others wait, so this is the serial part of collecting.
     */
    long heldNanos() {
        return heldNanos;
    }

    /** How many times the lock was taken. */
    long taken() {
        return taken;
    }

    private void run(String sql) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl);
            connection.setAutoCommit(true);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that is left to do; the session's end releases the lock.
            }
            connection = null;
        }
    }
}
