package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "(not available yet)")
final class SourcesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'sources' is not available yet");
    }
}
