package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One transaction in progress, as {@link Database#write} and {@link Database#read} hand it to their work: it
 * prepares statements and runs them, and nothing else. Beginning, committing, rolling back, retrying and closing
 * belong to the database. Valid only inside the work it was given to.
 */
public final class Tx {
    private final Connection connection;
    final boolean writable;
    private boolean closed;
    /** Most statements kept by one transaction (a transaction with more distinct SQL prepares the rest each time). */
    private static final int MAX_STATEMENTS = 64;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, PreparedStatement> kept = new HashMap<>();

    Tx(Connection connection, boolean writable) {
        this.connection = connection;
        this.writable = writable;
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A prepared statement on this transaction; close it (try-with-resources). */
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        check();
        return connection.prepareStatement(sql);
    }

    /**
     * A prepared statement kept by this transaction until it ends, the same one for the same SQL: for a statement
     * run once per item of a batch write (preparing it each time cost as much as running it). Do not close it, and
     * do not use it again while a result of it is open; the transaction closes it.
     */
    public PreparedStatement kept(String sql) throws SQLException {
        check();
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            kept.put(sql, ps);
        }
        return ps;
    }

    /** A plain statement on this transaction; close it (try-with-resources). */
    public Statement createStatement() throws SQLException {
        check();
        return connection.createStatement();
    }

    /** Runs an INSERT, UPDATE or DELETE with {@code args} bound in order; returns the rows changed. */
    public int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = take(sql);
        boolean ok = false;
        try {
            bind(ps, args);
            int n = ps.executeUpdate();
            ok = true;
            return n;
        } finally {
            giveBack(sql, ps, ok);
        }
    }

    /** Runs a query with {@code args} bound in order; every row mapped. */
    public <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
        PreparedStatement ps = take(sql);
        boolean ok = false;
        try {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            ok = true;
            return out;
        } finally {
            giveBack(sql, ps, ok);
        }
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... args) throws SQLException {
        PreparedStatement ps = take(sql);
        boolean ok = false;
        try {
            bind(ps, args);
            Optional<T> out;
            try (ResultSet rs = ps.executeQuery()) {
                out = rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
            ok = true;
            return out;
        } finally {
            giveBack(sql, ps, ok);
        }
    }

    // Statements of update/query/first are kept for the rest of the transaction: a batch write runs the same few
    // statements for every article, and preparing them again each time cost as much as running them (SQLite's
    // prepare showed as 15% of ingest in a profile). A statement is taken out while it runs, so a row mapper that
    // runs the same SQL again gets a fresh one; a statement whose run failed is closed, not kept.
    private PreparedStatement take(String sql) throws SQLException {
        check();
        PreparedStatement ps = statements.remove(sql);
        return ps != null ? ps : connection.prepareStatement(sql);
    }

    private void giveBack(String sql, PreparedStatement ps, boolean healthy) {
        if (!healthy || closed || statements.size() >= MAX_STATEMENTS) {
            closeQuietly(ps);
            return;
        }
        PreparedStatement displaced = statements.put(sql, ps);
        if (displaced != null) {
            closeQuietly(displaced);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // Closing a statement that failed: the transaction's own outcome is what is reported.
        }
    }

    /** The number in the first column of the first row (0 when there is no row). */
    public long number(String sql, Object... args) throws SQLException {
        return first(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("the transaction has ended");
        }
    }

    void close() {
        closed = true;
        for (PreparedStatement ps : statements.values()) {
            closeQuietly(ps);
        }
        statements.clear();
        for (PreparedStatement ps : kept.values()) {
            closeQuietly(ps);
        }
        kept.clear();
    }
}
