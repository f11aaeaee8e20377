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
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreException;
import org.marsad.solr.SolrCollections;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} and {@code --solr ADDRESS} options of every command that reads or writes data, and the one
 * place that opens the archive, with failures turned into one-line messages. The directory defaults to
 * {@code $MARSAD_DATA}, else {@code ./marsad-data}; {@code $MARSAD_DB_URL} (a JDBC URL, e.g. PostgreSQL) replaces
 * the SQLite file when set. The search index is {@code DIR/index}, or a SolrCloud collection when {@code --solr} (or
 * {@code $MARSAD_SOLR}) gives a cluster; then, as with the embedded index, the process holding the writer lock
 * ({@code DIR/solr.lock}) indexes and enriches, and any other process opening the directory meanwhile stores only.
 */
final class DataDir {
    /** The lock file that makes one process the writer of the collection for this directory. */
    static final String SOLR_LOCK = "solr.lock";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $MARSAD_DATA, else ./marsad-data).")
    Path dir;

    @Option(names = "--solr", paramLabel = "ADDRESS",
            description = "Keep the search index on this SolrCloud instead of DIR/index: ZooKeeper hosts "
                    + "(zk1:2181,zk2:2181/solr) or Solr URLs (default: $MARSAD_SOLR; unset: the embedded index).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The collection, with --solr (default: $MARSAD_SOLR_COLLECTION, else "
                    + SolrCollections.DEFAULT_COLLECTION + ").")
    String collection;

    /** The SolrCloud holding the index, or empty for the embedded index in {@code DIR/index}. */
    Optional<SolrTarget> solr() {
        String address = solr;
        if (address == null) {
            // An empty MARSAD_SOLR counts as unset, as shells treat it.
            address = System.getenv("MARSAD_SOLR");
            if (address == null || address.isBlank()) {
                return Optional.empty();
            }
        }
        if (address.isBlank()) {
            // An empty --solr is a script's unset variable, not a wish for the embedded index.
            throw UserException.usage("--solr needs an address (ZooKeeper hosts or Solr URLs); it was empty");
        }
        try {
            return Optional.of(SolrTarget.parse(address));
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
    }

    /** The collection used with {@link #solr()}. */
    String collection() {
        String name = collection != null ? collection : System.getenv("MARSAD_SOLR_COLLECTION");
        return name == null || name.isBlank() ? SolrCollections.DEFAULT_COLLECTION : name.strip();
    }

    /** Where the index is, for messages: the directory's, or the collection and cluster. */
    String indexPlace() {
        return solr().map(t -> "collection " + collection() + " at " + t).orElse(path().resolve(Archive.INDEX_DIR)
                .toString());
    }

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
        return open(true, false);
    }

    /**
     * {@link #create()} for a server, which opens at once: a rebuild the index needs runs in the background
     * afterwards (see {@link Archive#openServing}); with SolrCloud it is done before, as for any command.
     */
    Archive createServing() {
        return open(true, true);
    }

    /**
     * Whether this directory's archive is one of several processes on a shared store and collection (PostgreSQL
     * and SolrCloud), where collecting workers enrich what they store.
     */
    boolean besideWorkers() {
        String url = dbUrl();
        return solr().isPresent() && url != null && url.strip().startsWith("jdbc:postgresql:");
    }

    /**
     * Opens the archive for a web server beside workers ({@link #besideWorkers}): it enriches nothing and writes no
     * derived rows (see {@link Archive#open(Path, String, org.marsad.search.SearchIndex, boolean)}).
     */
    Archive createServingOnly() {
        return open(false, false);
    }

    /**
     * Opens the store alone (migrated to this Marsad's schema), without any index, for a command that only reads
     * the store: filling a SolrCloud collection from it. It must already hold data.
     */
    ArticleStore store() {
        Path p = path();
        String url = dbUrl();
        if (url == null && !Files.exists(p.resolve(Archive.DB_FILE))) {
            throw new UserException("no Marsad data in " + p + " (run 'marsad ingest --data " + p + " PATH...' first)");
        }
        try {
            return url == null ? ArticleStore.openSqlite(p.resolve(Archive.DB_FILE)) : ArticleStore.open(url);
        } catch (StoreException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot open " + p));
        }
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
        return open(true, false);
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
            archive = Archive.openReadOnly(p, sqlite ? null : url, solr().isPresent() ? solrIndex(true) : null);
        } catch (SolrException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot reach " + indexPlace()));
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

    /** The store's JDBC URL from {@code $MARSAD_DB_URL}, or null for {@code DIR/marsad.db}. */
    static String dbUrl() {
        String url = System.getenv("MARSAD_DB_URL");
        return url == null || url.isBlank() ? null : url;
    }

    /**
     * The collection as this process's index: a read-only view, or writable while this process holds the
     * directory's writer lock (else read-only too).
     */
    private org.marsad.search.SearchIndex solrIndex(boolean readOnly) {
        SolrTarget target = solr().orElseThrow();
        SolrIndex index = readOnly ? SolrIndex.openReadOnly(target, collection())
                : SolrIndex.open(target, collection(), path().resolve(SOLR_LOCK));
        // Pages read from the store at once while the nodes are down or hung, instead of each waiting for them.
        return org.marsad.search.IndexBreaker.around(index, java.time.Clock.systemUTC());
    }

    /**
     * What a command says while opening indexes the whole store before it can run (a restored backup, a lost index,
     * one made by another version): one line first, with the count and the time it takes, then a progress bar where
     * a person watches. Before, the command said nothing for minutes on a large archive, and looked hung.
     */
    private static final class OpenIndexing implements java.util.function.Consumer<Archive.RebuildProgress> {
        private final Path dir;
        private final long start = System.nanoTime();
        private me.tongfei.progressbar.ProgressBar bar;
        boolean said;

        OpenIndexing(Path dir) {
            this.dir = dir;
        }

        @Override
        public void accept(Archive.RebuildProgress r) {
            if (!said) {
                said = true;
                System.err.println("marsad: indexing the " + r.total() + " stored article" + (r.total() == 1 ? "" : "s")
                        + " of " + dir + " before the command runs (" + r.reason() + "; about "
                        + INDEXING_SECONDS_PER_10K + " s per 10,000 articles)");
                System.err.flush();
                bar = Progress.bar("index", r.total(), "articles");
            }
            if (bar != null) {
                bar.stepTo(r.indexed());
            }
        }

        String seconds() {
            return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
        }

        void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** Opening's indexing time per 10,000 articles, measured (README, "Backing up and restoring"). */
    static final int INDEXING_SECONDS_PER_10K = 40;

    private Archive open(boolean enrich, boolean serving) {
        Path p = path();
        checkWritable();
        OpenIndexing indexing = new OpenIndexing(p);
        try {
            Archive a;
            try {
                a = solr().isPresent() ? Archive.open(p, dbUrl(), solrIndex(false), enrich)
                        : serving ? Archive.openServing(p, dbUrl()) : Archive.open(p, dbUrl(), indexing);
            } finally {
                indexing.close();
            }
            if (indexing.said && !a.repair().rebuilt()) {
                System.err.println("marsad: indexed " + a.repair().indexed() + " article"
                        + (a.repair().indexed() == 1 ? "" : "s") + " of " + p + " in " + indexing.seconds() + " s");
            }
            if (a.repair().rebuilt()) {
                // A rebuild can take minutes on a large archive: say why it happened, once, where the operator looks.
                System.err.println("marsad: rebuilt the search index of " + p
                        + (solr().isPresent() ? " (" + indexPlace() + ")" : "") + " (" + a.repair().reason() + "): "
                        + a.repair().indexed() + " article" + (a.repair().indexed() == 1 ? "" : "s") + " indexed");
            }
            a.rebuildProgress().ifPresent(r -> System.err.println("marsad: rebuilding the search index of " + p
                    + " in the background (" + r.reason() + "; " + r.total() + " articles); " + (r.oldIndexServed()
                    ? "searches read the old index meanwhile" : "searches answer again when it is done")
                    + " (progress: /healthz)"));
            a.upgradeProgress().filter(u -> !u.figuresDone()).ifPresent(u -> System.err.println(
                    "marsad: upgrading: the figures of " + p + " are found again under this version's rules in the "
                    + "background (" + u.figures() + " articles done); an article not yet reached shows its older "
                    + "figures (progress: /healthz)"));
            a.upgradeProgress().map(Archive.UpgradeProgress::languages).ifPresent(l -> System.err.println(
                    "marsad: upgrading: the articles of " + p + " stored without a language get the one their text "
                    + "is in, in the background (" + l.rowsRead() + " of " + l.rowsTotal() + " rows read); until then "
                    + "lang: searches leave those not yet reached out (progress: /healthz)"));
            return a;
        } catch (StoreException | IndexException | SolrException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot open " + p));
        }
    }
}
