package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.search.IndexException;
import org.marsad.search.SearchIndex;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreCopy;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad migrate --data DIR --db JDBC --solr ADDRESS}: moves an embedded archive (DIR/marsad.db and its
 * index) to the scaled-out layout — the store into PostgreSQL ({@link StoreCopy}: every table, resumable, counts
 * verified) and the index into a SolrCloud collection built from the new store (skipped when the collection already
 * reflects it), with its document count checked against the store. The directory itself is only read.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Move an embedded archive (DIR/marsad.db + DIR/index) to PostgreSQL and a SolrCloud collection.",
        footer = {"", "Every table of the store is copied (articles, raw pages, sources, accounts, watches, entities, "
                + "stories); counts are verified on both sides, and the collection is built from the new store and "
                + "its document count checked. Stopped half-way, it is finished by running it again. The directory "
                + "is left as it is; stop 'marsad serve' and other writers on it first.", "",
                "Afterwards: MARSAD_DB_URL=JDBC marsad serve --data DIR --solr ADDRESS (and 'marsad worker').", "",
                "Both targets (PostgreSQL, the Solr collection) are checked before a row is copied.", "",
                "Exit status: 0 ok, 1 failure (nothing to move, target holds another archive, cluster or database "
                        + "unreachable, counts differ), 2 usage error."})
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--db", paramLabel = "JDBC", required = true,
            description = "The PostgreSQL database to move the store into: "
                    + "jdbc:postgresql://HOST/DB?user=U&password=P (empty, or a migration of this archive "
                    + "stopped half-way).")
    String db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (db == null || !db.strip().startsWith("jdbc:postgresql:")) {
            throw UserException.usage("--db must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB?user=U&password=P)");
        }
        SolrTarget target = data.solr().orElseThrow(() -> UserException.usage(
                "no SolrCloud address: give --solr ADDRESS or set MARSAD_SOLR"));
        Path dir = data.path();
        Path file = dir.resolve(Archive.DB_FILE);
        if (!Files.exists(file)) {
            throw new UserException("no embedded archive in " + dir + " (no " + Archive.DB_FILE + ")");
        }
        if (data.server().isPresent()) {
            throw new UserException("'marsad serve' is running on " + dir + "; stop it before moving the archive");
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        // Both targets are checked before a row is copied: the cluster reached, its collection there and taking
        // updates, the database reached and its tables made (Flyway writes them), so an unreachable target costs
        // the user no copy to wait through.
        try (SolrIndex index = writableCollection(target);
             ArticleStore from = ArticleStore.openSqlite(file); ArticleStore to = ArticleStore.open(db.strip())) {
            StoreCopy.Result copied = copyStore(from, to);
            out.printf("store: %d articles in PostgreSQL (%d rows written now; %d tables verified equal)%n",
                    copied.rows("articles"), copied.rowsWritten(), copied.tables().size());
            out.flush();
            long documents = index(to, index);
            out.printf("index: %d articles in collection %s at %s (count verified)%n", documents, data.collection(),
                    target);
        } catch (StoreException e) {
            throw new UserException(firstLine(e, "cannot move the store"));
        } catch (SolrException | IndexException e) {
            throw new UserException(firstLine(e, "cannot reach Solr at " + target));
        }
        out.printf("migrated %s in %.1f s; serve it with: MARSAD_DB_URL=… marsad serve --data %s --solr %s%s%n", dir,
                (System.nanoTime() - start) / 1e9, dir, target,
                data.collection().equals(org.marsad.solr.SolrCollections.DEFAULT_COLLECTION) ? ""
                        : " --collection " + data.collection());
        out.flush();
        return 0;
    }

    /** The store half, with one progress bar per table (when someone watches). */
    private StoreCopy.Result copyStore(ArticleStore from, ArticleStore to) {
        Map<String, ProgressBar> bars = new HashMap<>();
        try {
            return StoreCopy.copy(from, to, (table, done, total) -> {
                ProgressBar bar = bars.computeIfAbsent(table, t -> Progress.bar("copy " + t, total, "rows"));
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        } finally {
            bars.values().stream().filter(b -> b != null).forEach(ProgressBar::close);
        }
    }

    /**
     * The index half: the collection built from the new store, unless its recorded state says it reflects that
     * store already (a run that stopped after this step); then its document count must equal the store's.
     */
    private long index(ArticleStore store, SolrIndex index) {
        SearchIndex.IndexState state = index.state();
        long articles = store.count();
        boolean current = store.storeId().equals(state.storeId()) && state.storeSeq() >= store.lastSeq()
                && state.analysisVersion() == index.analysisVersion() && index.count() == articles;
        if (!current) {
            try (ProgressBar bar = Progress.bar("index", articles, "articles")) {
                Archive.reindexInto(store, index, done -> {
                    if (bar != null) {
                        bar.stepTo(done);
                    }
                });
            }
        }
        long documents = index.count();
        if (documents != articles) {
            throw new UserException("collection " + data.collection() + " holds " + documents
                    + " articles, the store " + articles + " (run 'marsad migrate' again)");
        }
        return documents;
    }

    /**
     * The collection, checked to take updates: its recorded state is read and a deletion of an id no article has
     * is sent, which a read-only or refusing cluster fails and which changes nothing.
     */
    private SolrIndex writableCollection(SolrTarget target) {
        SolrIndex index = SolrIndex.open(target, data.collection());
        try {
            index.state();
            // a fresh random id: no article of any archive has it
            index.delete("marsad-migrate-write-check-" + java.util.UUID.randomUUID());
            index.send();
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static String firstLine(RuntimeException e, String otherwise) {
        return e.getMessage() == null ? otherwise : e.getMessage().lines().findFirst().orElse(otherwise);
    }
}
