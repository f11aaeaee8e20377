package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "(not available yet)")
final class ReindexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'reindex' is not available yet");
    }
}
