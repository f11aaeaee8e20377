package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.search.IndexException;
import org.marsad.server.Ownership;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import org.marsad.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of every command that reads or writes data, and opening the archive there with
 * failures turned into one-line messages. The default is {@code $MARSAD_DATA}, else {@code ./marsad-data};
 * {@code $MARSAD_DB_URL} (a JDBC URL, e.g. PostgreSQL) replaces the SQLite file when set.
 */
final class DataDir {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $MARSAD_DATA, else ./marsad-data).")
    Path dir;

    Path path() {
        if (dir != null && dir.toString().isBlank()) {
            // Path.of("") is the current directory: a script's unset variable must not write Marsad's files there.
            throw UserException.usage("--data needs a directory (it was empty)");
        }
        return dir != null ? dir : Archive.defaultDataDir();
    }

    /** The Marsad server that owns the directory now, if one runs. */
    Optional<ServerInfo> server() {
        return Ownership.current(path());
    }

    /** Opens the archive, creating the directory when needed (for commands that add data). */
    Archive create() {
        return open();
    }

    /**
     * Opens an archive that must already hold data (for commands that only read it); a missing directory is a
     * one-line error, and nothing is created.
     */
    Archive existing() {
        Path p = path();
        String url = System.getenv("MARSAD_DB_URL");
        if ((url == null || url.isBlank()) && !Files.isDirectory(p)) {
            throw new UserException("no data directory at " + p
                    + " (run 'marsad ingest --data " + p + " PATH...' first)");
        }
        if ((url == null || url.isBlank()) && !Files.exists(p.resolve(Archive.DB_FILE))) {
            throw new UserException("no Marsad data in " + p + " (run 'marsad ingest --data " + p + " PATH...' first)");
        }
        return open();
    }

    /**
     * Opens an archive that must already hold data, for a command that only reads it (search, export, stories,
     * sources list). Where the directory may be written, this is {@link #existing()} (which brings the index up to
     * date with the store). Where it may not — a read-only mount, or the directory, its store or its index without
     * write permission — the archive is opened read-only and nothing in the directory is written or created; when
     * the index lacks articles the store has, a note on {@code err} says so.
     */
    Archive reading(PrintWriter err) {
        Path p = path();
        if (!readOnly(p)) {
            return existing();
        }
        String url = System.getenv("MARSAD_DB_URL");
        boolean sqlite = url == null || url.isBlank();
        if (!Files.isDirectory(p)) {
            throw new UserException("no data directory at " + p);
        }
        if (sqlite && !Files.exists(p.resolve(Archive.DB_FILE))) {
            throw new UserException("no Marsad data in " + p);
        }
        Archive archive;
        try {
            archive = Archive.openReadOnly(p, sqlite ? null : url);
        } catch (StoreException | IndexException e) {
            throw new UserException(p + " is read-only: " + e.getMessage().lines().findFirst().orElse("cannot open it"));
        }
        long lag = archive.lag();
        if (lag > 0) {
            err.println("marsad: " + p + " is read-only and its search index lacks " + lag + " stored article"
                    + (lag == 1 ? "" : "s") + " ('marsad reindex' adds them where the directory is writable)");
            err.flush();
        }
        return archive;
    }

    /**
     * Whether this process must not write the data directory: it, its store or its index is not writable, or has
     * no write permission for anyone (so that a directory made read-only is treated so even by root, whom the
     * permission bits do not stop).
     */
    static boolean readOnly(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        for (Path p : List.of(dir, dir.resolve(Archive.DB_FILE), dir.resolve(Archive.INDEX_DIR))) {
            if (Files.exists(p) && (!Files.isWritable(p) || noWriteBits(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean noWriteBits(Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return false; // not a POSIX file system: Files.isWritable decides
        }
    }

    /**
     * Refuses, in one line, a data directory that a writing command cannot use: a path that is not a directory, or
     * a directory that may not be written (see {@link #readOnly}).
     */
    void checkWritable() {
        Path p = path();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UserException(p + ": not a directory");
        }
        if (readOnly(p)) {
            throw new UserException(p + " is read-only, and this command writes it");
        }
    }

    private Archive open() {
        Path p = path();
        checkWritable();
        try {
            return Archive.open(p);
        } catch (StoreException | IndexException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot open " + p));
        }
    }
}
