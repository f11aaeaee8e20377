package org.marsad.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves everything one store holds into another of the same schema — {@code marsad migrate}'s store half (an
 * embedded archive's SQLite file into PostgreSQL). Every table of the schema is copied row for row (articles, raw
 * sources, sources, accounts, watches, entities, stories, ...); both stores must be open through
 * {@link ArticleStore}, so both have the same Flyway migrations.
 *
 * <p>Resumable: rows are written in batches, each its own transaction, and a row already in the target (same key)
 * is left alone, so a copy stopped anywhere is finished by running it again; a table whose row count already
 * matches is not read again. A table without a key is emptied and copied whole again while its count differs. The small name/value tables
 * (counters such as {@code store_counters.seq}, {@code watch_state}, {@code entity_state}, {@code story_state}) take the source's values,
 * so that the target continues the source's sequence numbers and ids. The target keeps its own store identity and
 * records the source's as {@code migrated_from}: a target that holds anything else is refused.
 *
 * <p>Verified: when the copy ends, every table is counted on both sides, and the name/value tables compared.
 */
public final class StoreCopy {
    /** Rows per target transaction. */
    static final int BATCH = 500;
    private static final String MIGRATED_FROM = "migrated_from";
    /**
     * Tables not copied, counted or claimed: the tools' own, and {@code workers} (which running workers say they are
     * alive: a fact about processes on the target, never the archive's; a worker started while the copy runs writes
     * its row there, and the embedded store has none).
     */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "workers");

    private StoreCopy() {
    }

    /** Told of each table's progress: rows of {@code table} dealt with so far, of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        void rows(String table, long done, long total);
    }

    /** One table after the copy: its rows in the source and in the target. */
    public record TableCount(String table, long source, long target) {
        public boolean equal() {
            return source == target;
        }
    }

    /**
     * What was done: table rows written now (0 for a copy that was complete already; name/value rows not counted) and every table's verified counts.
     */
    public record Result(long rowsWritten, List<TableCount> tables) {
        /** The rows of {@code table} in the target. */
        public long rows(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::target).findFirst()
                    .orElse(0);
        }
    }

    /**
     * Copies {@code from} into {@code to} (see the class comment).
     *
     * @throws StoreException when the target holds another archive's data, a statement fails, or the counts differ
     *     afterwards
     */
    public static Result copy(ArticleStore from, ArticleStore to, Progress progress) {
        Objects.requireNonNull(progress);
        if (from.storeId().equals(to.storeId())) {
            throw new StoreException("the source and the target are the same store", null);
        }
        Database source = from.database();
        Database target = to.database();
        Map<String, Table> tables = target.read(tx -> tables(tx));
        Set<String> sourceTables = source.read(tx -> tables(tx).keySet());
        if (!sourceTables.equals(tables.keySet())) {
            throw new StoreException("the two stores have different tables (is one from another Marsad version?): "
                    + sourceTables + " / " + tables.keySet(), null);
        }
        claim(from.storeId(), target, tables.keySet());
        long written = 0;
        for (Table t : tables.values()) {
            if (t.keyValue()) {
                copyValues(t, source, target);
            } else {
                written += copyRows(t, source, target, progress);
            }
        }
        List<TableCount> counts = verify(tables, source, target);
        return new Result(written, counts);
    }

    /**
     * Marks the target as a copy of {@code sourceId}, or checks that it is one: a target with rows of its own (any
     * table but the name/value ones) and no such mark is another archive, and is not written.
     */
    private static void claim(String sourceId, Database target, Set<String> tables) {
        target.write(tx -> {
            String mark = tx.first("SELECT value FROM store_meta WHERE name = ?", rs -> rs.getString(1), MIGRATED_FROM)
                    .orElse(null);
            if (mark != null && !mark.equals(sourceId)) {
                throw new StoreException("the target store is a copy of another archive (store " + mark + "); "
                        + "use an empty database", null);
            }
            if (mark == null) {
                for (String t : tables) {
                    if (!KEY_VALUE.contains(t) && tx.number("SELECT COUNT(*) FROM " + t) > 0) {
                        throw new StoreException("the target store already holds data (table " + t + "); use an "
                                + "empty database", null);
                    }
                }
                tx.update("INSERT INTO store_meta (name, value) VALUES (?, ?)", MIGRATED_FROM, sourceId);
            }
            return null;
        });
    }

    /** The name/value tables whose values the target takes from the source. */
    private static final Set<String> KEY_VALUE = Set.of("store_meta", "store_counters", "watch_state",
            "entity_state", "story_state");

    /** Name/value rows, the source's values winning, except the store's own identity and mark. */
    private static long copyValues(Table t, Database source, Database target) {
        Map<String, Object> values = source.read(tx -> {
            Map<String, Object> m = new LinkedHashMap<>();
            try (Statement s = tx.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM " + t.name)) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getObject(2));
                }
            }
            return m;
        });
        if (t.name.equals("store_meta")) {
            values.remove("store_id");
            values.remove(MIGRATED_FROM);
        }
        // How far the source's own index was sent says nothing about the target's index, which the copy fills anew.
        values.keySet().removeAll(perIndex(t.name));
        // A position in the source's row order means nothing in the target's: a pass under way starts again there.
        values.replaceAll((k, v) -> positional(t.name).contains(k) ? (Object) 0L : v);
        return target.write(tx -> {
            long n = 0;
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Object v = t.value(e.getValue());
                if (tx.update("UPDATE " + t.name + " SET value = ? WHERE name = ?", v, e.getKey()) == 0) {
                    tx.update("INSERT INTO " + t.name + " (name, value) VALUES (?, ?)", e.getKey(), v);
                }
                n++;
            }
            return n;
        });
    }

    private static long copyRows(Table t, Database source, Database target, Progress progress) {
        long total = source.read(tx -> tx.number("SELECT COUNT(*) FROM " + t.name));
        long present = target.read(tx -> tx.number("SELECT COUNT(*) FROM " + t.name));
        if (total == present) {
            progress.rows(t.name, total, total);
            return 0;
        }
        String columns = String.join(", ", t.columns.keySet());
        String marks = String.join(", ", t.columns.keySet().stream().map(c -> "?").toList());
        String insert = "INSERT INTO " + t.name + " (" + columns + ") VALUES (" + marks + ")"
                + (t.keyed ? " ON CONFLICT DO NOTHING" : "");
        List<Integer> types = new ArrayList<>(t.columns.values());
        // One snapshot of the source; batches of rows into the target, each committed (a keyless table: at once).
        return source.read(tx -> {
            long written = 0;
            long done = 0;
            List<Object[]> batch = new ArrayList<>();
            if (!t.keyed) {
                target.write(w -> w.update("DELETE FROM " + t.name));
            }
            try (Statement s = tx.createStatement()) {
                s.setFetchSize(BATCH);
                try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + t.name)) {
                    while (rs.next()) {
                        Object[] row = new Object[types.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = read(rs, i + 1, types.get(i));
                        }
                        batch.add(row);
                        if (t.keyed && batch.size() == BATCH) {
                            written += write(target, insert, types, batch);
                            done += batch.size();
                            batch.clear();
                            progress.rows(t.name, done, total);
                        }
                    }
                }
            }
            written += write(target, insert, types, batch);
            done += batch.size();
            progress.rows(t.name, done, total);
            return written;
        });
    }

    private static long write(Database target, String insert, List<Integer> types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return target.write(tx -> {
            long n = 0;
            try (PreparedStatement ps = tx.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            ps.setNull(i + 1, types.get(i));
                        } else {
                            ps.setObject(i + 1, row[i]);
                        }
                    }
                    ps.addBatch();
                }
                for (int c : ps.executeBatch()) {
                    // ON CONFLICT DO NOTHING reports 0 for a row that was there already.
                    n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(c, 0);
                }
            }
            return n;
        });
    }

    /** A value as the target column takes it (SQLite stores by value, not by the declared type). */
    private static Object read(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> rs.getLong(i);
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> rs.getDouble(i);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
            default -> rs.getString(i);
        };
        if (rs.wasNull()) {
            return null;
        }
        return type == Types.INTEGER || type == Types.SMALLINT ? (Object) Math.toIntExact((Long) v) : v;
    }

    private static List<TableCount> verify(Map<String, Table> tables, Database source, Database target) {
        List<TableCount> counts = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Table t : tables.values()) {
            long a = source.read(tx -> tx.number("SELECT COUNT(*) FROM " + t.name));
            long b = target.read(tx -> tx.number("SELECT COUNT(*) FROM " + t.name));
            if (t.keyValue()) {
                Map<String, String> sa = values(source, t.name);
                Map<String, String> sb = values(target, t.name);
                if (t.name.equals("store_meta")) {
                    sa.keySet().removeAll(Set.of("store_id", MIGRATED_FROM));
                    sb.keySet().removeAll(Set.of("store_id", MIGRATED_FROM));
                }
                sa.keySet().removeAll(perIndex(t.name));
                sb.keySet().removeAll(perIndex(t.name));
                sa.replaceAll((k, v) -> positional(t.name).contains(k) ? "0" : v);
                sb.replaceAll((k, v) -> positional(t.name).contains(k) ? "0" : v);
                if (!sa.equals(sb)) {
                    wrong.add(t.name + " (values " + sa + " / " + sb + ")");
                }
                counts.add(new TableCount(t.name, sa.size(), sb.size()));
                continue;
            }
            TableCount c = new TableCount(t.name, a, b);
            counts.add(c);
            if (!c.equal()) {
                wrong.add(t.name + " (" + a + " rows, copied " + b + ")");
            }
        }
        if (!wrong.isEmpty()) {
            throw new StoreException("the copy differs from the source in " + String.join(", ", wrong)
                    + " (did something write to either store meanwhile?)", null);
        }
        return counts;
    }

    /** Rows of a key-value table that belong to the store's search index, not to its data. */
    private static Set<String> perIndex(String table) {
        return table.equals("store_counters") ? Set.of(ArticleStore.INDEX_SENT) : Set.of();
    }

    /** Rows of a key-value table that name a position in the store's own row order (not copied as such). */
    private static Set<String> positional(String table) {
        return table.equals("store_counters") ? Set.of(ArticleStore.LANGUAGES_AFTER) : Set.of();
    }

    private static Map<String, String> values(Database db, String table) {
        return db.read(tx -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (String[] kv : tx.query("SELECT name, value FROM " + table,
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                m.put(kv[0], kv[1]);
            }
            return m;
        });
    }

    /** The tables of the schema the transaction's connection is on, with their columns and SQL types. */
    private static Map<String, Table> tables(Tx tx) throws SQLException {
        Map<String, Table> out = new LinkedHashMap<>();
        try (Statement s = tx.createStatement()) {
            Connection c = s.getConnection();
            DatabaseMetaData md = c.getMetaData();
            String schema = c.getSchema();
            Set<String> names = new TreeSet<>();
            try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!SKIPPED.contains(name) && !name.startsWith("sqlite_")) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
                    var meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
                    }
                }
                boolean keyed;
                try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
                    keyed = rs.next();
                }
                if (!keyed) {
                    try (ResultSet rs = md.getIndexInfo(null, schema, name, true, true)) {
                        keyed = rs.next();
                    }
                }
                out.put(name, new Table(name, columns, keyed));
            }
        }
        return out;
    }

    private record Table(String name, Map<String, Integer> columns, boolean keyed) {
        boolean keyValue() {
            return KEY_VALUE.contains(name);
        }

        /** A name/value table's value as its column takes it. */
        Object value(Object v) {
            if (v == null) {
                return null;
            }
            int type = columns.getOrDefault("value", Types.VARCHAR);
            return switch (type) {
                case Types.BIGINT -> ((Number) v).longValue();
                case Types.INTEGER, Types.SMALLINT -> ((Number) v).intValue();
                default -> v.toString();
            };
        }
    }
}
