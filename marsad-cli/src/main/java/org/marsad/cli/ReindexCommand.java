package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex --data DIR}: rebuilds the search index from the store. Searches give the same results
 * afterwards; use it after changing analysis, or when the index is suspected to be damaged.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles.",
        footer = {"", "Exit status: 0 ok, 1 failure (e.g. no data, or the index is in use), 2 usage error."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long n;
        try (Archive archive = data.existing()) {
            if (!archive.index().writable()) {
                throw new UserException("the index in " + data.path() + " is in use by another marsad process; "
                        + "stop it and run reindex again");
            }
            n = archive.reindex();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("reindexed %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
