package org.marsad.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad enrich --data DIR [--all]}: finds the persons, places and organisations of stored articles that have
 * none yet (an archive made before entities existed), resolves them into the archive's entities and re-indexes the
 * articles, with a progress bar. New articles get their entities as they are stored; this is for the older ones.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Find the entities (persons, places, organisations) of stored articles that have none yet.",
        footer = {"", "While 'marsad serve' runs on the directory, the server does the work and this command waits "
                + "for it.", "", "Exit status: 0 ok, 1 failure (e.g. no data, or the archive is in use), 2 usage error."})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--all", description = "Find the entities of every article again (ids stay).")
    boolean all;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() throws InterruptedException {
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            return ServerHandover.await(data, server.get(),
                    all ? ServerRequests.ENRICH_ALL : ServerRequests.ENRICH, "the enrichment",
                    // The request stays pending and runs at the server's next start: running the command again
                    // as well would enrich everything twice.
                    "it runs when a server next starts on " + data.path(), spec);
        }
        long start = System.nanoTime();
        long n;
        try (Archive archive = data.existing()) {
            if (!archive.owner()) {
                throw new UserException("the archive in " + data.path() + " is in use by another marsad command; "
                        + "run enrich again when it has finished");
            }
            long total = archive.store().count();
            try (ProgressBar bar = Progress.bar("enrich", total, "articles")) {
                n = archive.enrichStored(all, seen -> {
                    if (bar != null) {
                        bar.stepTo(seen);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("found the entities of %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
