package org.marsad.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;

/**
 * The database the store lives in (SQLite by default, PostgreSQL through the same code), shared by the modules that
 * keep tables in it. Each table has one owner that runs its SQL through here: the articles, tags and raw sources
 * belong to {@link ArticleStore}, near-duplicates and stories to {@code org.marsad.store.stories}, sources and
 * polling memory to {@code marsad-ingest}, server requests to {@code marsad-server}. No one else gets a connection:
 * the database decides how transactions begin, end and wait for each other.
 *
 * <p>Several processes may write one SQLite file at once (a server polling, {@code marsad ingest}, another
 * ingest). The rules that keep every write:
 * <ul>
 *   <li>a write transaction begins {@code IMMEDIATE}: it takes the write lock before reading, so it never has to
 *       upgrade a read lock (the upgrade is what SQLite's busy timeout cannot wait for);</li>
 *   <li>a transaction that still finds the database busy is rolled back and run again, whole, after a growing
 *       pause, a bounded number of times ({@link Work} must therefore be repeatable: SQL only, no other side
 *       effects);</li>
 *   <li>reads run on their own connections in WAL mode: they never wait for a writer;</li>
 *   <li>schema migrations run under an exclusive file lock beside the database, so two processes opening a
 *       fresh directory at once both succeed (PostgreSQL: Flyway's own advisory lock).</li>
 * </ul>
 *
 * <p>Thread safety: any thread may call {@link #read} and {@link #write}; writes of one process run one at a time.
 * A {@link Work} that calls {@code read} or {@code write} again runs inside the transaction it is already in.
 */
public final class Database implements AutoCloseable {
    /** Read connections kept open at most; reads beyond this many wait for one. */
    private static final int MAX_READERS = 4;
    /** How long SQLite itself waits for a lock before answering "busy". */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /** Whole-transaction attempts when the database stays busy (with SQLite's own wait, about a minute). */
    private static final int MAX_ATTEMPTS = 10;
    // Within one JVM, file locks cannot be shared between threads: migrations of one file queue here first.
    private static final ConcurrentHashMap<Path, ReentrantLock> MIGRATING = new ConcurrentHashMap<>();
    /** Where Flyway finds the migrations: the modules' SQL files, and the store's Java ones in a Marsad package. */
    private static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:org/marsad/store/migration"};

    private final String url;
    private final boolean sqlite;
    private final boolean readOnly;
    private final Connection writer;
    private final ReentrantLock writing = new ReentrantLock();
    private final List<Connection> idleReaders = new ArrayList<>();
    private int readersOpen;
    private boolean closed;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    // The connection that only asks SQLite whether anything was committed ({@link #changeMark}), opened on first use.
    private final Object watching = new Object();
    private Connection watch;
    private PreparedStatement dataVersion;
    // Grows each time the watching connection is opened again, so that a new connection's counter (which starts
    // afresh) never gives a mark an earlier one gave.
    private long watchOpenings;

    /** Work inside one transaction. It may run more than once (see the class comment): SQL only. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private Database(String url, Connection writer, boolean readOnly) {
        this.url = url;
        this.sqlite = isSqlite(url);
        this.writer = writer;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=U&password=P}),
     * bringing its schema up to date with the Flyway migrations on the classpath (the SQL ones in {@code db/migration},
     * the Java ones in {@code org.marsad.store.migration}).
     */
    public static Database open(String jdbcUrl) {
        if (!isSqlite(jdbcUrl) && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            // Without this, Flyway's "No database plugin found to handle ********" and a link to its help site.
            throw new StoreException("not a store address: " + redact(jdbcUrl)
                    + " (expected jdbc:postgresql://HOST/DB?user=U&password=P)");
        }
        migrate(jdbcUrl);
        try {
            return new Database(jdbcUrl, connectWriter(jdbcUrl), false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing SQLite store for reading only, writing nothing at all: no migration, no lock file, no WAL
     * switch, and (when no other process has it open, i.e. there is no {@code -wal} file beside it) SQLite's
     * {@code immutable} mode, which creates no {@code -shm}/{@code -wal} files either. For a store in a directory
     * this process may not (or should not) write. Every {@link #write} fails.
     *
     * @throws StoreException when the file is missing or not a Marsad store, or its schema is older than this code
     *         (an upgrade would have to write it)
     */
    public static Database openReadOnly(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(abs)) {
            throw new StoreException("no store at " + abs, null);
        }
        // With a -wal file present, committed data may still be in it: read it through SQLite's normal read-only
        // mode (which uses the -shm index). Without one, the file alone is the whole database.
        boolean walPresent = java.nio.file.Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"));
        String url = "jdbc:sqlite:file:" + abs.toUri().getRawPath() + "?mode=ro" + (walPresent ? "" : "&immutable=1");
        Database db = new Database(url, null, true);
        try {
            db.checkSchemaCurrent();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void checkSchemaCurrent() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url);
        try {
            org.flywaydb.core.api.MigrationInfo[] pending = Flyway.configure().dataSource(ds)
                    .loggers(FlywayLog.class.getName()).locations(MIGRATIONS).outOfOrder(true).load().info()
                    .pending();
            if (pending.length > 0) {
                throw new StoreException("the store needs an upgrade (" + pending.length + " schema change"
                        + (pending.length == 1 ? "" : "s") + ") and is opened read-only: open it once with a "
                        + "command that writes (e.g. marsad reindex) where the directory is writable", null);
            }
        } catch (FlywayException e) {
            throw new StoreException("cannot read the store's schema version: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Whether this database was opened for reading only ({@link #openReadOnly}). */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The JDBC URL this database was opened with. */
    public String jdbcUrl() {
        return url;
    }

    /** Whether this is SQLite (else PostgreSQL). */
    public boolean isSqlite() {
        return sqlite;
    }

    /**
     * Runs {@code work} in one write transaction, committed when it returns and rolled back when it throws. On
     * SQLite the transaction holds the write lock from its start; when another process holds it longer than the
     * busy timeout, the transaction is run again after a pause, up to a bound.
     *
     * @throws StoreException when the SQL fails, or the database stays busy
     */
    public <T> T write(Work<T> work) {
        Tx open = current.get();
        if (open != null) {
            if (!open.writable) {
                throw new IllegalStateException("a write inside a read transaction");
            }
            return run(open, work);
        }
        if (readOnly) {
            throw new StoreException("the store is open read-only", null);
        }
        writing.lock();
        try {
            checkOpen();
            return attempt(writer, true, work);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Runs {@code work} in one read transaction (a consistent snapshot). In WAL mode a read never waits for a
     * writer. Inside a {@link #write}, it reads what that write has done so far.
     */
    public <T> T read(Work<T> work) {
        Tx open = current.get();
        if (open != null) {
            return run(open, work);
        }
        Connection c = borrowReader();
        boolean healthy = false;
        try {
            T result = attempt(c, false, work);
            healthy = true;
            return result;
        } finally {
            giveBack(c, healthy);
        }
    }

    private <T> T run(Tx tx, Work<T> work) {
        try {
            return work.run(tx);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T attempt(Connection c, boolean write, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Tx tx = new Tx(c, write);
            try {
                begin(c, write);
                current.set(tx);
                T result = work.run(tx);
                current.remove();
                commit(c);
                return result;
            } catch (SQLException e) {
                current.remove();
                rollbackQuietly(c);
                if (isBusy(e) && attempt < MAX_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                if (isBusy(e)) {
                    throw new StoreException("the store is busy: another process has been writing it for too long ("
                            + e.getMessage() + ")", e);
                }
                throw failure(e);
            } catch (RuntimeException | Error e) {
                current.remove();
                rollbackQuietly(c);
                throw e;
            } finally {
                tx.close();
            }
        }
    }

    private void begin(Connection c, boolean write) throws SQLException {
        if (sqlite) {
            // Auto-commit stays on between transactions; BEGIN/COMMIT delimit them, so no lock is held at rest.
            try (Statement s = c.createStatement()) {
                s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
            }
        }
        // PostgreSQL connections run with auto-commit off: a transaction begins with the first statement.
    }

    private void commit(Connection c) throws SQLException {
        if (sqlite) {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            c.commit();
        }
    }

    private void rollbackQuietly(Connection c) {
        try {
            if (sqlite) {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            } else {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // no transaction was open (BEGIN itself failed), or the connection is broken: the failure says why
        }
    }

    /** SQLite's busy or locked; PostgreSQL's serialization failure or deadlock. */
    static boolean isBusy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                if (primary == 5 || primary == 6) {
                    return true;
                }
            }
            if (t instanceof SQLException q && ("40001".equals(q.getSQLState()) || "40P01".equals(q.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        long base = Math.min(2_000, 25L << Math.min(attempt, 6));
        try {
            // Jitter, so that two processes that collided do not collide again in step.
            Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the store was busy", e);
        }
    }

    /**
     * A mark that differs from every earlier one this database gave once anything has been committed to the store,
     * by this process or another; -1 when it cannot tell (PostgreSQL), or when the calling thread is inside a
     * transaction of this database (what it reads there may be written and not yet committed), so that callers read
     * again. For
     * callers that keep what they read until the store may have changed ({@code UntilCommit}): SQLite's {@code
     * PRAGMA data_version} on a connection of its own, which reads the WAL's shared header and no table.
     */
    public long changeMark() {
        if (!sqlite || current.get() != null) {
            return -1;
        }
        synchronized (watching) {
            checkOpen();
            try {
                if (dataVersion == null) {
                    watch = readOnly ? DriverManager.getConnection(url, sqliteProperties()) : connect(url);
                    dataVersion = watch.prepareStatement("PRAGMA data_version");
                    watchOpenings++;
                }
                try (ResultSet rs = dataVersion.executeQuery()) {
                    rs.next();
                    // The counter is per connection and small: the openings keep marks of two connections apart.
                    return (watchOpenings << 40) + rs.getLong(1);
                }
            } catch (SQLException e) {
                closeWatch();
                throw failure(e);
            }
        }
    }

    private void closeWatch() {
        synchronized (watching) {
            if (watch != null) {
                closeQuietly(watch);
            }
            watch = null;
            dataVersion = null;
        }
    }

    private Connection borrowReader() {
        synchronized (idleReaders) {
            while (true) {
                checkOpen();
                if (!idleReaders.isEmpty()) {
                    return idleReaders.remove(idleReaders.size() - 1);
                }
                if (readersOpen < MAX_READERS) {
                    readersOpen++;
                    break;
                }
                try {
                    idleReaders.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for a store connection", e);
                }
            }
        }
        try {
            return readOnly ? DriverManager.getConnection(url, sqliteProperties()) : connect(url);
        } catch (SQLException e) {
            synchronized (idleReaders) {
                readersOpen--;
                idleReaders.notifyAll();
            }
            throw failure(e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        synchronized (idleReaders) {
            if (healthy && !closed) {
                idleReaders.add(c);
            } else {
                readersOpen--;
                closeQuietly(c);
            }
            idleReaders.notifyAll();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the store is closed", null);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        if (!isSqlite(jdbcUrl)) {
            Connection c = DriverManager.getConnection(jdbcUrl);
            c.setAutoCommit(false);
            return c;
        }
        Connection c = DriverManager.getConnection(jdbcUrl, sqliteProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
        }
        return c;
    }

    /**
     * Pages SQLite may keep in memory for the one write connection, in KiB (the default is 2 MB). An ingest writes
     * rows keyed by article id into several indexes, which touches pages all over them; with the default the
     * writer read most pages again from the file for every batch. Native memory, taken only as pages are used;
     * reading connections keep the default (there are several).
     */
    static final int WRITER_CACHE_KIB = 64 * 1024;

    private static Connection connectWriter(String jdbcUrl) throws SQLException {
        Connection c = connect(jdbcUrl);
        if (isSqlite(jdbcUrl)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size=-" + WRITER_CACHE_KIB);
            }
        }
        return c;
    }

    private static Properties sqliteProperties() {
        Properties p = new Properties();
        // Set on the connection before anything else runs, so even switching a fresh file to WAL waits its turn.
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
        // NORMAL in WAL mode loses nothing when the process dies (kill -9), only on power loss.
        p.setProperty("synchronous", "NORMAL");
        // Nothing reads generated keys: without this the driver runs "SELECT last_insert_rowid()" (a statement
        // prepared anew) after every INSERT, which showed in an ingest profile.
        p.setProperty("jdbc.get_generated_keys", "false");
        return p;
    }

    private static void migrate(String jdbcUrl) {
        if (!isSqlite(jdbcUrl)) {
            // Flyway serializes concurrent migrations on PostgreSQL with an advisory lock.
            runFlyway(Flyway.configure().dataSource(jdbcUrl, null, null), jdbcUrl);
            return;
        }
        Path file = sqliteFile(jdbcUrl);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        ReentrantLock inJvm = MIGRATING.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        inJvm.lock();
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl(jdbcUrl);
            ds.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            runFlyway(Flyway.configure().dataSource(ds), jdbcUrl);
        } catch (IOException e) {
            throw new StoreException("cannot lock " + lockFile + " to prepare the store: " + e.getMessage(), e);
        } finally {
            inJvm.unlock();
        }
    }

    private static void runFlyway(org.flywaydb.core.api.configuration.FluentConfiguration config, String jdbcUrl) {
        try {
            Flyway flyway = config.locations(MIGRATIONS).loggers(FlywayLog.class.getName())
                    // Modules own version ranges and land in any order, so a lower version may arrive after a
                    // higher one was applied.
                    .outOfOrder(true)
                    .load();
            org.flywaydb.core.api.MigrationInfoService info = flyway.info();
            int pending = info.pending().length;
            if (pending > 0 && info.applied().length > 0) {
                // Some upgrades rebuild whole tables (V92 took minutes at 100,000 articles): an existing archive's
                // user is told why the command is silent instead of seeing it hang.
                System.err.println("marsad: upgrading the store to this version (" + pending + " schema change"
                        + (pending == 1 ? "" : "s") + "; a large archive can take minutes)");
            }
            if (pending > 0) {
                FlywayLog.migrating(flyway::migrate);
            } else {
                // still validates what was applied, but says nothing when it finds the store up to date (FlywayLog)
                flyway.migrate();
            }
        } catch (FlywayException e) {
            // Flyway prefixes the driver's reason with the URL again (masked) and "for user 'null'" (the user is
            // in the URL): the URL is named already, and the user was not null.
            String why = e.getMessage().lines().findFirst().orElse("")
                    .replaceFirst("^Unable to obtain connection from database \\(.*?\\) for user '[^']*': ",
                            "cannot connect: ");
            throw new StoreException("cannot prepare the store at " + redact(jdbcUrl) + ": " + why, e);
        }
    }

    private static Path sqliteFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        return Path.of(q >= 0 ? rest.substring(0, q) : rest).toAbsolutePath();
    }

    static boolean isSqlite(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }

    private static StoreException failure(SQLException e) {
        return new StoreException("store error: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** Closes every connection; a transaction in progress finishes first. */
    @Override
    public void close() {
        writing.lock();
        try {
            synchronized (idleReaders) {
                if (closed) {
                    return;
                }
                closed = true;
                closeWatch();
                idleReaders.forEach(Database::closeQuietly);
                idleReaders.clear();
                idleReaders.notifyAll();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writing.unlock();
        }
    }
}
