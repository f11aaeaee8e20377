package org.marsad.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.StoreBackup;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad backup --data DIR --to BACKUP} and {@code marsad restore --from BACKUP --data NEWDIR}: a copy of an
 * embedded archive taken while a server or an ingest writes to it ({@link StoreBackup}), and a new data directory
 * made from it. Only the store is copied; the search index and the other derived files are rebuilt from it when the
 * restored archive is first opened.
 */
final class BackupCommands {
    private BackupCommands() {
    }

    // The store's refusal (no archive, files in the way, a damaged copy) as the command line's one line, exit 1.
    private static StoreBackup.Copied oneLine(java.util.function.Supplier<StoreBackup.Copied> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void refuseSharedStore(String what) {
        if (DataDir.dbUrl() != null) {
            throw new UserException("MARSAD_DB_URL is set: that store is PostgreSQL's, " + what
                    + " with pg_dump/pg_restore (the SolrCloud collection is rebuilt with marsad reindex)");
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copy an embedded archive's store (DIR/marsad.db) into a new directory, consistently, "
                    + "while a server or an ingest may be writing to it.",
            footer = {"", "Example:", "  marsad backup --data marsad-data --to backups/2026-12-07", "",
                    "The copy holds every article, source, account, watch, entity and story committed when it began "
                            + "(one SQLite read transaction: VACUUM INTO), checked before it is named marsad.db. The "
                            + "search index is not copied: it is rebuilt from the store by 'marsad restore''s first "
                            + "open.", "",
                    "Exit status: 0 ok, 1 failure (no archive, the target holds files, the copy failed), 2 usage "
                            + "error."})
    static final class Backup implements Callable<Integer> {
        @Mixin
        DataDir data;

        @Option(names = "--to", paramLabel = "BACKUP", required = true,
                description = "A new (or empty) directory to write the copy into.")
        Path to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            refuseSharedStore("back it up");
            long start = System.nanoTime();
            StoreBackup.Copied c = oneLine(() -> StoreBackup.backup(data.path(), to));
            spec.commandLine().getOut().printf(Locale.ROOT, "backed up %d articles (%.1f MB) to %s in %.1f s%n",
                    c.articles(), c.bytes() / 1e6, to, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Make a new data directory from a copy made by 'marsad backup'.",
            footer = {"", "Example:", "  marsad restore --from backups/2026-12-07 --data marsad-data-restored", "",
                    "DIR must not hold an archive (it is created when missing). The search index is built from the "
                            + "restored store when the archive is first opened ('marsad serve' builds it in the "
                            + "background and lists the news from the store meanwhile).", "",
                    "Exit status: 0 ok, 1 failure (no backup there, DIR holds an archive, the copy is damaged), 2 "
                            + "usage error."})
    static final class Restore implements Callable<Integer> {
        @Mixin
        DataDir data;

        @Option(names = "--from", paramLabel = "BACKUP", required = true,
                description = "The directory 'marsad backup --to' wrote.")
        Path from;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            refuseSharedStore("restore it");
            if (data.server().isPresent()) {
                throw new UserException("'marsad serve' is running on " + data.path() + "; restore into a new "
                        + "directory");
            }
            StoreBackup.Copied c = oneLine(() -> StoreBackup.restore(from, data.path()));
            spec.commandLine().getOut().printf(Locale.ROOT, "restored %d articles into %s; its search index is built "
                    + "when it is first opened (marsad serve --data %s)%n", c.articles(), data.path(), data.path());
            if (c.sources() > 0 || c.watches() > 0) {
                // Found by the new-user walk: the restored copy, served to check it, polled the original's site and
                // sent the desk's webhook every alert a second time.
                spec.commandLine().getOut().printf(Locale.ROOT, "it follows %d source(s) and alerts %d watch(es) as "
                        + "the original does: to look at it beside the original, serve it with --no-poll (else each "
                        + "new article is fetched and alerted twice)%n", c.sources(), c.watches());
            }
            return 0;
        }
    }
}
