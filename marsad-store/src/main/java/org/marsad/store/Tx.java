package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /** A plain statement on this transaction; close it (try-with-resources). */
    public Statement createStatement() throws SQLException {
        check();
        return connection.createStatement();
    }

    /** Runs an INSERT, UPDATE or DELETE with {@code args} bound in order; returns the rows changed. */
    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Runs a query with {@code args} bound in order; every row mapped. */
    public <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
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
    }
}
