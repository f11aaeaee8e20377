package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A copy of an embedded archive that can be taken while a server or an ingest writes to it, and put back into a new
 * data directory. Only the store ({@code marsad.db}) is copied: everything else in a data directory is derived from
 * it and rebuilt when missing (the search index, the story state, the entity context) or belongs to the running
 * process (locks, {@code server.json}). Copying the index as well could not be made consistent with the store from
 * another process (the server merges and deletes its files while it runs), and an index ahead of its store would
 * be rebuilt anyway.
 *
 * <p>The copy is SQLite's {@code VACUUM INTO}: one read transaction over the store, so it holds exactly the
 * transactions committed when it began (an ingest batch is there whole or not at all), and writers go on meanwhile
 * (WAL mode: a reader blocks no writer). The copy is checked ({@code PRAGMA quick_check}) and counted.
 */
public final class StoreBackup {
    /** How long the copy waits for a checkpoint that locks the file for a moment. */
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private StoreBackup() {
    }

    /**
     * What was copied: the articles it holds (hidden ones included), the copy's size in bytes, and the sources it
     * follows and watches it alerts (a restored copy served beside its original polls and alerts as it does).
     */
    public record Copied(long articles, long bytes, long sources, long watches) {
    }

    /**
     * Copies the store of {@code dataDir} into {@code to} (created; it must not exist, or be an empty directory),
     * while other processes may be writing the store.
     *
     * @throws StoreException when there is no archive to copy, {@code to} holds files, or the copy fails
     */
    public static Copied backup(Path dataDir, Path to) {
        Path db = dataDir.resolve(Archive.DB_FILE);
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no embedded archive in " + dataDir + " (no " + Archive.DB_FILE + ")", null);
        }
        return copyChecked(db, emptyTarget(to, "the backup").resolve(Archive.DB_FILE));
    }

    /**
     * Puts the store copied by {@link #backup} into {@code dataDir}, which must not hold an archive (it is created
     * when missing). The search index and the other derived files are rebuilt from it when the archive is first
     * opened.
     *
     * @throws StoreException when {@code from} holds no checked copy or {@code dataDir} holds an archive
     */
    public static Copied restore(Path from, Path dataDir) {
        Path copy = from.resolve(Archive.DB_FILE);
        if (!Files.isRegularFile(copy)) {
            throw new StoreException("no backup in " + from + " (no " + Archive.DB_FILE + ")", null);
        }
        check(copy);
        Path target = dataDir.resolve(Archive.DB_FILE);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot restore into " + dataDir + ": " + e.getMessage(), e);
        }
        if (Files.exists(target) || Files.exists(dataDir.resolve(Archive.INDEX_DIR))) {
            throw new StoreException(dataDir + " holds an archive already: restore into a new directory "
                    + "(nothing was changed)", null);
        }
        // Read through SQLite, not copied as a file: a store whose last commits are still in its write-ahead log
        // (a data directory given as the backup, a copy taken with cp after a kill) would otherwise lose them
        // while its count, read through SQLite, still named them.
        return copyChecked(copy, target);
    }

    // The store db copied into the file copy by VACUUM INTO (one read transaction, the write-ahead log's commits
    // included), checked and counted, and named copy only once whole: a copy cut short is never taken for a store.
    private static Copied copyChecked(Path db, Path copy) {
        Path partial = copy.resolveSibling(Archive.DB_FILE + ".partial");
        deleteQuietly(partial);
        try (Connection c = open(db)) {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot copy " + db + ": " + e.getMessage(), e);
        }
        try {
            Copied checked = check(partial);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            return checked;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot write " + copy + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    // The target directory, created; refused when it holds anything (a backup is never written over another).
    private static Path emptyTarget(Path to, String what) {
        try {
            if (Files.exists(to)) {
                if (!Files.isDirectory(to)) {
                    throw new StoreException(to + " is a file: give a new directory for " + what, null);
                }
                try (var entries = Files.list(to)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreException(to + " is not empty: give a new directory for " + what, null);
                    }
                }
            }
            return Files.createDirectories(to);
        } catch (IOException e) {
            throw new StoreException("cannot create " + to + ": " + e.getMessage(), e);
        }
    }

    // The copy is whole (SQLite's own check) and a Marsad store: its articles counted.
    private static Copied check(Path copy) {
        try (Connection c = open(copy); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(copy + " is damaged: " + result, null);
                }
            }
            return new Copied(count(s, "articles"), Files.size(copy), count(s, "sources"), count(s, "watches"));
        } catch (SQLException e) {
            throw new StoreException(copy + " is not a Marsad store: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot read " + copy + ": " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: the copy never writes the archive it reads
        return DriverManager.getConnection("jdbc:sqlite:" + file, p);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .partial file is never read as a backup
        }
    }
}
