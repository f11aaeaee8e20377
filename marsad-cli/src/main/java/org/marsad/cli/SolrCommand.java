package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrCollections;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad solr …}: SolrCloud administration for a scaled-out Marsad. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "SolrCloud administration (the scaled-out search index).",
        subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw UserException.usage("a solr command is required (see marsad solr --help)");
    }

    /**
     * {@code marsad solr init --solr ADDRESS [--collection NAME] [--shards N] [--replicas N]}: uploads Marsad's
     * configset and creates the collection; on an existing collection, replaces the configset and reloads it.
     */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Upload Marsad's configset and create the collection (or update and reload it).",
            footer = {"", "Each Solr node needs Marsad's analysis plugin jar in its lib directory first (see README, "
                    + "'Scaling out').", "",
                    "Exit status: 0 ok, 1 failure (cluster unreachable, Solr refused), 2 usage error."})
    static final class Init implements Callable<Integer> {
        @Option(names = "--solr", paramLabel = "ADDRESS", defaultValue = "${env:MARSAD_SOLR}",
                description = "ZooKeeper hosts (zk1:2181,zk2:2181/solr) or Solr URLs (http://host:8983/solr); "
                        + "default: $MARSAD_SOLR")
        String solr;

        @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrCollections.DEFAULT_COLLECTION,
                description = "collection name (default: ${DEFAULT-VALUE})")
        String collection;

        @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
                description = "number of shards of a new collection (default: ${DEFAULT-VALUE})")
        int shards;

        @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
                description = "replicas of each shard (replication factor) of a new collection; 2 or more keeps "
                        + "the index searchable and writable when a node is down (default: ${DEFAULT-VALUE})")
        int replicas;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (solr == null || solr.isBlank()) {
                throw UserException.usage("no SolrCloud address: give --solr ADDRESS or set MARSAD_SOLR");
            }
            if (shards < 1 || replicas < 1) {
                throw UserException.usage("--shards and --replicas must be at least 1");
            }
            SolrTarget target;
            try {
                target = SolrTarget.parse(solr);
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            SolrCollections.Outcome o;
            try (SolrCluster cluster = SolrCluster.connect(target)) {
                o = SolrCollections.init(cluster, collection, shards, replicas);
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            } catch (SolrException e) {
                throw new UserException(e.getMessage());
            }
            var out = spec.commandLine().getOut();
            if (o.created()) {
                out.printf("created collection %s (%d shards × %d replicas) with configset %s on %s%n",
                        o.collection(), o.shards(), o.replicas(), org.marsad.solr.Configset.NAME, target);
            } else {
                out.printf("collection %s exists (%d shards × %d replicas): configset %s updated and collection "
                        + "reloaded%n", o.collection(), o.shards(), o.replicas(), org.marsad.solr.Configset.NAME);
                if (o.shards() != shards || o.replicas() != replicas) {
                    spec.commandLine().getErr().printf("marsad: note: --shards/--replicas apply to a new collection; "
                            + "%s keeps its shape (use Solr's SPLITSHARD / ADDREPLICA to change it)%n", o.collection());
                }
            }
            out.flush();
            return 0;
        }
    }
}
