package org.marsad.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.search.IndexException;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.solr.SolrCollections;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex --data DIR}: rebuilds the search index from the store. Searches give the same results
 * afterwards; use it after changing analysis, or when the index is suspected to be damaged. With {@code --solr},
 * builds a SolrCloud collection from the store instead (moving an archive to the cluster), with progress.
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

    /** How often a reindex handed to the server looks for its outcome. */

    @Option(names = "--solr", paramLabel = "ADDRESS",
            description = "Build this SolrCloud's collection from the store instead: ZooKeeper hosts "
                    + "(zk1:2181,zk2:2181/solr) or Solr URLs")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrCollections.DEFAULT_COLLECTION,
            description = "collection to build with --solr (default: ${DEFAULT-VALUE})")
    String collection;

    @Override
    public Integer call() throws InterruptedException {
        if (solr != null) {
            return intoSolr();
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
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("reindexed %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Builds the collection from the store: reads the store only, so a running server does not stand in the way. */
    private int intoSolr() {
        if (solr.isBlank()) {
            throw UserException.usage("--solr needs an address (ZooKeeper hosts or Solr URLs)");
        }
        SolrTarget target;
        try {
            target = SolrTarget.parse(solr);
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
        long start = System.nanoTime();
        long n;
        try (Archive archive = data.existing()) {
            long total = archive.store().count();
            try (SolrIndex index = SolrIndex.open(target, collection);
                 ProgressBar bar = Progress.bar("reindex", total, "articles")) {
                n = archive.reindexInto(index, done -> {
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
