package org.marsad.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.search.IndexException;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex --data DIR}: rebuilds the search index from the store. Searches give the same results
 * afterwards; use it after changing analysis, or when the index is suspected to be damaged. With {@code --solr} (or
 * {@code $MARSAD_SOLR}), the index is a SolrCloud collection: it is built from the store (also to move an archive
 * to the cluster), with progress.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles.",
        footer = {"", "While 'marsad serve' runs on the directory, the server does the rebuild and this command waits "
                + "for it.", "", "With --solr, the collection (made by 'marsad solr init') is rebuilt from the store; the "
                + "embedded index is left as it is.", "", "Exit status: 0 ok, 1 failure (e.g. no data, or the index is in use), 2 usage error."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Optional<SolrTarget> solr = data.solr();
        if (solr.isPresent()) {
            return intoSolr(solr.get());
        }
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            return ServerHandover.await(data, server.get(), ServerRequests.REINDEX, "the reindex",
                    "it runs when a server next starts on " + data.path() + ", or run 'marsad reindex' again", spec);
        }
        long start = System.nanoTime();
        long n;
        try (Archive archive = data.existing()) {
            if (!archive.owner()) {
                throw new UserException("the index in " + data.path() + " is in use by another marsad command; "
                        + "run reindex again when it has finished");
            }
            n = archive.reindex();
            // A reindex handed to a server that stopped before running it stays pending (the waiting command said
            // so, and "or run 'marsad reindex' again"): done here, it must not run again at the next server start.
            new ServerRequests(archive.store().database()).settle(ServerRequests.REINDEX,
                    String.format(java.util.Locale.ROOT, "reindexed %d articles by 'marsad reindex' while no server ran",
                            n), java.time.Instant.now());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("reindexed %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Builds the collection from the store: reads the store only (no index is opened, so nothing is repaired
     * first), so a running server does not stand in the way.
     */
    private int intoSolr(SolrTarget target) {
        String collection = data.collection();
        long start = System.nanoTime();
        long n;
        try (ArticleStore store = data.store()) {
            long total = store.count();
            try (SolrIndex index = SolrIndex.open(target, collection);
                 ProgressBar bar = Progress.bar("reindex", total, "articles")) {
                n = Archive.reindexInto(store, index, done -> {
                    if (bar != null) {
                        bar.stepTo(done);
                    }
                });
            }
        } catch (SolrException | IndexException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot reach Solr at " + target));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("reindexed %d articles into collection %s in %.1f s%n", n, collection,
                seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
