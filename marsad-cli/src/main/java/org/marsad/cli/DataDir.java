package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Opens an archive that must already hold data (for commands that only read it). */
    Archive existing() {
        Path p = path();
        String url = System.getenv("MARSAD_DB_URL");
        if ((url == null || url.isBlank()) && !Files.exists(p.resolve(Archive.DB_FILE))) {
            throw new UserException("no Marsad data in " + p + " (run 'marsad ingest --data " + p + " PATH...' first)");
        }
        return open();
    }

    private Archive open() {
        Path p = path();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UserException(p + ": not a directory");
        }
        try {
            return Archive.open(p);
        } catch (StoreException | IndexException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot open " + p));
        }
    }
}
