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
    /** PostgreSQL's SQLSTATE for a lock wait ended by lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

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

    /**
     * Waits at most {@code patience} for the lock (zero: only when it is free now), then holds it and returns true;
     * returns false, holding nothing, when another process still has it. A process whose index write waits on a hung
     * node keeps the lock for as long as that write waits; a worker that would wait behind it stores instead.
     */
    boolean tryLock(java.time.Duration patience) {
        long start = System.nanoTime();
        boolean got;
        try {
            got = tryOnce(patience);
        } catch (SQLException first) {
            // A connection the database dropped (restart, idle timeout): one fresh try.
            close();
            try {
                got = tryOnce(patience);
            } catch (SQLException e) {
                close();
                throw new StoreException("cannot take the enrichment lock in the store at "
                        + Database.redact(jdbcUrl) + ": " + e.getMessage(), e);
            }
        }
        long now = System.nanoTime();
        waitedNanos += now - start;
        if (got) {
            takenAt = now;
            taken++;
        }
        return got;
    }

    private boolean tryOnce(java.time.Duration patience) throws SQLException {
        if (patience.isZero() || patience.isNegative()) {
            return query("SELECT pg_try_advisory_lock(?)");
        }
        // lock_timeout bounds the wait in PostgreSQL's own queue of the lock's waiters (a waiter polling
        // pg_try_advisory_lock instead could lose its turn to every queued one).
        try (java.sql.Statement st = connection().createStatement()) {
            st.execute("SET lock_timeout = " + Math.max(1, patience.toMillis()));
        }
        try {
            run("SELECT pg_advisory_lock(?)");
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } finally {
            try (java.sql.Statement st = connection().createStatement()) {
                st.execute("SET lock_timeout = 0");
            }
        }
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
        query(sql);
    }

    /** Runs a one-row lock function on the lock's connection; its boolean answer (true for the void ones). */
    private boolean query(String sql) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object answer = rs.getObject(1);
                return !(answer instanceof Boolean b) || b;
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl);
            connection.setAutoCommit(true);
        }
        return connection;
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
